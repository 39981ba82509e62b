// Reference data: regions, holidays, agency types and agencies.
import type { CoreDeps, NetraModule } from '../module.ts';
import { referenceRoutes } from './reference.routes.ts';
import { createReferenceService } from './reference.service.ts';

export function createReferenceModule(deps: CoreDeps) {
  const svc = createReferenceService({ db: deps.db });
  return { routes: referenceRoutes(svc), ...svc } satisfies NetraModule & Record<string, unknown>;
}
export type ReferenceModule = ReturnType<typeof createReferenceModule>;
