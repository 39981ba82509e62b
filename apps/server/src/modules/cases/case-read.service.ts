// Read side for the analyst app: case summaries/detail, board, triage queue, follow-up list, dashboard,
// exports. Every query carries the actor's scope in SQL; reading a case's personal data is audited.
import ExcelJS from 'exceljs';
import {
  CASE_STATE_LABELS,
  CASE_STATES,
  TERMINAL_CASE_STATES,
  sanctionOptionsFor,
  type Actor,
  type CaseDeadlineView,
  type CaseDetail,
  type CaseSummary,
  type DashboardResponse,
  type FollowUpItem,
  type TriageItem,
  type TriageKind,
} from '@netra/shared';
import type { Db, Queryable } from '../../db/database.ts';
import { countDays, toLocalDate } from '../../domain/cases/deadlines.ts';
import { allowedTransitions } from '../../domain/cases/state-machine.ts';
import { notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { scopeSql } from '../auth/scope.ts';
import { createCaseQueriesRepo, type CaseFilter, type CaseSummaryRow } from './case-queries.repo.ts';
import type { CasesService } from './cases.service.ts';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

function deadlineView(d: any, today: string): CaseDeadlineView {
  return {
    kind: d.kind,
    mode: d.mode,
    days: d.days,
    startAt: iso(d.start_at)!,
    dueDate: d.due_date,
    dueAt: `${d.due_date}T23:59:59+08:00`,
    metAt: iso(d.met_at),
    overdue: !d.met_at && d.due_date < today,
  };
}

export function toSummary(r: CaseSummaryRow, today: string): CaseSummary {
  const src = r.sources ?? {};
  return {
    id: r.id,
    number: r.number,
    status: r.status as any,
    statusSince: iso(r.status_since)!,
    asn: { id: r.asn_id, name: r.asn_name, nip: r.nip, position: r.position },
    agency: { id: r.agency_id, name: r.agency_name },
    regionCode: r.region_code,
    regionName: r.region_name,
    contest: { id: r.contest_id, kind: r.contest_kind as any, label: r.contest_id },
    track: r.track as any,
    ruleIds: r.rule_ids ?? [],
    sanctionLevel: r.sanction_level as any,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    sources: {
      finding: src.finding ?? 0,
      public_report: src.public_report ?? 0,
      referral: src.referral ?? 0,
      manual: src.manual ?? 0,
    },
    openedAt: iso(r.opened_at)!,
    updatedAt: iso(r.updated_at)!,
    nextDeadline: r.next_deadline ? deadlineView(r.next_deadline, today) : null,
    overdue: r.overdue,
  };
}

export function createCaseReadService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  cases: CasesService;
}) {
  const repo = createCaseQueriesRepo();
  const today = () => toLocalDate(deps.clock.now(), 480);

  async function detail(q: Queryable, actor: Actor, id: string): Promise<CaseDetail> {
    const t = today();
    const r = await repo.byId(q, actor, id, t);
    if (!r) throw notFound('Kasus');
    const [events, evidence, documents, deadlines, notes, sources] = await Promise.all([
      q.query<any>('SELECT * FROM case_event WHERE case_id = $1 ORDER BY seq', [id]),
      q.query<any>('SELECT * FROM evidence WHERE case_id = $1 ORDER BY captured_at, id', [id]),
      q.query<any>('SELECT * FROM case_document WHERE case_id = $1 ORDER BY created_at, format', [id]),
      q.query<any>('SELECT * FROM case_deadline WHERE case_id = $1 ORDER BY due_date', [id]),
      q.query<any>('SELECT * FROM case_note WHERE case_id = $1 ORDER BY created_at', [id]),
      q.query<any>(
        `SELECT cs.*, COALESCE(p.description, rf.description, fd.explanation) AS summary, rf.reference_number, p.tracking_code
         FROM case_source cs LEFT JOIN public_report p ON cs.kind = 'public_report' AND p.id = cs.ref_id
         LEFT JOIN referral rf ON cs.kind = 'referral' AND rf.id = cs.ref_id LEFT JOIN finding fd ON cs.kind = 'finding' AND fd.id = cs.ref_id
         WHERE cs.case_id = $1 ORDER BY cs.merged_at`,
        [id],
      ),
    ]);
    const base = toSummary(r, t);
    const occurred = r.occurred_at ? toLocalDate(new Date(r.occurred_at), 480) : t;
    return {
      ...base,
      description: r.description,
      occurredAt: iso(r.occurred_at),
      recommendingBody: r.recommending_body as any,
      sanctionOption: r.sanction_option as any,
      sanctionOptions:
        r.track && r.sanction_level
          ? sanctionOptionsFor(r.track as any, r.sanction_level as any, occurred)
          : [],
      dismissalReason: r.dismissal_reason as any,
      timeline: events.rows.map((e) => ({
        seq: e.seq,
        at: iso(e.at)!,
        type: e.type,
        actor: e.actor_id
          ? { id: e.actor_id, name: e.actor_name }
          : e.actor_name
            ? { id: '', name: e.actor_name }
            : null,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        transition: e.transition,
        reason: e.reason,
        data: e.data,
      })),
      evidence: evidence.rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        fileName: e.file_name,
        mimeType: e.mime_type,
        sizeBytes: e.size_bytes,
        sha256: e.sha256,
        url: e.url,
        description: e.description,
        capturedAt: iso(e.captured_at)!,
        addedBy: e.added_by_name ? { id: e.added_by ?? '', name: e.added_by_name } : null,
        addedVia: e.added_via,
        sourceFindingId: e.source_finding_id,
        spans: e.spans ?? [],
        text: e.text,
      })),
      documents: documents.rows.map((d) => ({
        id: d.id,
        kind: d.kind,
        number: d.number,
        format: d.format,
        fileName: d.file_name,
        sha256: d.sha256,
        sizeBytes: d.size_bytes,
        createdAt: iso(d.created_at)!,
        createdBy: d.created_by_name ? { id: d.created_by ?? '', name: d.created_by_name } : null,
      })),
      deadlines: deadlines.rows.map((d) => deadlineView(d, t)),
      // A PPK sees the public notes only; internal deliberation stays with the supervising office.
      notes: notes.rows
        .filter((n) => actor.role !== 'ppk' || n.visibility === 'public')
        .map((n) => ({
          id: n.id,
          visibility: n.visibility,
          body: n.body,
          author: { id: n.author_id ?? '', name: n.author_name },
          at: iso(n.created_at)!,
        })),
      sourceList: sources.rows.map((s) => ({
        mergeId: s.id,
        kind: s.kind,
        refId: s.ref_id,
        mergedAt: iso(s.merged_at)!,
        mergedBy: null,
        unmergedAt: iso(s.unmerged_at),
        summary: s.summary ?? '',
        referenceNumber: s.reference_number ?? null,
        trackingCode: s.tracking_code ?? null,
      })),
      hearing: r.hearing ?? null,
      allowedTransitions: allowedTransitions(r.status as any, actor.role).map((x) => ({
        transition: x.transition,
        to: x.to,
        requiredFields: [...x.required],
        reasonRequired: x.reasonRequired,
      })),
    };
  }

  async function triage(
    q: Queryable,
    actor: Actor,
    f: { kind?: TriageKind; status?: 'new' | 'claimed'; regionCode?: string; limit: number; offset: number },
  ) {
    const parts: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const statusCond = f.status ? `= ${p(f.status)}` : `IN ('new','claimed')`;
    const region = f.regionCode ? p(f.regionCode) : null;
    const scopeFor = (alias: string) => {
      const s = scopeSql(
        actor,
        { region: `${alias}.region_code`, agency: `${alias}.agency_id` },
        params.length + 1,
      );
      params.push(...s.params);
      return (
        s.sql +
        (region
          ? ` AND (${alias}.region_code = ${region} OR ${alias}.region_code LIKE ${region} || '.%')`
          : '')
      );
    };
    if (!f.kind || f.kind === 'finding')
      parts.push(`SELECT 'finding' AS kind, x.id, x.created_at AS received_at, x.occurred_at, x.status, x.claimed_by, x.region_code, x.agency_id,
          x.asn_id, asn.name AS asn_name, x.explanation AS summary, (SELECT string_agg(e->>'text', ' … ') FROM jsonb_array_elements(x.evidence) e WHERE e->>'kind' = 'span') AS text,
          x.rules, x.confidence, x.evidence, '{}'::text[] AS links, NULL::text AS tracking_code, NULL::text AS reference_number, x.contest_id
        FROM finding x LEFT JOIN asn ON asn.id = x.asn_id WHERE x.status ${statusCond}${scopeFor('x')}`);
    if (!f.kind || f.kind === 'public_report')
      parts.push(`SELECT 'public_report', x.id, x.created_at, x.occurred_at, x.status, x.claimed_by, x.region_code, x.agency_id,
          x.asn_id, x.asn_name, left(x.description, 200), x.description, '[]'::jsonb, NULL::real, '[]'::jsonb, x.links, x.tracking_code, NULL, NULL
        FROM public_report x WHERE x.status ${statusCond}${scopeFor('x')}`);
    if (!f.kind || f.kind === 'referral')
      parts.push(`SELECT 'referral', x.id, x.received_at, NULL::timestamptz, x.status, x.claimed_by, x.region_code, x.agency_id,
          x.asn_id, x.asn_name, left(x.description, 200), x.description, '[]'::jsonb, NULL::real, '[]'::jsonb, '{}'::text[], NULL, x.reference_number, NULL
        FROM referral x WHERE x.status ${statusCond}${scopeFor('x')}`);
    const sql = `WITH t(kind, id, received_at, occurred_at, status, claimed_by, region_code, agency_id, asn_id, asn_name, summary, text, rules, confidence, evidence, links, tracking_code, reference_number, contest_id) AS (${parts.join(' UNION ALL ')})
      SELECT t.*, rg.name AS region_name, ag.name AS agency_name, u.display_name AS claimed_name,
        (SELECT cf.id FROM case_file cf JOIN case_status cs ON cs.case_id = cf.id WHERE t.asn_id IS NOT NULL AND cf.asn_id = t.asn_id
           AND cs.status NOT IN ('closed','dismissed','forwarded') ORDER BY cf.opened_at DESC LIMIT 1) AS suggested_case_id,
        count(*) OVER () AS total
      FROM t LEFT JOIN region rg ON rg.code = t.region_code LEFT JOIN agency ag ON ag.id = t.agency_id LEFT JOIN app_user u ON u.id = t.claimed_by
      ORDER BY t.received_at LIMIT ${f.limit} OFFSET ${f.offset}`;
    const r = await q.query<any>(sql, params);
    const items: TriageItem[] = r.rows.map((x) => ({
      kind: x.kind,
      id: x.id,
      receivedAt: iso(x.received_at)!,
      occurredAt: iso(x.occurred_at),
      status: x.status,
      claimedBy: x.claimed_by ? { id: x.claimed_by, name: x.claimed_name ?? '' } : null,
      regionCode: x.region_code,
      regionName: x.region_name,
      agencyName: x.agency_name,
      asn: { id: x.asn_id, name: x.asn_name },
      summary: x.summary ?? '',
      text: x.text,
      rules: x.rules ?? [],
      confidence: x.confidence,
      evidence: x.evidence ?? [],
      links: x.links ?? [],
      suggestedCaseId: x.suggested_case_id,
      trackingCode: x.tracking_code,
      referenceNumber: x.reference_number,
    }));
    return { items, total: r.rows[0]?.total ?? 0 };
  }

  return {
    detail: (actor: Actor, id: string) =>
      deps.db.tx(async (q) => {
        const d = await detail(q, actor, id);
        await deps.audit.record(q, actor, {
          action: 'case.read',
          entity: 'case',
          entityId: id,
          regionCode: d.regionCode,
        });
        return d;
      }),
    detailIn: detail,
    async list(actor: Actor, f: CaseFilter) {
      const t = today();
      const { rows, total } = await repo.list(deps.db, actor, f, t);
      await deps.audit.recordNow(actor, {
        action: 'case.list',
        entity: 'case',
        details: { filter: f, count: rows.length },
      });
      return { items: rows.map((r) => toSummary(r, t)), total };
    },
    async board(actor: Actor, f: CaseFilter) {
      const t = today();
      const { rows } = await repo.list(deps.db, actor, { ...f, limit: 2000, offset: 0 }, t);
      const items = rows.map((r) => toSummary(r, t));
      return {
        columns: CASE_STATES.map((s) => ({
          status: s,
          count: items.filter((i) => i.status === s).length,
          items: items.filter((i) => i.status === s),
        })),
      };
    },
    triage: (actor: Actor, f: Parameters<typeof triage>[2]) => triage(deps.db, actor, f),
    async followUp(actor: Actor, f: CaseFilter & { overdue?: boolean }): Promise<{ items: FollowUpItem[] }> {
      const t = today();
      const { rows } = await repo.list(
        deps.db,
        actor,
        { ...f, status: 'recommendation', overdue: undefined, limit: 2000, offset: 0 },
        t,
      );
      const dl = await deps.db.query<{ case_id: string; due_date: string }>(
        `SELECT case_id, due_date FROM case_deadline WHERE kind = 'ppk_follow_up' AND case_id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      const due = new Map(dl.rows.map((x) => [x.case_id, x.due_date]));
      const items = rows
        .map((r) => {
          const recommendedAt = iso(r.recommended_at) ?? iso(r.status_since)!;
          const dueDate = due.get(r.id) ?? t;
          return {
            case: toSummary(r, t),
            recommendedAt,
            recommendingBody: r.recommending_body as any,
            dueDate,
            daysWaiting: countDays(toLocalDate(new Date(recommendedAt), 480), t, 'calendar', new Set()),
            overdue: dueDate < t,
            escalatedAt: iso(r.escalated_at),
          };
        })
        .filter((x) => f.overdue === undefined || x.overdue === f.overdue)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      return { items };
    },
    async dashboard(actor: Actor, f: CaseFilter): Promise<DashboardResponse> {
      const t = today();
      const q = deps.db;
      const lab = (rows: { key: string; label: string | null; n: number }[]) =>
        rows.map((r) => ({ key: r.key ?? '-', label: r.label ?? r.key ?? '-', count: r.n }));
      const [stage, rule, region, agency, month, overdue] = await Promise.all([
        repo.counts(q, actor, f, t, `s.status AS key, NULL::text AS label`),
        repo.counts(
          q,
          actor,
          f,
          t,
          `unnest(CASE WHEN cardinality(s.rule_ids) = 0 THEN ARRAY['-'] ELSE s.rule_ids END) AS key, NULL::text AS label`,
        ),
        repo.counts(q, actor, f, t, `f.region_code AS key, rg.name AS label`),
        repo.counts(
          q,
          actor,
          f,
          t,
          `COALESCE(f.agency_id::text, f.agency_name, '-') AS key, COALESCE(ag.name, f.agency_name) AS label`,
        ),
        repo.counts(q, actor, f, t, `to_char(f.opened_at, 'YYYY-MM') AS key, NULL::text AS label`),
        repo.list(q, actor, { ...f, overdue: true, limit: 1 }, t),
      ]);
      const byStage = CASE_STATES.map((s) => ({
        key: s,
        label: CASE_STATE_LABELS[s].id,
        count: stage.find((x) => x.key === s)?.n ?? 0,
      }));
      const total = byStage.reduce((a, b) => a + b.count, 0);
      return {
        total,
        open: byStage.filter((b) => !TERMINAL_CASE_STATES.includes(b.key)).reduce((a, b) => a + b.count, 0),
        overdue: overdue.total,
        byStage,
        byRule: lab(rule),
        byRegion: lab(region),
        byAgency: lab(agency),
        byMonth: lab(month).sort((a, b) => a.key.localeCompare(b.key)),
      };
    },
    async exportList(
      actor: Actor,
      f: CaseFilter,
      format: 'xlsx' | 'csv',
    ): Promise<{ bytes: Buffer; mime: string; name: string }> {
      const t = today();
      const { rows } = await repo.list(deps.db, actor, { ...f, limit: 5000, offset: 0 }, t);
      const items = rows.map((r) => toSummary(r, t));
      await deps.audit.recordNow(actor, {
        action: 'case.export',
        entity: 'case',
        details: { filter: f, count: items.length, format },
      });
      const header = [
        'Nomor',
        'Tahap',
        'Nama ASN',
        'NIP',
        'Instansi',
        'Wilayah',
        'Kontestasi',
        'Butir aturan',
        'Tingkat sanksi',
        'Dibuka',
        'Batas waktu berikut',
        'Terlambat',
      ];
      const data = items.map((i) => [
        i.number,
        CASE_STATE_LABELS[i.status].id,
        i.asn.name,
        i.asn.nip ?? '',
        i.agency.name ?? '',
        `${i.regionCode} ${i.regionName ?? ''}`.trim(),
        i.contest.id ?? '',
        i.ruleIds.join(', '),
        i.sanctionLevel ?? '',
        i.openedAt.slice(0, 10),
        i.nextDeadline?.dueDate ?? '',
        i.overdue ? 'ya' : 'tidak',
      ]);
      const stamp = t.replace(/-/g, '');
      if (format === 'csv') {
        const esc = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        const text =
          [header, ...data].map((row) => row.map((v) => esc(String(v))).join(',')).join('\r\n') + '\r\n';
        return {
          bytes: Buffer.from('\uFEFF' + text, 'utf8'),
          mime: 'text/csv; charset=utf-8',
          name: `kasus-${stamp}.csv`,
        };
      }
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Netra';
      const ws = wb.addWorksheet('Kasus');
      ws.addRow(header).font = { bold: true };
      for (const row of data) ws.addRow(row);
      ws.columns.forEach((c) => (c.width = 18));
      return {
        bytes: Buffer.from(await wb.xlsx.writeBuffer()),
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name: `kasus-${stamp}.xlsx`,
      };
    },
  };
}
export type CaseReadService = ReturnType<typeof createCaseReadService>;
