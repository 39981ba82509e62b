// Generic CSV from social-listening tools → Activity, through a column mapping. The default mapping knows
// the usual export headers (Platform, Post ID, Type, Author, Author Name, Text/Content, Date, Target
// Author, Target Post ID); `--map '{"text":"Isi"}'` overrides any of them.
import type { ActivityKind } from '@netra/shared';
import { ACTIVITY_KINDS } from '@netra/shared';
import { normaliseHeader } from '../domain/ingest/table.ts';
import { normaliseHandle, normalisePlatform } from '../domain/ingest/registry.ts';
import { RecordError, requireTime, type Adapter, type AdapterOutput } from './activity.ts';

export const CSV_FIELDS = [
  'platform',
  'id',
  'kind',
  'author',
  'authorName',
  'text',
  'time',
  'targetAuthor',
  'targetPostId',
  'url',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export type CsvMapping = Partial<Record<CsvField, string>>;

const DEFAULTS: Record<CsvField, string[]> = {
  platform: ['platform', 'source', 'sumber', 'network', 'media'],
  id: ['post id', 'id', 'mention id', 'resource id', 'id postingan'],
  kind: ['type', 'jenis', 'kind', 'activity type', 'interaction'],
  author: ['author', 'username', 'handle', 'screen name', 'akun', 'author handle'],
  authorName: ['author name', 'full name', 'nama', 'display name', 'nama akun'],
  text: ['text', 'content', 'isi', 'message', 'snippet', 'full text'],
  time: ['date', 'published', 'published at', 'created at', 'time', 'waktu', 'tanggal'],
  targetAuthor: ['target author', 'in reply to', 'reply to', 'target', 'akun sasaran'],
  targetPostId: ['target post id', 'parent id', 'in reply to post id', 'parent post id', 'id sasaran'],
  url: ['url', 'link', 'permalink'],
};

const KIND_WORDS: Record<string, ActivityKind> = {
  post: 'post', tweet: 'post', status: 'post', video: 'post', postingan: 'post',
  comment: 'comment', komentar: 'comment', reply: 'reply', balasan: 'reply',
  like: 'like', reaction: 'like', suka: 'like', favorite: 'like',
  share: 'share', retweet: 'share', repost: 'share', quote: 'share', bagikan: 'share',
  follow: 'follow', ikuti: 'follow', join: 'join_group', join_group: 'join_group', gabung: 'join_group',
  mention: 'mention', sebutan: 'mention',
};

export function createCsvAdapter(mapping: CsvMapping = {}): Adapter & { resolve(headers: string[]): void } {
  let cols: Partial<Record<CsvField, string>> = {};
  return {
    source: 'csv',
    resolve(headers) {
      const norm = new Map(headers.map((h) => [normaliseHeader(h), h]));
      cols = {};
      for (const f of CSV_FIELDS) {
        if (mapping[f]) {
          if (!headers.includes(mapping[f]!)) throw new RecordError(`--map.${f}`, `kolom "${mapping[f]}" tidak ada di berkas`);
          cols[f] = mapping[f];
          continue;
        }
        const hit = DEFAULTS[f].find((a) => norm.has(a));
        if (hit) cols[f] = norm.get(hit);
      }
      const missing = (['platform', 'id', 'author', 'time'] as const).filter((f) => !cols[f]);
      if (missing.length)
        throw new RecordError(
          'header',
          `kolom wajib tidak ditemukan: ${missing.join(', ')} — beri pemetaan, mis. --map '{"${missing[0]}":"Nama Kolom"}'`,
        );
    },
    map(record): AdapterOutput {
      const row = record as Record<string, string>;
      const get = (f: CsvField) => (cols[f] ? String(row[cols[f]!] ?? '').trim() : '');
      const col = (f: CsvField) => cols[f] ?? f;
      const platform = normalisePlatform(get('platform'));
      if (!platform) throw new RecordError(col('platform'), `platform "${get('platform')}" tidak dikenal`);
      const id = get('id');
      if (!id) throw new RecordError(col('id'), 'wajib diisi');
      const kindText = get('kind').toLowerCase();
      const kind: ActivityKind | undefined = kindText ? (KIND_WORDS[kindText] ?? (ACTIVITY_KINDS as readonly string[]).find((k) => k === kindText) as ActivityKind | undefined) : 'post';
      if (!kind) throw new RecordError(col('kind'), `jenis "${kindText}" tidak dikenal (${ACTIVITY_KINDS.join(', ')})`);
      const handle = normaliseHandle(get('author'));
      if (!handle) throw new RecordError(col('author'), 'wajib diisi');
      const occurredAt = requireTime(get('time'), col('time'));
      const actor = { platform, handle, displayName: get('authorName') || null };
      const targetHandle = normaliseHandle(get('targetAuthor'));
      const target = targetHandle ? { platform, handle: targetHandle } : null;
      return {
        accounts: target ? [actor, target] : [actor],
        activities: [
          {
            platform,
            platformId: id,
            kind,
            actor,
            target,
            targetPostId: get('targetPostId') || null,
            text: get('text') || null,
            media: [],
            occurredAt,
            source: 'csv',
            raw: row,
          },
        ],
      };
    },
  };
}
