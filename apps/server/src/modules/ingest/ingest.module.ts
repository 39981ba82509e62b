// STUB — owned by the ingest work: roster, candidates, activities, accounts, engagement findings.
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import type { DetectModule } from '../detect/detect.module.ts';

export function createIngestModule(
  _deps: CoreDeps,
  _mods: { reference: ReferenceModule; auth: AuthModule; rulebook: RulebookModule; detect: DetectModule },
) {
  return { routes: [] } satisfies NetraModule;
}
export type IngestModule = ReturnType<typeof createIngestModule>;
