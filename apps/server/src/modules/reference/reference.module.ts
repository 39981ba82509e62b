// STUB — owned by the foundation/reference work: regions, holidays, agency types, agencies.
import type { CoreDeps, NetraModule } from '../module.ts';

export function createReferenceModule(_deps: CoreDeps) {
  return { routes: [] } satisfies NetraModule;
}
export type ReferenceModule = ReturnType<typeof createReferenceModule>;
