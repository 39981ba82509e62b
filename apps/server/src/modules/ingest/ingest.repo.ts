// SQL of the ingest area: import runs, roster upserts, registries, activity staging, accounts, links.
import type { ImportKind, ImportRunView, ImportStatus, LinkReason, RowProblem } from '@netra/shared';
import type { Queryable } from '../../db/database.ts';
import type { RosterRow } from '../../domain/ingest/roster.ts';
import type { CandidateRow } from '../../domain/ingest/registry.ts';
import type { AccountRef } from '../../ingest/activity.ts';

export interface RunRow {
  id: string;
  kind: ImportKind;
  file_name: string;
  status: ImportStatus;
  dry_run: boolean;
  skip_invalid: boolean;
  records_read: number;
  records_written: number;
  problems: RowProblem[];
  error: string | null;
  started_by: string;
  started_at: Date;
  finished_at: Date | null;
  summary: Record<string, number>;
  analysed_at: Date | null;
}

export function toRunView(r: RunRow): ImportRunView {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    status: r.status,
    dryRun: r.dry_run,
    skipInvalid: r.skip_invalid,
    recordsRead: r.records_read,
    recordsWritten: r.records_written,
    problems: r.problems,
    error: r.error,
    startedBy: r.started_by,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    summary: r.summary,
  };
}

/** Problems kept on a run row: enough to fix a file, bounded so a broken 1M-row file stays readable. */
export const MAX_STORED_PROBLEMS = 1000;

export function createIngestRepo() {
  return {
    async createRun(
      q: Queryable,
      r: { kind: ImportKind; fileName: string; dryRun: boolean; skipInvalid: boolean; startedBy: string; at: Date },
    ): Promise<string> {
      const res = await q.query<{ id: string }>(
        `INSERT INTO import_run (kind, file_name, status, dry_run, skip_invalid, started_by, started_at)
         VALUES ($1, $2, 'running', $3, $4, $5, $6) RETURNING id`,
        [r.kind, r.fileName, r.dryRun, r.skipInvalid, r.startedBy, r.at],
      );
      return res.rows[0].id;
    },
    async progress(q: Queryable, id: string, read: number): Promise<void> {
      await q.query(`UPDATE import_run SET records_read = $2 WHERE id = $1 AND status = 'running'`, [id, read]);
    },
    async finishRun(
      q: Queryable,
      id: string,
      r: {
        status: ImportStatus;
        read: number;
        written: number;
        problems: RowProblem[];
        error: string | null;
        summary: Record<string, number>;
        at: Date;
      },
    ): Promise<void> {
      await q.query(
        `UPDATE import_run SET status = $2, records_read = $3, records_written = $4, problems = $5, error = $6,
           summary = $7, finished_at = $8 WHERE id = $1`,
        [
          id,
          r.status,
          r.read,
          r.written,
          JSON.stringify(r.problems.slice(0, MAX_STORED_PROBLEMS)),
          r.error,
          JSON.stringify(r.summary),
          r.at,
        ],
      );
    },
    async getRun(q: Queryable, id: string): Promise<RunRow | null> {
      const r = await q.query<RunRow>(`SELECT * FROM import_run WHERE id = $1`, [id]);
      return r.rows[0] ?? null;
    },
    async listRuns(q: Queryable, limit: number): Promise<RunRow[]> {
      const r = await q.query<RunRow>(`SELECT * FROM import_run ORDER BY started_at DESC LIMIT $1`, [limit]);
      return r.rows;
    },
    async runsAwaitingAnalysis(q: Queryable): Promise<string[]> {
      const r = await q.query<{ id: string }>(
        `SELECT id FROM import_run WHERE status = 'succeeded' AND analysed_at IS NULL
           AND kind IN ('x','meta','tiktok','youtube','csv','accounts') ORDER BY started_at`,
      );
      return r.rows.map((x) => x.id);
    },
    async markAnalysed(q: Queryable, id: string, at: Date): Promise<void> {
      await q.query(`UPDATE import_run SET analysed_at = $2 WHERE id = $1`, [id, at]);
    },

    // ---- roster ----
    async regionCodes(q: Queryable): Promise<Set<string>> {
      const r = await q.query<{ code: string }>(`SELECT code FROM region`);
      return new Set(r.rows.map((x) => x.code));
    },
    async agencies(q: Queryable): Promise<{ id: string; code: string; name: string; region_code: string }[]> {
      const r = await q.query<{ id: string; code: string; name: string; region_code: string }>(
        `SELECT id, code, name, region_code FROM agency`,
      );
      return r.rows;
    },
    async existingNips(q: Queryable, nips: string[]): Promise<number> {
      const r = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM asn WHERE nip = ANY($1::text[])`, [nips]);
      return r.rows[0].n;
    },
    async upsertAsn(q: Queryable, rows: RosterRow[]): Promise<{ inserted: number; updated: number }> {
      const r = await q.query<{ inserted: boolean }>(
        `INSERT INTO asn (nip, name, sex, birth_date, employee_kind, position, position_type, role_tag, work_unit,
                          agency_id, region_code)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[],
                              $8::text[], $9::text[], $10::uuid[], $11::text[])
         ON CONFLICT (nip) DO UPDATE SET name = EXCLUDED.name, sex = EXCLUDED.sex, birth_date = EXCLUDED.birth_date,
           employee_kind = EXCLUDED.employee_kind, position = EXCLUDED.position,
           position_type = EXCLUDED.position_type, role_tag = COALESCE(EXCLUDED.role_tag, asn.role_tag),
           work_unit = EXCLUDED.work_unit, agency_id = COALESCE(EXCLUDED.agency_id, asn.agency_id),
           region_code = EXCLUDED.region_code, updated_at = now()
         RETURNING (xmax = 0) AS inserted`,
        [
          rows.map((x) => x.nip),
          rows.map((x) => x.name),
          rows.map((x) => x.sex),
          rows.map((x) => x.birthDate),
          rows.map((x) => x.employeeKind),
          rows.map((x) => x.position),
          rows.map((x) => x.positionType),
          rows.map((x) => x.roleTag),
          rows.map((x) => x.workUnit),
          rows.map((x) => x.agencyId),
          rows.map((x) => x.regionCode),
        ],
      );
      const inserted = r.rows.filter((x) => x.inserted).length;
      return { inserted, updated: r.rows.length - inserted };
    },

    // ---- registries ----
    async upsertCandidates(q: Queryable, rows: CandidateRow[], runId: string): Promise<number> {
      const r = await q.query(
        `INSERT INTO candidate (contest, dapil, party, ballot_number, name, import_run_id)
         SELECT c, d, p, b, n, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) AS t(c, d, p, b, n)
         ON CONFLICT (contest, dapil, party, ballot_number) DO UPDATE SET name = EXCLUDED.name,
           import_run_id = EXCLUDED.import_run_id`,
        [
          rows.map((x) => x.contest),
          rows.map((x) => x.dapil),
          rows.map((x) => x.party),
          rows.map((x) => x.ballotNumber),
          rows.map((x) => x.name),
          runId,
        ],
      );
      return r.rowCount;
    },
    async upsertCampaignAccount(
      q: Queryable,
      a: { platform: string; handle: string; kind: string; label: string; target: string; contest: string | null; displayName: string | null },
    ): Promise<void> {
      await q.query(
        `INSERT INTO social_account (platform, handle, display_name, campaign_kind, campaign_label, campaign_target, contest_id,
           platform_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $2 LIKE 'id:%' THEN substr($2, 4) END)
         ON CONFLICT (platform, handle) DO UPDATE SET campaign_kind = EXCLUDED.campaign_kind,
           campaign_label = EXCLUDED.campaign_label, campaign_target = EXCLUDED.campaign_target,
           contest_id = COALESCE(EXCLUDED.contest_id, social_account.contest_id),
           display_name = COALESCE(social_account.display_name, EXCLUDED.display_name), updated_at = now()`,
        [a.platform, a.handle, a.displayName, a.kind, a.label, a.target, a.contest],
      );
    },
    async asnIdsByNip(q: Queryable, nips: string[]): Promise<Map<string, string>> {
      const r = await q.query<{ id: string; nip: string }>(`SELECT id, nip FROM asn WHERE nip = ANY($1::text[])`, [nips]);
      return new Map(r.rows.map((x) => [x.nip, x.id]));
    },

    // ---- accounts & activity ----
    async upsertAccounts(
      q: Queryable,
      rows: (AccountRef & { key: string; imageHash: string | null })[],
    ): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) {
        const b = rows.slice(i, i + 1000);
        await q.query(
          `INSERT INTO social_account (platform, handle, platform_user_id, display_name, bio, profile_image_hash)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           ON CONFLICT (platform, handle) DO UPDATE SET
             platform_user_id = COALESCE(EXCLUDED.platform_user_id, social_account.platform_user_id),
             display_name = COALESCE(EXCLUDED.display_name, social_account.display_name),
             bio = COALESCE(EXCLUDED.bio, social_account.bio),
             profile_image_hash = COALESCE(EXCLUDED.profile_image_hash, social_account.profile_image_hash),
             updated_at = now()`,
          [
            b.map((x) => x.platform),
            b.map((x) => x.key),
            b.map((x) => x.userId ?? null),
            b.map((x) => x.displayName ?? null),
            b.map((x) => x.bio ?? null),
            b.map((x) => x.imageHash),
          ],
        );
      }
    },
    /** Each run stages into its own unlogged table: dropped whole afterwards instead of row-by-row deletes. */
    stageTable(runId: string): string {
      return `activity_stage_${runId.replace(/-/g, '')}`;
    },
    async createStage(q: Queryable, runId: string): Promise<void> {
      await q.query(`CREATE UNLOGGED TABLE IF NOT EXISTS ${this.stageTable(runId)} (LIKE activity_stage)`);
    },
    async stageRows(q: Queryable, runId: string, rows: string[][]): Promise<void> {
      // rows: platform, platform_id, kind, actor_handle, actor_user_id, target_handle, target_user_id,
      // target_post_id, text, media, occurred_at, observed_at, source, raw (null = '\N' never used here)
      const col = (i: number) => rows.map((r) => r[i]);
      await q.query(
        `INSERT INTO ${this.stageTable(runId)} (import_run_id, platform, platform_id, kind, actor_handle, actor_user_id,
           target_handle, target_user_id, target_post_id, text, media, occurred_at, observed_at, source, raw)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
           $9::text[], $10::text[], $11::jsonb[], $12::timestamptz[], $13::timestamptz[], $14::text[], $15::jsonb[])`,
        [runId, ...Array.from({ length: 14 }, (_, i) => col(i))],
      );
    },
    async mergeStage(q: Queryable, runId: string): Promise<number> {
      return this.mergeTable(q, this.stageTable(runId));
    },
    /** Moves one staged table into activity (duplicates and re-imports add nothing) and drops it. */
    async mergeTable(q: Queryable, table: string): Promise<number> {
      const r = await q.query(
        `INSERT INTO activity (platform, platform_id, kind, actor_handle, actor_user_id, target_handle, target_user_id,
           target_post_id, text, media, occurred_at, observed_at, source, raw, import_run_id)
         SELECT platform, platform_id, kind, actor_handle, actor_user_id, target_handle, target_user_id,
           target_post_id, text, media, occurred_at, observed_at, source, raw, import_run_id
         FROM ${table}
         ON CONFLICT (platform, platform_id) DO NOTHING`,
      );
      await q.query(`DROP TABLE ${table}`);
      return r.rowCount;
    },
    async dropStage(q: Queryable, runId: string): Promise<void> {
      await q.query(`DROP TABLE IF EXISTS ${this.stageTable(runId)}`);
    },
    /** Stage tables left by a process that died mid-import (their run is no longer running). */
    async dropOrphanStages(q: Queryable): Promise<number> {
      const r = await q.query<{ t: string }>(
        `SELECT c.relname AS t FROM pg_class c WHERE c.relkind = 'r' AND c.relname LIKE 'activity\\_stage\\_%'
           AND NOT EXISTS (SELECT 1 FROM import_run r WHERE r.status = 'running'
                           AND c.relname LIKE 'activity_stage_' || replace(r.id::text, '-', '') || '%')`,
      );
      for (const x of r.rows) await q.query(`DROP TABLE IF EXISTS ${x.t}`);
      return r.rows.length;
    },

    // ---- links ----
    async upsertSuggestion(
      q: Queryable,
      s: { accountId: string; asnId: string; score: number; reasons: LinkReason[] },
    ): Promise<void> {
      await q.query(
        `INSERT INTO account_link (account_id, asn_id, score, reasons) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, asn_id) DO UPDATE SET score = GREATEST(account_link.score, EXCLUDED.score),
           reasons = CASE WHEN EXCLUDED.score >= account_link.score THEN EXCLUDED.reasons ELSE account_link.reasons END
         WHERE account_link.status = 'suggested'`,
        [s.accountId, s.asnId, s.score, JSON.stringify(s.reasons)],
      );
    },
  };
}
export type IngestRepo = ReturnType<typeof createIngestRepo>;
