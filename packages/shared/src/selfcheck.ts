// The self-check contract shared by the API, the CLI and the web page (issue #2 point 9), and the
// Indonesian-first labels of the act and target sets.
import { z } from 'zod';
import type { TextEvidence } from './detect.ts';
import {
  ACTORS,
  ACTS,
  CONTEXT_FLAGS,
  TARGET_KINDS,
  type Act,
  type Action,
  type ContextFlag,
  type RuleRef,
  type TargetKind,
  type VerdictKind,
} from './rulebook.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a calendar date');

/** A structured action as the web form sends it (the actor and date come from the request). */
export const actionInputSchema = z
  .object({
    act: z.enum(ACTS),
    target: z
      .object({
        kind: z.enum(TARGET_KINDS),
        contestId: z.string().max(100).nullish(),
        ref: z.string().max(100).nullish(),
        label: z.string().max(200).nullish(),
      })
      .strict(),
    channel: z.string().max(40).nullish(),
    context: z.partialRecord(z.enum(CONTEXT_FLAGS), z.boolean()).default({}),
  })
  .strict();
export type ActionInput = z.infer<typeof actionInputSchema>;

export const selfCheckRequestSchema = z
  .object({
    text: z.string().trim().max(4000).optional(),
    actions: z.array(actionInputSchema).min(1).max(10).optional(),
    actor: z.enum(ACTORS).default('pns'),
    date: isoDate.optional(),
    lang: z.enum(['id', 'en']).default('id'),
  })
  .strict()
  .refine((r) => (r.text && r.text.length >= 2) || r.actions, {
    message: 'give a description (text) or structured actions',
    path: ['text'],
  });
export type SelfCheckRequest = z.input<typeof selfCheckRequestSchema>;

export interface SelfCheckAction extends Action {
  verdict: VerdictKind;
  rules: RuleRef[];
  explanation: string;
  advice: string;
  /** before = bakal calon (ethics), after = calon (discipline), unknown = no election in view */
  phase: 'before' | 'after' | 'unknown';
  contest: { id: string; name: string; determination: string } | null;
}

/** Strongest verdict first; `rules` is the union over all actions, strongest sanction first. */
export interface SelfCheckResult {
  actions: SelfCheckAction[];
  verdict: VerdictKind;
  rules: RuleRef[];
  explanation: string;
  advice: string;
  /** Present when the text was also run through the partisan-post detector and it found something. */
  evidence?: TextEvidence[];
}

type Bi = { id: string; en: string };

export const VERDICT_LABELS: Record<VerdictKind, Bi> = {
  violation: { id: 'Melanggar', en: 'Violation' },
  risky: { id: 'Berisiko', en: 'Risky' },
  allowed: { id: 'Boleh', en: 'Allowed' },
  not_applicable: { id: 'Tidak berlaku', en: 'Not applicable' },
};

export const ACT_LABELS: Record<Act, Bi> = {
  like: { id: 'Menyukai (like) unggahan', en: 'Liking a post' },
  comment: { id: 'Berkomentar', en: 'Commenting' },
  share: { id: 'Membagikan (share/repost)', en: 'Sharing or reposting' },
  follow: { id: 'Mengikuti (follow) akun', en: 'Following an account' },
  join_group: { id: 'Bergabung ke grup', en: 'Joining a group' },
  post_support: { id: 'Mengunggah dukungan/kampanye', en: 'Posting support or campaign content' },
  photo_with_candidate: { id: 'Foto bersama calon', en: 'Photo with a candidate' },
  gesture: { id: 'Pose jari/simbol nomor urut', en: 'Finger pose or ballot-number sign' },
  party_attribute: { id: 'Memakai atribut partai/calon', en: 'Wearing party or candidate attributes' },
  banner: { id: 'Memasang spanduk/baliho', en: 'Putting up a banner or billboard' },
  attend_campaign: { id: 'Menghadiri kampanye', en: 'Attending a campaign' },
  attend_declaration: { id: 'Menghadiri deklarasi', en: 'Attending a declaration' },
  campaign_team: { id: 'Menjadi tim sukses/pemenangan', en: 'Serving on a campaign team' },
  mobilize_subordinates: {
    id: 'Mengajak bawahan/warga memilih',
    en: 'Urging subordinates or the public to vote',
  },
  state_facilities: { id: 'Memakai fasilitas negara', en: 'Using state facilities' },
  candidacy_without_resign: {
    id: 'Mencalonkan diri tanpa CLTN',
    en: 'Running for office without unpaid leave',
  },
  party_member: { id: 'Menjadi anggota/pengurus partai', en: 'Being a party member or officer' },
  ktp_support: { id: 'Memberi KTP/surat dukungan', en: 'Giving an ID copy or support letter' },
  decision_benefiting_candidate: {
    id: 'Keputusan yang menguntungkan calon',
    en: 'A decision favouring a candidate',
  },
  speaker_at_party_event: {
    id: 'Menjadi pembicara/MC acara politik',
    en: 'Speaking or hosting at a political event',
  },
  other: { id: 'Lainnya', en: 'Other' },
};

export const TARGET_KIND_LABELS: Record<TargetKind, Bi> = {
  pair: { id: 'Pasangan calon', en: 'Candidate pair' },
  candidate: { id: 'Calon (capres, cagub, cabup, cawalkot)', en: 'Candidate' },
  bakal_calon: { id: 'Bakal calon (belum ditetapkan)', en: 'Prospective candidate (not yet determined)' },
  party: { id: 'Partai politik', en: 'Political party' },
  caleg: { id: 'Calon anggota legislatif (caleg)', en: 'Legislative candidate' },
  none: { id: 'Tidak ada calon/partai', en: 'No candidate or party' },
};

export const CONTEXT_FLAG_LABELS: Record<ContextFlag, Bi> = {
  on_duty: { id: 'Saat bertugas/jam dinas', en: 'On duty' },
  uniform_or_state_attributes: {
    id: 'Memakai seragam/atribut dinas',
    en: 'In uniform or with state attributes',
  },
  on_cltn: { id: 'Sedang CLTN (cuti di luar tanggungan negara)', en: 'On unpaid leave (CLTN)' },
  active_support: { id: 'Menunjukkan dukungan secara aktif', en: 'Actively showing support' },
  intentional: { id: 'Dilakukan dengan sengaja', en: 'Intentional' },
  spouse_is_candidate: { id: 'Calonnya suami/istri sendiri', en: 'The candidate is my spouse' },
};
