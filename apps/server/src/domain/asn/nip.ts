// NIP (PNS) and NI PPPK validation, format and plausibility only (DOMAIN.md §5.1–5.2). There is no check
// digit: a valid result means "well-formed and plausible", never "registered" — that needs SIASN/BKN.
// PNS: YYYYMMDD (birth) YYYYMM (TMT CPNS) G (1 = L, 2 = P) NNN (001–999).
// NI PPPK as observed: YYYYMMDD (birth) YYYY (first PPPK appointment year) XX (> 12, seen as "21") G NNN.
// Positions 13–14 tell them apart: a month (01–12) in a NIP, a value above 12 in an NI PPPK.
// Pure: the caller passes `today`.

export const NIP_KINDS = ['pns', 'pppk'] as const;
export type NipKind = (typeof NIP_KINDS)[number];

export type NipField = 'nip' | 'birthDate' | 'appointed' | 'sex' | 'sequence' | 'kind';

export interface NipProblem {
  field: NipField;
  reason: string;
}

export interface ValidNip {
  ok: true;
  /** The 18 digits without spaces. */
  nip: string;
  kind: NipKind;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  sex: 'L' | 'P';
  /** First appointment: 'YYYY-MM' (TMT CPNS) for PNS, 'YYYY' for PPPK (the NI carries the year only). */
  appointed: string;
  sequence: number;
}

export type NipResult = ValidNip | { ok: false; problems: NipProblem[] };

export interface NipOptions {
  /** 'YYYY-MM-DD' or a Date (its UTC calendar date). Appointments after it are refused. */
  today: string | Date;
  /** When the roster states the employee kind, a NIP of the other layout is refused. */
  expectKind?: NipKind;
}

// CPNS applicants must be 18–35, with exceptions up to 40 (DOMAIN.md §5.1). PPPK applicants may be up to
// one year below retirement age, so their range is wider.
const AGE_AT_APPOINTMENT: Record<NipKind, { min: number; max: number }> = {
  pns: { min: 18, max: 40 },
  pppk: { min: 18, max: 59 },
};
const EARLIEST_BIRTH_YEAR = 1900;

function isoDay(d: string | Date): string {
  return typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Whole years between a birth date and a later date, both 'YYYY-MM-DD'. */
function ageAt(birth: string, at: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** Strips the spaces people write NIPs with ("19850312 201001 1 003"). */
export function normaliseNip(raw: string): string {
  return raw.replace(/[\s\u00a0]+/g, '');
}

export function validateNip(raw: string, opts: NipOptions): NipResult {
  const nip = normaliseNip(String(raw ?? ''));
  if (!/^\d{18}$/.test(nip)) {
    const reason = /\D/.test(nip)
      ? 'NIP hanya boleh berisi angka (spasi diperbolehkan)'
      : `NIP harus 18 digit, bukan ${nip.length}`;
    return { ok: false, problems: [{ field: 'nip', reason }] };
  }
  const today = isoDay(opts.today);
  const problems: NipProblem[] = [];

  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const birthOk = isCalendarDate(by, bm, bd) && by >= EARLIEST_BIRTH_YEAR;
  if (!birthOk) {
    problems.push({
      field: 'birthDate',
      reason: `tanggal lahir (digit 1–8) "${nip.slice(0, 8)}" tidak valid`,
    });
  } else if (birthDate > today) {
    problems.push({ field: 'birthDate', reason: `tanggal lahir ${birthDate} ada di masa depan` });
  }

  const field1314 = Number(nip.slice(12, 14));
  const kind: NipKind = field1314 > 12 ? 'pppk' : 'pns';
  const ay = Number(nip.slice(8, 12));
  let appointed: string;
  // Appointment compared at its first possible day: TMT is always the 1st of a month.
  let appointedDay: string;
  if (kind === 'pns') {
    appointed = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
    appointedDay = `${appointed}-01`;
    if (field1314 < 1) {
      problems.push({
        field: 'appointed',
        reason: `bulan TMT CPNS (digit 13–14) "${nip.slice(12, 14)}" harus 01–12`,
      });
    }
  } else {
    appointed = nip.slice(8, 12);
    appointedDay = `${appointed}-01-01`;
  }
  if (ay < EARLIEST_BIRTH_YEAR) {
    problems.push({
      field: 'appointed',
      reason: `tahun pengangkatan (digit 9–12) "${nip.slice(8, 12)}" tidak valid`,
    });
  } else if (appointedDay > today) {
    problems.push({ field: 'appointed', reason: `pengangkatan ${appointed} ada di masa depan` });
  } else if (birthOk && problems.every((p) => p.field !== 'appointed')) {
    const { min, max } = AGE_AT_APPOINTMENT[kind];
    // PPPK carries only a year: take the age at the end of that year so a December birthday is not penalised.
    const age = kind === 'pns' ? ageAt(birthDate, appointedDay) : ageAt(birthDate, `${appointed}-12-31`);
    if (age < min || age > max) {
      problems.push({
        field: 'appointed',
        reason: `usia saat pengangkatan ${age} tahun tidak wajar (${min}–${max} tahun untuk ${kind === 'pns' ? 'PNS' : 'PPPK'})`,
      });
    }
  }

  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') {
    problems.push({
      field: 'sex',
      reason: `kode jenis kelamin (digit 15) "${sexDigit}" harus 1 (laki-laki) atau 2 (perempuan)`,
    });
  }
  const sequence = Number(nip.slice(15, 18));
  if (sequence < 1) {
    problems.push({ field: 'sequence', reason: 'nomor urut (digit 16–18) harus 001–999' });
  }
  if (opts.expectKind && opts.expectKind !== kind) {
    problems.push({
      field: 'kind',
      reason:
        opts.expectKind === 'pppk'
          ? `digit 13–14 "${nip.slice(12, 14)}" menandai NIP PNS, padahal pegawai tercatat PPPK`
          : `digit 13–14 "${nip.slice(12, 14)}" menandai NI PPPK, padahal pegawai tercatat PNS`,
    });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, nip, kind, birthDate, sex: sexDigit === '1' ? 'L' : 'P', appointed, sequence };
}

/** Builds a NIP from its parts (demo data and tests); the result still has to pass `validateNip`. */
export function composeNip(p: {
  kind: NipKind;
  birthDate: string;
  /** PNS: 'YYYY-MM'; PPPK: 'YYYY'. */
  appointed: string;
  sex: 'L' | 'P';
  sequence: number;
  /** PPPK positions 13–14; defaults to the observed "21". */
  pppkField?: string;
}): string {
  const birth = p.birthDate.replace(/-/g, '');
  const appt =
    p.kind === 'pns' ? p.appointed.replace('-', '') : `${p.appointed.slice(0, 4)}${p.pppkField ?? '21'}`;
  return `${birth}${appt}${p.sex === 'L' ? '1' : '2'}${String(p.sequence).padStart(3, '0')}`;
}

/** The spaced form officials write: "19850312 201001 1 003". */
export function formatNip(nip: string): string {
  const n = normaliseNip(nip);
  return n.length === 18 ? `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}` : nip;
}
