// STUB — owned by the rulebook work: rulebook, election packs, verdict engine, self-check.
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';

export function createRulebookModule(_deps: CoreDeps, _mods: { reference: ReferenceModule }) {
  return { routes: [] } satisfies NetraModule;
}
export type RulebookModule = ReturnType<typeof createRulebookModule>;
