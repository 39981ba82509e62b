// `npm run train:stance`: rebuilds stance-model.bin and metrics.json from the labels in labels/, the own
// examples in own-examples.jsonl and the post texts in ../shared/corpus (read at training time only;
// never copied into the repo). Deterministic: fixed seed, fixed order, id-hash split. The test split
// (splitOf(id) === 'test') is never trained on and the threshold is picked on the validation split.
// Options: --corpus <dir>  --out <dir>  --seed <n>  --epochs <n> --lr <x> --l2 <x> --oppose-weight <x>  --dry (report only)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stance } from '@netra/shared';
import { extractFeatures, findCues, type FeatureVector } from '../../domain/detect/text/features.ts';
import { compileLexicon } from '../../domain/detect/text/lexicon.ts';
import { trainLinearModel } from '../../domain/detect/text/linear-model.ts';
import { scoreStance, splitOf, type Scored, type Split } from '../../domain/detect/text/metrics.ts';
import {
  emptyStanceModel,
  encodeStanceModel,
  STANCE_CLASSES,
  TARGET_CLASSES,
} from '../../domain/detect/text/stance-model.ts';
import { createTextDetector } from '../../domain/detect/text/text.detector.ts';
import { loadShippedPacks } from '../../modules/rulebook/shipped-data.ts';
import { createStemmer } from './text-detector.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = path.resolve(HERE, '../../../../..');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

const corpusDir = path.resolve(arg('corpus', path.join(ROOT, '../shared/corpus')));
const outDir = path.resolve(arg('out', HERE));
const seed = Number(arg('seed', '20240214'));
const epochs = Number(arg('epochs', '20'));
const learningRate = Number(arg('lr', '0.1'));
const l2 = Number(arg('l2', '1e-6'));
const dry = process.argv.includes('--dry');

type Source = 'posts' | 'pilkada' | 'general' | 'own';
interface Example {
  id: string;
  text: string;
  stance: Stance;
  target: string | null;
  source: Source;
  kind?: string;
  split: Split;
}

function readJsonl(file: string): any[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e: any) {
        throw new Error(`${file}:${i + 1}: ${e.message}`);
      }
    });
}

const STANCE_SET = new Set<string>(STANCE_CLASSES);

function loadExamples() {
  const labels = new Map<string, { stance: Stance; target: string | null }>();
  const labelFiles = ['posts.a.labels.jsonl', 'posts.b.labels.jsonl', 'pilkada.labels.jsonl'].map((f) =>
    path.join(HERE, 'labels', f),
  );
  const labelCounts: Record<string, number> = {};
  for (const f of labelFiles) {
    if (!existsSync(f)) continue;
    const rows = readJsonl(f);
    labelCounts[path.basename(f)] = rows.length;
    for (const r of rows) {
      if (!STANCE_SET.has(r.stance)) throw new Error(`${f}: ${r.id}: bad stance ${r.stance}`);
      labels.set(r.id, { stance: r.stance, target: r.stance === 'neutral' ? null : (r.target ?? null) });
    }
  }
  const out: Example[] = [];
  const corpus = existsSync(corpusDir);
  if (corpus) {
    for (const [file, source] of [
      ['posts.jsonl', 'posts'],
      ['posts_pilkada2024.jsonl', 'pilkada'],
    ] as const) {
      for (const p of readJsonl(path.join(corpusDir, file))) {
        const l = labels.get(p.id);
        if (l) out.push({ id: p.id, text: p.text, ...l, source, split: splitOf(p.id) });
      }
    }
    for (const p of readJsonl(path.join(corpusDir, 'general.jsonl')))
      out.push({
        id: p.id,
        text: p.text,
        stance: 'neutral',
        target: null,
        source: 'general',
        split: splitOf(p.id),
      });
  }
  for (const o of readJsonl(path.join(HERE, 'own-examples.jsonl')))
    out.push({
      id: o.id,
      text: o.text,
      stance: o.stance,
      target: o.target ?? null,
      source: 'own',
      kind: o.kind,
      split: splitOf(o.id),
    });
  return { examples: out, labelCounts, corpus };
}

function targetClass(t: string | null): number {
  if (!t) return -1;
  const c = t.startsWith('party:') ? 'party' : t;
  return (TARGET_CLASSES as readonly string[]).indexOf(c);
}

function main() {
  const { examples, labelCounts, corpus } = loadExamples();
  if (!corpus) console.warn(`! corpus not found at ${corpusDir}: training on own examples only`);
  const packs = loadShippedPacks();
  const lexicon = compileLexicon({ packs });
  const stem = createStemmer();
  const model = emptyStanceModel({
    featureBits: 17,
    stanceBits: 17,
    targetBits: 16,
    stem: true,
    threshold: 0.5,
    training: {},
  });
  const fopts = { bits: model.meta.featureBits, stem };
  const feats = new Map<string, FeatureVector>();
  for (const e of examples) {
    const n = lexicon.normalise(e.text);
    feats.set(e.id, extractFeatures(n, lexicon.match(n), findCues(n), fopts));
  }
  const train = examples.filter((e) => e.split === 'train');
  const xs = train.map((e) => feats.get(e.id)!);
  const ys = train.map((e) => STANCE_CLASSES.indexOf(e.stance as (typeof STANCE_CLASSES)[number]));
  // own civil-servant examples are few but they are the register the product sees: weigh them up
  // oppose posts are a sixth of the corpus and mostly sarcasm: weigh them up so the class is learnt
  const opposeWeight = Number(arg('oppose-weight', '3'));
  // own examples are mostly neutral; their partisan ones are weighed so both sides count the same, or the
  // model learns "official register = neutral" and misses an ASN who campaigns in that register
  const ownTrain = train.filter((e) => e.source === 'own');
  const ownPartisan = ownTrain.filter((e) => e.stance !== 'neutral').length;
  const ownBalance = ownPartisan ? (ownTrain.length - ownPartisan) / ownPartisan : 1;
  const sourceWeight = (e: Example) =>
    e.source === 'own' ? (e.stance === 'neutral' ? 3 : 3 * ownBalance) : e.source === 'general' ? 0.5 : 1;
  const weight = (i: number) =>
    sourceWeight(train[i]) * (train[i].stance === 'oppose' && train[i].source !== 'own' ? opposeWeight : 1);
  const stanceLoss = trainLinearModel(model.stance, xs, ys, {
    epochs,
    learningRate,
    l2,
    seed,
    sampleWeight: weight,
  });

  const tTrain = train.filter((e) => e.stance !== 'neutral' && targetClass(e.target) >= 0);
  const targetLoss = trainLinearModel(
    model.target,
    tTrain.map((e) => feats.get(e.id)!),
    tTrain.map((e) => targetClass(e.target)),
    { epochs, learningRate, l2, seed: seed + 1 },
  );

  // threshold: the lowest score that keeps partisan precision ≥ 0.96 on the validation split
  const detector = createTextDetector({ lexicon, model, stem, config: { threshold: 0.5 } });
  const scoreOf = (e: Example) => detector(e.text, { id: e.id, date: '2024-01-15' }).score;
  const valid = examples.filter((e) => e.split === 'valid').map((e) => ({ e, s: scoreOf(e) }));
  let threshold = 0.5;
  for (let t = 0.2; t <= 0.9001; t += 0.01) {
    const flagged = valid.filter((v) => v.s >= t);
    const tp = flagged.filter((v) => v.e.stance !== 'neutral').length;
    if (flagged.length && tp / flagged.length >= 0.96) {
      threshold = Math.round(t * 100) / 100;
      break;
    }
  }
  model.meta.threshold = threshold;
  // recall at precision ≥ 0.95 on validation: the number hyper-parameters are compared by
  const sorted = [...valid].sort((a, b) => b.s - a.s);
  const positives = valid.filter((v) => v.e.stance !== 'neutral').length;
  let tpRun = 0;
  let bestRecall = 0;
  sorted.forEach((v, i) => {
    if (v.e.stance !== 'neutral') tpRun++;
    if (tpRun / (i + 1) >= 0.95) bestRecall = Math.max(bestRecall, tpRun / positives);
  });
  if (dry) {
    console.log(JSON.stringify({ epochs, learningRate, l2, threshold, validRecallAtP95: bestRecall }));
    return;
  }

  const final = createTextDetector({ lexicon, model, stem });
  const scoreSet = (rows: Example[]): Scored[] =>
    rows.map((e) => {
      const d = final(e.text, { id: e.id, date: '2024-01-15' });
      return { gold: { stance: e.stance, target: e.target }, pred: { stance: d.stance, target: d.target } };
    });
  const test = examples.filter((e) => e.split === 'test');
  const corpusTest = test.filter((e) => e.source === 'posts' || e.source === 'pilkada');
  const generalTest = test.filter((e) => e.source === 'general');
  const generalAll = examples.filter((e) => e.source === 'general');
  const ownTest = test.filter((e) => e.source === 'own');
  const ownHardNeg = examples.filter((e) => e.source === 'own' && e.stance === 'neutral');
  const fpRate = (rows: Example[]) =>
    rows.length ? scoreSet(rows).filter((r) => r.pred.stance !== 'neutral').length / rows.length : 0;
  const count = (rows: Example[]) => ({
    n: rows.length,
    support: rows.filter((e) => e.stance === 'support').length,
    oppose: rows.filter((e) => e.stance === 'oppose').length,
    neutral: rows.filter((e) => e.stance === 'neutral').length,
  });

  const metrics = {
    trainedWith: {
      labelFiles: labelCounts,
      corpusPresent: corpus,
      train: count(train),
      valid: count(examples.filter((e) => e.split === 'valid')),
      test: count(test),
      bySource: Object.fromEntries(
        (['posts', 'pilkada', 'general', 'own'] as const).map((s) => [
          s,
          count(examples.filter((e) => e.source === s)),
        ]),
      ),
      stanceLoss,
      targetLoss,
      seed,
    },
    threshold,
    heldOut: {
      corpus: scoreStance(scoreSet(corpusTest)),
      generalFalsePositiveRate: { test: fpRate(generalTest), nTest: generalTest.length },
      own: scoreStance(scoreSet(ownTest)),
      ownHardNegativeFalsePositiveRate: {
        test: fpRate(ownTest.filter((e) => e.stance === 'neutral')),
        nTest: ownTest.filter((e) => e.stance === 'neutral').length,
      },
    },
    // not held out (70% of these were trained on): shown for orientation only
    seen: {
      generalFalsePositiveRateAll: fpRate(generalAll),
      ownHardNegativeFalsePositiveRateAll: fpRate(ownHardNeg),
    },
  };
  model.meta.training = { ...metrics.trainedWith, threshold };
  const bin = encodeStanceModel(model);
  writeFileSync(path.join(outDir, 'stance-model.bin'), bin);
  writeFileSync(path.join(outDir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  const c = metrics.heldOut.corpus;
  console.log(
    JSON.stringify({
      modelBytes: bin.length,
      threshold,
      heldOutCorpus: {
        n: c.n,
        partisanPrecision: c.partisan.precision,
        partisanRecall: c.partisan.recall,
        targetAccuracy: c.target.accuracy,
        accuracy: c.accuracy,
      },
      generalFP: metrics.heldOut.generalFalsePositiveRate,
      ownHardNegFP: metrics.heldOut.ownHardNegativeFalsePositiveRate,
      seen: metrics.seen,
      train: metrics.trainedWith.train,
    }),
  );
}

main();
