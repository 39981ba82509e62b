// Intake: claiming triage items, opening a case from one (or merging it into the open case about the same
// ASN and contest), manual cases and referrals with their Bawaslu/BKN reference numbers.
import type { Actor, ReferralBody, TriageKind } from '@netra/shared';
import type { Db } from '../../db/database.ts';
import { contestFor, contestKindOf } from '../../domain/cases/contests.ts';
import { toLocalDate } from '../../domain/cases/deadlines.ts';
import { badRequest, conflict, notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { inScope, scopeSql } from '../auth/scope.ts';
import { forbidden } from '../../http/route.ts';
import type { CasesService, OpenCaseInput } from './cases.service.ts';

const TABLE: Record<TriageKind, string> = {
  finding: 'finding',
  public_report: 'public_report',
  referral: 'referral',
};

export function createIntakeService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  cases: CasesService;
}) {
  const { db, audit } = deps;

  async function itemInScope(q: any, actor: Actor, kind: TriageKind, id: string) {
    const s = scopeSql(actor, { region: 'x.region_code', agency: 'x.agency_id' }, 2);
    const r = await q.query(`SELECT x.* FROM ${TABLE[kind]} x WHERE x.id = $1::uuid${s.sql} FOR UPDATE`, [
      id,
      ...s.params,
    ]);
    if (!r.rows[0]) throw notFound('Item triase');
    return r.rows[0];
  }

  return {
    async claim(actor: Actor, kind: TriageKind, id: string, release = false) {
      await db.tx(async (q) => {
        const x = await itemInScope(q, actor, kind, id);
        if (x.status === 'in_case' || x.status === 'dismissed') throw conflict('Item ini sudah ditangani');
        if (!release && x.status === 'claimed' && x.claimed_by !== actor.userId)
          throw conflict('Item ini sudah diklaim analis lain');
        await q.query(`UPDATE ${TABLE[kind]} SET status = $2, claimed_by = $3 WHERE id = $1`, [
          id,
          release ? 'new' : 'claimed',
          release ? null : actor.userId,
        ]);
        await audit.record(q, actor, {
          action: release ? 'triage.release' : 'triage.claim',
          entity: kind,
          entityId: id,
          regionCode: x.region_code,
        });
      });
    },
    async dismissFinding(actor: Actor, id: string, reason: string) {
      await db.tx(async (q) => {
        const x = await itemInScope(q, actor, 'finding', id);
        if (x.status === 'in_case')
          throw conflict('Temuan sudah masuk kasus; batalkan penggabungan terlebih dahulu');
        await q.query(`UPDATE finding SET status = 'dismissed', claimed_by = $2 WHERE id = $1`, [
          id,
          actor.userId,
        ]);
        await audit.record(q, actor, {
          action: 'triage.dismiss',
          entity: 'finding',
          entityId: id,
          regionCode: x.region_code,
          details: { reason },
        });
      });
    },
    /** Opens a case from a triage item, or merges it into `caseId` / the open case about the same ASN+contest. */
    async openFromItem(
      actor: Actor,
      kind: TriageKind,
      id: string,
      caseId?: string | null,
    ): Promise<{ caseId: string; merged: boolean }> {
      const out = await db.tx(async (q) => {
        const x = await itemInScope(q, actor, kind, id);
        if (x.status === 'in_case') return { caseId: x.case_id as string, merged: true };
        let target = caseId ?? null;
        let merged = !!caseId;
        if (!target) {
          const asnRow = x.asn_id
            ? (await q.query('SELECT name, agency_id, region_code FROM asn WHERE id = $1', [x.asn_id]))
                .rows[0]
            : null;
          if (kind === 'finding' && !x.region_code && !asnRow)
            throw badRequest('Temuan belum terhubung ke ASN atau wilayah; hubungkan akun terlebih dahulu');
          const occurred: Date = x.occurred_at ?? x.received_at ?? x.created_at;
          const contest =
            x.contest_id && contestKindOf(x.contest_id)
              ? { id: x.contest_id, kind: contestKindOf(x.contest_id)! }
              : contestFor(toLocalDate(new Date(occurred), 480));
          const input: OpenCaseInput = {
            asnId: x.asn_id ?? null,
            asnName: asnRow?.name ?? x.asn_name ?? x.account_ref ?? 'Tidak diketahui',
            agencyId: x.agency_id ?? asnRow?.agency_id ?? null,
            agencyName: x.agency_text ?? null,
            regionCode: x.region_code ?? asnRow?.region_code,
            contestId: contest.id,
            contestKind: contest.kind,
            description: x.description ?? x.explanation,
            occurredAt: new Date(occurred).toISOString(),
          };
          const opened = await deps.cases.openCase(q, actor, input);
          target = opened.caseId;
          merged = !opened.created;
          if (kind === 'finding' && x.track) {
            // the finding's rule judgement seeds the case (the analyst confirms it at the recommendation)
            await q.query(
              `UPDATE case_status SET track = COALESCE(track, $2), rule_ids = CASE WHEN cardinality(rule_ids) = 0 THEN $3 ELSE rule_ids END,
                sanction_level = COALESCE(sanction_level, $4) WHERE case_id = $1`,
              [target, x.track, (x.rules ?? []).map((r: any) => r.id), x.sanction],
            );
          }
        }
        await deps.cases.mergeSource(q, actor, target, kind, id, actor);
        return { caseId: target, merged };
      });
      return out;
    },
    async createReferral(
      actor: Actor,
      input: {
        body: ReferralBody;
        referenceNumber: string;
        receivedAt: string;
        asnName: string;
        asnId?: string | null;
        agencyId?: string | null;
        regionCode: string;
        description: string;
      },
    ) {
      if (!inScope(actor, input.regionCode, input.agencyId ?? null))
        throw forbidden(`Wilayah/instansi ${input.regionCode} di luar cakupan Anda`);
      return db.tx(async (q) => {
        const region = await q.query('SELECT 1 FROM region WHERE code = $1', [input.regionCode]);
        if (!region.rows[0]) throw badRequest(`regionCode: kode wilayah ${input.regionCode} tidak dikenal`);
        const dup = await q.query<{ id: string }>(
          'SELECT id FROM referral WHERE body = $1 AND reference_number = $2',
          [input.body, input.referenceNumber],
        );
        if (dup.rows[0])
          throw conflict(`Penerusan ${input.body} nomor ${input.referenceNumber} sudah tercatat`, {
            id: dup.rows[0].id,
          });
        const r = await q.query<{ id: string }>(
          `INSERT INTO referral (body, reference_number, received_at, asn_name, asn_id, agency_id, region_code, description, created_by, created_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
          [
            input.body,
            input.referenceNumber,
            input.receivedAt,
            input.asnName,
            input.asnId ?? null,
            input.agencyId ?? null,
            input.regionCode,
            input.description,
            actor.userId,
            deps.clock.now(),
          ],
        );
        await audit.record(q, actor, {
          action: 'referral.create',
          entity: 'referral',
          entityId: r.rows[0].id,
          regionCode: input.regionCode,
          details: { body: input.body, referenceNumber: input.referenceNumber },
        });
        return { id: r.rows[0].id };
      });
    },
    async openManual(actor: Actor, input: OpenCaseInput) {
      if (!inScope(actor, input.regionCode, input.agencyId ?? null))
        throw forbidden(`Wilayah/instansi ${input.regionCode} di luar cakupan Anda`);
      return db.tx(async (q) => {
        const { caseId, created } = await deps.cases.openCase(q, actor, input);
        if (!created) throw conflict('Sudah ada kasus untuk ASN ini pada kontestasi yang sama', { caseId });
        return { caseId };
      });
    },
  };
}
export type IntakeService = ReturnType<typeof createIntakeService>;
