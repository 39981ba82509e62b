// Case workflow: opening, merging sources (reversible), transitions through the pure state machine,
// notes, assignment, hearing minutes, completion requests, deadlines and the notifications they cause.
// Every write runs in one transaction with its case_event, its audit row and the derived case_status.
import {
  CASE_STATE_LABELS,
  sanctionOptionsFor,
  type Actor,
  type CaseSourceKind,
  type CaseState,
  type CaseTransition,
  type ContestKind,
  type DeadlineKind,
  type NoteVisibility,
  type RecommendingBody,
  type TransitionFields,
} from '@netra/shared';
import type { Config } from '../../config/config.ts';
import type { Db, Queryable } from '../../db/database.ts';
import { contestFor, contestKindOf } from '../../domain/cases/contests.ts';
import {
  computeDeadline,
  deadlinePlan,
  toLocalDate,
  type DeadlineSettings,
} from '../../domain/cases/deadlines.ts';
import { TransitionError, decideTransition } from '../../domain/cases/state-machine.ts';
import { HttpError, badRequest, conflict, notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { scopeSql } from '../auth/scope.ts';
import { createCaseLog, type Principal } from './case-log.ts';
import type { NotificationsService } from './notifications.service.ts';

export interface CaseSettings extends DeadlineSettings {
  reminderDaysBefore: number;
  utcOffsetMinutes: number;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  ppkFollowUpDays: 14,
  reminderDaysBefore: 1,
  utcOffsetMinutes: 480,
};

export interface OpenCaseInput {
  asnId?: string | null;
  asnName: string;
  agencyId?: string | null;
  agencyName?: string | null;
  regionCode: string;
  contestId?: string | null;
  contestKind?: ContestKind | null;
  description: string;
  occurredAt?: string | null;
  /** Only for imports and the demo seed: when the case was opened (defaults to now). */
  openedAt?: Date;
}

const SOURCE_TABLE: Record<Exclude<CaseSourceKind, 'manual'>, string> = {
  finding: 'finding',
  public_report: 'public_report',
  referral: 'referral',
};

export function createCasesService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  audit: AuditService;
  notifications: NotificationsService;
  afterCommit: () => Promise<void>;
}) {
  const log = createCaseLog();
  const { db, clock, audit } = deps;

  async function settings(q: Queryable): Promise<CaseSettings> {
    const r = await q.query<{ key: string; value: any }>(
      `SELECT key, value FROM app_setting WHERE key LIKE 'cases.%'`,
    );
    const s = { ...DEFAULT_CASE_SETTINGS };
    for (const row of r.rows) {
      const k = row.key.slice('cases.'.length) as keyof CaseSettings;
      if (k in s && typeof row.value === 'number') s[k] = row.value;
    }
    return s;
  }
  async function holidays(q: Queryable): Promise<Set<string>> {
    const r = await q.query<{ date: string }>('SELECT DISTINCT date FROM holiday');
    return new Set(r.rows.map((x) => x.date));
  }
  async function recommendingBody(q: Queryable, date: string): Promise<RecommendingBody | null> {
    const r = await q.query<{ body: RecommendingBody }>(
      'SELECT body FROM recommending_body_period WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1',
      [date],
    );
    return r.rows[0]?.body ?? null;
  }

  /** The case row if `actor` may see it (scope in SQL), else 404. Locks nothing. */
  async function caseInScope(q: Queryable, actor: Actor | null, caseId: string) {
    const params: unknown[] = [caseId];
    let scope = '';
    if (actor) {
      const s = scopeSql(actor, { region: 'f.region_code', agency: 'f.agency_id' }, 2);
      scope = s.sql;
      params.push(...s.params);
    }
    const r = await q.query<any>(
      `SELECT f.*, s.status, s.track, s.sanction_level, s.assignee_id, s.hearing, s.rule_ids
       FROM case_file f JOIN case_status s ON s.case_id = f.id WHERE f.id = $1::uuid${scope}`,
      params,
    );
    if (!r.rows[0]) throw notFound('Kasus');
    return r.rows[0];
  }

  async function syncDeadlines(
    q: Queryable,
    c: { id: string; contest_kind: ContestKind },
    plan: { start: DeadlineKind[]; meet: DeadlineKind[] },
    at: Date,
  ) {
    if (plan.meet.length)
      await q.query(
        `UPDATE case_deadline SET met_at = $3 WHERE case_id = $1 AND kind = ANY($2::text[]) AND met_at IS NULL`,
        [c.id, plan.meet, at],
      );
    if (!plan.start.length) return;
    const s = await settings(q);
    const h = await holidays(q);
    for (const kind of plan.start) {
      const d = computeDeadline({
        kind,
        contest: c.contest_kind,
        startAt: at,
        holidays: h,
        offsetMinutes: s.utcOffsetMinutes,
        settings: s,
      });
      await q.query(
        `INSERT INTO case_deadline (case_id, kind, mode, days, start_at, due_date) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (case_id, kind) DO UPDATE SET mode=$3, days=$4, start_at=$5, due_date=$6, met_at=NULL, reminded_at=NULL, escalated_at=NULL`,
        [c.id, kind, d.mode, d.days, at, d.dueDate],
      );
    }
  }

  async function nextNumber(q: Queryable, key: string, year: number): Promise<number> {
    const r = await q.query<{ last_number: number }>(
      `INSERT INTO document_counter (issuer_key, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (issuer_key, year) DO UPDATE SET last_number = document_counter.last_number + 1 RETURNING last_number`,
      [key, year],
    );
    return r.rows[0].last_number;
  }

  /** Reporters who left an e-mail address and did not ask for anonymity get status mail. */
  async function mailReporters(q: Queryable, caseId: string, to: CaseState, at: Date) {
    const r = await q.query<{ tracking_code: string; reporter_email: string }>(
      `SELECT p.tracking_code, p.reporter_email FROM case_source cs JOIN public_report p ON p.id = cs.ref_id
       WHERE cs.case_id = $1 AND cs.kind = 'public_report' AND cs.unmerged_at IS NULL AND p.reporter_email IS NOT NULL`,
      [caseId],
    );
    for (const p of r.rows) {
      const label = CASE_STATE_LABELS[to];
      await deps.notifications.queueEmail(q, {
        to: p.reporter_email,
        subject: `Status laporan ${p.tracking_code}: ${label.id}`,
        body:
          `Laporan Anda dengan kode ${p.tracking_code} kini berada pada tahap: ${label.id} (${label.en}).\n` +
          `Periksa status di ${deps.config.publicUrl}/lapor/status/${p.tracking_code}\n\n` +
          `Your report ${p.tracking_code} is now at stage: ${label.en}.`,
        dedupeKey: `status|${p.tracking_code}|${to}|${at.toISOString()}`,
      });
    }
  }

  const service = {
    log,
    settings,
    holidays,
    caseInScope,
    syncDeadlines,
    nextNumber,

    async openCase(
      q: Queryable,
      who: Principal,
      input: OpenCaseInput,
    ): Promise<{ caseId: string; created: boolean }> {
      const at = input.openedAt ?? clock.now();
      const occurred = input.occurredAt ? new Date(input.occurredAt) : null;
      const contest =
        input.contestId && (input.contestKind ?? contestKindOf(input.contestId))
          ? { id: input.contestId, kind: (input.contestKind ?? contestKindOf(input.contestId))! }
          : contestFor(toLocalDate(occurred ?? at, DEFAULT_CASE_SETTINGS.utcOffsetMinutes));
      if (input.asnId) {
        const existing = await q.query<{ id: string }>(
          'SELECT id FROM case_file WHERE asn_id = $1 AND contest_id = $2',
          [input.asnId, contest.id],
        );
        if (existing.rows[0]) return { caseId: existing.rows[0].id, created: false };
      }
      const region = await q.query('SELECT 1 FROM region WHERE code = $1', [input.regionCode]);
      if (!region.rows[0]) throw badRequest(`Kode wilayah ${input.regionCode} tidak dikenal`);
      const year = Number(toLocalDate(at, DEFAULT_CASE_SETTINGS.utcOffsetMinutes).slice(0, 4));
      const n = await nextNumber(q, `case:${input.regionCode}`, year);
      const number = `NTR/${input.regionCode}/${year}/${String(n).padStart(4, '0')}`;
      const r = await q.query<{ id: string }>(
        `INSERT INTO case_file (number, asn_id, asn_name, agency_id, agency_name, region_code, contest_id, contest_kind, description, occurred_at, opened_at, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING id`,
        [
          number,
          input.asnId ?? null,
          input.asnName,
          input.agencyId ?? null,
          input.agencyName ?? null,
          input.regionCode,
          contest.id,
          contest.kind,
          input.description,
          occurred,
          at,
          'userId' in who ? who.userId : null,
        ],
      );
      const caseId = r.rows[0].id;
      await log.append(q, caseId, who, at, { type: 'opened', data: { number, contestId: contest.id } });
      await syncDeadlines(
        q,
        { id: caseId, contest_kind: contest.kind },
        deadlinePlan({ type: 'opened' }),
        at,
      );
      if (occurred) {
        // Informative: was the report filed within 7 (working) days of the act? (UU 7/2017 Art. 454(2))
        const s = await settings(q);
        const d = computeDeadline({
          kind: 'report_filing',
          contest: contest.kind,
          startAt: occurred,
          holidays: await holidays(q),
          offsetMinutes: s.utcOffsetMinutes,
          settings: s,
        });
        await q.query(
          `INSERT INTO case_deadline (case_id, kind, mode, days, start_at, due_date, met_at) VALUES ($1,'report_filing',$2,$3,$4,$5,$6)`,
          [caseId, d.mode, d.days, occurred, d.dueDate, at],
        );
      }
      await audit.record(q, who, {
        action: 'case.open',
        entity: 'case',
        entityId: caseId,
        regionCode: input.regionCode,
        details: { number },
      });
      return { caseId, created: true };
    },

    /** Links a finding, public report or referral to a case (logged; reversible with unmerge). */
    async mergeSource(
      q: Queryable,
      who: Principal,
      caseId: string,
      kind: Exclude<CaseSourceKind, 'manual'>,
      refId: string,
      actor: Actor | null,
    ) {
      const c = await caseInScope(q, actor, caseId);
      const table = SOURCE_TABLE[kind];
      const src = await q.query<any>(`SELECT * FROM ${table} WHERE id = $1::uuid FOR UPDATE`, [refId]);
      const row = src.rows[0];
      if (!row) throw notFound('Sumber');
      if (row.status === 'in_case') {
        if (row.case_id === caseId) return;
        throw conflict(`Sumber ini sudah tergabung dalam kasus lain`, { caseId: row.case_id });
      }
      const at = clock.now();
      const m = await q.query<{ id: string }>(
        `INSERT INTO case_source (case_id, kind, ref_id, merged_at, merged_by) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
        [caseId, kind, refId, at, 'userId' in who ? who.userId : null],
      );
      await q.query(`UPDATE ${table} SET status = 'in_case', case_id = $2 WHERE id = $1`, [refId, caseId]);
      await log.append(q, caseId, who, at, {
        type: 'source_merged',
        data: {
          mergeId: m.rows[0].id,
          kind,
          refId,
          referenceNumber: row.reference_number ?? null,
          trackingCode: row.tracking_code ?? null,
        },
      });
      // Captured posts from a finding become evidence of the case (hash of the canonical detector evidence).
      if (kind === 'finding') {
        await q.query(
          `INSERT INTO evidence (case_id, kind, description, text, spans, source_finding_id, captured_at, added_by, added_by_name, added_via, sha256)
           VALUES ($1, 'captured_post', $2, $3, $4, $5, $6, $7, $8, 'ingest', encode(sha256(convert_to($4::text, 'UTF8')), 'hex'))`,
          [
            caseId,
            row.explanation,
            row.evidence?.find?.((e: any) => e.kind === 'span')?.text ?? null,
            JSON.stringify(row.evidence ?? []),
            refId,
            row.created_at,
            'userId' in who ? who.userId : null,
            'userId' in who ? who.username : `system:${who.system}`,
          ],
        );
      }
      if (kind === 'public_report')
        await q.query(`UPDATE evidence SET case_id = $2 WHERE report_id = $1 AND case_id IS NULL`, [
          refId,
          caseId,
        ]);
      await audit.record(q, who, {
        action: 'case.merge',
        entity: 'case',
        entityId: caseId,
        regionCode: c.region_code,
        details: { kind, refId },
      });
    },

    async unmergeSource(actor: Actor, caseId: string, mergeId: string, reason: string) {
      await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        const m = await q.query<any>(
          `SELECT * FROM case_source WHERE id = $1::uuid AND case_id = $2 AND unmerged_at IS NULL FOR UPDATE`,
          [mergeId, caseId],
        );
        const row = m.rows[0];
        if (!row) throw notFound('Penggabungan');
        const at = clock.now();
        await q.query(
          `UPDATE case_source SET unmerged_at = $2, unmerged_by = $3, unmerge_reason = $4 WHERE id = $1`,
          [mergeId, at, actor.userId, reason],
        );
        if (row.kind !== 'manual') {
          await q.query(
            `UPDATE ${SOURCE_TABLE[row.kind as 'finding']} SET status = 'new', case_id = NULL, claimed_by = NULL WHERE id = $1`,
            [row.ref_id],
          );
        }
        if (row.kind === 'finding')
          await q.query(
            `DELETE FROM evidence WHERE case_id = $1 AND source_finding_id = $2 AND kind = 'captured_post'`,
            [caseId, row.ref_id],
          );
        if (row.kind === 'public_report')
          await q.query(`UPDATE evidence SET case_id = NULL WHERE report_id = $1 AND case_id = $2`, [
            row.ref_id,
            caseId,
          ]);
        await log.append(q, caseId, actor, at, {
          type: 'source_unmerged',
          reason,
          data: { mergeId, kind: row.kind, refId: row.ref_id },
        });
        await audit.record(q, actor, {
          action: 'case.unmerge',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { mergeId, reason },
        });
      });
    },

    async transition(
      actor: Actor,
      caseId: string,
      input: { transition: CaseTransition; reason?: string | null; fields: TransitionFields },
    ) {
      await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        await log.repo.lockStatus(q, caseId);
        const from = (
          await q.query<{ status: CaseState }>('SELECT status FROM case_status WHERE case_id = $1', [caseId])
        ).rows[0].status;
        const occurred = c.occurred_at
          ? toLocalDate(new Date(c.occurred_at), DEFAULT_CASE_SETTINGS.utcOffsetMinutes)
          : toLocalDate(clock.now(), 480);
        const track = input.transition === 'record_ppk_decision' ? c.track : input.fields.track;
        const level =
          input.transition === 'record_ppk_decision' ? c.sanction_level : input.fields.sanctionLevel;
        const facts = {
          hearingRecorded: !!c.hearing?.recordedAt,
          sanctionOptions: track && level ? sanctionOptionsFor(track, level, occurred) : [],
        };
        let rule;
        try {
          rule = decideTransition({
            from,
            transition: input.transition,
            role: actor.role,
            fields: input.fields,
            reason: input.reason,
            facts,
          });
        } catch (e) {
          if (e instanceof TransitionError)
            throw new HttpError(
              e.code === 'role_not_allowed' ? 403 : 409,
              e.code === 'role_not_allowed' ? 'forbidden' : 'transition_refused',
              e.message,
              {
                reason: e.code,
                field: e.field ?? null,
              },
            );
          throw e;
        }
        const at = clock.now();
        const data: Record<string, unknown> = { fields: input.fields };
        if (rule.transition === 'recommend')
          data.recommendingBody = await recommendingBody(q, toLocalDate(at, 480));
        await log.append(q, caseId, actor, at, {
          type: 'transition',
          transition: rule.transition,
          fromStatus: from,
          toStatus: rule.to,
          reason: input.reason ?? null,
          data,
        });
        await syncDeadlines(q, c, deadlinePlan({ type: 'transition', to: rule.to }), at);
        await audit.record(q, actor, {
          action: `case.${rule.transition}`,
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { from, to: rule.to },
        });
        if (c.assignee_id && c.assignee_id !== actor.userId) {
          await deps.notifications.notify(q, {
            userIds: [c.assignee_id],
            kind: 'status_change',
            title: `${c.number}: ${CASE_STATE_LABELS[rule.to].id}`,
            body: `Kasus ${c.number} (${c.asn_name}) pindah ke tahap ${CASE_STATE_LABELS[rule.to].id}.`,
            caseId,
            dedupeKey: `status|${caseId}|${at.toISOString()}`,
          });
        }
        if (rule.to === 'recommendation') {
          // The PPK users of the ASN's agency learn of the recommendation they must act on. A PPK scoped to a
          // government (Pemkot) covers its work units (OPD), so the agency's ancestors count too.
          const ppk = await q.query<{ id: string }>(
            `WITH RECURSIVE up AS (
               SELECT id, parent_id FROM agency WHERE id = $1::uuid
               UNION ALL SELECT a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id)
             SELECT u.id FROM app_user u
             WHERE u.role = 'ppk' AND u.active AND u.agency_ids && ARRAY(SELECT id FROM up)`,
            [c.agency_id],
          );
          await deps.notifications.notify(q, {
            userIds: ppk.rows.map((x) => x.id),
            kind: 'status_change',
            title: `Rekomendasi baru: ${c.number}`,
            body: `Rekomendasi atas ${c.asn_name} menunggu keputusan PPK.`,
            caseId,
            dedupeKey: `recommend|${caseId}|${at.toISOString()}`,
          });
        }
        await mailReporters(q, caseId, rule.to, at);
      });
      await deps.afterCommit();
    },

    async addNote(actor: Actor, caseId: string, body: string, visibility: NoteVisibility) {
      const out = await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        const at = clock.now();
        const r = await q.query<{ id: string }>(
          `INSERT INTO case_note (case_id, visibility, body, author_id, author_name, created_at) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
          [caseId, visibility, body, actor.userId, actor.username, at],
        );
        await log.append(q, caseId, actor, at, {
          type: 'note_added',
          data: { noteId: r.rows[0].id, visibility },
        });
        await audit.record(q, actor, {
          action: 'case.note',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { visibility },
        });
        return {
          id: r.rows[0].id,
          visibility,
          body,
          author: { id: actor.userId, name: actor.username },
          at: at.toISOString(),
        };
      });
      return out;
    },

    async assign(actor: Actor, caseId: string, userId: string) {
      await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        const u = await q.query<{ id: string; display_name: string }>(
          'SELECT id, display_name FROM app_user WHERE id = $1::uuid AND active',
          [userId],
        );
        if (!u.rows[0]) throw badRequest(`Pengguna ${userId} tidak ditemukan`);
        const at = clock.now();
        await log.append(q, caseId, actor, at, {
          type: 'assigned',
          data: { userId, name: u.rows[0].display_name },
        });
        await deps.notifications.notify(q, {
          userIds: [userId],
          kind: 'assignment',
          title: `Penugasan kasus ${c.number}`,
          body: `Anda ditugaskan menangani kasus ${c.number} (${c.asn_name}).`,
          caseId,
          dedupeKey: `assign|${caseId}|${at.toISOString()}`,
        });
        await audit.record(q, actor, {
          action: 'case.assign',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { userId },
        });
      });
      await deps.afterCommit();
    },

    /** Formal/material check found the public report incomplete: the reporter gets 3 days. */
    async requestCompletion(actor: Actor, caseId: string, message: string) {
      await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        if (c.status !== 'verification' && c.status !== 'received')
          throw conflict('Permintaan kelengkapan hanya pada tahap verifikasi');
        const at = clock.now();
        await syncDeadlines(q, c, deadlinePlan({ type: 'completion_requested' }), at);
        const due = (
          await q.query<{ due_date: string }>(
            `SELECT due_date FROM case_deadline WHERE case_id = $1 AND kind = 'reporter_completion'`,
            [caseId],
          )
        ).rows[0].due_date;
        await log.append(q, caseId, actor, at, {
          type: 'completion_requested',
          data: { dueDate: due, message },
        });
        await q.query(
          `INSERT INTO case_note (case_id, visibility, body, author_id, author_name, created_at) VALUES ($1,'public',$2,$3,$4,$5)`,
          [
            caseId,
            `Mohon lengkapi laporan paling lambat ${due}: ${message}`,
            actor.userId,
            actor.username,
            at,
          ],
        );
        const reps = await q.query<{ tracking_code: string; reporter_email: string }>(
          `SELECT p.tracking_code, p.reporter_email FROM case_source cs JOIN public_report p ON p.id = cs.ref_id
           WHERE cs.case_id = $1 AND cs.kind = 'public_report' AND cs.unmerged_at IS NULL AND p.reporter_email IS NOT NULL`,
          [caseId],
        );
        for (const p of reps.rows)
          await deps.notifications.queueEmail(q, {
            to: p.reporter_email,
            subject: `Laporan ${p.tracking_code} perlu dilengkapi`,
            body: `Mohon lengkapi laporan Anda (${p.tracking_code}) paling lambat ${due}: ${message}\n${deps.config.publicUrl}/lapor/status/${p.tracking_code}`,
            dedupeKey: `completion|${p.tracking_code}|${at.toISOString()}`,
          });
        await audit.record(q, actor, {
          action: 'case.request_completion',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { due },
        });
      });
      await deps.afterCommit();
    },

    async recordHearing(
      actor: Actor,
      caseId: string,
      h: {
        hearingAt?: string;
        place?: string;
        attendees: string[];
        qa: { question: string; answer: string }[];
      },
    ) {
      await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        if (c.status !== 'clarification')
          throw conflict('Berita acara klarifikasi hanya dapat dicatat pada tahap klarifikasi');
        if (!h.qa.length) throw badRequest('Berita acara memerlukan minimal satu pertanyaan dan jawaban');
        await log.append(q, caseId, actor, clock.now(), { type: 'hearing_recorded', data: h });
        await audit.record(q, actor, {
          action: 'case.hearing',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { questions: h.qa.length },
        });
      });
    },

    async extendHandling(actor: Actor, caseId: string, reason: string) {
      await db.tx(async (q) => {
        const c = await caseInScope(q, actor, caseId);
        const h = await q.query<{ start_at: Date }>(
          `SELECT start_at FROM case_deadline WHERE case_id = $1 AND kind = 'handling'`,
          [caseId],
        );
        if (!h.rows[0]) throw conflict('Belum ada batas waktu penanganan untuk diperpanjang');
        await syncDeadlines(q, c, deadlinePlan({ type: 'deadline_extended' }), h.rows[0].start_at);
        await log.append(q, caseId, actor, clock.now(), { type: 'deadline_extended', reason, data: {} });
        await audit.record(q, actor, {
          action: 'case.extend',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: {},
        });
      });
    },
  };
  return service;
}
export type CasesService = ReturnType<typeof createCasesService>;
