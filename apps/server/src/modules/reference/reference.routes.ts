import { z } from 'zod';
import { AUTHENTICATED, PUBLIC, defineRoute, type RouteDef } from '../../http/route.ts';
import type { ReferenceService } from './reference.service.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD');

export function referenceRoutes(svc: ReferenceService): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/reference/regions',
      summary: 'Provinces and regencies/cities (Kemendagri codes)',
      tags: ['reference'],
      // Public: the report portal's region picker needs it before anyone signs in.
      access: PUBLIC(120),
      query: z.object({
        parent: z
          .string()
          .regex(/^\d{2}(\.\d{2})*$/)
          .optional(),
        level: z.enum(['province', 'regency']).optional(),
      }),
      handler: async ({ query }) => ({ regions: await svc.listRegions(query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/reference/holidays',
      summary: 'National holidays and cuti bersama in a date range',
      tags: ['reference'],
      access: AUTHENTICATED,
      query: z.object({ from: isoDate, to: isoDate }),
      handler: async ({ query }) => ({ holidays: await svc.listHolidays(query.from, query.to) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/reference/agency-types',
      summary: 'Agency (instansi) types',
      tags: ['reference'],
      access: AUTHENTICATED,
      handler: async () => ({ agencyTypes: await svc.listAgencyTypes() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/reference/agencies',
      summary: "Agencies within the caller's scope",
      tags: ['reference'],
      access: AUTHENTICATED,
      query: z.object({
        q: z.string().max(100).optional(),
        regionCode: z
          .string()
          .regex(/^\d{2}(\.\d{2})*$/)
          .optional(),
        typeCode: z.string().max(60).optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(500),
      }),
      handler: async ({ query, actor }) => ({ agencies: await svc.findAgencies(actor!, query) }),
    }),
  ];
}
