// Reading spreadsheet-like input: header variants → canonical columns, and cell values → text/dates.
// Pure; used by the roster, candidate and account imports (CSV and XLSX rows arrive as arrays of cells).

/** Lowercase, no punctuation except '/', single spaces: "Unit_Kerja / OPD" → "unit kerja / opd". */
export function normaliseHeader(h: unknown): string {
  return String(h ?? '')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[_.\-:]+/g, ' ')
    .replace(/[^a-z0-9/ ]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface HeaderMap<C extends string> {
  /** column → cell index */
  index: Partial<Record<C, number>>;
  /** column → the header as written in the file (for error messages) */
  label: Partial<Record<C, string>>;
  missing: C[];
}

export function mapHeaders<C extends string>(
  headers: readonly unknown[],
  aliases: Record<C, readonly string[]>,
  required: readonly C[],
): HeaderMap<C> {
  const index: Partial<Record<C, number>> = {};
  const label: Partial<Record<C, string>> = {};
  const normalised = headers.map(normaliseHeader);
  for (const col of Object.keys(aliases) as C[]) {
    const names = aliases[col].map(normaliseHeader);
    const at = normalised.findIndex((h) => names.includes(h));
    if (at >= 0) {
      index[col] = at;
      label[col] = String(headers[at] ?? '').trim();
    }
  }
  return { index, label, missing: required.filter((c) => index[c] === undefined) };
}

/** A cell as trimmed text ('' when empty). Excel rich text and formula results are unwrapped. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: any) => r.text).join('').trim();
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    return '';
  }
  return String(v).trim();
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A date cell as 'YYYY-MM-DD', or null when unreadable. Accepts Excel dates, ISO dates and the
 * day-first forms Indonesian offices write (31-12-1985, 31/12/1985, 31.12.1985).
 */
export function cellDate(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 1000 && v < 80000) {
    // Excel serial day (1900 system, with its fictitious 29 Feb 1900).
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const s = cellText(v);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isCalendarDate(y, mo, d) ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isCalendarDate(y, mo, d) ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
  }
  return null;
}
