// Case handling contracts (issue #5): closed sets with Indonesian + English labels, and the JSON shapes of
// the analyst API and the public report portal. Server and web both code against this file; the server's
// zod schemas mirror these types. Dates travel as ISO strings; calendar dates as 'YYYY-MM-DD'.
import type { EvidenceItem, RuleRef, Sanction, Track } from './rulebook.ts';

type Label = { id: string; en: string };

// ---------------------------------------------------------------------------------------------------
// States and transitions (Perbawaslu 7/2022 + SKB 2022 procedure, DOMAIN §1.8)

export const CASE_STATES = [
  'received',
  'verification',
  'clarification',
  'study',
  'recommendation',
  'ppk_decision',
  'sanction_executed',
  'monitoring',
  'closed',
  'dismissed',
  'forwarded',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Record<CaseState, Label> = {
  received: { id: 'Diterima', en: 'Received' },
  verification: { id: 'Verifikasi (formal & material)', en: 'Verification (formal & material)' },
  clarification: { id: 'Klarifikasi', en: 'Clarification' },
  study: { id: 'Kajian', en: 'Study' },
  recommendation: { id: 'Rekomendasi (menunggu PPK)', en: 'Recommendation (awaiting PPK)' },
  ppk_decision: { id: 'Keputusan PPK', en: 'PPK decision' },
  sanction_executed: { id: 'Sanksi dilaksanakan', en: 'Sanction executed' },
  monitoring: { id: 'Pemantauan', en: 'Monitoring' },
  closed: { id: 'Selesai', en: 'Closed' },
  dismissed: { id: 'Dihentikan', en: 'Dismissed' },
  forwarded: { id: 'Diteruskan ke Gakkumdu', en: 'Forwarded to Gakkumdu' },
};

/** Board columns in display order (terminal states last). */
export const CASE_BOARD_ORDER: readonly CaseState[] = CASE_STATES;
export const TERMINAL_CASE_STATES: readonly CaseState[] = ['closed', 'dismissed', 'forwarded'];

export const CASE_TRANSITIONS = [
  'start_verification', // received → verification
  'summon', // verification → clarification (undangan klarifikasi)
  'begin_study', // verification|clarification → study
  'recommend', // study → recommendation
  'record_ppk_decision', // recommendation → ppk_decision
  'record_execution', // ppk_decision → sanction_executed
  'start_monitoring', // sanction_executed → monitoring
  'close', // monitoring → closed
  'dismiss', // received..study → dismissed
  'forward', // verification..study → forwarded (criminal)
  'reopen', // dismissed|forwarded → verification
] as const;
export type CaseTransition = (typeof CASE_TRANSITIONS)[number];

export const CASE_TRANSITION_LABELS: Record<CaseTransition, Label> = {
  start_verification: { id: 'Mulai verifikasi', en: 'Start verification' },
  summon: { id: 'Undang klarifikasi', en: 'Summon for clarification' },
  begin_study: { id: 'Mulai kajian', en: 'Begin study' },
  recommend: { id: 'Terbitkan rekomendasi', en: 'Issue recommendation' },
  record_ppk_decision: { id: 'Catat keputusan PPK', en: 'Record PPK decision' },
  record_execution: { id: 'Catat pelaksanaan sanksi', en: 'Record sanction execution' },
  start_monitoring: { id: 'Mulai pemantauan', en: 'Start monitoring' },
  close: { id: 'Tutup kasus', en: 'Close case' },
  dismiss: { id: 'Hentikan', en: 'Dismiss' },
  forward: { id: 'Teruskan ke Gakkumdu', en: 'Forward to Gakkumdu' },
  reopen: { id: 'Buka kembali', en: 'Reopen' },
};

export const DISMISSAL_REASONS = ['not_proven', 'not_a_violation', 'not_asn', 'out_of_time'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];
export const DISMISSAL_REASON_LABELS: Record<DismissalReason, Label> = {
  not_proven: { id: 'Tidak terbukti', en: 'Not proven' },
  not_a_violation: { id: 'Bukan pelanggaran', en: 'Not a violation' },
  not_asn: { id: 'Terlapor bukan ASN', en: 'Reported person is not ASN' },
  out_of_time: { id: 'Melewati batas waktu', en: 'Out of time' },
};

/**
 * The fields a transition carries in `POST /api/cases/:id/transitions` → `fields`. Which ones are required
 * per transition is in the server's transition table and echoed in `CaseDetail.allowedTransitions`.
 */
export interface TransitionFields {
  /** summon: ISO datetime and place of the hearing; addressee defaults to the ASN. */
  hearingAt?: string;
  hearingPlace?: string;
  /** recommend: rule item ids (rulebook) and the recommended level. */
  ruleIds?: string[];
  track?: Track;
  sanctionLevel?: Sanction;
  /** record_ppk_decision: one option of the ladder for the case (see sanctionOptionsFor). */
  sanctionOption?: SanctionOption;
  decisionNumber?: string;
  decidedAt?: string; // YYYY-MM-DD
  /** record_execution */
  executedAt?: string; // YYYY-MM-DD
  /** dismiss */
  dismissalReason?: DismissalReason;
  /** forward */
  forwardedTo?: string;
  referenceNumber?: string;
  /** free text shown on the timeline */
  note?: string;
}

// ---------------------------------------------------------------------------------------------------
// Sanction ladders (DOMAIN §1.3–1.6). The option picked by the PPK must belong to the case's ladder.

export const SANCTION_OPTIONS = [
  // PP 42/2004 Art. 15 — ethics track
  'moral_closed',
  'moral_open',
  // PP 94/2021 Art. 8 — ringan (never used for neutrality, kept for completeness of the ladder)
  'pp94_oral_reprimand',
  'pp94_written_reprimand',
  'pp94_written_dissatisfaction',
  // PP 94/2021 Art. 8 — sedang
  'pp94_tpp_cut_25_6m',
  'pp94_tpp_cut_25_9m',
  'pp94_tpp_cut_25_12m',
  // PP 94/2021 Art. 8 — berat
  'pp94_demotion_12m',
  'pp94_release_to_executor_12m',
  'pp94_honourable_dismissal',
  // PP 53/2010 (acts before 31 Aug 2021) — sedang
  'pp53_postpone_increment_1y',
  'pp53_postpone_promotion_1y',
  'pp53_grade_demotion_1y',
  // PP 53/2010 — berat
  'pp53_grade_demotion_3y',
  'pp53_transfer_demotion',
  'pp53_release_from_position',
  'pp53_honourable_dismissal',
  'pp53_ptdh',
  // UU 20/2023 Art. 52(3)(j)+(4) — party membership
  'ptdh',
] as const;
export type SanctionOption = (typeof SANCTION_OPTIONS)[number];

export const SANCTION_OPTION_LABELS: Record<SanctionOption, Label> = {
  moral_closed: { id: 'Sanksi moral: pernyataan secara tertutup', en: 'Moral sanction: closed statement' },
  moral_open: { id: 'Sanksi moral: pernyataan secara terbuka', en: 'Moral sanction: open statement' },
  pp94_oral_reprimand: { id: 'Teguran lisan', en: 'Oral reprimand' },
  pp94_written_reprimand: { id: 'Teguran tertulis', en: 'Written reprimand' },
  pp94_written_dissatisfaction: {
    id: 'Pernyataan tidak puas secara tertulis',
    en: 'Written statement of dissatisfaction',
  },
  pp94_tpp_cut_25_6m: {
    id: 'Pemotongan tunjangan kinerja 25% selama 6 bulan',
    en: '25% performance allowance cut for 6 months',
  },
  pp94_tpp_cut_25_9m: {
    id: 'Pemotongan tunjangan kinerja 25% selama 9 bulan',
    en: '25% performance allowance cut for 9 months',
  },
  pp94_tpp_cut_25_12m: {
    id: 'Pemotongan tunjangan kinerja 25% selama 12 bulan',
    en: '25% performance allowance cut for 12 months',
  },
  pp94_demotion_12m: {
    id: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
    en: 'Demotion one level for 12 months',
  },
  pp94_release_to_executor_12m: {
    id: 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan',
    en: 'Release to an executor position for 12 months',
  },
  pp94_honourable_dismissal: {
    id: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    en: 'Honourable dismissal not at own request',
  },
  pp53_postpone_increment_1y: {
    id: 'Penundaan kenaikan gaji berkala selama 1 tahun',
    en: 'Postponed salary increment for 1 year',
  },
  pp53_postpone_promotion_1y: {
    id: 'Penundaan kenaikan pangkat selama 1 tahun',
    en: 'Postponed promotion for 1 year',
  },
  pp53_grade_demotion_1y: {
    id: 'Penurunan pangkat setingkat lebih rendah selama 1 tahun',
    en: 'One-grade demotion for 1 year',
  },
  pp53_grade_demotion_3y: {
    id: 'Penurunan pangkat setingkat lebih rendah selama 3 tahun',
    en: 'One-grade demotion for 3 years',
  },
  pp53_transfer_demotion: {
    id: 'Pemindahan dalam rangka penurunan jabatan setingkat lebih rendah',
    en: 'Transfer with demotion',
  },
  pp53_release_from_position: { id: 'Pembebasan dari jabatan', en: 'Release from position' },
  pp53_honourable_dismissal: {
    id: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    en: 'Honourable dismissal not at own request',
  },
  pp53_ptdh: { id: 'Pemberhentian tidak dengan hormat sebagai PNS', en: 'Dismissal not with honour' },
  ptdh: {
    id: 'Pemberhentian tidak dengan hormat (UU 20/2023 Pasal 52)',
    en: 'Dismissal not with honour (UU 20/2023 Art. 52)',
  },
};

/** PP 94/2021 was promulgated on 31 Aug 2021; acts before it are judged under PP 53/2010. */
export const PP94_EFFECTIVE_DATE = '2021-08-31';

/**
 * The options the PPK may choose from. `level` is the recommended sanction (rule item's sanction);
 * `actDate` (YYYY-MM-DD) picks PP 53/2010 or PP 94/2021. Party membership (level 'ptdh') → PTDH only.
 */
export function sanctionOptionsFor(track: Track, level: Sanction, actDate: string): SanctionOption[] {
  if (level === 'ptdh') return ['ptdh'];
  if (track === 'ethics' || level === 'sanksi_moral') return ['moral_closed', 'moral_open'];
  if (track === 'criminal' || level === 'pidana') return [];
  const old = actDate < PP94_EFFECTIVE_DATE;
  switch (level) {
    case 'disiplin_ringan':
      return old ? [] : ['pp94_oral_reprimand', 'pp94_written_reprimand', 'pp94_written_dissatisfaction'];
    case 'disiplin_sedang':
      return old
        ? ['pp53_postpone_increment_1y', 'pp53_postpone_promotion_1y', 'pp53_grade_demotion_1y']
        : ['pp94_tpp_cut_25_6m', 'pp94_tpp_cut_25_9m', 'pp94_tpp_cut_25_12m'];
    case 'disiplin_berat':
      return old
        ? [
            'pp53_grade_demotion_3y',
            'pp53_transfer_demotion',
            'pp53_release_from_position',
            'pp53_honourable_dismissal',
            'pp53_ptdh',
          ]
        : ['pp94_demotion_12m', 'pp94_release_to_executor_12m', 'pp94_honourable_dismissal'];
  }
}

// ---------------------------------------------------------------------------------------------------
// Intake, events, evidence, documents, deadlines

export const CASE_SOURCE_KINDS = ['finding', 'public_report', 'referral', 'manual'] as const;
export type CaseSourceKind = (typeof CASE_SOURCE_KINDS)[number];
export const CASE_SOURCE_KIND_LABELS: Record<CaseSourceKind, Label> = {
  finding: { id: 'Temuan pemantauan', en: 'Monitoring finding' },
  public_report: { id: 'Laporan masyarakat', en: 'Public report' },
  referral: { id: 'Penerusan (Bawaslu/BKN)', en: 'Referral (Bawaslu/BKN)' },
  manual: { id: 'Input manual', en: 'Manual entry' },
};

export const REFERRAL_BODIES = ['bawaslu', 'bkn', 'kasn', 'kemendagri', 'other'] as const;
export type ReferralBody = (typeof REFERRAL_BODIES)[number];

export const CASE_EVENT_TYPES = [
  'opened',
  'transition',
  'source_merged',
  'source_unmerged',
  'assigned',
  'note_added',
  'evidence_added',
  'document_generated',
  'completion_requested',
  'reporter_completed',
  'hearing_recorded',
  'deadline_extended',
  'reminder_sent',
  'escalated',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];
export const CASE_EVENT_TYPE_LABELS: Record<CaseEventType, Label> = {
  opened: { id: 'Kasus dibuka', en: 'Case opened' },
  transition: { id: 'Perubahan tahap', en: 'Stage change' },
  source_merged: { id: 'Sumber digabungkan', en: 'Source merged' },
  source_unmerged: { id: 'Penggabungan dibatalkan', en: 'Merge undone' },
  assigned: { id: 'Penugasan', en: 'Assignment' },
  note_added: { id: 'Catatan', en: 'Note' },
  evidence_added: { id: 'Bukti ditambahkan', en: 'Evidence added' },
  document_generated: { id: 'Dokumen dibuat', en: 'Document generated' },
  completion_requested: { id: 'Permintaan kelengkapan laporan', en: 'Completion requested' },
  reporter_completed: { id: 'Pelapor melengkapi laporan', en: 'Reporter completed the report' },
  hearing_recorded: { id: 'Berita acara klarifikasi dicatat', en: 'Hearing minutes recorded' },
  deadline_extended: { id: 'Batas waktu diperpanjang', en: 'Deadline extended' },
  reminder_sent: { id: 'Pengingat dikirim', en: 'Reminder sent' },
  escalated: { id: 'Eskalasi', en: 'Escalation' },
};

export const NOTE_VISIBILITIES = ['internal', 'public'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const EVIDENCE_KINDS = ['upload', 'captured_post', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, Label> = {
  upload: { id: 'Unggahan berkas', en: 'Uploaded file' },
  captured_post: { id: 'Tangkapan unggahan', en: 'Captured post' },
  link: { id: 'Tautan', en: 'Link' },
};
/** MIME types accepted for uploads, checked from the file content (magic bytes), never from the name. */
export const EVIDENCE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'video/mp4',
  'video/quicktime',
  'video/webm',
] as const;

export const CUSTODY_ACTIONS = ['added', 'viewed', 'downloaded', 'exported'] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

export const DOCUMENT_KINDS = [
  'summons',
  'minutes',
  'study_report',
  'recommendation_letter',
  'discipline_decision_draft',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Label> = {
  summons: { id: 'Undangan klarifikasi', en: 'Clarification summons' },
  minutes: { id: 'Berita acara klarifikasi', en: 'Clarification minutes' },
  study_report: { id: 'Laporan hasil kajian', en: 'Study report' },
  recommendation_letter: { id: 'Surat rekomendasi', en: 'Recommendation letter' },
  discipline_decision_draft: { id: 'Draf keputusan hukuman disiplin', en: 'Draft discipline decision' },
};
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTEST_KINDS = ['pemilu', 'pilkada'] as const;
export type ContestKind = (typeof CONTEST_KINDS)[number];
/** Pemilu counts working days (UU 7/2017 "hari kerja"); Pilkada counts calendar days (UU 10/2016). */
export const DAY_COUNT_MODES = ['working', 'calendar'] as const;
export type DayCountMode = (typeof DAY_COUNT_MODES)[number];

export const DEADLINE_KINDS = [
  'report_filing', // reporter: 7 (working) days from knowing
  'initial_study', // kajian awal: 2 days from receipt
  'handling', // 7 working days (Pemilu) / 3 days (Pilkada) from registration
  'handling_extended', // +7 working days / +2 days when more information is needed
  'reporter_completion', // 3 days for the reporter to complete an incomplete report
  'ppk_follow_up', // configurable period for the PPK to act on a recommendation
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, Label> = {
  report_filing: { id: 'Batas pelaporan', en: 'Report filing limit' },
  initial_study: { id: 'Kajian awal', en: 'Initial study' },
  handling: { id: 'Penanganan', en: 'Handling' },
  handling_extended: { id: 'Penanganan (perpanjangan)', en: 'Handling (extended)' },
  reporter_completion: { id: 'Kelengkapan laporan oleh pelapor', en: 'Reporter completion' },
  ppk_follow_up: { id: 'Tindak lanjut PPK', en: 'PPK follow-up' },
};

export const RECOMMENDING_BODIES = ['kasn', 'bkn', 'independent_body'] as const;
export type RecommendingBody = (typeof RECOMMENDING_BODIES)[number];
export const RECOMMENDING_BODY_LABELS: Record<RecommendingBody, Label> = {
  kasn: { id: 'Komisi Aparatur Sipil Negara (KASN)', en: 'Civil Service Commission (KASN)' },
  bkn: { id: 'Badan Kepegawaian Negara (BKN)', en: 'National Civil Service Agency (BKN)' },
  independent_body: { id: 'Lembaga independen pengawas ASN', en: 'Independent ASN supervisory body' },
};

export const NOTIFICATION_KINDS = [
  'assignment',
  'deadline_upcoming',
  'deadline_overdue',
  'escalation',
  'status_change',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// ---------------------------------------------------------------------------------------------------
// API shapes (analyst side). Paths are listed at the top of apps/server/src/modules/cases/cases.module.ts.

export interface PersonRef {
  id: string;
  name: string;
}

export interface CaseDeadlineView {
  kind: DeadlineKind;
  mode: DayCountMode;
  /** Length in days of `mode`. */
  days: number;
  startAt: string;
  /** ISO datetime: end of the due day (23:59:59 Asia/Makassar for Kaltim is not assumed; UTC end of day). */
  dueAt: string;
  dueDate: string; // YYYY-MM-DD
  metAt: string | null;
  overdue: boolean;
}

export interface CaseSummary {
  id: string;
  /** Human number, e.g. "NTR/64.72/2024/0007". */
  number: string;
  status: CaseState;
  statusSince: string;
  asn: { id: string | null; name: string; nip: string | null; position: string | null };
  agency: { id: string | null; name: string | null };
  regionCode: string;
  regionName: string | null;
  contest: { id: string | null; kind: ContestKind; label: string | null };
  track: Track | null;
  ruleIds: string[];
  sanctionLevel: Sanction | null;
  assignee: PersonRef | null;
  sources: Record<CaseSourceKind, number>;
  openedAt: string;
  updatedAt: string;
  nextDeadline: CaseDeadlineView | null;
  overdue: boolean;
}

export interface CaseEventView {
  seq: number;
  at: string;
  type: CaseEventType;
  actor: PersonRef | null;
  fromStatus: CaseState | null;
  toStatus: CaseState | null;
  transition: CaseTransition | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface CaseEvidenceView {
  id: string;
  kind: EvidenceKind;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  url: string | null;
  description: string | null;
  capturedAt: string;
  addedBy: PersonRef | null;
  /** 'reporter' when it came through the public portal. */
  addedVia: 'analyst' | 'reporter' | 'ingest';
  sourceFindingId: string | null;
  /** Detector evidence (text spans, boxes) for captured posts — the web highlights spans. */
  spans: EvidenceItem[];
  text: string | null;
}

export interface CaseDocumentView {
  id: string;
  kind: DocumentKind;
  number: string;
  format: DocumentFormat;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  createdAt: string;
  createdBy: PersonRef | null;
}

export interface CaseNoteView {
  id: string;
  visibility: NoteVisibility;
  body: string;
  author: PersonRef | null;
  at: string;
}

export interface CaseSourceView {
  mergeId: string;
  kind: CaseSourceKind;
  refId: string;
  mergedAt: string;
  mergedBy: PersonRef | null;
  unmergedAt: string | null;
  summary: string;
  /** referral: Bawaslu / BKN reference number */
  referenceNumber: string | null;
  /** public report tracking code (never the reporter's identity) */
  trackingCode: string | null;
}

export interface AllowedTransitionView {
  transition: CaseTransition;
  to: CaseState;
  requiredFields: (keyof TransitionFields)[];
  reasonRequired: boolean;
}

export interface HearingView {
  hearingAt: string | null;
  place: string | null;
  /** Questions and answers recorded in the minutes (berita acara). */
  qa: { question: string; answer: string }[];
  attendees: string[];
  recordedAt: string | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  occurredAt: string | null;
  recommendingBody: RecommendingBody | null;
  sanctionOption: SanctionOption | null;
  /** Options the PPK may choose (non-empty once a recommendation exists). */
  sanctionOptions: SanctionOption[];
  dismissalReason: DismissalReason | null;
  timeline: CaseEventView[];
  evidence: CaseEvidenceView[];
  documents: CaseDocumentView[];
  deadlines: CaseDeadlineView[];
  notes: CaseNoteView[];
  sources: Record<CaseSourceKind, number>;
  sourceList: CaseSourceView[];
  hearing: HearingView | null;
  allowedTransitions: AllowedTransitionView[];
}

export interface CaseListResponse {
  items: CaseSummary[];
  total: number;
}

export interface CaseBoardResponse {
  columns: { status: CaseState; count: number; items: CaseSummary[] }[];
}

export const TRIAGE_KINDS = ['finding', 'public_report', 'referral'] as const;
export type TriageKind = (typeof TRIAGE_KINDS)[number];

export interface TriageItem {
  kind: TriageKind;
  id: string;
  receivedAt: string;
  occurredAt: string | null;
  status: 'new' | 'claimed';
  claimedBy: PersonRef | null;
  regionCode: string | null;
  regionName: string | null;
  agencyName: string | null;
  asn: { id: string | null; name: string | null };
  /** One-line description (Indonesian). */
  summary: string;
  /** Full text the detector judged (finding) or the report description. */
  text: string | null;
  rules: RuleRef[];
  confidence: number | null;
  evidence: EvidenceItem[];
  links: string[];
  /** An open case about the same ASN (and contest) this item would merge into. */
  suggestedCaseId: string | null;
  trackingCode: string | null;
  referenceNumber: string | null;
}

export interface TriageResponse {
  items: TriageItem[];
  total: number;
}

export interface FollowUpItem {
  case: CaseSummary;
  recommendedAt: string;
  recommendingBody: RecommendingBody | null;
  dueDate: string;
  daysWaiting: number;
  overdue: boolean;
  escalatedAt: string | null;
}

export interface DashboardBucket {
  key: string;
  label: string;
  count: number;
}

export interface DashboardResponse {
  total: number;
  open: number;
  overdue: number;
  byStage: DashboardBucket[];
  byRule: DashboardBucket[];
  byRegion: DashboardBucket[];
  byAgency: DashboardBucket[];
  /** key = 'YYYY-MM' of opening */
  byMonth: DashboardBucket[];
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Public report portal (no login)

export interface PublicReportInput {
  description: string;
  asnName: string;
  agency: string;
  /** Kemendagri code, e.g. "64.72" */
  regionCode: string;
  /** YYYY-MM-DD or ISO datetime */
  occurredAt: string;
  links: string[];
  place?: string;
  reporterName?: string;
  reporterEmail?: string;
  reporterPhone?: string;
  /** true: the reporter's identity is not stored at all. */
  anonymous?: boolean;
}

export interface PublicReportCreated {
  trackingCode: string;
  /** true when the same report was already filed: the code of the earlier report is returned. */
  duplicate: boolean;
}

/** Public status by tracking code: stage and dates only, nothing personal. */
export interface PublicReportStatus {
  trackingCode: string;
  status: CaseState;
  statusLabel: Label;
  submittedAt: string;
  updatedAt: string;
  /** The reporter is asked to complete the report (missing data) until this date. */
  completionRequested: boolean;
  completionDueDate: string | null;
  /** Public notes written by the analyst for the reporter. */
  publicNotes: { at: string; body: string }[];
  /** Stage history: when each stage was reached. */
  history: { status: CaseState; at: string }[];
  evidenceCount: number;
}

export const DEVICE_ID_HEADER = 'x-netra-device';
export const DEVICE_ID_COOKIE = 'netra_device';
