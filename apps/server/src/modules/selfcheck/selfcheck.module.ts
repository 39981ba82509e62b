// The self-check (issue #2 point 9): parser + verdict engine over the rulebook module's packs, plus the
// text detector when the detect module offers one (looked up defensively: the self-check works without it).
import type { CoreDeps, NetraModule } from '../module.ts';
import type { DetectModule } from '../detect/detect.module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import { selfcheckRoutes } from './selfcheck.routes.ts';
import { createSelfcheckService, type DetectTextFn } from './selfcheck.service.ts';

export function createSelfcheckModule(
  deps: CoreDeps,
  mods: { rulebook: RulebookModule; detect: DetectModule },
) {
  const detect = mods.detect as unknown as { detectText?: DetectTextFn } | undefined;
  const detectText: DetectTextFn | null =
    typeof detect?.detectText === 'function' ? (text, opts) => detect.detectText!(text, opts) : null;
  const service = createSelfcheckService({
    context: () => mods.rulebook.getContext(),
    clock: deps.clock,
    detectText,
  });
  return { routes: selfcheckRoutes(service), ...service } satisfies NetraModule;
}
export type SelfcheckModule = ReturnType<typeof createSelfcheckModule>;
