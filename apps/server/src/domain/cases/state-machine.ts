// The case workflow as a pure transition table (Perbawaslu 7/2022 handling; SKB 2022 for the ASN
// route: recommendation → competent body → PPK). `decideTransition` either returns the target state or
// throws a TransitionError naming what is wrong; it never reads a clock or the database. Every (from, to)
// pair not listed in TRANSITION_TABLE is refused (tested exhaustively in state-machine.test.ts).
import {
  DISMISSAL_REASONS,
  SANCTIONS,
  TRACKS,
  type CaseState,
  type CaseTransition,
  type Role,
  type SanctionOption,
  type TransitionFields,
} from '@netra/shared';

export interface TransitionRule {
  transition: CaseTransition;
  from: CaseState;
  to: CaseState;
  roles: readonly Role[];
  required: readonly (keyof TransitionFields)[];
  reasonRequired: boolean;
}

const STAFF: readonly Role[] = ['admin', 'supervisor', 'analyst'];
const SENIOR: readonly Role[] = ['admin', 'supervisor'];
const PPK: readonly Role[] = ['admin', 'ppk'];

function rows(
  transition: CaseTransition,
  from: readonly CaseState[],
  to: CaseState,
  roles: readonly Role[],
  required: readonly (keyof TransitionFields)[] = [],
  reasonRequired = false,
): TransitionRule[] {
  return from.map((f) => ({ transition, from: f, to, roles, required, reasonRequired }));
}

export const TRANSITION_TABLE: readonly TransitionRule[] = [
  ...rows('start_verification', ['received'], 'verification', STAFF),
  // Undangan klarifikasi: the hearing date and place go into the summons letter.
  ...rows('summon', ['verification'], 'clarification', STAFF, ['hearingAt', 'hearingPlace']),
  // Skipping clarification (e.g. a referral already examined elsewhere) needs a stated reason.
  ...rows('begin_study', ['verification'], 'study', STAFF, [], true),
  ...rows('begin_study', ['clarification'], 'study', STAFF),
  // Bawaslu does not sanction ASN: it recommends to the competent body and the PPK (DOMAIN §1.8).
  ...rows('recommend', ['study'], 'recommendation', STAFF, ['ruleIds', 'track', 'sanctionLevel']),
  ...rows('record_ppk_decision', ['recommendation'], 'ppk_decision', PPK, [
    'sanctionOption',
    'decisionNumber',
    'decidedAt',
  ]),
  ...rows('record_execution', ['ppk_decision'], 'sanction_executed', PPK, ['executedAt']),
  ...rows('start_monitoring', ['sanction_executed'], 'monitoring', STAFF),
  ...rows('close', ['monitoring'], 'closed', STAFF),
  ...rows(
    'dismiss',
    ['received', 'verification', 'clarification', 'study'],
    'dismissed',
    STAFF,
    ['dismissalReason'],
    true,
  ),
  // Criminal track (UU 7/2017 Art. 494, UU 10/2016 Art. 188): to Sentra Gakkumdu.
  ...rows('forward', ['verification', 'clarification', 'study'], 'forwarded', STAFF, ['forwardedTo'], true),
  ...rows('reopen', ['dismissed', 'forwarded'], 'verification', SENIOR, [], true),
];

export const TRANSITION_ERROR_CODES = [
  'not_allowed_from',
  'role_not_allowed',
  'missing_field',
  'invalid_field',
  'reason_required',
  'precondition',
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

export class TransitionError extends Error {
  constructor(
    public readonly code: TransitionErrorCode,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = 'TransitionError';
  }
}

/** What the machine needs to know about the case beyond its state. */
export interface CaseFacts {
  /** Minutes (berita acara) of the clarification hearing were recorded. */
  hearingRecorded: boolean;
  /** Options of the sanction ladder for this case (empty before a recommendation). */
  sanctionOptions: readonly SanctionOption[];
}

export interface TransitionRequest {
  from: CaseState;
  transition: CaseTransition;
  role: Role;
  fields: TransitionFields;
  reason?: string | null;
  facts: CaseFacts;
}

export function rulesFrom(from: CaseState): TransitionRule[] {
  return TRANSITION_TABLE.filter((r) => r.from === from);
}

export function ruleBetween(from: CaseState, to: CaseState): TransitionRule | null {
  return TRANSITION_TABLE.find((r) => r.from === from && r.to === to) ?? null;
}

/** The transitions `role` may start from `from` (the UI's buttons). */
export function allowedTransitions(from: CaseState, role: Role): TransitionRule[] {
  return rulesFrom(from).filter((r) => r.roles.includes(role));
}

const isDate = (s: unknown) =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s));
const isDateTime = (s: unknown) => typeof s === 'string' && !isNaN(Date.parse(s));

function checkField(name: keyof TransitionFields, v: unknown): string | null {
  switch (name) {
    case 'hearingAt':
      return isDateTime(v) ? null : 'harus tanggal-waktu ISO';
    case 'decidedAt':
    case 'executedAt':
      return isDate(v) ? null : 'harus tanggal YYYY-MM-DD';
    case 'ruleIds':
      return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x)
        ? null
        : 'minimal satu butir aturan';
    case 'track':
      return (TRACKS as readonly unknown[]).includes(v) ? null : `harus salah satu dari ${TRACKS.join(', ')}`;
    case 'sanctionLevel':
      return (SANCTIONS as readonly unknown[]).includes(v)
        ? null
        : `harus salah satu dari ${SANCTIONS.join(', ')}`;
    case 'dismissalReason':
      return (DISMISSAL_REASONS as readonly unknown[]).includes(v)
        ? null
        : `harus salah satu dari ${DISMISSAL_REASONS.join(', ')}`;
    default:
      return typeof v === 'string' && v.trim() ? null : 'wajib diisi';
  }
}

/** Returns the rule applied, or throws TransitionError. */
export function decideTransition(req: TransitionRequest): TransitionRule {
  const rule = TRANSITION_TABLE.find((r) => r.transition === req.transition && r.from === req.from);
  if (!rule) {
    throw new TransitionError(
      'not_allowed_from',
      `Tindakan "${req.transition}" tidak dapat dilakukan dari tahap "${req.from}"`,
    );
  }
  if (!rule.roles.includes(req.role)) {
    throw new TransitionError(
      'role_not_allowed',
      `Peran "${req.role}" tidak boleh melakukan "${req.transition}"`,
    );
  }
  for (const f of rule.required) {
    const v = req.fields[f];
    if (v === undefined || v === null || v === '') {
      throw new TransitionError('missing_field', `Kolom "${f}" wajib diisi untuk "${req.transition}"`, f);
    }
    const problem = checkField(f, v);
    if (problem) throw new TransitionError('invalid_field', `Kolom "${f}" ${problem}`, f);
  }
  if (rule.reasonRequired && !(req.reason ?? '').trim()) {
    throw new TransitionError('reason_required', `Alasan wajib diisi untuk "${req.transition}"`, 'reason');
  }
  if (rule.transition === 'begin_study' && rule.from === 'clarification' && !req.facts.hearingRecorded) {
    throw new TransitionError('precondition', 'Berita acara klarifikasi belum dicatat');
  }
  if (
    rule.transition === 'record_ppk_decision' &&
    !req.facts.sanctionOptions.includes(req.fields.sanctionOption!)
  ) {
    throw new TransitionError(
      'invalid_field',
      `Sanksi "${req.fields.sanctionOption}" bukan pilihan untuk kasus ini (${req.facts.sanctionOptions.join(', ') || 'tidak ada'})`,
      'sanctionOption',
    );
  }
  return rule;
}
