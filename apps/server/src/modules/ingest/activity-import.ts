// Activity imports (X, Meta, TikTok, YouTube, generic CSV). The file streams record by record through its
// adapter into `activity_stage` (PostgreSQL: one COPY; PGlite: batched INSERTs), then one transaction moves
// the run's rows into `activity` with ON CONFLICT DO NOTHING — so a re-import adds nothing, and a failed
// run leaves no activity behind (its staged rows are deleted). Accounts seen in the file are upserted in
// that same transaction.
import { createHash } from 'node:crypto';
import type { ActivityImportKind, RowProblem } from '@netra/shared';
import { RecordError, accountKey, type AccountRef, type Adapter, type AdapterContext } from '../../ingest/activity.ts';
import { xAdapter } from '../../ingest/x.ts';
import { metaAdapter } from '../../ingest/meta.ts';
import { tiktokAdapter } from '../../ingest/tiktok.ts';
import { youtubeAdapter } from '../../ingest/youtube.ts';
import { createCsvAdapter } from '../../ingest/csv.ts';
import { MalformedRecordError, readJsonRecords, type SourceRecord } from '../../ingest/read-records.ts';
import { readCsvObjects } from '../../ingest/read-table.ts';
import type { ImportContext, ImportOutcome } from './import-context.ts';

const STAGE_COLUMNS =
  'import_run_id, platform, platform_id, kind, actor_handle, actor_user_id, target_handle, target_user_id, target_post_id, text, media, occurred_at, observed_at, source, raw';

/** PostgreSQL COPY text format: backslash, tab, newline and carriage return escaped; null as \N. */
export function copyField(v: string | null): string {
  if (v === null) return '\\N';
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * "Same profile photo": collectors give the image URL; the same URL is the same file. A collector that
 * hashes the image itself may pass `sha256:<hex>` as the URL and it is kept as is.
 */
export function imageHashOf(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('sha256:')) return url;
  const base = url.replace(/_(normal|bigger|mini|400x400)(\.\w+)$/, '$2');
  return `url:${createHash('sha256').update(base).digest('hex').slice(0, 32)}`;
}

async function* recordsOf(kind: ActivityImportKind, file: string, adapter: Adapter): AsyncGenerator<SourceRecord> {
  if (kind !== 'csv') {
    yield* readJsonRecords(file);
    return;
  }
  let resolved = false;
  for await (const r of readCsvObjects(file)) {
    if (!resolved) {
      (adapter as ReturnType<typeof createCsvAdapter>).resolve(r.headers);
      resolved = true;
    }
    yield { where: r.where, value: r.value };
  }
}

function adapterFor(kind: ActivityImportKind, mapping?: Record<string, string>): Adapter {
  switch (kind) {
    case 'x':
      return xAdapter;
    case 'meta':
      return metaAdapter;
    case 'tiktok':
      return tiktokAdapter;
    case 'youtube':
      return youtubeAdapter;
    case 'csv':
      return createCsvAdapter(mapping);
  }
}

class StopImport extends Error {}

function rowNumber(where: string): number {
  const m = /(\d+)/.exec(where);
  return m ? Number(m[1]) : 0;
}

export async function importActivities(
  ctx: ImportContext,
  kind: ActivityImportKind,
  file: string,
): Promise<ImportOutcome & { analyse: boolean }> {
  const adapter = adapterFor(kind, ctx.opts.mapping);
  const actx: AdapterContext = { observedAt: ctx.now().toISOString() };
  const problems: RowProblem[] = [];
  const accounts = new Map<string, AccountRef & { key: string; imageHash: string | null }>();
  let records = 0;
  let produced = 0;
  let fatal: string | null = null;

  // Each record becomes COPY lines; adapter errors either stop the run or (skipInvalid) are listed.
  async function* lines(): AsyncGenerator<string[]> {
    try {
      for await (const rec of recordsOf(kind, file, adapter)) {
        records++;
        let out;
        try {
          out = adapter.map(rec.value, actx);
        } catch (e) {
          if (!(e instanceof RecordError)) throw e;
          problems.push({ row: rowNumber(rec.where), column: e.field, reason: `${rec.where}: ${e.reason}` });
          if (!ctx.opts.skipInvalid) {
            fatal = `${rec.where}, kolom ${e.field}: ${e.reason}`;
            throw new StopImport(fatal);
          }
          continue;
        }
        for (const a of out.accounts) {
          const key = accountKey(a);
          if (!key) continue;
          const k = `${a.platform}|${key}`;
          const prev = accounts.get(k);
          accounts.set(k, {
            ...prev,
            ...Object.fromEntries(Object.entries(a).filter(([, v]) => v != null)),
            platform: a.platform,
            key,
            imageHash: imageHashOf(a.imageUrl) ?? prev?.imageHash ?? null,
          } as AccountRef & { key: string; imageHash: string | null });
        }
        for (const a of out.activities) {
          produced++;
          yield [
            a.platform,
            a.platformId,
            a.kind,
            a.actor ? accountKey(a.actor) : null,
            a.actor?.userId ?? null,
            a.target ? accountKey(a.target) : null,
            a.target?.userId ?? null,
            a.targetPostId,
            a.text,
            JSON.stringify(a.media),
            a.occurredAt,
            actx.observedAt,
            a.source,
            JSON.stringify(a.raw),
          ] as string[];
        }
        if (records % 1000 === 0) await ctx.progress(records);
      }
    } catch (e) {
      if (e instanceof MalformedRecordError) fatal = e.message;
      else if (e instanceof RecordError) fatal = `${e.field}: ${e.reason}`;
      throw e;
    }
  }

  const finishFailed = async () => {
    await ctx.repo.dropStage(ctx.db, ctx.runId);
    const out = await ctx.fail(records, problems, `impor dibatalkan, tidak ada yang tersimpan — ${fatal}`);
    return { ...out, analyse: false };
  };

  try {
    if (ctx.opts.dryRun) {
      for await (const _ of lines()) void _;
    } else if (ctx.db.copyFrom) {
      const runId = ctx.runId;
      await ctx.db.copyFrom(
        `COPY activity_stage (${STAGE_COLUMNS}) FROM STDIN`,
        (async function* () {
          for await (const row of lines()) yield `${runId}\t${row.map(copyField).join('\t')}\n`;
        })(),
      );
    } else {
      let batch: string[][] = [];
      for await (const row of lines()) {
        batch.push(row);
        if (batch.length >= 500) {
          await ctx.repo.stageRows(ctx.db, ctx.runId, batch);
          batch = [];
        }
      }
      if (batch.length) await ctx.repo.stageRows(ctx.db, ctx.runId, batch);
    }
  } catch (e) {
    if (!fatal) fatal = (e as Error).message;
    return finishFailed();
  }
  await ctx.progress(records, 'writing');
  const summary = { records, activities: produced, accounts: accounts.size, skipped: problems.length };
  if (records === 0) {
    fatal = 'berkas tidak berisi rekaman';
    return finishFailed();
  }
  if (ctx.opts.dryRun) return { ...(await ctx.finish('dry_run', records, 0, problems, null, summary)), analyse: false };
  const out = await ctx.writeAndFinish(async (q) => {
    const written = await ctx.repo.mergeStage(q, ctx.runId);
    await ctx.repo.upsertAccounts(q, [...accounts.values()]);
    await ctx.audit(q, {
      action: `import.${kind}`,
      entity: 'import_run',
      details: { records, activities: produced, inserted: written, skipped: problems.length },
    });
    return { written, problems, summary: { ...summary, inserted: written, duplicates: produced - written }, read: records };
  });
  if (out.status !== 'succeeded') await ctx.repo.dropStage(ctx.db, ctx.runId);
  return { ...out, analyse: out.status === 'succeeded' };
}
