import type { Queryable } from '../../db/database.ts';
import type { CaseStatusState } from '../../domain/cases/case-status.ts';

export interface CaseEventRow {
  seq: number;
  case_id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  type: string;
  transition: string | null;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  data: Record<string, any>;
  prev_hash: string;
  hash: string;
}

export interface CaseStatusRow {
  case_id: string;
  status: string;
  status_since: Date;
  track: string | null;
  rule_ids: string[];
  sanction_level: string | null;
  sanction_option: string | null;
  recommending_body: string | null;
  recommended_at: Date | null;
  escalated_at: Date | null;
  dismissal_reason: string | null;
  assignee_id: string | null;
  completion_due_date: string | null;
  hearing: any;
  history: any;
  event_count: number;
  head_hash: string;
  updated_at: Date;
}

export function statusFromRow(r: CaseStatusRow): CaseStatusState {
  return {
    status: r.status as any,
    statusSince: r.status_since,
    track: r.track as any,
    ruleIds: r.rule_ids ?? [],
    sanctionLevel: r.sanction_level as any,
    sanctionOption: r.sanction_option as any,
    recommendingBody: r.recommending_body as any,
    recommendedAt: r.recommended_at,
    escalatedAt: r.escalated_at,
    dismissalReason: r.dismissal_reason as any,
    assigneeId: r.assignee_id,
    completionDueDate: r.completion_due_date,
    hearing: r.hearing ?? null,
    history: r.history ?? [],
    eventCount: r.event_count,
  };
}

export function createCaseLogRepo() {
  return {
    /** Locks the case's status row for the rest of the transaction (serialises appends per case). */
    async lockStatus(q: Queryable, caseId: string): Promise<CaseStatusRow | null> {
      const r = await q.query<CaseStatusRow>('SELECT * FROM case_status WHERE case_id = $1 FOR UPDATE', [
        caseId,
      ]);
      return r.rows[0] ?? null;
    },
    async insertEvent(q: Queryable, e: Omit<CaseEventRow, 'seq'>): Promise<number> {
      const r = await q.query<{ seq: number }>(
        `INSERT INTO case_event (case_id, at, actor_id, actor_name, type, transition, from_status, to_status, reason, data, prev_hash, hash)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING seq`,
        [
          e.case_id,
          e.at,
          e.actor_id,
          e.actor_name,
          e.type,
          e.transition,
          e.from_status,
          e.to_status,
          e.reason,
          JSON.stringify(e.data),
          e.prev_hash,
          e.hash,
        ],
      );
      return r.rows[0].seq;
    },
    async upsertStatus(
      q: Queryable,
      caseId: string,
      s: CaseStatusState,
      headHash: string,
      at: Date,
    ): Promise<void> {
      await q.query(
        `INSERT INTO case_status (case_id, status, status_since, track, rule_ids, sanction_level, sanction_option, recommending_body,
           recommended_at, escalated_at, dismissal_reason, assignee_id, completion_due_date, hearing, history, event_count, head_hash, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)
         ON CONFLICT (case_id) DO UPDATE SET status=$2, status_since=$3, track=$4, rule_ids=$5, sanction_level=$6, sanction_option=$7,
           recommending_body=$8, recommended_at=$9, escalated_at=$10, dismissal_reason=$11, assignee_id=$12, completion_due_date=$13,
           hearing=$14, history=$15, event_count=$16, head_hash=$17, updated_at=$18`,
        [
          caseId,
          s.status,
          s.statusSince,
          s.track,
          s.ruleIds,
          s.sanctionLevel,
          s.sanctionOption,
          s.recommendingBody,
          s.recommendedAt,
          s.escalatedAt,
          s.dismissalReason,
          s.assigneeId,
          s.completionDueDate,
          s.hearing ? JSON.stringify(s.hearing) : null,
          JSON.stringify(s.history),
          s.eventCount,
          headHash,
          at,
        ],
      );
    },
    async events(q: Queryable, caseId: string): Promise<CaseEventRow[]> {
      return (
        await q.query<CaseEventRow>('SELECT * FROM case_event WHERE case_id = $1 ORDER BY seq', [caseId])
      ).rows;
    },
    async *iterateAll(q: Queryable, batch = 5000): AsyncGenerator<CaseEventRow> {
      let after = 0;
      for (;;) {
        const r = await q.query<CaseEventRow>(
          'SELECT * FROM case_event WHERE seq > $1 ORDER BY seq LIMIT $2',
          [after, batch],
        );
        for (const row of r.rows) yield row;
        if (r.rows.length < batch) return;
        after = r.rows[r.rows.length - 1].seq;
      }
    },
    async heads(
      q: Queryable,
    ): Promise<{ case_id: string; number: string; event_count: number; head_hash: string }[]> {
      return (
        await q.query<{ case_id: string; number: string; event_count: number; head_hash: string }>(
          'SELECT s.case_id, f.number, s.event_count, s.head_hash FROM case_status s JOIN case_file f ON f.id = s.case_id',
        )
      ).rows;
    },
  };
}
