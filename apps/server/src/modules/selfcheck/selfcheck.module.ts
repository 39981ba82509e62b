// STUB — owned by the rulebook/self-check work: the self-check service (CLI, API, web share it).
import type { CoreDeps, NetraModule } from '../module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import type { DetectModule } from '../detect/detect.module.ts';

export function createSelfcheckModule(_deps: CoreDeps, _mods: { rulebook: RulebookModule; detect: DetectModule }) {
  return { routes: [] } satisfies NetraModule;
}
export type SelfcheckModule = ReturnType<typeof createSelfcheckModule>;
