// The rulebook, election packs and the verdict engine for every other module (issue #2 points 6–8).
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';
import { rulebookRoutes } from './rulebook.routes.ts';
import { createRulebookService } from './rulebook.service.ts';

export function createRulebookModule(deps: CoreDeps, _mods: { reference: ReferenceModule }) {
  const service = createRulebookService({ db: deps.db, audit: deps.audit, logger: deps.logger });
  // Record the shipped rulebook version in this database at start (idempotent); a failure here must not stop
  // start-up, and every read path retries it.
  void service.ensureRulebookStored().catch((e) => deps.logger.warn('rulebook version not stored yet', e));
  return { routes: rulebookRoutes(service), ...service } satisfies NetraModule;
}
export type RulebookModule = ReturnType<typeof createRulebookModule>;
