// Engagement rules: which activity by a linked account becomes an Action for the verdict engine, and the
// evidence a person reads. SKB 2/2022 forbids an ASN to like, comment on, share or follow the account of a
// candidate, party or winning team, or a post campaigning for one; joining their groups likewise. A post
// is "campaigning" when its account is a registered campaign account, or when the text detector reads it as
// support/oppose above the threshold. The engine (not this file) picks ethics or discipline by date. Pure.
import type { Act, Action, ActivityKind, ActorKind, EvidenceItem, PostDetection, TargetKind } from '@netra/shared';

export const PARTISAN_THRESHOLD = 0.6;

export interface CampaignAccountInfo {
  handle: string;
  kind: 'candidate' | 'party' | 'winning_team';
  label: string;
  target: 'pair' | 'candidate' | 'bakal_calon' | 'party' | 'caleg';
  contestId: string | null;
}

export interface EngagementInput {
  platform: string;
  platformId: string;
  kind: ActivityKind;
  actorHandle: string;
  actorKind: ActorKind;
  text: string | null;
  occurredAt: string | null;
  observedAt: string;
  targetPostId: string | null;
  targetPost: { text: string | null; occurredAt: string | null; authorHandle: string | null } | null;
  /** the campaign account acted on (directly, or as the author of the target post) */
  campaign: CampaignAccountInfo | null;
  /** detector output for the target post's text (when there is one) */
  targetDetection: PostDetection | null;
  /** detector output for the activity's own text (posts, comments) */
  ownDetection: PostDetection | null;
}

export interface EngagementSignal {
  source: 'engagement' | 'text';
  dedupeKey: string;
  action: Action;
  confidence: number;
  evidence: EvidenceItem[];
  summary: string;
  occurredAt: string;
}

const ACT_OF: Partial<Record<ActivityKind, Act>> = {
  like: 'like',
  comment: 'comment',
  reply: 'comment',
  share: 'share',
  follow: 'follow',
  join_group: 'join_group',
};

const VERB: Record<string, string> = {
  like: 'menyukai',
  comment: 'mengomentari',
  reply: 'membalas',
  share: 'membagikan',
  follow: 'mengikuti',
  join_group: 'bergabung ke grup',
};

export function isPartisan(d: PostDetection | null): d is PostDetection {
  return !!d && d.stance !== 'neutral' && d.score >= PARTISAN_THRESHOLD;
}

function targetOfDetection(d: PostDetection): { kind: TargetKind; ref: string | null } {
  const t = d.target;
  if (!t) return { kind: 'candidate', ref: null };
  if (/^\d{2}$/.test(t)) return { kind: 'pair', ref: t };
  if (t.startsWith('party:')) return { kind: 'party', ref: t.slice(6) };
  if (t === 'caleg') return { kind: 'caleg', ref: null };
  return { kind: 'candidate', ref: t };
}

/** Date of the act in WIB; a like's own time is unknown, so the collection time stands in for it. */
export function actDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

function excerpt(s: string | null, n = 160): string {
  if (!s) return '';
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function engagementSignals(i: EngagementInput): EngagementSignal[] {
  const out: EngagementSignal[] = [];
  const when = i.occurredAt ?? i.observedAt;
  const ref = `activity:${i.platform}:${i.platformId}`;
  const act = ACT_OF[i.kind];
  if (act && (i.campaign || isPartisan(i.targetDetection))) {
    const evidence: EvidenceItem[] = [];
    let target: Action['target'];
    let what: string;
    let confidence: number;
    if (i.campaign) {
      target = { kind: i.campaign.target, contestId: i.campaign.contestId, ref: i.campaign.handle, label: i.campaign.label };
      const ownerKind = i.campaign.kind === 'party' ? 'partai' : i.campaign.kind === 'winning_team' ? 'tim pemenangan' : 'calon';
      what = i.targetPostId
        ? `postingan akun ${ownerKind} @${i.campaign.handle} (${i.campaign.label})`
        : `akun ${ownerKind} @${i.campaign.handle} (${i.campaign.label})`;
      confidence = 0.95;
    } else {
      const d = i.targetDetection!;
      const t = targetOfDetection(d);
      target = { kind: t.kind, ref: t.ref, label: d.target };
      what = `postingan @${i.targetPost?.authorHandle ?? '?'} yang terbaca ${d.stance === 'support' ? 'mendukung' : 'menyerang'} ${d.target ?? 'peserta pemilihan'}`;
      confidence = Math.round(d.score * 0.9 * 100) / 100;
    }
    evidence.push({
      kind: 'record',
      ref,
      why: `@${i.actorHandle} ${VERB[i.kind]} ${what}${i.occurredAt ? '' : ' — platform tidak memberi waktu aksi; waktu ini saat data dikumpulkan'}`,
      at: when,
    });
    if (i.targetPostId && i.targetPost) {
      evidence.push({
        kind: 'record',
        ref: `activity:${i.platform}:${i.targetPostId}`,
        why: `Postingan sasaran: "${excerpt(i.targetPost.text)}"`,
        at: i.targetPost.occurredAt ?? undefined,
      });
    }
    if (!i.campaign && i.targetDetection) {
      for (const e of i.targetDetection.evidence) evidence.push({ kind: 'span', start: e.start, end: e.end, text: e.text, why: e.why });
    }
    out.push({
      source: 'engagement',
      dedupeKey: `engagement:${i.platform}:${i.platformId}`,
      action: { actor: i.actorKind, act, target, date: actDate(when), channel: i.platform, context: {} },
      confidence,
      evidence,
      summary: `@${i.actorHandle} ${VERB[i.kind]} ${what}`,
      occurredAt: when,
    });
  }
  if ((i.kind === 'post' || i.kind === 'comment' || i.kind === 'reply') && isPartisan(i.ownDetection)) {
    const d = i.ownDetection;
    const t = targetOfDetection(d);
    out.push({
      source: 'text',
      dedupeKey: `text:${i.platform}:${i.platformId}`,
      action: { actor: i.actorKind, act: 'post_support', target: { kind: t.kind, ref: t.ref, label: d.target }, date: actDate(when), channel: i.platform, context: {} },
      confidence: Math.round(d.score * 100) / 100,
      evidence: [
        { kind: 'record', ref, why: `Tulisan @${i.actorHandle}: "${excerpt(i.text)}"`, at: when },
        ...d.evidence.map((e) => ({ kind: 'span' as const, start: e.start, end: e.end, text: e.text, why: e.why })),
      ],
      summary: `@${i.actorHandle} menulis konten ${d.stance === 'support' ? 'mendukung' : 'menyerang'} ${d.target ?? 'peserta pemilihan'}`,
      occurredAt: when,
    });
  }
  return out;
}
