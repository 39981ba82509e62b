// One import run's context: the run row (created before reading, so a crash still leaves a trace), progress
// reporting (run row for the web app, a callback for the CLI), and the finishing moves every import shares.
import type { ImportKind, ImportRunView, ImportStatus, RowProblem } from '@netra/shared';
import type { Db, Queryable } from '../../db/database.ts';
import type { AuditEntry, AuditPrincipal, AuditService } from '../audit/audit.service.ts';
import { toRunView, type IngestRepo } from './ingest.repo.ts';

export interface ImportOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** generic CSV column mapping */
  mapping?: Record<string, string>;
}

export interface ImportProgress {
  runId: string;
  read: number;
  phase: 'reading' | 'writing' | 'done';
}

export type ImportOutcome = ImportRunView;

export interface ImportContext {
  db: Db;
  repo: IngestRepo;
  runId: string;
  kind: ImportKind;
  fileName: string;
  opts: ImportOptions;
  now(): Date;
  progress(read: number, phase?: ImportProgress['phase']): Promise<void>;
  audit(q: Queryable, e: Omit<AuditEntry, 'entityId'>): Promise<void>;
  fail(read: number, problems: RowProblem[], error: string): Promise<ImportOutcome>;
  finish(
    status: ImportStatus,
    read: number,
    written: number,
    problems: RowProblem[],
    error: string | null,
    summary: Record<string, number>,
  ): Promise<ImportOutcome>;
  /** Runs the write and the run's 'succeeded' status in one transaction. */
  writeAndFinish(
    fn: (q: Queryable) => Promise<{ written: number; problems: RowProblem[]; summary: Record<string, number>; read?: number }>,
    onFailure?: () => { problems: RowProblem[]; message?: string | null },
  ): Promise<ImportOutcome>;
  /** set by readers so writeAndFinish knows the count */
  read: number;
}

export async function openImportContext(deps: {
  db: Db;
  repo: IngestRepo;
  audit: AuditService;
  now: () => Date;
  who: AuditPrincipal;
  kind: ImportKind;
  fileName: string;
  opts: ImportOptions;
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportContext> {
  const { db, repo } = deps;
  const startedBy = 'userId' in deps.who ? deps.who.username : `system:${deps.who.system}`;
  const runId = await repo.createRun(db, {
    kind: deps.kind,
    fileName: deps.fileName,
    dryRun: !!deps.opts.dryRun,
    skipInvalid: !!deps.opts.skipInvalid,
    startedBy,
    at: deps.now(),
  });
  let lastWrite = 0;
  // Inside the write transaction PGlite's single connection is taken: progress then stays in memory.
  let inTx = false;
  const ctx: ImportContext = {
    db,
    repo,
    runId,
    kind: deps.kind,
    fileName: deps.fileName,
    opts: deps.opts,
    now: deps.now,
    read: 0,
    async progress(read, phase = 'reading') {
      ctx.read = Math.max(ctx.read, read);
      deps.onProgress?.({ runId, read, phase });
      // The web app polls the run row; a write every half second is plenty and cheap.
      const t = Date.now();
      if (!(inTx && db.kind === 'pglite') && t - lastWrite > 500) {
        lastWrite = t;
        await repo.progress(db, runId, read);
      }
    },
    audit: (q, e) => deps.audit.record(q, deps.who, { ...e, entityId: runId }),
    async finish(status, read, written, problems, error, summary) {
      await repo.finishRun(db, runId, { status, read, written, problems, error, summary, at: deps.now() });
      deps.onProgress?.({ runId, read, phase: 'done' });
      return toRunView((await repo.getRun(db, runId))!);
    },
    fail(read, problems, error) {
      return ctx.finish('failed', read, 0, problems, error, {});
    },
    async writeAndFinish(fn, onFailure) {
      try {
        await db.tx(async (q) => {
          inTx = true;
          const out = await fn(q);
          await repo.finishRun(q, runId, {
            status: 'succeeded',
            read: out.read ?? ctx.read,
            written: out.written,
            problems: out.problems,
            error: null,
            summary: out.summary,
            at: deps.now(),
          });
        });
      } catch (e) {
        inTx = false;
        const f = onFailure?.();
        return ctx.fail(ctx.read, f?.problems ?? [], `penyimpanan dibatalkan, tidak ada yang tersimpan: ${f?.message ?? (e as Error).message}`);
      }
      inTx = false;
      deps.onProgress?.({ runId, read: ctx.read, phase: 'done' });
      return toRunView((await repo.getRun(db, runId))!);
    },
  };
  return ctx;
}
