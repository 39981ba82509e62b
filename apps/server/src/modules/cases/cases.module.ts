// STUB — owned by the case-handling work.
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import type { DetectModule } from '../detect/detect.module.ts';
import type { IngestModule } from '../ingest/ingest.module.ts';

export function createCasesModule(
  _deps: CoreDeps,
  _mods: {
    reference: ReferenceModule;
    auth: AuthModule;
    rulebook: RulebookModule;
    detect: DetectModule;
    ingest: IngestModule;
  },
) {
  return { routes: [] } satisfies NetraModule;
}
export type CasesModule = ReturnType<typeof createCasesModule>;
