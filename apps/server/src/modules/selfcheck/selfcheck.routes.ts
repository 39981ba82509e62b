import { selfCheckRequestSchema } from '@netra/shared';
import { PUBLIC, defineRoute } from '../../http/route.ts';
import type { SelfcheckService } from './selfcheck.service.ts';

export function selfcheckRoutes(service: SelfcheckService) {
  const check = defineRoute({
    method: 'post',
    path: '/api/self-check',
    summary: 'ASN self-check: may I do this? Anonymous; nothing is stored and the text is not logged',
    tags: ['self-check'],
    // Public and unauthenticated, so bounded per address.
    access: PUBLIC(30),
    body: selfCheckRequestSchema,
    handler: ({ body }) => service.check(body),
  });
  return [check];
}
