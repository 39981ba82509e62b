// Lexicon matcher. Contract: `compileLexicon({ packs, extra, calegs })` turns election packs (names,
// nicknames, misspellings, ballot-number forms, hand signs, slogans, jargon, hashtags, parties and their
// numbers), the extra forms of lexicon-extra.ts and imported caleg names into ONE Aho–Corasick automaton
// over normalised text; `match(normalised)` returns every longest match with its original span and what
// it refers to. Forms go through the same normaliser as posts, so "#PrabowoGibran2024", "prabowo gibran
// 2024" and "Pr4bowo Gibran 2024" meet on one key. Keys are space-delimited, so matches are whole tokens.
// Two builds of the same automaton: the double-array variant ('/fast') matches about twice as fast but
// builds in quadratic time (50 s for 60k keys); the Map-trie variant builds 300k keys in seconds.
import { AhoCorasick as MapTrieAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as DoubleArrayAhoCorasick } from '@monyone/aho-corasick/fast';
import type { ElectionPack, PackContest } from '@netra/shared';
import { createNormaliser, originalSpan, type Normalise, type Normalised } from './normalise.ts';
import { EXTRA_FORMS, SEGMENT_WORDS, type ExtraForm } from './lexicon-extra.ts';

export const LEX_KINDS = [
  'name',
  'nickname',
  'misspelling',
  'number',
  'hand_sign',
  'slogan',
  'jargon',
  'hashtag',
  'party',
  'party_number',
  'team',
  'generic',
  'caleg',
] as const;
export type LexKind = (typeof LEX_KINDS)[number];

export interface Referent {
  /** '01' | '02' | '03' | 'party:<short>' | 'cakada' | 'caleg' | 'generic:<x>' */
  target: string;
  kind: LexKind;
  /** Indonesian label for evidence, e.g. "Prabowo Subianto (02)" */
  label: string;
  /** strong referents name someone unambiguously; weak ones (jargon, "✌", "Hadi") only add weight */
  strong: boolean;
  contestId?: string;
}

export interface LexMatch {
  start: number;
  end: number;
  text: string;
  /** token range in the normalised post */
  first: number;
  last: number;
  key: string;
  referents: Referent[];
}

export interface CalegName {
  name: string;
  party?: string;
  /** free text shown in evidence, e.g. "DPRD Samarinda dapil 2" */
  note?: string;
}

export interface LexiconInput {
  packs: readonly ElectionPack[];
  extra?: readonly ExtraForm[];
  calegs?: readonly CalegName[];
}

// Words that are also everyday words or other institutions (PBB = United Nations / land tax, Garuda =
// the airline, PKN = civics class): as lexicon keys they never count as strong evidence on their own.
const AMBIGUOUS = new Set([
  'garuda',
  'buruh',
  'gelora',
  'banteng',
  'ummat',
  'pan',
  'pbb',
  'pkn',
  'pna',
  'pda',
  'sira',
  'beringin',
  'abah',
  'samsul',
  'gemoy',
  'kim',
  'tpn',
  'tkn',
  'gama',
  'rk',
  'btp',
  'kdm',
  'risma',
  'airin',
  'anis',
  'amin',
  'perubahan',
  'anus',
  'bintang',
  'matahari',
  'kepala garuda',
  'bola dunia',
]);

// Single-token keys that are function words: a pack alias normalising to one of these ("PD" → "pada")
// would fire on every post, so such keys are dropped.
export const FUNCTION_WORDS = new Set([
  'pada',
  'dan',
  'yang',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'tidak',
  'saya',
  'kita',
  'kamu',
  'ini',
  'itu',
  'ada',
  'bapak',
  'ibu',
  'juga',
  'saja',
  'sudah',
  'akan',
  'bisa',
  'atau',
  'tapi',
  'lagi',
  'kalau',
  'jadi',
  'the',
  'no',
  'pe',
]);

const NUMBER_WORDS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Every way posts write "ballot number n" for a pair (n ≤ 9 gets the word forms and the keycap). */
export function ballotForms(n: number): string[] {
  const d2 = String(n).padStart(2, '0');
  const nums = n < 10 ? [String(n), d2] : [String(n)];
  const out = [d2, `paslon nomor urut ${n}`];
  for (const x of nums) {
    for (const pre of [
      'no',
      'nomor',
      'nomor urut',
      'no urut',
      'paslon',
      'paslon no',
      'paslon nomor',
      'capres',
      'pasangan',
      'coblos',
      'coblos no',
      'coblos nomor',
      'pilih',
      'pilih no',
      'pilih nomor',
      'cagub',
      'cabup',
      'cawalkot',
      'calon nomor',
    ])
      out.push(`${pre} ${x}`);
    out.push(`salam ${x} jari`, `${x} jari`);
  }
  if (n < 10) {
    const w = NUMBER_WORDS[n];
    out.push(
      `${n}\u20E3`,
      `paslon ${w}`,
      `nomor urut ${w}`,
      `salam ${w} jari`,
      `${w} jari`,
      `coblos nomor ${w}`,
      `nomor ${w}`,
    );
  }
  return out;
}

export function partyTarget(shortName: string): string {
  return 'party:' + shortName.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface RawForm {
  form: string;
  ref: Referent;
}

function presidentialTarget(c: PackContest, n: number): string {
  return c.office === 'presiden' ? String(n).padStart(2, '0') : c.office === 'dpd' ? 'caleg' : 'cakada';
}

function collectForms(input: LexiconInput): RawForm[] {
  const out: RawForm[] = [];
  const add = (forms: readonly string[], ref: Referent) => {
    for (const f of forms) if (f.trim()) out.push({ form: f, ref });
  };
  for (const pack of input.packs) {
    for (const c of pack.contests) {
      const pres = c.office === 'presiden';
      for (const pair of c.pairs) {
        const target = presidentialTarget(c, pair.ballotNumber);
        const tag = pres ? ` (${target})` : ` (${c.name}, nomor urut ${pair.ballotNumber})`;
        const base = { target, contestId: c.id };
        for (const p of pair.people) {
          add([p.name], { ...base, kind: 'name', label: p.name + tag, strong: true });
          add(p.misspellings, { ...base, kind: 'misspelling', label: p.name + tag, strong: true });
          for (const nick of p.nicknames) {
            const multi = /\s/.test(nick.trim());
            add([nick], {
              ...base,
              kind: 'nickname',
              label: p.name + tag,
              strong: multi || (pres && nick.length >= 5),
            });
          }
        }
        add([pair.label], { ...base, kind: 'name', label: pair.label + tag, strong: true });
        add(ballotForms(pair.ballotNumber), {
          ...base,
          kind: 'number',
          label: `nomor urut ${pair.ballotNumber}${tag}`,
          strong: true,
        });
        add(pair.handSigns, {
          ...base,
          kind: 'hand_sign',
          label: `salam ${pair.ballotNumber} jari${tag}`,
          strong: false,
        });
        add(pair.hashtags, { ...base, kind: 'hashtag', label: `tagar ${pair.label}${tag}`, strong: true });
        add(pair.slogans, { ...base, kind: 'slogan', label: `slogan ${pair.label}${tag}`, strong: false });
        add(pair.jargon, { ...base, kind: 'jargon', label: `jargon ${pair.label}${tag}`, strong: false });
        if (pair.campaignTeam)
          add([pair.campaignTeam], {
            ...base,
            kind: 'team',
            label: `${pair.campaignTeam}${tag}`,
            strong: true,
          });
        if (pair.coalition)
          add([pair.coalition], { ...base, kind: 'team', label: `${pair.coalition}${tag}`, strong: true });
      }
    }
    for (const party of pack.parties) {
      const target = partyTarget(party.shortName);
      const label = `${party.longName} (${party.shortName}, nomor ${party.number})`;
      add([party.shortName, party.longName, ...party.aliases], {
        target,
        kind: 'party',
        label,
        strong: true,
      });
      add(party.hashtags, { target, kind: 'hashtag', label, strong: true });
      add(party.slogans, { target, kind: 'slogan', label, strong: false });
      add(party.symbolWords, { target, kind: 'party', label, strong: false });
      add(
        [
          `partai nomor ${party.number}`,
          `partai no ${party.number}`,
          `partai nomor urut ${party.number}`,
          `coblos partai ${party.number}`,
          `partai ${party.number}`,
        ],
        { target, kind: 'party_number', label, strong: true },
      );
    }
  }
  for (const x of input.extra ?? EXTRA_FORMS) {
    const strong =
      x.kind === 'name' || x.kind === 'misspelling' || x.kind === 'hashtag' || x.kind === 'number';
    add(x.forms, { target: x.target, kind: x.kind, label: x.label, strong });
  }
  for (const c of input.calegs ?? []) {
    const multi = /\s/.test(c.name.trim());
    const label = `caleg ${c.name}${c.party ? ` (${c.party})` : ''}${c.note ? `, ${c.note}` : ''}`;
    add([c.name], { target: 'caleg', kind: 'caleg', label, strong: multi });
  }
  return out;
}

const KIND_LABEL_GENERIC: Partial<Record<LexKind, string>> = {
  number: 'nomor urut',
  hand_sign: 'salam jari',
  nickname: 'nama panggilan',
  name: 'nama',
  hashtag: 'tagar',
};

const CAMEL_WORD_RE = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+/gu;

/**
 * Words hashtags may be split into: the lexicon's words (camel-case split, so "#PrabowoGemoy" yields
 * "prabowo" and "gemoy") plus common campaign words. A long word that other words already cover
 * ("prabowogemoy") is left out, so the lower-case hashtag is split the same way as the camel-case one.
 */
export function segmentationVocabulary(forms: readonly string[]): Set<string> {
  const words = new Set<string>(SEGMENT_WORDS);
  for (const f of forms)
    for (const w of f.match(CAMEL_WORD_RE) ?? []) if (w.length >= 2) words.add(w.toLowerCase());
  const short = new Set([...words].filter((w) => w.length < 9));
  const coverable = (w: string): boolean => {
    const ok: boolean[] = new Array(w.length + 1).fill(false);
    ok[0] = true;
    for (let i = 0; i < w.length; i++) {
      if (!ok[i]) continue;
      for (let j = i + 2; j <= w.length && j - i < 9; j++) if (short.has(w.slice(i, j))) ok[j] = true;
    }
    return ok[w.length];
  };
  for (const w of [...words]) if (w.length >= 9 && coverable(w)) words.delete(w);
  return words;
}

/** Above this many keys the double-array build gets slow (quadratic); the Map trie takes over. */
export const DOUBLE_ARRAY_MAX_KEYS = 10_000;

export interface Lexicon {
  normalise: Normalise;
  /** number of distinct keys in the automaton */
  size: number;
  match(n: Normalised): LexMatch[];
  /** every key with its referents (tests and debugging) */
  entries(): IterableIterator<[string, Referent[]]>;
}

export function compileLexicon(input: LexiconInput): Lexicon {
  const forms = collectForms(input);
  const normalise = createNormaliser({ vocabulary: segmentationVocabulary(forms.map((f) => f.form)) });
  const byKey = new Map<string, Referent[]>();
  for (const f of forms) {
    const key = normalise(f.form).text;
    const core = key.trim();
    if (!core || /^\p{L}{1,2}$/u.test(core) || FUNCTION_WORDS.has(core)) continue;
    const ref = AMBIGUOUS.has(core) && f.ref.strong ? { ...f.ref, strong: false } : f.ref;
    const list = byKey.get(key);
    if (!list) byKey.set(key, [ref]);
    else {
      // one referent per (target, kind): "02" names a pair in many regional contests at once
      const same = list.findIndex((r) => r.target === ref.target && r.kind === ref.kind);
      if (same < 0) list.push(ref);
      else if (list[same].label !== ref.label && ref.target === 'cakada')
        list[same] = {
          ...list[same],
          label: `${KIND_LABEL_GENERIC[ref.kind] ?? ref.kind} calon kepala daerah`,
          contestId: undefined,
          strong: list[same].strong || ref.strong,
        };
    }
  }
  const keys = [...byKey.keys()];
  const ac =
    keys.length <= DOUBLE_ARRAY_MAX_KEYS ? new DoubleArrayAhoCorasick(keys) : new MapTrieAhoCorasick(keys);

  function match(n: Normalised): LexMatch[] {
    const raw = ac.matchInText(n.text);
    if (raw.length === 0) return [];
    // keep the longest matches: drop any match inside another one
    raw.sort((a, b) => a.begin - b.begin || b.end - a.end);
    const out: LexMatch[] = [];
    let coverEnd = -1;
    for (const m of raw) {
      if (m.end <= coverEnd) {
        // a form inside a longer one ("prabowo" in "prabowo gibran istimewa") lends it its referents
        const host = out[out.length - 1];
        if (!host) continue;
        for (const r of byKey.get(m.keyword)!)
          if (!host.referents.some((h) => h.target === r.target && h.kind === r.kind))
            host.referents = [...host.referents, r];
        continue;
      }
      coverEnd = m.end;
      const span = originalSpan(n, m.begin, m.end);
      if (!span) continue;
      out.push({
        start: span.start,
        end: span.end,
        text: n.original.slice(span.start, span.end),
        first: span.first,
        last: span.last,
        key: m.keyword,
        referents: byKey.get(m.keyword)!,
      });
    }
    return out;
  }

  return { normalise, size: byKey.size, match, entries: () => byKey.entries() };
}
