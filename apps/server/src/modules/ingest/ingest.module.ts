// Ingest: roster, candidates, accounts, activities, account links and engagement findings (issue #4).
import type { Queryable } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import type { DetectModule } from '../detect/detect.module.ts';
import { ingestRoutes } from './ingest.routes.ts';
import { createIngestService } from './ingest.service.ts';
import type { AnalysisPorts } from './analysis.service.ts';

/** Synthetic campaign accounts for the demo (handles end in _demo: no real account is implied). */
export const DEMO_CAMPAIGN_ACCOUNTS = [
  { platform: 'x', handle: 'isranhadi01_demo', kind: 'candidate', label: 'Isran–Hadi (01)', target: 'pair', contest: 'pilkada-2024-kaltim-gubernur' },
  { platform: 'x', handle: 'rudyseno02_demo', kind: 'candidate', label: 'Rudy–Seno (02)', target: 'pair', contest: 'pilkada-2024-kaltim-gubernur' },
  { platform: 'x', handle: 'timpemenangan02_demo', kind: 'winning_team', label: 'Tim pemenangan Rudy–Seno (02)', target: 'pair', contest: 'pilkada-2024-kaltim-gubernur' },
] as const;

export function createIngestModule(
  deps: CoreDeps,
  mods: { reference: ReferenceModule; auth: AuthModule; rulebook: RulebookModule; detect: DetectModule },
) {
  const ports = (): AnalysisPorts => ({
    judge: (a) => mods.rulebook.judge(a),
    detectText: (text, o) => mods.detect.detectText(text, o),
  });
  const svc = createIngestService({ ...deps, ports });
  return {
    routes: ingestRoutes(svc, { uploadMaxBytes: deps.config.uploadMaxBytes }),
    async startWorkers(queue: JobQueue) {
      await svc.startWorkers(queue);
    },
    async seedDemo(q: Queryable) {
      for (const a of DEMO_CAMPAIGN_ACCOUNTS) {
        await q.query(
          `INSERT INTO social_account (platform, handle, campaign_kind, campaign_label, campaign_target, contest_id)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (platform, handle) DO NOTHING`,
          [a.platform, a.handle, a.kind, a.label, a.target, a.contest],
        );
      }
    },
    ingest: svc,
    runImport: svc.runImport,
  } satisfies NetraModule & Record<string, unknown>;
}
export type IngestModule = ReturnType<typeof createIngestModule>;
