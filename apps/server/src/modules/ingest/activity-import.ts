// Activity imports (X, Meta, TikTok, YouTube, generic CSV). The file streams record by record through its
// adapter into `activity_stage` (PostgreSQL: one COPY; PGlite: batched INSERTs), then one transaction moves
// the run's rows into `activity` with ON CONFLICT DO NOTHING — so a re-import adds nothing, and a failed
// run leaves no activity behind (its staged rows are deleted). Accounts seen in the file are upserted in
// that same transaction.
import { createHash } from 'node:crypto';
import type { ActivityImportKind, RowProblem } from '@netra/shared';
import { RecordError, accountKey, type AccountRef, type ActivityInput, type Adapter, type AdapterContext } from '../../ingest/activity.ts';
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
const NEEDS_ESCAPE = /[\\\t\n\r]/;
export function copyField(v: string | null): string {
  if (v === null) return '\\N';
  if (!NEEDS_ESCAPE.test(v)) return v;
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

/** The staged columns of one activity, in STAGE_COLUMNS order after the run id (null = SQL NULL). */
export function toStageRow(a: ActivityInput, observedAt: string): string[] {
  return [
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
    observedAt,
    a.source,
    JSON.stringify(a.raw),
  ] as string[];
}

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
  async function* lines(): AsyncGenerator<string[][]> {
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
          // The first sighting with a name and bio is kept; later ones only fill what is missing.
          if (prev && prev.displayName && prev.bio !== undefined && prev.userId) continue;
          accounts.set(k, {
            platform: a.platform,
            key,
            handle: a.handle ?? prev?.handle ?? null,
            userId: a.userId ?? prev?.userId ?? null,
            displayName: a.displayName ?? prev?.displayName ?? null,
            bio: a.bio ?? prev?.bio ?? null,
            imageUrl: null,
            imageHash: imageHashOf(a.imageUrl) ?? prev?.imageHash ?? null,
          });
        }
        produced += out.activities.length;
        // One yield per record (an API page holds up to 100 activities): per-row async hops cost more
        // than the mapping itself.
        if (out.activities.length) yield out.activities.map((a) => toStageRow(a, actx.observedAt));
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

  if (!ctx.opts.dryRun && ctx.db.copyFrom) return importPipelined(ctx, kind, lines, () => ({ records, produced, problems, accounts, fatal }));
  try {
    if (!ctx.opts.dryRun) await ctx.repo.createStage(ctx.db, ctx.runId);
    if (ctx.opts.dryRun) {
      for await (const _ of lines()) void _;
    } else {
      let batch: string[][] = [];
      for await (const rows of lines()) {
        batch.push(...rows);
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

const CHUNK_ROWS = 25_000;

/**
 * PostgreSQL: the file is COPYed in chunks of 25,000 activities into per-chunk stage tables (other pool
 * connections), while the run's one transaction merges the previous chunk into `activity` — parsing,
 * staging and merging overlap, and the transaction still commits all or nothing.
 */
async function importPipelined(
  ctx: ImportContext,
  kind: ActivityImportKind,
  lines: () => AsyncGenerator<string[][]>,
  state: () => {
    records: number;
    produced: number;
    problems: RowProblem[];
    accounts: Map<string, AccountRef & { key: string; imageHash: string | null }>;
    fatal: string | null;
  },
): Promise<ImportOutcome & { analyse: boolean }> {
  const runId = ctx.runId;
  const base = ctx.repo.stageTable(runId);
  const it = lines()[Symbol.asyncIterator]();
  let done = false;
  const staged: string[] = [];
  async function* chunk(): AsyncGenerator<string> {
    let n = 0;
    while (n < CHUNK_ROWS) {
      const r = await it.next();
      if (r.done) {
        done = true;
        return;
      }
      let s = '';
      for (const row of r.value) s += `${runId}\t${row.map(copyField).join('\t')}\n`;
      n += r.value.length;
      yield s;
    }
  }
  const out = await ctx.writeAndFinish(
    async (q) => {
      let written = 0;
      let merging: Promise<void> = Promise.resolve();
      try {
        while (!done) {
          const table = `${base}_${staged.length}`;
          await ctx.db.query(`CREATE UNLOGGED TABLE ${table} (LIKE activity_stage)`);
          staged.push(table);
          await ctx.db.copyFrom!(`COPY ${table} (${STAGE_COLUMNS}) FROM STDIN`, chunk());
          await merging;
          merging = ctx.repo.mergeTable(q, table).then((n) => {
            written += n;
          });
        }
        await merging;
      } catch (e) {
        await merging.catch(() => undefined);
        throw e;
      }
      const st = state();
      if (st.records === 0) throw new Error('berkas tidak berisi rekaman');
      await ctx.progress(st.records, 'writing');
      await ctx.repo.upsertAccounts(q, [...st.accounts.values()]);
      await ctx.audit(q, {
        action: `import.${kind}`,
        entity: 'import_run',
        details: { records: st.records, activities: st.produced, inserted: written, skipped: st.problems.length },
      });
      const summary = { records: st.records, activities: st.produced, accounts: st.accounts.size, skipped: st.problems.length };
      return {
        written,
        problems: st.problems,
        summary: { ...summary, inserted: written, duplicates: st.produced - written },
        read: st.records,
      };
    },
    () => ({ problems: state().problems, message: state().fatal }),
  );
  for (const t of staged) await ctx.db.query(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
  return { ...out, analyse: out.status === 'succeeded' };
}
