// Indonesian personal-name matching for account ↔ ASN suggestions. Contract: `coreName` strips honorifics
// and academic degrees ("Drs. H. Ahmad Yani, S.Pd., M.Si" → ["ahmad", "yani"]) and folds the old
// (pre-1972 EYD) spelling (oe → u, dj → j, tj → c); `matchNames` compares two names regardless of word
// order, lets an initial stand for a word ("M. Rizky" ~ "Muhammad Rizky"), and returns a 0..1 score with
// the reasons a person can check. Pure; no I/O.

/** Titles written before the name (religious, academic, nobility, profession). */
const PREFIX_TITLES = new Set([
  'drs', 'dra', 'dr', 'ir', 'h', 'hj', 'prof', 'kh', 'hc', 'tn', 'ny', 'nn', 'r', 'rr', 'raden', 'ustadz',
  'ustaz', 'ust', 'hajjah', 'haji', 'dg', 'drg', 'apt', 'ns', 'bapak', 'ibu', 'pak', 'bu',
]);
/**
 * Degrees written after the name. Stored without dots, lowercased: "S.Pd.I" → "spdi", "M.Si" → "msi".
 * Gelar akademik per Permendikbud 154/2014 and older forms still common in SIASN data.
 */
const DEGREES = new Set([
  'sag', 'sak', 'sap', 'sars', 'sds', 'se', 'sfarm', 'sfil', 'sgz', 'sh', 'shi', 'shum', 'sip', 'sikom', 'sked',
  'skeb', 'skep', 'skg', 'skm', 'skom', 'spd', 'spdi', 'spdsd', 'spsi', 'spt', 'ssi', 'ssn', 'ssos', 'ssosi',
  'sst', 'sstp', 'st', 'stp', 'sthi', 'sthi', 'stat', 'sthi', 'shut', 'spi', 'ssy', 'sag', 'sa', 'sk', 'sked',
  'mag', 'map', 'mak', 'mars', 'mba', 'mcomm', 'mec', 'me', 'mh', 'mhum', 'mi', 'mikom', 'mkes', 'mkeb', 'mkom',
  'mkn', 'mm', 'mmpd', 'mpa', 'mpd', 'mpdi', 'mpdi', 'mphil', 'mpsi', 'msc', 'msi', 'msos', 'mt', 'mtp', 'mp',
  'mhi', 'mst', 'ma', 'mag',
  'amd', 'amdkep', 'amdkeb', 'amdkes', 'amdak', 'amdgz', 'amdpd', 'ama', 'amapd', 'ampd', 'bsc', 'ba', 'bac',
  'lc', 'phd', 'dphil', 'spa', 'spb', 'spog', 'sppd', 'sprad', 'spkj', 'spm', 'spkk', 'spthtkl', 'spn', 'spjp',
  'span', 'sps', 'mked', 'ners', 'apt', 'cpa', 'ak', 'se ak', 'dea', 'drs', 'msc', 'meng', 'mes', 'mkn', 'gr',
]);
/** Common abbreviations people write for a whole given name. */
const ABBREVIATIONS: Record<string, string> = {
  muh: 'muhammad', moh: 'muhammad', mhd: 'muhammad', muhd: 'muhammad', mochamad: 'muhammad', mochammad: 'muhammad',
  mohammad: 'muhammad', mohamad: 'muhammad', muhamad: 'muhammad', muhammad: 'muhammad', mohd: 'muhammad',
  moch: 'muhammad', much: 'muhammad', ahmad: 'ahmad', achmad: 'ahmad', akhmad: 'ahmad', abd: 'abdul',
  nur: 'nur', noor: 'nur', nurul: 'nurul', sri: 'sri', st: 'siti',
};

/** Old-spelling folds (Ejaan Soewandi/van Ophuijsen → EYD) and doubled letters people drop. */
function foldSpelling(w: string): string {
  // In the old spelling "j" is today's "y" (Tjahjono = Cahyono); only fold it when the word shows other
  // old-spelling marks, or a modern "Joko" would become "yoko" while "Djoko" stays "joko".
  const old = /oe|dj|tj|sj|nj/.test(w);
  let x = w.replace(/oe/g, 'u').replace(/dj/g, 'J').replace(/tj/g, 'c').replace(/sj/g, 'sy').replace(/nj/g, 'ny');
  if (old) x = x.replace(/j/g, 'y');
  return x
    .replace(/J/g, 'j')
    .replace(/ch/g, 'kh')
    .replace(/([a-z])\1+/g, '$1');
}

export interface NameToken {
  /** folded word, or the single letter of an initial */
  word: string;
  initial: boolean;
}

/**
 * The name without titles and degrees, as tokens. Degrees after a comma are dropped wholesale; dotted
 * tokens that read as a degree ("S.Pd.", "M.Si") are dropped anywhere after the first word.
 */
export function coreName(raw: string): NameToken[] {
  let s = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // "Ahmad Yani, S.Pd., M.Si" — everything after the first comma is degrees in Indonesian usage.
  const comma = s.indexOf(',');
  if (comma > 0) s = s.slice(0, comma);
  const parts = s
    .replace(/[_@#|/\\()[\]{}"'`]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    // Glued forms "Hj.Siti", "M.Rizky" are split at inner dots; a known degree ("S.Pd.I") stays whole.
    .flatMap((p) => {
      const compact = p.replace(/[.-]/g, '');
      if (DEGREES.has(compact) || PREFIX_TITLES.has(compact)) return [p];
      const pieces = p.split('.').filter(Boolean);
      return pieces.length > 1 ? pieces.map((x) => `${x}.`) : [p];
    });
  const out: NameToken[] = [];
  // "JOKO SANTOSO SH MH": a trailing run of degree words after at least two name words.
  let trailing = parts.length;
  while (trailing > 2 && DEGREES.has(parts[trailing - 1].replace(/[.-]/g, ''))) trailing--;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const compact = part.replace(/[.-]/g, '');
    if (!compact || /^\d+$/.test(compact) || i >= trailing) continue;
    const dotted = part.includes('.');
    if (PREFIX_TITLES.has(compact)) {
      // "H." before the name is Haji; "Ahmad H. Yani" keeps it as an initial.
      if (compact.length === 1 ? out.length === 0 : dotted || out.length === 0) continue;
    }
    // Undotted two-letter "degrees" (ma, se, st…) are also name words; only dotted ones are dropped.
    if (DEGREES.has(compact) && out.length > 0 && (dotted ? compact.length > 1 : compact.length > 2)) continue;
    const word = compact.replace(/[^a-z]/g, '');
    if (!word) continue;
    if (word.length === 1) out.push({ word, initial: true });
    else out.push({ word: foldSpelling(ABBREVIATIONS[word] ?? word), initial: false });
  }
  return out;
}

export interface NameMatch {
  score: number;
  /** Human-readable reasons (Indonesian), e.g. "kata cocok: ahmad, yani". */
  reasons: string[];
}

/** Levenshtein distance bounded by `max` (returns max + 1 when above). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function wordsMatch(a: string, b: string): 'exact' | 'close' | null {
  if (a === b) return 'exact';
  const len = Math.min(a.length, b.length);
  if (len >= 5 && editDistance(a, b, 1) <= 1) return 'close';
  return null;
}

/**
 * Compares an ASN's name with an account's display name (or handle). Word order is ignored; every word of
 * the shorter name must find a partner for a high score. A handle without spaces ("budisantoso88") is
 * matched by looking for the ASN's words inside it.
 */
export function matchNames(asnName: string, accountName: string): NameMatch {
  const a = coreName(asnName);
  let b = coreName(accountName);
  if (a.length === 0 || b.length === 0) return { score: 0, reasons: [] };
  // A single glued token such as a handle: split it along the ASN's own words.
  if (b.length === 1 && !b[0].initial && a.length > 1) {
    const glued = b[0].word;
    const found = a.filter((t) => !t.initial && t.word.length >= 3 && glued.includes(t.word));
    if (found.length >= 2 || (found.length === 1 && a.filter((t) => !t.initial).length === 1)) {
      b = found.map((t) => ({ ...t }));
    }
  }
  const used = new Set<number>();
  let points = 0;
  const exact: string[] = [];
  const close: string[] = [];
  const initials: string[] = [];
  // Full words first, initials after, so an initial never steals the partner of a full word.
  const order = [...b.keys()].sort((x, y) => Number(b[x].initial) - Number(b[y].initial));
  for (const bi of order) {
    const tb = b[bi];
    type Pick = { ai: number; kind: 'exact' | 'close' | 'initial'; pts: number };
    let best: Pick | null = null as Pick | null;
    for (let ai = 0; ai < a.length; ai++) {
      if (used.has(ai)) continue;
      const ta = a[ai];
      let cand: Pick | null = null;
      if (!ta.initial && !tb.initial) {
        const m = wordsMatch(ta.word, tb.word);
        if (m) cand = { ai, kind: m, pts: m === 'exact' ? 1 : 0.85 };
      } else if (ta.word[0] === tb.word[0]) {
        cand = { ai, kind: 'initial', pts: ta.initial && tb.initial ? 0.5 : 0.6 };
      }
      if (cand && (!best || cand.pts > best.pts)) best = cand;
    }
    if (best) {
      used.add(best.ai);
      points += best.pts;
      const label = `${a[best.ai].word}${a[best.ai].initial ? '.' : ''}~${tb.word}${tb.initial ? '.' : ''}`;
      if (best.kind === 'exact') exact.push(a[best.ai].word);
      else if (best.kind === 'close') close.push(label);
      else initials.push(label);
    }
  }
  // Both sides count: "Ahmad" alone against "Ahmad Yani Saputra" is weak.
  const denom = (a.length + b.length) / 2;
  let score = Math.min(1, points / Math.max(denom, 1));
  // A single shared word (however common: "Siti", "Muhammad") is never strong evidence.
  if (exact.length + close.length < 2 && Math.max(a.length, b.length) > 1) score = Math.min(score, 0.45);
  const reasons: string[] = [];
  if (exact.length) reasons.push(`kata sama: ${exact.join(', ')}`);
  if (close.length) reasons.push(`ejaan mirip: ${close.join(', ')}`);
  if (initials.length) reasons.push(`inisial: ${initials.join(', ')}`);
  const unmatched = a.length - used.size;
  if (unmatched > 0) reasons.push(`${unmatched} kata nama ASN tidak ada di akun`);
  return { score: Math.round(score * 100) / 100, reasons };
}
