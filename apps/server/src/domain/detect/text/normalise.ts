// Normaliser for Indonesian social-media text. Contract: `normalise(text)` returns tokens whose `norm` is
// the canonical form (lower case, slang expanded, leetspeak undone, repeats collapsed, hashtags split,
// emoji canonical) and whose [start, end) always points back into the ORIGINAL string, so any match on the
// normalised text can be shown as an evidence span. `text` is ' ' + norms joined by ' ' + ' ' — a match on
// whole tokens is a match on ' a b ' — and `charToken[i]` names the token that owns character i of it.
import { SLANG } from './slang.ts';

export const TOKEN_KINDS = ['word', 'number', 'hashtag', 'emoji', 'mention', 'url', 'punct'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  /** canonical form */
  norm: string;
  kind: TokenKind;
  /** offsets into the original text */
  start: number;
  end: number;
  /** for hashtag segments: index of the first segment of the same hashtag (groups them) */
  tag?: number;
}

export interface Normalised {
  original: string;
  tokens: Token[];
  text: string;
  /** token index for every char of `text` (-1 on the separating spaces) */
  charToken: Int32Array;
}

export interface NormaliserOptions {
  /** words hashtags may be segmented into (lexicon words + common words) */
  vocabulary?: Iterable<string>;
  /** token → replacement (one or more words separated by spaces); defaults to the built-in slang list */
  slang?: Record<string, string>;
}

// One pass over the text; the alternatives are tried in order at each position.
const TOKEN_RE = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+)`, // 1 url
    String.raw`(@[\p{L}\p{N}_]+)`, // 2 mention
    String.raw`#([\p{L}\p{N}_]+)`, // 3 hashtag body
    String.raw`([0-9#*])\uFE0F?\u20E3`, // 4 keycap digit
    String.raw`(\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*)*)`, // 5 emoji
    String.raw`([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{N}]+)*)`, // 6 word
    String.raw`([?!"“”])`, // 7 cue punctuation (others are dropped)
  ].join('|'),
  'gu',
);

const LEET: Record<string, string> = { '4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't' };
const MARK_RE = /\p{M}/gu;
// variation selector 16 and skin-tone modifiers (U+1F3FB–1F3FF as surrogate pairs)
const VS_RE = /\uFE0F|\uD83C[\uDFFB-\uDFFF]/g;

/** Collapses runs of 3+ identical letters to one ("mantaaap" → "mantap"); digits are left alone. */
export function collapseRepeats(w: string): string {
  // fast path: most words have no run of three
  let found = false;
  for (let i = 2; i < w.length; i++) {
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) {
      found = true;
      break;
    }
  }
  if (!found) return w;
  let out = '';
  let i = 0;
  while (i < w.length) {
    const c = w[i];
    let j = i + 1;
    while (j < w.length && w[j] === c) j++;
    const run = j - i;
    if (run >= 3 && !(c >= '0' && c <= '9')) out += c;
    else out += w.slice(i, j);
    i = j;
  }
  // acronyms made of one letter ("PPP") are words, not stretched letters
  return out.length < 3 ? w : out;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

function isDigit(c: number) {
  return c >= 48 && c <= 57;
}

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/**
 * Splits a lower-case word that mixes letters and digits. "O2"/"o1" is the ballot number 02/01 typed with a
 * letter O; "paslon02" is a word with a number glued on; "pr4bowo" is leetspeak. Returns one or two parts,
 * each with its offset inside the word.
 */
export function splitMixed(w: string): { text: string; at: number; len: number }[] {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < w.length; i++) {
    if (isDigit(w.charCodeAt(i))) digits++;
    else letters++;
  }
  if (digits === 0 || letters === 0) return [{ text: w, at: 0, len: w.length }];
  if (/^o\d$/.test(w)) return [{ text: '0' + w[1], at: 0, len: 2 }];
  // one letter + a number is a code ("P3" for PPP, "B1"), not leetspeak
  if (/^\p{L}\d{1,2}$/u.test(w)) return [{ text: w, at: 0, len: w.length }];
  // letters then digits: a word with a number glued on ("paslon02", "amin1")
  const m = /^(\p{L}{2,})(\d+)$/u.exec(w);
  if (m) {
    return [
      { text: m[1], at: 0, len: m[1].length },
      { text: m[2], at: m[1].length, len: m[2].length },
    ];
  }
  // digits then a short unit or suffix ("2024an", "10rb", "3x") stay as they are
  if (/^\d+\p{L}{1,3}$/u.test(w)) return [{ text: w, at: 0, len: w.length }];
  // leetspeak: every digit between or next to letters becomes its letter
  let out = '';
  for (let i = 0; i < w.length; i++) out += LEET[w[i]] ?? w[i];
  return [{ text: out, at: 0, len: w.length }];
}

const CAMEL_RE = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+|\p{L}+/gu;

export function createNormaliser(opts: NormaliserOptions = {}) {
  const slang = opts.slang ?? SLANG;
  const vocab = new Set<string>();
  for (const w of opts.vocabulary ?? []) if (w.length >= 2) vocab.add(w.toLowerCase());
  let maxWord = 0;
  for (const w of vocab) maxWord = Math.max(maxWord, w.length);
  const segCache = new Map<string, { text: string; at: number; len: number }[] | null>();

  /**
   * Splits a run of lower-case letters into vocabulary words (fewest pieces, all letters covered);
   * null when it cannot be covered. Memoised: hashtags repeat a lot.
   */
  function segment(s: string): { text: string; at: number; len: number }[] | null {
    const hit = segCache.get(s);
    if (hit !== undefined) return hit;
    const n = s.length;
    const best: number[] = new Array(n + 1).fill(Infinity);
    const prev: number[] = new Array(n + 1).fill(-1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      for (let j = i + 2; j <= Math.min(n, i + maxWord); j++) {
        if (best[i] + 1 < best[j] && vocab.has(s.slice(i, j))) {
          best[j] = best[i] + 1;
          prev[j] = i;
        }
      }
    }
    let res: { text: string; at: number; len: number }[] | null = null;
    if (best[n] !== Infinity) {
      res = [];
      for (let j = n; j > 0; j = prev[j])
        res.push({ text: s.slice(prev[j], j), at: prev[j], len: j - prev[j] });
      res.reverse();
    }
    if (segCache.size < 50_000) segCache.set(s, res);
    return res;
  }

  function pushWord(tokens: Token[], raw: string, start: number, kind: TokenKind, tag?: number) {
    let lower = raw.toLowerCase();
    // fancy fonts (𝐏𝐫𝐚𝐛𝐨𝐰𝐨) and accents fold to ASCII letters
    if (hasNonAscii(lower)) lower = lower.normalize('NFKD').replace(MARK_RE, '').toLowerCase();
    const clean = lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
    // toLowerCase keeps length for Indonesian text; with apostrophes removed, parts span the whole word
    const exact = clean.length === raw.length;
    for (const part of splitMixed(clean)) {
      const s = exact ? start + part.at : start;
      const e = exact ? start + part.at + part.len : start + raw.length;
      const isNum = isAllDigits(part.text);
      const w = isNum ? part.text : collapseRepeats(part.text);
      const rep = isNum ? undefined : slang[w];
      if (rep !== undefined) {
        for (const r of rep.split(' ')) tokens.push({ norm: r, kind, start: s, end: e, tag });
      } else
        tokens.push({ norm: w, kind: isNum && kind === 'word' ? 'number' : kind, start: s, end: e, tag });
    }
  }

  function pushHashtag(tokens: Token[], body: string, start: number) {
    const first = tokens.length;
    CAMEL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CAMEL_RE.exec(body))) {
      const piece = m[0];
      const at = start + m.index;
      const lower = piece.toLowerCase();
      if (/^\p{L}+$/u.test(piece) && lower.length > 3 && !vocab.has(lower) && !slang[lower]) {
        const seg = segment(lower);
        if (seg && seg.length > 1) {
          for (const p of seg) pushWord(tokens, piece.slice(p.at, p.at + p.len), at + p.at, 'hashtag', first);
          continue;
        }
      }
      pushWord(tokens, piece, at, 'hashtag', first);
    }
  }

  return function normalise(original: string): Normalised {
    const tokens: Token[] = [];
    TOKEN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(original))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) tokens.push({ norm: '<url>', kind: 'url', start, end });
      else if (m[2] !== undefined) tokens.push({ norm: '@user', kind: 'mention', start, end });
      else if (m[3] !== undefined) pushHashtag(tokens, m[3], start + 1);
      else if (m[4] !== undefined) tokens.push({ norm: m[4] + '\u20E3', kind: 'emoji', start, end });
      else if (m[5] !== undefined) tokens.push({ norm: m[5].replace(VS_RE, ''), kind: 'emoji', start, end });
      else if (m[6] !== undefined) pushWord(tokens, m[6], start, 'word');
      else tokens.push({ norm: m[7] === '?' || m[7] === '!' ? m[7] : '"', kind: 'punct', start, end });
    }
    let len = 1;
    for (const t of tokens) len += t.norm.length + 1;
    const charToken = new Int32Array(len).fill(-1);
    const parts: string[] = new Array(tokens.length);
    let at = 1;
    for (let i = 0; i < tokens.length; i++) {
      const n = tokens[i].norm;
      parts[i] = n;
      charToken.fill(i, at, at + n.length);
      at += n.length + 1;
    }
    return { original, tokens, text: ' ' + parts.join(' ') + ' ', charToken };
  };
}

export type Normalise = ReturnType<typeof createNormaliser>;

/** Original span covered by the normalised-text range [from, to). */
export function originalSpan(
  n: Normalised,
  from: number,
  to: number,
): { start: number; end: number; first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const t = n.charToken[i];
    if (t < 0) continue;
    if (first < 0) first = t;
    last = t;
  }
  if (first < 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (let t = first; t <= last; t++) {
    start = Math.min(start, n.tokens[t].start);
    end = Math.max(end, n.tokens[t].end);
  }
  return { start, end, first, last };
}
