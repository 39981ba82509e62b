import { z } from 'zod';
import { defineRoute, roles } from '../../http/route.ts';
import type { CoreDeps, NetraModule } from '../module.ts';

export function createAuditModule(deps: CoreDeps) {
  const list = defineRoute({
    method: 'get',
    path: '/api/audit',
    summary: 'Audit log (newest first)',
    tags: ['audit'],
    access: roles('admin'),
    query: z.object({
      entity: z.string().optional(),
      entityId: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    handler: ({ query }) => deps.audit.list(query),
  });
  const verify = defineRoute({
    method: 'post',
    path: '/api/audit/verify',
    summary: 'Verify the audit hash chain',
    tags: ['audit'],
    access: roles('admin'),
    handler: () => deps.audit.verify(),
  });
  return { routes: [list, verify] } satisfies NetraModule;
}
