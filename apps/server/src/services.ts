// Builds every module in dependency order. Each module owns one line here.
import type { Actor } from '@netra/shared';
import type { RouteDef } from './http/route.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { createAuditModule } from './modules/audit/audit.module.ts';
import { createHealthModule } from './modules/health/health.module.ts';
import { createReferenceModule } from './modules/reference/reference.module.ts';
import { createAuthModule } from './modules/auth/auth.module.ts';
import { createAsnModule } from './modules/asn/asn.module.ts';
import { createRulebookModule } from './modules/rulebook/rulebook.module.ts';
import { createDetectModule } from './modules/detect/detect.module.ts';
import { createSelfcheckModule } from './modules/selfcheck/selfcheck.module.ts';
import { createIngestModule } from './modules/ingest/ingest.module.ts';
import { createCasesModule } from './modules/cases/cases.module.ts';
import type { CoreDeps, NetraModule } from './modules/module.ts';

export type CoreInput = Omit<CoreDeps, 'audit'>;

export function buildModules(input: CoreInput) {
  const audit = createAuditService({ db: input.db, clock: input.clock });
  const core: CoreDeps = { ...input, audit };
  const health = createHealthModule(core);
  const auditModule = createAuditModule(core);
  const reference = createReferenceModule(core);
  const auth = createAuthModule(core, { reference });
  const asn = createAsnModule(core);
  const rulebook = createRulebookModule(core, { reference });
  const detect = createDetectModule(core, { rulebook });
  const selfcheck = createSelfcheckModule(core, { rulebook, detect });
  const ingest = createIngestModule(core, { reference, auth, rulebook, detect });
  const cases = createCasesModule(core, { reference, auth, rulebook, detect, ingest });
  const all: NetraModule[] = [
    health,
    auditModule,
    reference,
    auth,
    asn,
    rulebook,
    detect,
    selfcheck,
    ingest,
    cases,
  ];
  return {
    core,
    audit,
    health,
    auditModule,
    reference,
    auth,
    asn,
    rulebook,
    detect,
    ingest,
    cases,
    all,
    routes(): RouteDef[] {
      return all.flatMap((m) => m.routes);
    },
    resolveActor: (cookie: string | undefined): Promise<Actor | null> => auth.resolveActor(cookie),
  };
}
export type Modules = ReturnType<typeof buildModules>;
