// Closed sets of the rulebook and the verdict contract (issue #2 point 8).
export const ACTORS = ['pns', 'pppk', 'non_asn'] as const;
export type ActorKind = (typeof ACTORS)[number];

export const ACTS = [
  'like',
  'comment',
  'share',
  'follow',
  'join_group',
  'post_support',
  'photo_with_candidate',
  'gesture',
  'party_attribute',
  'banner',
  'attend_campaign',
  'attend_declaration',
  'campaign_team',
  'mobilize_subordinates',
  'state_facilities',
  'candidacy_without_resign',
  'party_member',
  'ktp_support',
  'decision_benefiting_candidate',
  'speaker_at_party_event',
  'other',
] as const;
export type Act = (typeof ACTS)[number];

export const TARGET_KINDS = ['pair', 'candidate', 'bakal_calon', 'party', 'caleg', 'none'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const VERDICTS = ['violation', 'risky', 'allowed', 'not_applicable'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export const TRACKS = ['ethics', 'discipline', 'criminal'] as const;
export type Track = (typeof TRACKS)[number];

export const SANCTIONS = [
  'sanksi_moral',
  'disiplin_ringan',
  'disiplin_sedang',
  'disiplin_berat',
  'ptdh',
  'pidana',
] as const;
export type Sanction = (typeof SANCTIONS)[number];

export const SANCTION_LABELS: Record<Sanction, { id: string; en: string }> = {
  sanksi_moral: { id: 'Sanksi moral', en: 'Moral sanction' },
  disiplin_ringan: { id: 'Hukuman disiplin ringan', en: 'Light discipline sanction' },
  disiplin_sedang: { id: 'Hukuman disiplin sedang', en: 'Medium discipline sanction' },
  disiplin_berat: { id: 'Hukuman disiplin berat', en: 'Heavy discipline sanction' },
  ptdh: { id: 'Pemberhentian tidak dengan hormat', en: 'Dismissal not with honour' },
  pidana: { id: 'Pidana pemilu/pemilihan', en: 'Election crime' },
};

export const STANCES = ['support', 'oppose', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

export type Lang = 'id' | 'en';

/** A rule item as cited by a verdict or finding. */
export interface RuleRef {
  id: string;
  title: string;
  track: Track;
  sanction: Sanction;
  basis: string;
}

export const CONTEXT_FLAGS = [
  'on_duty',
  'uniform_or_state_attributes',
  'on_cltn',
  'active_support',
  'intentional',
  /** the candidate is the ASN's own spouse (SKB 2/2022 Lampiran II A.7) */
  'spouse_is_candidate',
] as const;
export type ContextFlag = (typeof CONTEXT_FLAGS)[number];

/** One thing a person did, as the verdict engine sees it. */
export interface Action {
  actor: ActorKind;
  act: Act;
  target: { kind: TargetKind; contestId?: string | null; ref?: string | null; label?: string | null };
  /** YYYY-MM-DD */
  date: string;
  channel?: string | null;
  context: Partial<Record<ContextFlag, boolean>>;
}

export interface Verdict {
  verdict: VerdictKind;
  rules: RuleRef[];
  explanation: string;
  advice: string;
}

export const FINDING_SOURCES = ['text', 'engagement', 'image', 'report', 'referral', 'manual'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const FINDING_STATUSES = ['new', 'claimed', 'dismissed', 'in_case'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Evidence a detector attaches: a text span, an image box, or a record reference. */
export type EvidenceItem =
  | { kind: 'span'; start: number; end: number; text: string; why: string }
  | { kind: 'box'; x: number; y: number; w: number; h: number; label: string; why: string }
  | { kind: 'record'; ref: string; why: string; at?: string };
