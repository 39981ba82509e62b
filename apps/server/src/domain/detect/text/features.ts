// Feature extraction for the stance and target classifiers. Contract: `extractFeatures` turns a
// normalised post, its lexicon matches and its cues into hashed feature indices (FNV-1a, 2^bits buckets;
// duplicates allowed = counts) — word uni/bigrams, char 3/4-grams inside words, optional stems, whole
// hashtags, lexicon referents and cue flags. Training and inference call the same function, so the model
// file only needs `bits` and `stem` to be reproduced.
import type { LexMatch } from './lexicon.ts';
import type { Normalised } from './normalise.ts';

export const CUES = ['question', 'report', 'quote', 'official', 'voter_education', 'neutrality'] as const;
export type Cue = (typeof CUES)[number];

// Words that mark a post as asking, reporting, quoting, doing official work, educating voters or talking
// about neutrality. They lower the partisan score (as features the model weighs, and in the detector).
const CUE_WORDS: Record<Exclude<Cue, 'quote'>, readonly string[]> = {
  question: [
    '?',
    'apakah',
    'bagaimana',
    'kenapa',
    'mengapa',
    'siapa',
    'kapan',
    'berapa',
    'dimana',
    'gimana',
    'benarkah',
    'betulkah',
    'tanya',
    'bertanya',
  ],
  report: [
    'menurut',
    'ujar',
    'ungkap',
    'dilansir',
    'melansir',
    'berita',
    'breaking',
    'sumber',
    'rilis',
    'survei',
    'survey',
    'laporan',
    'dikutip',
    'mengatakan',
    'menyatakan',
    'menjelaskan',
    'kata',
    'wartawan',
    'jurnalis',
    'konferensi',
    'pers',
    'media',
    'diberitakan',
    'memberitakan',
    'kabar',
    'info',
    'informasi',
    'update',
    'jadwal',
    'hasil',
    'terkini',
    'resmi',
  ],
  official: [
    'kunjungan',
    'kunker',
    'rapat',
    'rakor',
    'koordinasi',
    'apel',
    'upacara',
    'dinas',
    'pelantikan',
    'dilantik',
    'meninjau',
    'peninjauan',
    'peresmian',
    'meresmikan',
    'diresmikan',
    'bimtek',
    'audiensi',
    'penyerahan',
    'menyerahkan',
    'pemkab',
    'pemkot',
    'pemprov',
    'pemda',
    'kecamatan',
    'kelurahan',
    'sekda',
    'opd',
    'kantor',
    'pelayanan',
    'agenda',
    'bencana',
    'banjir',
    'posyandu',
    'puskesmas',
    'musrenbang',
    'anggaran',
    'apbd',
    'jajaran',
    'bupati',
    'walikota',
    'wali',
    'gubernur',
    'camat',
    'lurah',
    'dinkes',
    'disdik',
    'bpbd',
    'satpol',
    'warga',
    'masyarakat',
    'sosialisasi',
    'pembangunan',
    'infrastruktur',
    'jalan',
    'jembatan',
  ],
  voter_education: [
    'tps',
    'pemilih',
    'golput',
    'dpt',
    'hak',
    'gunakan',
    'datang',
    'jangan',
    'lupa',
    'surat',
    'undangan',
    'formulir',
    'kpps',
    'ppk',
    'pps',
    'pantarlih',
    'coklit',
    'pemungutan',
    'penghitungan',
    'bijak',
    'cerdas',
    'hoaks',
    'hoax',
    'damai',
    'partisipasi',
  ],
  neutrality: [
    'netral',
    'netralitas',
    'asn',
    'pns',
    'pppk',
    'larangan',
    'dilarang',
    'sanksi',
    'bawaslu',
    'kpu',
    'aturan',
    'skb',
    'pegawai',
    'aparatur',
    'kasn',
    'bkn',
  ],
};

const CALL_WORDS = new Set([
  'dukung',
  'mendukung',
  'pilih',
  'coblos',
  'menangkan',
  'memenangkan',
  'ayo',
  'mari',
  'lanjutkan',
  'bersama',
  'untuk',
  'mengajak',
  'ajak',
  'siap',
  'menang',
]);
const ATTACK_WORDS = new Set(['tolak', 'jangan', 'bukan', 'lawan', 'gagal', 'anti', 'kalahkan', 'turunkan']);

// Mockery and insults: most "oppose" posts are sarcasm aimed at a candidate, often only through a masked
// @mention, so the words themselves must carry the signal (as meta features the model weighs)
const INSULT_WORDS = new Set([
  'tolol',
  'goblok',
  'bego',
  'bodoh',
  'oon',
  'dungu',
  'bacot',
  'koplak',
  'planga',
  'plongo',
  'plangaplongo',
  'omon',
  'ngibul',
  'bohong',
  'pembohong',
  'munafik',
  'dinasti',
  'haus',
  'penjilat',
  'cebong',
  'kampret',
  'kadrun',
  'buzzer',
  'ambyar',
  'mencla',
  'mencle',
  'nyet',
  'bocil',
  'curang',
  'planga-plongo',
  'asam',
  'sulfat',
  'ngompol',
  'popok',
  'gemoy',
  'takut',
  'kabur',
  'ngacir',
  'pencitraan',
  'gimmick',
  'malu',
  'memalukan',
  'parah',
  'kacau',
  'lucu',
  'kocak',
  'halu',
  'mimpi',
]);
const MOCK_TOKENS = new Set([
  'wkwk',
  'wk',
  'haha',
  'hehe',
  'kwkw',
  '😂',
  '🤣',
  '🤭',
  '😅',
  '😁',
  '🙄',
  '🤡',
  '😆',
]);
const NEG_WORDS = new Set(['jangan', 'jgn', 'gak', 'ga', 'tidak', 'tak', 'bukan', 'ogah', 'anti', 'stop']);
const SUPPORT_VERBS = new Set(['pilih', 'memilih', 'coblos', 'dukung', 'mendukung', 'percaya', 'menang']);

const CUE_INDEX = new Map<string, Cue[]>();
for (const [cue, words] of Object.entries(CUE_WORDS) as [Cue, readonly string[]][])
  for (const w of words) CUE_INDEX.set(w, [...(CUE_INDEX.get(w) ?? []), cue]);

/** "calon bupati", "cagub" context: the office word names a candidacy, not official duty. */
function isCandidacyTitle(n: Normalised, i: number): boolean {
  const prev = i > 0 ? n.tokens[i - 1].norm : '';
  return (
    prev === 'calon' || prev === 'bakal' || (prev === 'wakil' && i > 1 && n.tokens[i - 2].norm === 'calon')
  );
}

/** Count of cue words per cue (a quote mark counts for `quote`). */
export function findCues(n: Normalised): Record<Cue, number> {
  const out: Record<Cue, number> = {
    question: 0,
    report: 0,
    quote: 0,
    official: 0,
    voter_education: 0,
    neutrality: 0,
  };
  n.tokens.forEach((t, i) => {
    if (t.norm === '"') out.quote++;
    const cs = CUE_INDEX.get(t.norm);
    if (cs && !isCandidacyTitle(n, i)) for (const c of cs) out[c]++;
  });
  return out;
}

/** Token indices that carry a cue (for evidence). */
export function cueTokens(n: Normalised): { index: number; cue: Cue }[] {
  const out: { index: number; cue: Cue }[] = [];
  n.tokens.forEach((t, index) => {
    if (t.norm === '"') out.push({ index, cue: 'quote' });
    if (!isCandidacyTitle(n, index)) for (const cue of CUE_INDEX.get(t.norm) ?? []) out.push({ index, cue });
  });
  return out;
}

export function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fnvRange(s: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// distinct seeds per feature family so "w:x" and "c:x" land in different buckets
const SEED_WORD = fnv('w:');
const SEED_BIGRAM = fnv('b:');
const SEED_CHAR = fnv('c:');
const SEED_STEM = fnv('s:');
const SEED_TAG = fnv('h:');
const SEED_META = fnv('m:');

export interface FeatureOptions {
  bits: number;
  /** stemmer (e.g. sastrawijs) for 's:' features; omitted = no stem features */
  stem?: (w: string) => string;
}

export interface FeatureVector {
  /** n-gram features, each worth `scale` */
  idx: Int32Array;
  /** lexicon, cue and shape features, each worth 1 */
  meta: Int32Array;
  /** the hashed index of each token's word feature (-1 for tokens without one), for evidence */
  wordIdx: Int32Array;
  /** value every feature carries (1/sqrt(count)), so long posts do not dominate */
  scale: number;
}

const SKIP_KINDS = new Set(['url', 'mention', 'punct']);

export function metaIndex(name: string, bits: number): number {
  return fnv(name, SEED_META) & ((1 << bits) - 1);
}

/** Lexicon and cue features as names (also used for explanations in tests). */
export function metaFeatures(
  matches: readonly LexMatch[],
  cues: Record<Cue, number>,
  n: Normalised,
): string[] {
  const out = ['BIAS'];
  const specific = new Set<string>();
  let strong = false;
  for (const m of matches) {
    for (const r of m.referents) {
      const tgt = r.target.startsWith('party:') ? 'party' : r.target;
      out.push('L:' + tgt, `LK:${tgt}:${r.kind}`, 'LKIND:' + r.kind);
      if (r.target.startsWith('party:')) out.push('LP:' + r.target);
      if (r.strong) {
        strong = true;
        out.push('LS:' + tgt);
      }
      if (!r.target.startsWith('generic:')) specific.add(tgt);
    }
  }
  out.push(strong ? 'STRONG' : 'NOSTRONG', 'NT:' + Math.min(specific.size, 3));
  // a call to vote/support aimed at a named target ("mengajak staf memilih Pak Hendra", "ayo coblos 02")
  for (const m of matches) {
    const r = m.referents.find((x) => x.strong && !x.target.startsWith('generic:'));
    if (!r) continue;
    for (let t = Math.max(0, m.first - 4); t < m.first; t++) {
      const w = n.tokens[t].norm;
      if (CALL_WORDS.has(w)) out.push('CALL', 'CALL:' + w);
      else if (ATTACK_WORDS.has(w)) out.push('ATTACK', 'ATTACK:' + w);
    }
  }
  if (matches.length === 0) out.push('NOLEX');
  let insults = 0;
  let mocks = 0;
  let urls = 0;
  let mentions = 0;
  for (let t = 0; t < n.tokens.length; t++) {
    const tok = n.tokens[t];
    const w = tok.norm;
    if (tok.kind === 'url') urls++;
    else if (tok.kind === 'mention') mentions++;
    else if (INSULT_WORDS.has(w)) insults++;
    else if (MOCK_TOKENS.has(w) || w.startsWith('wkwk') || w.startsWith('haha')) mocks++;
    else if (w === 'cuma' || w === 'hanya') {
      const next = n.tokens[t + 1]?.norm;
      if (next === 'bisa' || next === 'modal') out.push('CUMABISA');
    } else if (SUPPORT_VERBS.has(w) && t > 0 && NEG_WORDS.has(n.tokens[t - 1].norm)) out.push('NEGSUPPORT');
  }
  const lex = matches.length > 0 ? 'LEX' : mentions > 0 ? 'MEN' : 'NONE';
  if (insults) out.push('INSULT', 'INSULT:' + lex, 'INSULT:' + Math.min(insults, 3));
  if (mocks) out.push('MOCK', 'MOCK:' + lex);
  for (const c of Object.keys(cues) as Cue[])
    if (cues[c] > 0) out.push('Q:' + c, `Q:${c}:${Math.min(cues[c], 3)}`);
  if (urls) out.push('URL');
  if (mentions) out.push('MENTION');
  out.push('LEN:' + Math.min(8, Math.floor(n.tokens.length / 5)));
  return out;
}

export function extractFeatures(
  n: Normalised,
  matches: readonly LexMatch[],
  cues: Record<Cue, number>,
  opts: FeatureOptions,
): FeatureVector {
  const mask = (1 << opts.bits) - 1;
  let bound = 8;
  for (const t of n.tokens) bound += 2 * t.norm.length + 10;
  const buf = new Int32Array(bound);
  let k = 0;
  const idx = { push: (v: number) => (buf[k++] = v) };
  const wordIdx = new Int32Array(n.tokens.length).fill(-1);
  let prev: string | null = null;
  let tagStart = -1;
  let tagText = '';
  for (let i = 0; i < n.tokens.length; i++) {
    const t = n.tokens[i];
    if (t.tag !== undefined) {
      if (t.tag !== tagStart) {
        if (tagStart >= 0) idx.push(fnv(tagText, SEED_TAG) & mask);
        tagStart = t.tag;
        tagText = '';
      }
      tagText += t.norm;
    } else if (tagStart >= 0) {
      idx.push(fnv(tagText, SEED_TAG) & mask);
      tagStart = -1;
    }
    if (SKIP_KINDS.has(t.kind) && t.norm !== '?' && t.norm !== '!') {
      prev = null;
      continue;
    }
    const w = t.norm;
    const wi = fnv(w, SEED_WORD) & mask;
    wordIdx[i] = wi;
    idx.push(wi);
    if (prev !== null) idx.push(fnv(prev + ' ' + w, SEED_BIGRAM) & mask);
    prev = w;
    if (t.kind === 'emoji' || t.kind === 'punct') continue;
    if (opts.stem && w.length > 4 && t.kind !== 'number') {
      const s = opts.stem(w);
      if (s !== w) idx.push(fnv(s, SEED_STEM) & mask);
    }
    // char 3- and 4-grams of "<word>": the 4-gram continues the 3-gram's hash from the same start
    const padded = '<' + w + '>';
    for (let a = 0; a + 3 <= padded.length; a++) {
      const h3 = fnvRange(padded, a, a + 3, SEED_CHAR);
      idx.push(h3 & mask);
      if (a + 4 <= padded.length) idx.push(fnvRange(padded, a + 3, a + 4, h3) & mask);
    }
  }
  if (tagStart >= 0) idx.push(fnv(tagText, SEED_TAG) & mask);
  const meta = metaFeatures(matches, cues, n).map((name) => fnv(name, SEED_META) & mask);
  return {
    idx: buf.subarray(0, k),
    meta: Int32Array.from(meta),
    wordIdx,
    scale: 1 / Math.sqrt(Math.max(1, k)),
  };
}
