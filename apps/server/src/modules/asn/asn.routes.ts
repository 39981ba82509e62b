import { z } from 'zod';
import { ROLES } from '@netra/shared';
import { defineRoute, roles, type RouteDef } from '../../http/route.ts';
import type { AsnService } from './asn.service.ts';

export function asnRoutes(svc: AsnService): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/asn',
      summary: 'ASN directory within the caller’s scope (search by name or NIP)',
      tags: ['asn'],
      access: roles(...ROLES),
      query: z.object({
        q: z.string().trim().min(1).max(100).optional(),
        regionCode: z
          .string()
          .regex(/^\d{2}(\.\d{2})*$/)
          .optional(),
        agencyId: z.string().uuid().optional(),
        kind: z.enum(['pns', 'pppk']).optional(),
        page: z.coerce.number().int().min(1).max(10_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(25),
      }),
      handler: ({ actor, query }) => svc.searchAsn(actor!, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/asn/{id}',
      summary: 'One ASN record (404 when outside the caller’s scope)',
      tags: ['asn'],
      access: roles(...ROLES),
      params: z.object({ id: z.string().uuid() }),
      handler: ({ actor, params }) => svc.getAsn(actor!, params.id),
    }),
  ];
}
