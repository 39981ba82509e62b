// `npm run bench -- text [--json]`: throughput of the text detector on one core (this process is single
// threaded) over real posts from ../shared/corpus (own examples when the corpus is absent):
//   text.detect     full detector (normalise + lexicon + features + both classifiers + evidence)
//   text.lexicon    normaliser + Aho-Corasick lexicon pass alone
//   text.lexicon300k the lexicon pass with 300,000 extra caleg names compiled in
// each against a naive baseline over the same posts in the same run: one RegExp per lexicon entry.
// Prints one JSON line per measurement: {name, unit, value, baseline, ratio, ...}; peak memory last.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileLexicon,
  type CalegName,
  type Lexicon,
} from '../apps/server/src/domain/detect/text/lexicon.ts';
import { mulberry32 } from '../apps/server/src/domain/detect/text/linear-model.ts';
import { buildTextDetector } from '../apps/server/src/ml/stance/text-detector.ts';
import { loadShippedPacks } from '../apps/server/src/modules/rulebook/shipped-data.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const corpus = path.resolve(ROOT, '../shared/corpus');

function readTexts(): { texts: string[]; source: string } {
  const files = ['posts.jsonl', 'posts_pilkada2024.jsonl', 'general.jsonl'].map((f) => path.join(corpus, f));
  if (files.every(existsSync)) {
    const texts = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).text as string),
    );
    return { texts, source: '../shared/corpus (posts, pilkada, general)' };
  }
  const own = path.join(ROOT, 'apps/server/src/ml/stance/own-examples.jsonl');
  return {
    texts: readFileSync(own, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text as string),
    source: 'own-examples.jsonl (corpus absent)',
  };
}

let peakRss = 0;
let peakHeap = 0;
function sampleMemory() {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

/** posts per second of `fn` over `texts`, repeated until at least `minMs` have passed */
function throughput(texts: readonly string[], fn: (t: string) => unknown, minMs = 1500): number {
  for (let i = 0; i < Math.min(texts.length, 2000); i++) fn(texts[i]); // warm-up (JIT, caches)
  let n = 0;
  const t0 = performance.now();
  let el = 0;
  do {
    for (const t of texts) fn(t);
    n += texts.length;
    el = performance.now() - t0;
    sampleMemory();
  } while (el < minMs);
  return (n / el) * 1000;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The naive matcher the issue compares against: one case-insensitive RegExp per lexicon form. */
function naiveMatcher(lexicon: Lexicon, limit = Infinity) {
  const res: RegExp[] = [];
  for (const [key] of lexicon.entries())
    if (res.length < limit)
      res.push(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(key.trim())}(?![\\p{L}\\p{N}])`, 'iu'));
  return (text: string) => {
    let hits = 0;
    for (const re of res) if (re.test(text)) hits++;
    return hits;
  };
}

function syntheticCalegs(n: number): CalegName[] {
  const first = [
    'Ahmad',
    'Siti',
    'Budi',
    'Dewi',
    'Rahmat',
    'Nur',
    'Agus',
    'Sri',
    'Hendra',
    'Yuli',
    'Andi',
    'Rina',
    'Fajar',
    'Lina',
    'Bayu',
    'Wati',
    'Joko',
    'Tuti',
    'Rudi',
    'Maya',
  ];
  const syl = [
    'sa',
    'ri',
    'ma',
    'wan',
    'ti',
    'no',
    'di',
    'ka',
    'lu',
    'har',
    'yo',
    'ni',
    'sur',
    'ja',
    'to',
    'pra',
    'se',
    'ty',
    'ra',
    'ha',
  ];
  const rand = mulberry32(7);
  const r = () => Math.floor(rand() * 1_000_000);
  const out: CalegName[] = [];
  for (let i = 0; i < n; i++) {
    let last = '';
    for (let k = 0; k < 4 + (r() % 3); k++) last += syl[r() % syl.length];
    out.push({
      name: `${first[r() % first.length]} ${last[0].toUpperCase()}${last.slice(1)}`,
      party: 'Partai Contoh',
    });
  }
  return out;
}

function emit(line: Record<string, unknown>) {
  if (json) console.log(JSON.stringify(line));
  else {
    const v =
      typeof line.value === 'number' ? Math.round(line.value as number).toLocaleString('en') : line.value;
    console.log(
      `${String(line.name).padEnd(22)} ${v} ${line.unit}${line.baseline !== undefined ? `  (naive ${Math.round(line.baseline as number).toLocaleString('en')}, ×${line.ratio})` : ''}`,
    );
  }
}

const { texts, source } = readTexts();
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// full detector vs naive
const { detect, lexicon } = buildTextDetector();
const naive = naiveMatcher(lexicon);
const date = '2024-01-15';
sampleMemory();
const detectRate = throughput(texts, (t) => detect(t, { date }));
const lexRate = throughput(texts, (t) => lexicon.match(lexicon.normalise(t)));
const naiveSample = texts.slice(0, 3000);
const naiveRate = throughput(naiveSample, naive, 1000);
emit({
  name: 'text.detect',
  unit: 'posts/s',
  value: round(detectRate),
  baseline: round(naiveRate),
  ratio: round(detectRate / naiveRate, 2),
  posts: texts.length,
  source,
  target: 20000,
  meetsTarget: detectRate >= 20000,
  baselineKind: 'one RegExp per lexicon entry (lexicon only)',
  lexiconKeys: lexicon.size,
});
emit({
  name: 'text.lexicon',
  unit: 'posts/s',
  value: round(lexRate),
  baseline: round(naiveRate),
  ratio: round(lexRate / naiveRate, 2),
  posts: texts.length,
  lexiconKeys: lexicon.size,
});

// 300,000 caleg names
const calegs = syntheticCalegs(300_000);
const t0 = performance.now();
const big = compileLexicon({ packs: loadShippedPacks(), calegs });
const buildMs = performance.now() - t0;
sampleMemory();
(globalThis as { gc?: () => void }).gc?.();
const lexiconRssMB = round(process.memoryUsage().rss / 1e6);
const lexiconHeapMB = round(process.memoryUsage().heapUsed / 1e6);
const rssBeforeNaive = peakRss;
const heapBeforeNaive = peakHeap;
// a few posts name a caleg so the automaton has real hits to report
const withNames = texts.map((t, i) => (i % 50 === 0 ? `${t} dukung ${calegs[i % calegs.length].name}` : t));
const bigRate = throughput(withNames, (t) => big.match(big.normalise(t)));
// 300k compiled RegExps do not fit in the heap: time 20,000 of them and scale by the entry count
// (the naive matcher's cost is linear in the number of entries)
const NAIVE_ENTRIES = 20_000;
const bigNaive = naiveMatcher(big, NAIVE_ENTRIES);
const bigNaiveRate = (throughput(withNames.slice(0, 200), bigNaive, 1000) * NAIVE_ENTRIES) / big.size;
emit({
  name: 'text.lexicon300k',
  unit: 'posts/s',
  value: round(bigRate),
  baseline: round(bigNaiveRate, 2),
  ratio: round(bigRate / bigNaiveRate, 0),
  lexiconKeys: big.size,
  buildMs: Math.round(buildMs),
  rssAfterBuildMB: lexiconRssMB,
  heapAfterBuildMB: lexiconHeapMB,
  baselineExtrapolatedFrom: NAIVE_ENTRIES,
});
sampleMemory();
emit({
  name: 'text.memory',
  unit: 'MB',
  value: round(rssBeforeNaive / 1e6),
  rssPeakMB: round(rssBeforeNaive / 1e6),
  heapPeakMB: round(heapBeforeNaive / 1e6),
  rssPeakWithNaiveBaselineMB: round(peakRss / 1e6),
  note: 'peak RSS of the detector and the 300k-name lexicon; the last field includes the 20,000 compiled RegExps of the naive baseline',
});
