// SQL for the analysis job: accounts to link, ASN name candidates, engagement rows with their links and
// targets, and the finding upsert (dedupe_key makes a re-run update, never duplicate).
import type { Queryable } from '../../db/database.ts';

export interface AccountForLinking {
  id: string;
  platform: string;
  handle: string;
  display_name: string | null;
  bio: string | null;
  profile_image_hash: string | null;
}

export interface AsnCandidateRow {
  id: string;
  name: string;
  position: string | null;
  work_unit: string | null;
  agency_name: string | null;
  region_name: string | null;
  region_code: string;
}

export interface EngagementRow {
  id: number;
  platform: string;
  platform_id: string;
  kind: string;
  actor_handle: string;
  text: string | null;
  occurred_at: Date | null;
  observed_at: Date;
  target_post_id: string | null;
  account_id: string;
  link_status: 'confirmed' | 'suggested';
  link_score: number;
  asn_id: string;
  asn_kind: 'pns' | 'pppk';
  asn_region: string;
  asn_agency: string | null;
  camp_handle: string | null;
  camp_kind: 'candidate' | 'party' | 'winning_team' | null;
  camp_label: string | null;
  camp_target: 'pair' | 'candidate' | 'bakal_calon' | 'party' | 'caleg' | null;
  camp_contest: string | null;
  post_text: string | null;
  post_occurred_at: Date | null;
  post_author: string | null;
}

export interface FindingUpsert {
  dedupeKey: string;
  source: 'engagement' | 'text';
  asnId: string | null;
  accountRef: string | null;
  contestId: string | null;
  act: string;
  verdict: string;
  rules: unknown[];
  track: string | null;
  sanction: string | null;
  confidence: number;
  evidence: unknown[];
  explanation: string;
  regionCode: string | null;
  agencyId: string | null;
  occurredAt: string;
}

// The best link of each actor account: a confirmed one wins; otherwise the highest suggestion (a lead).
const ENGAGEMENT_SELECT = `
  SELECT a.id, a.platform, a.platform_id, a.kind, a.actor_handle, a.text, a.occurred_at, a.observed_at,
         a.target_post_id, sa.id AS account_id, l.status AS link_status, l.score AS link_score, l.asn_id,
         asn.employee_kind AS asn_kind, asn.region_code AS asn_region, asn.agency_id AS asn_agency,
         camp.handle AS camp_handle, camp.campaign_kind AS camp_kind, camp.campaign_label AS camp_label,
         camp.campaign_target AS camp_target, camp.contest_id AS camp_contest,
         p.text AS post_text, p.occurred_at AS post_occurred_at, p.actor_handle AS post_author
  FROM activity a
  JOIN social_account sa ON sa.platform = a.platform
       AND (sa.handle = a.actor_handle OR (a.actor_user_id IS NOT NULL AND sa.platform_user_id = a.actor_user_id))
  JOIN LATERAL (
    SELECT l.* FROM account_link l WHERE l.account_id = sa.id AND l.status <> 'rejected'
    ORDER BY (l.status = 'confirmed') DESC, l.score DESC LIMIT 1
  ) l ON true
  JOIN asn ON asn.id = l.asn_id
  LEFT JOIN activity p ON p.platform = a.platform AND p.platform_id = a.target_post_id
  LEFT JOIN LATERAL (
    SELECT c.* FROM social_account c
    WHERE c.platform = a.platform AND c.campaign_kind IS NOT NULL
      AND (c.handle = COALESCE(a.target_handle, p.actor_handle)
           OR (COALESCE(a.target_user_id, p.actor_user_id) IS NOT NULL
               AND c.platform_user_id = COALESCE(a.target_user_id, p.actor_user_id)))
    LIMIT 1
  ) camp ON true
  WHERE a.kind IN ('like','comment','reply','share','follow','join_group','post')`;

export function createAnalysisRepo() {
  return {
    /** Accounts acting in a run, by id after `after` (keyset slices for resumable jobs). */
    async runAccounts(q: Queryable, runId: string, after: string | null, limit: number): Promise<AccountForLinking[]> {
      const r = await q.query<AccountForLinking>(
        `SELECT sa.id, sa.platform, sa.handle, sa.display_name, sa.bio, sa.profile_image_hash
         FROM social_account sa
         WHERE sa.campaign_kind IS NULL AND ($2::uuid IS NULL OR sa.id > $2::uuid)
           AND EXISTS (SELECT 1 FROM activity a WHERE a.import_run_id = $1 AND a.platform = sa.platform
                       AND a.actor_handle = sa.handle)
           AND NOT EXISTS (SELECT 1 FROM account_link l WHERE l.account_id = sa.id AND l.status = 'confirmed')
         ORDER BY sa.id LIMIT $3`,
        [runId, after, limit],
      );
      return r.rows;
    },
    async nameCandidates(q: Queryable, name: string): Promise<AsnCandidateRow[]> {
      const r = await q.query<AsnCandidateRow>(
        `SELECT asn.id, asn.name, asn.position, asn.work_unit, ag.name AS agency_name, rg.name AS region_name,
                asn.region_code
         FROM asn LEFT JOIN agency ag ON ag.id = asn.agency_id LEFT JOIN region rg ON rg.code = asn.region_code
         WHERE asn.name % $1 OR $1 <% asn.name
         ORDER BY word_similarity($1, asn.name) DESC LIMIT 25`,
        [name],
      );
      return r.rows;
    },
    async samePhotoAsn(q: Queryable, accountId: string, hash: string): Promise<string[]> {
      const r = await q.query<{ asn_id: string }>(
        `SELECT DISTINCT l.asn_id FROM social_account s JOIN account_link l ON l.account_id = s.id AND l.status = 'confirmed'
         WHERE s.profile_image_hash = $1 AND s.id <> $2`,
        [hash, accountId],
      );
      return r.rows.map((x) => x.asn_id);
    },
    async asnById(q: Queryable, ids: string[]): Promise<AsnCandidateRow[]> {
      const r = await q.query<AsnCandidateRow>(
        `SELECT asn.id, asn.name, asn.position, asn.work_unit, ag.name AS agency_name, rg.name AS region_name,
                asn.region_code
         FROM asn LEFT JOIN agency ag ON ag.id = asn.agency_id LEFT JOIN region rg ON rg.code = asn.region_code
         WHERE asn.id = ANY($1::uuid[])`,
        [ids],
      );
      return r.rows;
    },
    async engagementChunk(
      q: Queryable,
      scope: { runId?: string; accountId?: string },
      afterId: number,
      limit: number,
    ): Promise<EngagementRow[]> {
      const params: unknown[] = [afterId, limit];
      let where = '';
      if (scope.runId) {
        params.push(scope.runId);
        where += ` AND a.import_run_id = $${params.length}`;
      }
      if (scope.accountId) {
        params.push(scope.accountId);
        where += ` AND sa.id = $${params.length}`;
      }
      const r = await q.query<EngagementRow>(`${ENGAGEMENT_SELECT} AND a.id > $1 ${where} ORDER BY a.id LIMIT $2`, params);
      return r.rows;
    },
    async upsertFinding(q: Queryable, f: FindingUpsert): Promise<void> {
      // A finding already taken into triage keeps its attribution; a new one follows the latest link.
      await q.query(
        `INSERT INTO finding (dedupe_key, source, asn_id, account_ref, contest_id, act, verdict, rules, track, sanction,
           confidence, evidence, explanation, region_code, agency_id, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT (dedupe_key) DO UPDATE SET asn_id = EXCLUDED.asn_id, account_ref = EXCLUDED.account_ref,
           verdict = EXCLUDED.verdict, rules = EXCLUDED.rules, track = EXCLUDED.track, sanction = EXCLUDED.sanction,
           confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence, explanation = EXCLUDED.explanation,
           region_code = EXCLUDED.region_code, agency_id = EXCLUDED.agency_id
         WHERE finding.status = 'new'`,
        [
          f.dedupeKey,
          f.source,
          f.asnId,
          f.accountRef,
          f.contestId,
          f.act,
          f.verdict,
          JSON.stringify(f.rules),
          f.track,
          f.sanction,
          f.confidence,
          JSON.stringify(f.evidence),
          f.explanation,
          f.regionCode,
          f.agencyId,
          f.occurredAt,
        ],
      );
    },
  };
}
export type AnalysisRepo = ReturnType<typeof createAnalysisRepo>;
