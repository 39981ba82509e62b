// The analysis job's work: suggest account ↔ ASN links for the accounts of a run, then turn engagement and
// partisan posts by linked accounts into findings through the verdict engine. Idempotent by construction:
// suggestions upsert on (account, asn), findings on dedupe_key — a job killed halfway and run again
// completes the rest and rewrites nothing twice.
import type { Action, PostDetection, Verdict } from '@netra/shared';
import type { Db } from '../../db/database.ts';
import { coreName } from '../../domain/ingest/name-match.ts';
import { SUGGEST_THRESHOLD, scoreLink } from '../../domain/ingest/link-score.ts';
import { engagementSignals, isPartisan } from '../../domain/ingest/engagement.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';
import type { IngestRepo } from './ingest.repo.ts';
import { createAnalysisRepo, type EngagementRow, type FindingUpsert } from './analysis.repo.ts';

export interface AnalysisPorts {
  /** rulebook.judge (ethics or discipline track by date) */
  judge: ((a: Action) => Verdict | Promise<Verdict>) | null;
  /** detect.detectText */
  detectText: ((text: string, opts: { date: string }) => PostDetection | Promise<PostDetection>) | null;
}

const CHUNK = 100;
/** One job handles this many chunks, then enqueues its continuation: jobs stay short, so a dead worker's
 * job expires and is retried quickly without cutting a long analysis short. */
const CHUNKS_PER_SLICE = 20;
const ACCOUNTS_PER_SLICE = 200;

export function createAnalysisService(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  repo: IngestRepo;
  ports: () => AnalysisPorts;
}) {
  const arepo = createAnalysisRepo();
  const { db } = deps;

  async function suggestFor(accounts: Awaited<ReturnType<typeof arepo.runAccounts>>): Promise<number> {
    let n = 0;
    // (accounts arrive in id order; the caller keeps the cursor)
    for (const acc of accounts) {
      const nameQuery = coreName(acc.display_name ?? '').map((t) => t.word).join(' ') || acc.handle.replace(/[^a-z]+/g, ' ').trim();
      if (!nameQuery || acc.handle.startsWith('id:') && !acc.display_name) continue;
      const candidates = await arepo.nameCandidates(db, nameQuery);
      const photoAsn = acc.profile_image_hash ? await arepo.samePhotoAsn(db, acc.id, acc.profile_image_hash) : [];
      const missing = photoAsn.filter((id) => !candidates.some((c) => c.id === id));
      if (missing.length) candidates.push(...(await arepo.asnById(db, missing)));
      const scored = candidates
        .map((c) => ({
          c,
          ...scoreLink(
            { asnName: c.name, position: c.position, workUnit: c.work_unit, agencyName: c.agency_name, regionName: c.region_name },
            { displayName: acc.display_name, handle: acc.handle, bio: acc.bio, samePhoto: photoAsn.includes(c.id) },
          ),
        }))
        .filter((s) => s.score >= SUGGEST_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      for (const s of scored) {
        await deps.repo.upsertSuggestion(db, { accountId: acc.id, asnId: s.c.id, score: s.score, reasons: s.reasons });
        n++;
      }
    }
    return n;
  }

  async function detect(text: string | null, date: string, cache: Map<string, PostDetection | null>, key: string) {
    const port = deps.ports().detectText;
    if (!port || !text) return null;
    if (cache.has(key)) return cache.get(key)!;
    const d = await port(text, { date });
    cache.set(key, d);
    return d;
  }

  async function findingsFor(row: EngagementRow, cache: Map<string, PostDetection | null>) {
    const judge = deps.ports().judge;
    if (!judge) throw new Error('verdict engine (rulebook.judge) is not available yet; the job will be retried');
    const when = (row.occurred_at ?? row.observed_at).toISOString();
    const date = when.slice(0, 10);
    const campaign = row.camp_kind
      ? { handle: row.camp_handle!, kind: row.camp_kind, label: row.camp_label ?? row.camp_handle!, target: row.camp_target ?? 'candidate', contestId: row.camp_contest }
      : null;
    const targetDetection =
      !campaign && row.target_post_id && row.post_text
        ? await detect(row.post_text, date, cache, `${row.platform}:${row.target_post_id}`)
        : null;
    const ownDetection =
      row.kind === 'post' || row.kind === 'comment' || row.kind === 'reply'
        ? await detect(row.text, date, cache, `${row.platform}:${row.platform_id}`)
        : null;
    if (!campaign && !isPartisan(targetDetection) && !isPartisan(ownDetection)) return [];
    const confirmed = row.link_status === 'confirmed';
    const signals = engagementSignals({
      platform: row.platform,
      platformId: row.platform_id,
      kind: row.kind as any,
      actorHandle: row.actor_handle,
      actorKind: row.asn_kind,
      text: row.text,
      occurredAt: row.occurred_at?.toISOString() ?? null,
      observedAt: row.observed_at.toISOString(),
      targetPostId: row.target_post_id,
      targetPost: row.target_post_id
        ? { text: row.post_text, occurredAt: row.post_occurred_at?.toISOString() ?? null, authorHandle: row.post_author }
        : null,
      campaign,
      targetDetection,
      ownDetection,
    });
    const judged = await Promise.all(signals.map(async (s) => ({ s, v: await judge(s.action) })));
    return judged.flatMap(({ s, v }) => {
      if (v.verdict !== 'violation' && v.verdict !== 'risky') return [];
      const top = v.rules[0] ?? null;
      const who = confirmed
        ? ''
        : ` Akun belum terhubung pasti ke ASN (saran tautan, skor ${row.link_score.toFixed(2)}): ini petunjuk, bukan temuan atas nama seseorang.`;
      return [
        {
          dedupeKey: s.dedupeKey,
          source: s.source,
          asnId: confirmed ? row.asn_id : null,
          accountRef: confirmed ? null : `${row.platform}:@${row.actor_handle}`,
          contestId: s.action.target.contestId ?? null,
          act: s.action.act,
          verdict: v.verdict,
          rules: v.rules,
          track: top?.track ?? null,
          sanction: top?.sanction ?? null,
          confidence: confirmed ? s.confidence : Math.round(s.confidence * row.link_score * 100) / 100,
          evidence: s.evidence,
          explanation: `${s.summary}. ${v.explanation}${who}`,
          regionCode: row.asn_region,
          agencyId: row.asn_agency,
          occurredAt: s.occurredAt,
        },
      ];
    });
  }

  /** Up to `maxChunks` chunks after activity id `after`; returns the next cursor, or null when done. */
  async function findingsSlice(
    scope: { runId?: string; accountId?: string },
    after: number,
    maxChunks: number,
    throttleMs = 0,
  ): Promise<{ next: number | null; written: number }> {
    let written = 0;
    const cache = new Map<string, PostDetection | null>();
    for (let c = 0; c < maxChunks; c++) {
      const rows = await arepo.engagementChunk(db, scope, after, CHUNK);
      if (rows.length === 0) return { next: null, written };
      const findings: FindingUpsert[] = [];
      for (const r of rows) findings.push(...(await findingsFor(r, cache)));
      await db.tx(async (q) => {
        for (const f of findings) await arepo.upsertFinding(q, f);
      });
      written += findings.length;
      after = rows[rows.length - 1].id;
      if (rows.length < CHUNK) return { next: null, written };
      if (throttleMs) await new Promise((r) => setTimeout(r, throttleMs));
    }
    return { next: after, written };
  }

  async function linksSlice(runId: string, after: string | null): Promise<{ next: string | null; written: number }> {
    const accounts = await arepo.runAccounts(db, runId, after, ACCOUNTS_PER_SLICE);
    const written = await suggestFor(accounts);
    return { next: accounts.length === ACCOUNTS_PER_SLICE ? accounts[accounts.length - 1].id : null, written };
  }

  async function detectEngagement(scope: { runId?: string; accountId?: string }): Promise<number> {
    let after: number | null = 0;
    let written = 0;
    while (after !== null) {
      const r = await findingsSlice(scope, after, CHUNKS_PER_SLICE);
      written += r.written;
      after = r.next;
    }
    return written;
  }

  return {
    /** Links, then findings, for one import run, inline (no queue); marks the run analysed. */
    async analyseRun(runId: string): Promise<{ suggestions: number; findings: number }> {
      let suggestions = 0;
      let after: string | null = null;
      do {
        const r = await linksSlice(runId, after);
        suggestions += r.written;
        after = r.next;
      } while (after !== null);
      const findings = await detectEngagement({ runId });
      await deps.repo.markAnalysed(db, runId, deps.clock.now());
      return { suggestions, findings };
    },
    /** After a link decision: re-attribute (or attribute) that account's findings. */
    async analyseAccount(accountId: string): Promise<{ findings: number }> {
      return { findings: await detectEngagement({ accountId }) };
    },
    /**
     * One slice of a queued analysis. Returns the continuation to enqueue, or null when the run is done.
     * Safe to repeat: a retried slice upserts what it already wrote.
     */
    async analyseSlice(p: {
      runId?: string;
      accountId?: string;
      phase?: 'links' | 'findings';
      after?: string;
      throttleMs?: number;
    }): Promise<{ runId?: string; accountId?: string; phase: 'links' | 'findings'; after: string } | null> {
      const phase = p.runId ? (p.phase ?? 'links') : 'findings';
      if (phase === 'links') {
        const r = await linksSlice(p.runId!, p.after ?? null);
        return { runId: p.runId, phase: r.next ? 'links' : 'findings', after: r.next ?? '0' };
      }
      const scope = p.runId ? { runId: p.runId } : { accountId: p.accountId };
      const r = await findingsSlice(scope, Number(p.after ?? 0), CHUNKS_PER_SLICE, p.throttleMs ?? 0);
      if (r.next !== null) return { ...scope, phase: 'findings', after: String(r.next) };
      if (p.runId) await deps.repo.markAnalysed(db, p.runId, deps.clock.now());
      return null;
    },
  };
}
export type AnalysisService = ReturnType<typeof createAnalysisService>;
