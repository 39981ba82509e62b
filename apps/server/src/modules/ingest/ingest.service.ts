// Ingest service: runs imports (CLI: awaited with progress; web: started in the background and polled),
// schedules analysis on the queue (or inline without one), and serves link decisions and findings.
import type { Actor, ImportKind, ImportRunView } from '@netra/shared';
import { ACTIVITY_IMPORT_KINDS, type ActivityImportKind } from '@netra/shared';
import type { JobQueue } from '../../jobs/queue.ts';
import { RecordError } from '../../ingest/activity.ts';
import { TableFormatError } from '../../ingest/read-table.ts';
import { MalformedRecordError } from '../../ingest/read-records.ts';
import { notFound, conflict } from '../../http/route.ts';
import type { CoreDeps } from '../module.ts';
import type { AuditPrincipal } from '../audit/audit.service.ts';
import { createIngestRepo, toRunView } from './ingest.repo.ts';
import { createLinksRepo } from './links.repo.ts';
import { openImportContext, type ImportOptions, type ImportProgress } from './import-context.ts';
import { importAccounts, importCandidates, importRoster } from './registry-import.ts';
import { importActivities } from './activity-import.ts';
import { createAnalysisService, type AnalysisPorts } from './analysis.service.ts';
import { analyseJob } from './ingest.job.ts';

export function createIngestService(deps: CoreDeps & { ports: () => AnalysisPorts }) {
  const repo = createIngestRepo();
  const links = createLinksRepo();
  const analysis = createAnalysisService({ db: deps.db, clock: deps.clock, logger: deps.logger, repo, ports: deps.ports });

  async function scheduleAnalysis(p: { runId: string } | { accountId: string }): Promise<'queued' | 'done'> {
    if (deps.queue) {
      await deps.queue.enqueue(analyseJob, p, { singletonKey: 'runId' in p ? p.runId : undefined });
      return 'queued';
    }
    if ('runId' in p) await analysis.analyseRun(p.runId);
    else await analysis.analyseAccount(p.accountId);
    return 'done';
  }

  async function runImport(
    kind: ImportKind,
    file: string,
    o: { fileName?: string; who: AuditPrincipal; opts?: ImportOptions; onProgress?: (p: ImportProgress) => void; onStarted?: (runId: string) => void },
  ): Promise<ImportRunView & { analysis?: 'queued' | 'done' }> {
    const ctx = await openImportContext({
      db: deps.db,
      repo,
      audit: deps.audit,
      now: () => deps.clock.now(),
      who: o.who,
      kind,
      fileName: o.fileName ?? file.split('/').pop()!,
      opts: o.opts ?? {},
      onProgress: o.onProgress,
    });
    o.onStarted?.(ctx.runId);
    try {
      if ((ACTIVITY_IMPORT_KINDS as readonly string[]).includes(kind)) {
        const out = await importActivities(ctx, kind as ActivityImportKind, file);
        if (!out.analyse) return out;
        return { ...out, analysis: await scheduleAnalysis({ runId: out.id }) };
      }
      const out =
        kind === 'asn' ? await importRoster(ctx, file) : kind === 'candidates' ? await importCandidates(ctx, file) : await importAccounts(ctx, file);
      // Declared accounts are suggestions to review; campaign accounts change which engagement counts.
      if (kind === 'accounts' && out.status === 'succeeded') return { ...out, analysis: await scheduleAnalysis({ runId: out.id }) };
      return out;
    } catch (e) {
      if (e instanceof TableFormatError || e instanceof RecordError || e instanceof MalformedRecordError) {
        return ctx.fail(ctx.read, [], e.message);
      }
      await ctx.fail(ctx.read, [], `kesalahan tak terduga: ${(e as Error).message}`).catch(() => undefined);
      throw e;
    }
  }

  return {
    runImport,
    analysis,
    /** Web: starts the import in the background and returns the run id at once; the page polls the run. */
    async startImport(kind: ImportKind, file: string, fileName: string, actor: Actor, opts: ImportOptions, cleanup: () => void) {
      return await new Promise<string>((resolve, reject) => {
        let started = false;
        runImport(kind, file, {
          fileName,
          who: actor,
          opts,
          onStarted: (id) => {
            started = true;
            resolve(id);
          },
        })
          .catch((e) => {
            deps.logger.error('import failed', e);
            if (!started) reject(e);
          })
          .finally(cleanup);
      });
    },
    async getRun(id: string): Promise<ImportRunView> {
      const r = await repo.getRun(deps.db, id);
      if (!r) throw notFound('Impor');
      return toRunView(r);
    },
    async listRuns(limit = 20): Promise<ImportRunView[]> {
      return (await repo.listRuns(deps.db, limit)).map(toRunView);
    },
    async listLinks(actor: Actor, status: 'suggested' | 'confirmed' | 'rejected', limit = 100) {
      return deps.db.tx(async (q) => {
        const rows = await links.list(q, actor, { status, limit });
        // Suggestions show ASN names and NIPs: a read of personal data.
        await deps.audit.record(q, actor, { action: 'asn.read', entity: 'account_link', details: { status, count: rows.length } });
        return rows;
      });
    },
    async decideLink(actor: Actor, id: string, decision: 'confirm' | 'reject', note: string | null) {
      const view = await deps.db.tx(async (q) => {
        const link = await links.get(q, actor, id);
        if (!link) throw notFound('Tautan akun');
        if (link.status !== 'suggested') throw conflict(`Tautan ini sudah ${link.status === 'confirmed' ? 'dikonfirmasi' : 'ditolak'}`);
        if (decision === 'confirm' && (await links.hasConfirmed(q, link.account.id)))
          throw conflict('Akun ini sudah dikonfirmasi milik ASN lain; tolak tautan itu dahulu');
        await links.decide(q, id, decision === 'confirm' ? 'confirmed' : 'rejected', actor.userId, note, deps.clock.now());
        await deps.audit.record(q, actor, {
          action: decision === 'confirm' ? 'account_link.confirm' : 'account_link.reject',
          entity: 'account_link',
          entityId: id,
          regionCode: link.asn.regionCode,
          details: { account: `${link.account.platform}:@${link.account.handle}`, asnId: link.asn.id, nip: link.asn.nip, score: link.score, note },
        });
        return link;
      });
      const analysisState = await scheduleAnalysis({ accountId: view.account.id });
      return { id, status: decision === 'confirm' ? 'confirmed' : 'rejected', analysis: analysisState };
    },
    async listFindings(actor: Actor, limit = 100) {
      return deps.db.tx(async (q) => {
        const rows = await links.findings(q, actor, { limit });
        await deps.audit.record(q, actor, { action: 'finding.read', entity: 'finding', details: { source: 'ingest', count: rows.length } });
        return rows;
      });
    },
    async startWorkers(queue: JobQueue) {
      await queue.work(analyseJob, async (p) => {
        const next = await analysis.analyseSlice(p);
        if (next) {
          const key = `${next.runId ?? next.accountId}:${next.phase}:${next.after}`;
          await queue.enqueue(analyseJob, { ...next, throttleMs: p.throttleMs }, { singletonKey: key });
        }
      });
      await repo.dropOrphanStages(deps.db);
      // Runs committed just before a crash, whose job was never enqueued.
      for (const runId of await repo.runsAwaitingAnalysis(deps.db)) {
        await queue.enqueue(analyseJob, { runId }, { singletonKey: runId });
      }
    },
  };
}
export type IngestService = ReturnType<typeof createIngestService>;
