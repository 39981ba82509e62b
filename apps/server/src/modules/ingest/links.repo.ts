// SQL for account links (list, decide) and the ingest findings list, always within the reader's scope.
import type { AccountLinkView, Actor, LinkStatus } from '@netra/shared';
import type { Queryable } from '../../db/database.ts';
import { scopeSql } from '../auth/scope.ts';

interface LinkRow {
  id: string;
  status: LinkStatus;
  score: number;
  reasons: AccountLinkView['reasons'];
  decided_by_name: string | null;
  decided_at: Date | null;
  account_id: string;
  platform: string;
  handle: string;
  display_name: string | null;
  bio: string | null;
  asn_id: string;
  nip: string;
  asn_name: string;
  position: string | null;
  work_unit: string | null;
  region_code: string;
  agency_id: string | null;
}

function toView(r: LinkRow): AccountLinkView {
  return {
    id: r.id,
    status: r.status,
    score: r.score,
    reasons: r.reasons,
    account: { id: r.account_id, platform: r.platform, handle: r.handle, displayName: r.display_name, bio: r.bio },
    asn: {
      id: r.asn_id,
      nip: r.nip,
      name: r.asn_name,
      position: r.position,
      workUnit: r.work_unit,
      regionCode: r.region_code,
    },
    decidedBy: r.decided_by_name,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
  };
}

const LINK_SELECT = `
  SELECT l.id, l.status, l.score, l.reasons, u.username AS decided_by_name, l.decided_at,
         s.id AS account_id, s.platform, s.handle, s.display_name, s.bio,
         a.id AS asn_id, a.nip, a.name AS asn_name, a.position, a.work_unit, a.region_code, a.agency_id
  FROM account_link l JOIN social_account s ON s.id = l.account_id JOIN asn a ON a.id = l.asn_id
  LEFT JOIN app_user u ON u.id = l.decided_by`;

export interface FindingView {
  id: string;
  source: string;
  asnId: string | null;
  asnName: string | null;
  asnNip: string | null;
  accountRef: string | null;
  act: string;
  verdict: string;
  rules: unknown[];
  track: string | null;
  sanction: string | null;
  confidence: number;
  evidence: unknown[];
  explanation: string;
  status: string;
  regionCode: string | null;
  occurredAt: string;
}

export function createLinksRepo() {
  return {
    async list(q: Queryable, actor: Actor, f: { status: LinkStatus; limit: number }): Promise<AccountLinkView[]> {
      const s = scopeSql(actor, { region: 'a.region_code', agency: 'a.agency_id' }, 3);
      const r = await q.query<LinkRow>(
        `${LINK_SELECT} WHERE l.status = $1${s.sql} ORDER BY l.score DESC, l.created_at LIMIT $2`,
        [f.status, f.limit, ...s.params],
      );
      return r.rows.map(toView);
    },
    async get(q: Queryable, actor: Actor, id: string): Promise<(AccountLinkView & { agencyId: string | null }) | null> {
      const s = scopeSql(actor, { region: 'a.region_code', agency: 'a.agency_id' }, 2);
      const r = await q.query<LinkRow>(`${LINK_SELECT} WHERE l.id = $1${s.sql} FOR UPDATE OF l`, [id, ...s.params]);
      return r.rows[0] ? { ...toView(r.rows[0]), agencyId: r.rows[0].agency_id } : null;
    },
    async decide(q: Queryable, id: string, status: 'confirmed' | 'rejected', userId: string, note: string | null, at: Date) {
      await q.query(`UPDATE account_link SET status = $2, decided_by = $3, decided_at = $4, note = $5 WHERE id = $1`, [
        id,
        status,
        userId,
        at,
        note,
      ]);
    },
    async hasConfirmed(q: Queryable, accountId: string): Promise<boolean> {
      const r = await q.query(`SELECT 1 FROM account_link WHERE account_id = $1 AND status = 'confirmed'`, [accountId]);
      return r.rows.length > 0;
    },
    async findings(q: Queryable, actor: Actor, f: { limit: number; asnId?: string }): Promise<FindingView[]> {
      const params: unknown[] = [f.limit];
      let where = `f.source IN ('engagement', 'text')`;
      if (f.asnId) {
        params.push(f.asnId);
        where += ` AND f.asn_id = $${params.length}`;
      }
      const s = scopeSql(actor, { region: 'f.region_code', agency: 'f.agency_id' }, params.length + 1);
      const r = await q.query<any>(
        `SELECT f.*, a.name AS asn_name, a.nip AS asn_nip FROM finding f LEFT JOIN asn a ON a.id = f.asn_id
         WHERE ${where}${s.sql} ORDER BY f.created_at DESC, f.occurred_at DESC LIMIT $1`,
        [...params, ...s.params],
      );
      return r.rows.map((x) => ({
        id: x.id,
        source: x.source,
        asnId: x.asn_id,
        asnName: x.asn_name,
        asnNip: x.asn_nip,
        accountRef: x.account_ref,
        act: x.act,
        verdict: x.verdict,
        rules: x.rules,
        track: x.track,
        sanction: x.sanction,
        confidence: x.confidence,
        evidence: x.evidence,
        explanation: x.explanation,
        status: x.status,
        regionCode: x.region_code,
        occurredAt: new Date(x.occurred_at).toISOString(),
      }));
    },
  };
}
