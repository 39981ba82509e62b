import { z } from 'zod';
import { isRegionCode } from '@netra/shared';
import { defineRoute, roles } from '../../http/route.ts';
import { RECOMMENDING_BODIES, type CaseSettingsService } from './case-settings.service.ts';

const text = (max = 300) => z.string().trim().min(1, 'wajib diisi').max(max);
const issuerBody = z.object({
  name: text(),
  parentName: text(),
  address: text(),
  city: text(100),
  signatoryName: text(200),
  signatoryTitle: text(200),
  numberPrefix: text(100),
});

export function caseSettingsRoutes(s: CaseSettingsService) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/settings/letter-issuers',
      summary: 'Letterheads, signatories and number prefixes of issuing offices',
      tags: ['settings'],
      access: roles('admin', 'supervisor'),
      handler: async ({ actor }) => ({ items: await s.listIssuers(actor!) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/settings/letter-issuers/{regionCode}',
      summary: 'Create or update the issuing office of a region',
      tags: ['settings'],
      access: roles('admin'),
      params: z.object({ regionCode: z.string().refine(isRegionCode, 'bukan kode wilayah Kemendagri') }),
      body: issuerBody,
      handler: ({ actor, params, body }) => s.saveIssuer(actor!, { regionCode: params.regionCode, ...body }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/settings/letter-issuers/{regionCode}',
      summary: 'Remove the issuing office of a region',
      tags: ['settings'],
      access: roles('admin'),
      params: z.object({ regionCode: z.string() }),
      handler: async ({ actor, params }) => {
        await s.deleteIssuer(actor!, params.regionCode);
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/settings/recommending-bodies',
      summary: 'Which body receives recommendations, by period',
      tags: ['settings'],
      access: roles('admin', 'supervisor', 'analyst'),
      handler: async () => ({ items: await s.listRecommendingBodies() }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/settings/recommending-bodies',
      summary: 'Replace the recommending-body periods (national administrators)',
      tags: ['settings'],
      access: roles('admin'),
      body: z.object({
        periods: z
          .array(
            z.object({
              validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD'),
              body: z.enum(RECOMMENDING_BODIES),
              basis: text(300),
            }),
          )
          .min(1, 'minimal satu periode'),
      }),
      handler: async ({ actor, body }) => ({
        items: await s.replaceRecommendingBodies(actor!, body.periods),
      }),
    }),
  ];
}
