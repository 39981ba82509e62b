// Builds the text detector the product ships: lexicon from the shipped election packs, the committed
// stance model file, the sastrawijs stemmer, and the rulebook adapter. The one place that reads the model
// file; every caller (API, CLI, bench, training report) goes through here so they behave the same.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Stemmer } from 'sastrawijs';
import type { ElectionPack, PostDetection } from '@netra/shared';
import { compileLexicon, type CalegName, type Lexicon } from '../../domain/detect/text/lexicon.ts';
import { decodeStanceModel, type StanceModel } from '../../domain/detect/text/stance-model.ts';
import {
  createTextDetector,
  type RuleQuery,
  type TextDetectorConfig,
} from '../../domain/detect/text/text.detector.ts';
import { loadShippedPacks } from '../../modules/rulebook/shipped-data.ts';
import { ruleForPost } from './rule-adapter.ts';

export const STANCE_MODEL_PATH = fileURLToPath(new URL('./stance-model.bin', import.meta.url));

let cachedModel: StanceModel | null = null;
export function loadStanceModel(path = STANCE_MODEL_PATH): StanceModel {
  if (path === STANCE_MODEL_PATH && cachedModel) return cachedModel;
  const m = decodeStanceModel(readFileSync(path));
  if (path === STANCE_MODEL_PATH) cachedModel = m;
  return m;
}

/** Memoised sastrawijs stem: social-media vocabulary is Zipfian, so the cache absorbs most calls. */
export function createStemmer(): (w: string) => string {
  const s = new Stemmer();
  const cache = new Map<string, string>();
  return (w: string): string => {
    let r = cache.get(w);
    if (r === undefined) {
      r = s.stem(w);
      if (cache.size > 200_000) cache.clear();
      cache.set(w, r);
    }
    return r;
  };
}

export interface BuildDetectorOptions {
  packs?: readonly ElectionPack[];
  calegs?: readonly CalegName[];
  model?: StanceModel;
  config?: Partial<TextDetectorConfig>;
  ruleFor?: (q: RuleQuery) => ReturnType<typeof ruleForPost>;
}

export function buildTextDetector(o: BuildDetectorOptions = {}) {
  const packs = o.packs ?? loadShippedPacks();
  const lexicon: Lexicon = compileLexicon({ packs, calegs: o.calegs });
  const model = o.model ?? loadStanceModel();
  const ruleFor = o.ruleFor ?? ((q: RuleQuery) => ruleForPost(q, packs));
  // the verdict depends only on these fields, and a stream has few distinct (target, date) pairs
  const rules = new Map<string, ReturnType<typeof ruleForPost>>();
  const detect = createTextDetector({
    lexicon,
    model,
    stem: createStemmer(),
    config: o.config,
    ruleFor: (q) => {
      const key = `${q.stance}|${q.target}|${q.date}|${q.contestId ?? ''}|${q.targetLabel}`;
      let r = rules.get(key);
      if (r === undefined) {
        r = ruleFor(q);
        if (rules.size > 10_000) rules.clear();
        rules.set(key, r);
      }
      return r;
    },
  });
  return { lexicon, model, detect };
}

let shared: ReturnType<typeof buildTextDetector> | null = null;

/** The process-wide detector with shipped packs and model (built on first use). */
export function detectText(text: string, opts: { date: string; id?: string }): PostDetection {
  shared ??= buildTextDetector();
  return shared.detect(text, opts);
}
