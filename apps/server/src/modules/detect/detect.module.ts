// Text detection (issue #3): `detectText` for other modules (self-check, ingest) and POST /api/detect/text.
import type { CoreDeps, NetraModule } from '../module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import { detectRoutes } from './detect.routes.ts';
import { createDetectService } from './detect.service.ts';

export function createDetectModule(deps: CoreDeps, _mods: { rulebook: RulebookModule }) {
  const service = createDetectService({ clock: deps.clock });
  return { routes: detectRoutes(service), ...service } satisfies NetraModule;
}
export type DetectModule = ReturnType<typeof createDetectModule>;
