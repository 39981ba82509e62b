// Users, sessions, sign-in and scope.
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';
import { authRoutes } from './auth.routes.ts';
import { createAuthService } from './auth.service.ts';

export function createAuthModule(deps: CoreDeps, mods: { reference: ReferenceModule }) {
  const svc = createAuthService({ ...deps, reference: mods.reference });
  return { routes: authRoutes(svc), ...svc } satisfies NetraModule & Record<string, unknown>;
}
export type AuthModule = ReturnType<typeof createAuthModule>;
