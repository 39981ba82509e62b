// Ingest contracts (issue #4): import kinds, the Activity model, row problems, account links.
export const IMPORT_KINDS = [
  'asn',
  'candidates',
  'accounts',
  'x',
  'meta',
  'tiktok',
  'youtube',
  'csv',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Kinds that carry monitored activity (the rest are registries). */
export const ACTIVITY_IMPORT_KINDS = ['x', 'meta', 'tiktok', 'youtube', 'csv'] as const;
export type ActivityImportKind = (typeof ACTIVITY_IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, { id: string; en: string }> = {
  asn: { id: 'Data ASN (SIASN)', en: 'ASN roster (SIASN)' },
  candidates: { id: 'Daftar calon (KPU)', en: 'Candidate list (KPU)' },
  accounts: {
    id: 'Akun media sosial (kampanye / deklarasi ASN)',
    en: 'Social accounts (campaign / ASN declared)',
  },
  x: { id: 'X (API v2)', en: 'X (API v2)' },
  meta: {
    id: 'Facebook / Instagram (Graph API, Content Library)',
    en: 'Facebook / Instagram (Graph API, Content Library)',
  },
  tiktok: { id: 'TikTok (Research API)', en: 'TikTok (Research API)' },
  youtube: { id: 'YouTube (Data API v3)', en: 'YouTube (Data API v3)' },
  csv: { id: 'CSV umum (alat social listening)', en: 'Generic CSV (social listening tools)' },
};

export const IMPORT_STATUSES = ['running', 'succeeded', 'failed', 'dry_run'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ACTIVITY_KINDS = [
  'post',
  'comment',
  'reply',
  'like',
  'share',
  'follow',
  'join_group',
  'mention',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Engagement: acting on someone else's account or post (SKB 2/2022: like, comment, share, follow, join). */
export const ENGAGEMENT_KINDS = ['like', 'comment', 'reply', 'share', 'follow', 'join_group'] as const;

export const PLATFORMS = ['x', 'facebook', 'instagram', 'tiktok', 'youtube', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One problem in an input file: a roster row, a CSV line, a JSON record. Rows are 1-based as people count them. */
export interface RowProblem {
  row: number;
  column: string;
  reason: string;
}

export interface ImportRunView {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  dryRun: boolean;
  skipInvalid: boolean;
  recordsRead: number;
  recordsWritten: number;
  problems: RowProblem[];
  error: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  /** Extra counts per kind, e.g. { inserted, updated } for the roster. */
  summary?: Record<string, number>;
}

export const LINK_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const LINK_REASON_KINDS = [
  'name',
  'bio_workplace',
  'bio_position',
  'self_declared',
  'same_photo',
] as const;
export type LinkReasonKind = (typeof LINK_REASON_KINDS)[number];

export interface LinkReason {
  kind: LinkReasonKind;
  weight: number;
  detail: string;
}

export interface AccountLinkView {
  id: string;
  status: LinkStatus;
  score: number;
  reasons: LinkReason[];
  account: { id: string; platform: string; handle: string; displayName: string | null; bio: string | null };
  asn: {
    id: string;
    nip: string;
    name: string;
    position: string | null;
    workUnit: string | null;
    regionCode: string;
  };
  decidedBy: string | null;
  decidedAt: string | null;
}
