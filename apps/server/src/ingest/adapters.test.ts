// Each adapter on a fixture in its platform's payload shape: good input maps to the Activity model, bad
// input fails naming the record and field.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordError, type Adapter, type ActivityInput } from './activity.ts';
import { readJsonRecords, MalformedRecordError } from './read-records.ts';
import { xAdapter } from './x.ts';
import { metaAdapter } from './meta.ts';
import { tiktokAdapter } from './tiktok.ts';
import { youtubeAdapter } from './youtube.ts';
import { createCsvAdapter } from './csv.ts';
import { readCsvObjects } from './read-table.ts';

const FIX = path.join(__dirname, 'fixtures');
const ctx = { observedAt: '2024-10-16T00:00:00.000Z' };

async function mapAll(adapter: Adapter, file: string) {
  const acts: ActivityInput[] = [];
  for await (const r of readJsonRecords(path.join(FIX, file))) acts.push(...adapter.map(r.value, ctx).activities);
  return acts;
}

async function firstError(adapter: Adapter, file: string): Promise<string> {
  for await (const r of readJsonRecords(path.join(FIX, file))) {
    try {
      adapter.map(r.value, ctx);
    } catch (e) {
      if (e instanceof RecordError) return `${r.where} ${e.field}: ${e.reason}`;
      throw e;
    }
  }
  return 'no error';
}

describe('X API v2', () => {
  it('maps tweets, expansions, liking_users, retweeted_by and following', async () => {
    const acts = await mapAll(xAdapter, 'x-sample.jsonl');
    const by = (id: string) => acts.find((a) => a.platformId === id)!;
    expect(by('1840000000000000111')).toMatchObject({ kind: 'reply', targetPostId: '1840000000000000001', target: { handle: 'timpemenangan02_demo' } });
    expect(by('1840000000000000222')).toMatchObject({ kind: 'share', targetPostId: '1840000000000000050' });
    expect(by('1840000000000000001')).toMatchObject({ kind: 'post', actor: { handle: 'timpemenangan02_demo' }, media: [{ type: 'photo' }] });
    expect(by('1840000000000000050')).toMatchObject({ kind: 'post', actor: { handle: 'kabarbenua_demo' } });
    const like = by('like:1840000000000000001:1500000000000000101');
    expect(like).toMatchObject({ kind: 'like', actor: { handle: 'rahmat_hdy', displayName: 'Rahmat Hidayatullah' }, occurredAt: null });
    // the liked tweet is in another page: its author is resolved at analysis time through target_post_id
    expect(like.target).toBeNull();
    expect(by('share:1840000000000000001:1500000000000000201').kind).toBe('share');
    expect(by('follow:1500000000000000101:1700000000000000002')).toMatchObject({ kind: 'follow', target: { handle: 'timpemenangan02_demo' } });
    expect(acts.filter((a) => a.kind === 'mention')).toHaveLength(1);
    // raw payload kept for evidence
    expect((by('1840000000000000001').raw as any).public_metrics.like_count).toBe(57);
  });
  it('reads the same data from one large JSON array', async () => {
    const lines = await mapAll(xAdapter, 'x-sample.jsonl');
    const array = await mapAll(xAdapter, 'x-sample.array.json');
    expect(array.map((a) => a.platformId)).toEqual(lines.map((a) => a.platformId));
  });
  it('names the record and field of a bad tweet', async () => {
    expect(await firstError(xAdapter, 'x-bad.jsonl')).toBe('baris 2 data[1].created_at: wajib ada');
  });
  it('refuses a user list without its request URL', () => {
    expect(() => xAdapter.map({ data: [{ id: '1', username: 'a', name: 'A' }] }, ctx)).toThrow(/__twarc.url/);
  });
});

describe('Meta Graph API and Content Library', () => {
  it('maps Facebook posts with comments and reactions, Instagram media with comments, Content Library rows', async () => {
    const acts = await mapAll(metaAdapter, 'meta-sample.jsonl');
    expect(acts.map((a) => `${a.platform}:${a.kind}`)).toEqual([
      'facebook:post',
      'facebook:comment',
      'facebook:like',
      'facebook:like',
      'instagram:post',
      'instagram:comment',
      'facebook:post',
    ]);
    const reaction = acts.find((a) => a.platformId === 'reaction:104000000000001_830000000000001:2100000000000001')!;
    expect(reaction).toMatchObject({ actor: { userId: '2100000000000001', displayName: 'Syamsul Bahri' }, target: { userId: '104000000000001' } });
    expect(acts[4]).toMatchObject({ actor: { handle: 'rudyseno02_demo' }, occurredAt: '2024-10-21T10:00:00.000Z' });
    expect(acts[6].source).toBe('meta_content_library');
  });
  it('names the record and field of a bad comment time', async () => {
    expect(await firstError(metaAdapter, 'meta-bad.jsonl')).toBe('baris 2 data[0].comments.data[0].created_time: "kemarin" bukan waktu yang valid');
  });
});

describe('TikTok Research API', () => {
  it('maps videos and (unattributed) comments and replies', async () => {
    const acts = await mapAll(tiktokAdapter, 'tiktok-sample.jsonl');
    expect(acts.map((a) => a.kind)).toEqual(['post', 'comment', 'reply']);
    expect(acts[0]).toMatchObject({ platformId: '7430000000000000001', actor: { handle: 'rudyseno02_demo' }, occurredAt: '2024-10-21T08:40:00.000Z' });
    expect(acts[1]).toMatchObject({ actor: null, targetPostId: '7430000000000000001' });
    expect(acts[2].targetPostId).toBe('7430000000000100001');
  });
  it('names the record and field of a bad comment', async () => {
    expect(await firstError(tiktokAdapter, 'tiktok-bad.jsonl')).toBe('baris 2 data.comments[1].create_time: harus detik Unix');
  });
});

describe('YouTube Data API v3', () => {
  it('maps comment threads and replies', async () => {
    const acts = await mapAll(youtubeAdapter, 'youtube-sample.json');
    expect(acts).toHaveLength(2);
    expect(acts[0]).toMatchObject({ kind: 'comment', actor: { handle: 'fitri.hasanah', userId: 'UCdemoVIEWER0000000001' }, targetPostId: 'dQw4demo001', target: { userId: 'UCdemoCHANNEL000000002' } });
    expect(acts[1]).toMatchObject({ kind: 'reply', targetPostId: 'UgzDEMO001' });
  });
  it('names the field of a bad thread', async () => {
    expect(await firstError(youtubeAdapter, 'youtube-bad.json')).toBe('dokumen items[0].snippet.topLevelComment.snippet.authorChannelId.value: wajib ada');
  });
});

describe('generic CSV', () => {
  async function run(file: string, mapping = {}) {
    const a = createCsvAdapter(mapping);
    const out: ActivityInput[] = [];
    let resolved = false;
    for await (const r of readCsvObjects(path.join(FIX, file))) {
      if (!resolved) {
        a.resolve(r.headers);
        resolved = true;
      }
      try {
        out.push(...a.map(r.value, ctx).activities);
      } catch (e) {
        if (e instanceof RecordError) throw new Error(`${r.where} ${e.field}: ${e.reason}`);
        throw e;
      }
    }
    return out;
  }
  it('maps rows through the default column names', async () => {
    const acts = await run('csv-sample.csv');
    expect(acts.map((a) => `${a.platform}:${a.kind}:${a.actor?.handle}`)).toEqual([
      'x:post:timpemenangan02_demo',
      'x:reply:fikri_ardi',
      'instagram:comment:ratna.sari.dewi',
    ]);
  });
  it('names the row and column of a bad type', async () => {
    await expect(run('csv-bad.csv')).rejects.toThrow('baris 3 Type: jenis "teleport" tidak dikenal');
  });
  it('refuses a mapping to a missing column', async () => {
    await expect(run('csv-sample.csv', { text: 'Isi' })).rejects.toThrow(/--map.text/);
  });
});

describe('streaming reader', () => {
  it('names the line of invalid JSON', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'netra-')), 'broken.jsonl');
    fs.writeFileSync(f, '{"data":[]}\n{"data": [\n');
    const it = readJsonRecords(f);
    await it.next();
    await expect(it.next()).rejects.toThrow(MalformedRecordError);
  });
});
