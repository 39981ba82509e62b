import { z } from 'zod';
import { PUBLIC, defineRoute } from '../../http/route.ts';
import type { CoreDeps, NetraModule } from '../module.ts';

export function createHealthModule(deps: CoreDeps) {
  const health = defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database check',
    tags: ['system'],
    access: PUBLIC(),
    response: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }),
    handler: async () => {
      await deps.db.query('SELECT 1');
      return { status: 'ok' as const, db: deps.db.kind };
    },
  });
  return { routes: [health] } satisfies NetraModule;
}
