// STUB — owned by the text-detection work.
import type { CoreDeps, NetraModule } from '../module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';

export function createDetectModule(_deps: CoreDeps, _mods: { rulebook: RulebookModule }) {
  return { routes: [] } satisfies NetraModule;
}
export type DetectModule = ReturnType<typeof createDetectModule>;
