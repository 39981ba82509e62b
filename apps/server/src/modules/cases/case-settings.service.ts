// Letter and procedure settings an administrator maintains without SQL: the letterhead, signatory and
// number prefix of each issuing office (by region; the most specific region wins), and which body receives
// recommendations from which date (KASN until 2024, BKN after, an independent body by 2027 per MK 121/2024).
import type { Actor } from '@netra/shared';
import { regionInScope } from '@netra/shared';
import type { Db } from '../../db/database.ts';
import { badRequest, forbidden, notFound } from '../../http/route.ts';
import type { AuditService } from '../audit/audit.service.ts';

export const RECOMMENDING_BODIES = ['kasn', 'bkn', 'independent_body'] as const;
export type RecommendingBody = (typeof RECOMMENDING_BODIES)[number];

export interface IssuerSettings {
  regionCode: string;
  name: string;
  parentName: string;
  address: string;
  city: string;
  signatoryName: string;
  signatoryTitle: string;
  numberPrefix: string;
}

export interface RecommendingBodyPeriod {
  validFrom: string;
  body: RecommendingBody;
  basis: string;
}

export function createCaseSettingsService(deps: { db: Db; audit: AuditService }) {
  const toIssuer = (r: any): IssuerSettings => ({
    regionCode: r.region_code,
    name: r.name,
    parentName: r.parent_name,
    address: r.address,
    city: r.city,
    signatoryName: r.signatory_name,
    signatoryTitle: r.signatory_title,
    numberPrefix: r.number_prefix,
  });
  return {
    async listIssuers(actor: Actor): Promise<IssuerSettings[]> {
      const r = await deps.db.query('SELECT * FROM case_issuer ORDER BY region_code');
      return r.rows.map(toIssuer).filter((i) => regionInScope(i.regionCode, actor.regionCodes));
    },
    async saveIssuer(actor: Actor, input: IssuerSettings): Promise<IssuerSettings> {
      if (!regionInScope(input.regionCode, actor.regionCodes)) {
        throw forbidden(`Wilayah ${input.regionCode} di luar cakupan Anda`);
      }
      return deps.db.tx(async (q) => {
        const region = await q.query('SELECT 1 FROM region WHERE code = $1', [input.regionCode]);
        if (!region.rows.length)
          throw badRequest(`regionCode: kode wilayah ${input.regionCode} tidak dikenal`);
        const r = await q.query(
          `INSERT INTO case_issuer (region_code, name, parent_name, address, city, signatory_name, signatory_title, number_prefix)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
           ON CONFLICT (region_code) DO UPDATE SET name = $2, parent_name = $3, address = $4, city = $5,
             signatory_name = $6, signatory_title = $7, number_prefix = $8
           RETURNING *`,
          [
            input.regionCode,
            input.name,
            input.parentName,
            input.address,
            input.city,
            input.signatoryName,
            input.signatoryTitle,
            input.numberPrefix,
          ],
        );
        await deps.audit.record(q, actor, {
          action: 'settings.issuer.save',
          entity: 'case_issuer',
          entityId: input.regionCode,
          regionCode: input.regionCode,
          details: { ...input },
        });
        return toIssuer(r.rows[0]);
      });
    },
    async deleteIssuer(actor: Actor, regionCode: string): Promise<void> {
      if (!regionInScope(regionCode, actor.regionCodes)) throw notFound('Kop surat');
      await deps.db.tx(async (q) => {
        const r = await q.query('DELETE FROM case_issuer WHERE region_code = $1', [regionCode]);
        if (!r.rowCount) throw notFound('Kop surat');
        await deps.audit.record(q, actor, {
          action: 'settings.issuer.delete',
          entity: 'case_issuer',
          entityId: regionCode,
          regionCode,
        });
      });
    },
    async listRecommendingBodies(): Promise<RecommendingBodyPeriod[]> {
      const r = await deps.db.query<any>(
        'SELECT valid_from, body, basis FROM recommending_body_period ORDER BY valid_from',
      );
      return r.rows.map((x) => ({ validFrom: x.valid_from, body: x.body, basis: x.basis }));
    },
    /** Replaces the whole period table at once, so there is never a gap or a half-edited history. */
    async replaceRecommendingBodies(
      actor: Actor,
      periods: RecommendingBodyPeriod[],
    ): Promise<RecommendingBodyPeriod[]> {
      if (actor.regionCodes.length)
        throw forbidden('Hanya administrator nasional yang dapat mengubah lembaga penerima rekomendasi');
      const seen = new Set<string>();
      periods.forEach((p, i) => {
        if (seen.has(p.validFrom)) throw badRequest(`periods[${i}].validFrom: tanggal ${p.validFrom} ganda`);
        seen.add(p.validFrom);
      });
      await deps.db.tx(async (q) => {
        await q.query('DELETE FROM recommending_body_period');
        for (const p of periods) {
          await q.query('INSERT INTO recommending_body_period (valid_from, body, basis) VALUES ($1,$2,$3)', [
            p.validFrom,
            p.body,
            p.basis,
          ]);
        }
        await deps.audit.record(q, actor, {
          action: 'settings.recommending_body.replace',
          entity: 'recommending_body_period',
          details: { periods },
        });
      });
      return this.listRecommendingBodies();
    },
  };
}
export type CaseSettingsService = ReturnType<typeof createCaseSettingsService>;
