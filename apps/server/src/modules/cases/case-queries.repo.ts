// Read side of cases: summaries with scope, filters and the next deadline, in one SQL shape for lists,
// boards, exports and dashboards.
import type { Actor } from '@netra/shared';
import type { Queryable } from '../../db/database.ts';
import { scopeSql } from '../auth/scope.ts';
import type { CaseStatusRow } from './case-log.repo.ts';

export interface CaseFilter {
  status?: string;
  regionCode?: string;
  agencyId?: string;
  ruleId?: string;
  track?: string;
  overdue?: boolean;
  q?: string;
  assigneeId?: string;
  contestId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A case_status row (minus its chain bookkeeping) joined with the case and its labels. */
export interface CaseSummaryRow extends Omit<CaseStatusRow, 'case_id' | 'event_count' | 'head_hash'> {
  id: string;
  number: string;
  asn_id: string | null;
  asn_name: string;
  nip: string | null;
  position: string | null;
  agency_id: string | null;
  agency_name: string | null;
  region_code: string;
  region_name: string | null;
  contest_id: string;
  contest_kind: string;
  description: string;
  occurred_at: Date | null;
  opened_at: Date;
  assignee_name: string | null;
  sources: Record<string, number> | null;
  next_deadline: any;
  overdue: boolean;
}

/** Builds WHERE conditions for `f` and the actor's scope; `today` is the local date for overdue. */
export function caseWhere(actor: Pick<Actor, 'regionCodes' | 'agencyIds'>, f: CaseFilter, today: string) {
  const conds: string[] = ['$1::date IS NOT NULL'];
  const params: unknown[] = [today];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.status) conds.push(`s.status = ANY(${p(f.status.split(','))}::text[])`);
  if (f.regionCode)
    conds.push(`(f.region_code = ${p(f.regionCode)} OR f.region_code LIKE ${p(f.regionCode + '.%')})`);
  if (f.agencyId) conds.push(`f.agency_id = ${p(f.agencyId)}::uuid`);
  if (f.ruleId) conds.push(`${p(f.ruleId)} = ANY(s.rule_ids)`);
  if (f.track) conds.push(`s.track = ${p(f.track)}`);
  if (f.assigneeId) conds.push(`s.assignee_id = ${p(f.assigneeId)}::uuid`);
  if (f.contestId) conds.push(`f.contest_id = ${p(f.contestId)}`);
  if (f.from) conds.push(`f.opened_at >= ${p(f.from)}::date`);
  if (f.to) conds.push(`f.opened_at < (${p(f.to)}::date + 1)`);
  if (f.q) conds.push(`(f.asn_name ILIKE ${p('%' + f.q + '%')} OR f.number ILIKE $${params.length})`);
  if (f.overdue !== undefined) conds.push(`${f.overdue ? '' : 'NOT '}${OVERDUE_SQL}`);
  const scope = scopeSql(actor, { region: 'f.region_code', agency: 'f.agency_id' }, params.length + 1);
  params.push(...scope.params);
  return { where: conds.join(' AND ') + scope.sql, params };
}

const OVERDUE_SQL = `EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_id = f.id AND d.met_at IS NULL AND d.due_date < $1::date)`;

const SELECT = `
  SELECT f.id, f.number, f.asn_id, f.asn_name, asn.nip, asn.position, f.agency_id,
    COALESCE(ag.name, f.agency_name) AS agency_name, f.region_code, rg.name AS region_name, f.contest_id, f.contest_kind,
    f.description, f.occurred_at, f.opened_at, s.status, s.status_since, s.track, s.rule_ids, s.sanction_level,
    s.sanction_option, s.recommending_body, s.recommended_at, s.escalated_at, s.dismissal_reason, s.assignee_id,
    u.display_name AS assignee_name, s.completion_due_date, s.hearing, s.history, s.updated_at,
    (SELECT jsonb_object_agg(kind, n) FROM (SELECT cs.kind, count(*) AS n FROM case_source cs
       WHERE cs.case_id = f.id AND cs.unmerged_at IS NULL GROUP BY cs.kind) x) AS sources,
    (SELECT to_jsonb(d) FROM (SELECT kind, mode, days, start_at, due_date, met_at FROM case_deadline d
       WHERE d.case_id = f.id AND d.met_at IS NULL ORDER BY d.due_date LIMIT 1) d) AS next_deadline,
    ${OVERDUE_SQL} AS overdue
  FROM case_file f
  JOIN case_status s ON s.case_id = f.id
  LEFT JOIN asn ON asn.id = f.asn_id
  LEFT JOIN agency ag ON ag.id = f.agency_id
  LEFT JOIN region rg ON rg.code = f.region_code
  LEFT JOIN app_user u ON u.id = s.assignee_id`;

export function createCaseQueriesRepo() {
  return {
    async list(
      q: Queryable,
      actor: Actor,
      f: CaseFilter,
      today: string,
    ): Promise<{ rows: CaseSummaryRow[]; total: number }> {
      const { where, params } = caseWhere(actor, f, today);
      const total = await q.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM case_file f JOIN case_status s ON s.case_id = f.id WHERE ${where}`,
        params,
      );
      const limit = Math.min(f.limit ?? 100, 5000);
      const r = await q.query<CaseSummaryRow>(
        `${SELECT} WHERE ${where} ORDER BY s.updated_at DESC, f.number LIMIT ${limit} OFFSET ${Math.max(0, f.offset ?? 0)}`,
        params,
      );
      return { rows: r.rows, total: total.rows[0].n };
    },
    async byId(q: Queryable, actor: Actor, id: string, today: string): Promise<CaseSummaryRow | null> {
      const { where, params } = caseWhere(actor, {}, today);
      params.push(id);
      const r = await q.query<CaseSummaryRow>(
        `${SELECT} WHERE ${where} AND f.id = $${params.length}::uuid`,
        params,
      );
      return r.rows[0] ?? null;
    },
    async counts(
      q: Queryable,
      actor: Actor,
      f: CaseFilter,
      today: string,
      keySql: string,
    ): Promise<{ key: string; label: string | null; n: number }[]> {
      const { where, params } = caseWhere(actor, f, today);
      const r = await q.query<{ key: string; label: string | null; n: number }>(
        `SELECT ${keySql}, count(*)::int AS n FROM case_file f JOIN case_status s ON s.case_id = f.id
           LEFT JOIN agency ag ON ag.id = f.agency_id LEFT JOIN region rg ON rg.code = f.region_code
         WHERE ${where} GROUP BY 1, 2 ORDER BY n DESC, key`,
        params,
      );
      return r.rows;
    },
  };
}
