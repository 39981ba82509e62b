// The ASN directory (roster reads). Imports write the roster through the ingest module.
import type { CoreDeps, NetraModule } from '../module.ts';
import { asnRoutes } from './asn.routes.ts';
import { createAsnService } from './asn.service.ts';

export function createAsnModule(deps: CoreDeps) {
  const svc = createAsnService(deps);
  return { routes: asnRoutes(svc), ...svc } satisfies NetraModule & Record<string, unknown>;
}
export type AsnModule = ReturnType<typeof createAsnModule>;
