// STUB — owned by the foundation/auth work: users, sessions, login, scope.
import type { Actor } from '@netra/shared';
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';

export function createAuthModule(_deps: CoreDeps, _mods: { reference: ReferenceModule }) {
  return {
    routes: [],
    async resolveActor(_cookie: string | undefined): Promise<Actor | null> {
      return null;
    },
  } satisfies NetraModule & Record<string, unknown>;
}
export type AuthModule = ReturnType<typeof createAuthModule>;
