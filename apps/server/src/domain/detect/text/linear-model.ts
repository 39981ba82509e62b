// Multinomial logistic regression over hashed features, with a deterministic trainer (seeded shuffle,
// AdaGrad, L2). Weights are laid out feature-major (w[f * classes + c]) so one post touches contiguous
// memory. Pure: the training script in ml/stance/ does the reading and writing.
import type { FeatureVector } from './features.ts';

export interface LinearModel {
  classes: readonly string[];
  bits: number;
  weights: Float32Array;
}

export function createLinearModel(classes: readonly string[], bits: number): LinearModel {
  return { classes, bits, weights: new Float32Array(classes.length << bits) };
}

/** Class probabilities (softmax), written into `out` when given. */
export function predictProba(m: LinearModel, x: FeatureVector, out?: Float64Array): Float64Array {
  const C = m.classes.length;
  const mask = (1 << m.bits) - 1;
  const z = out ?? new Float64Array(C);
  z.fill(0);
  const w = m.weights;
  if (C === 3) {
    // the stance model: three running sums in registers instead of a Float64Array
    let a = 0;
    let b = 0;
    let c = 0;
    const idx = x.idx;
    for (let i = 0; i < idx.length; i++) {
      const base = (idx[i] & mask) * 3;
      a += w[base];
      b += w[base + 1];
      c += w[base + 2];
    }
    a *= x.scale;
    b *= x.scale;
    c *= x.scale;
    const meta = x.meta;
    for (let i = 0; i < meta.length; i++) {
      const base = (meta[i] & mask) * 3;
      a += w[base];
      b += w[base + 1];
      c += w[base + 2];
    }
    z[0] = a;
    z[1] = b;
    z[2] = c;
    return softmaxInPlace(z, C);
  }
  for (let i = 0; i < x.idx.length; i++) {
    const base = (x.idx[i] & mask) * C;
    for (let c = 0; c < C; c++) z[c] += w[base + c] * x.scale;
  }
  for (let i = 0; i < x.meta.length; i++) {
    const base = (x.meta[i] & mask) * C;
    for (let c = 0; c < C; c++) z[c] += w[base + c];
  }
  return softmaxInPlace(z, C);
}

function softmaxInPlace(z: Float64Array, C: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, z[c]);
  let sum = 0;
  for (let c = 0; c < C; c++) {
    z[c] = Math.exp(z[c] - max);
    sum += z[c];
  }
  for (let c = 0; c < C; c++) z[c] /= sum;
  return z;
}

/** Weight of one hashed feature toward a class (for evidence: which words pushed the decision). */
export function featureWeight(m: LinearModel, feature: number, cls: number): number {
  return m.weights[(feature & ((1 << m.bits) - 1)) * m.classes.length + cls];
}

/** Small seeded PRNG (mulberry32): the same seed gives the same model. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** per-example weights (class balance, own examples count more) */
  sampleWeight?: (i: number) => number;
}

/** Trains `m` in place on (x, y) with AdaGrad; returns the mean log-loss of the last epoch. */
export function trainLinearModel(
  m: LinearModel,
  xs: readonly FeatureVector[],
  ys: readonly number[],
  o: TrainOptions,
): number {
  const C = m.classes.length;
  const mask = (1 << m.bits) - 1;
  const g2 = new Float32Array(m.weights.length).fill(1e-6);
  const rand = mulberry32(o.seed);
  const order = xs.map((_, i) => i);
  const p = new Float64Array(C);
  let loss = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    loss = 0;
    for (const k of order) {
      const x = xs[k];
      const sw = o.sampleWeight ? o.sampleWeight(k) : 1;
      predictProba(m, x, p);
      loss -= Math.log(Math.max(1e-12, p[ys[k]])) * sw;
      const update = (f: number, v: number) => {
        const base = (f & mask) * C;
        for (let c = 0; c < C; c++) {
          const grad = (p[c] - (c === ys[k] ? 1 : 0)) * v * sw + o.l2 * m.weights[base + c];
          g2[base + c] += grad * grad;
          m.weights[base + c] -= (o.learningRate * grad) / Math.sqrt(g2[base + c]);
        }
      };
      for (let i = 0; i < x.idx.length; i++) update(x.idx[i], x.scale);
      for (let i = 0; i < x.meta.length; i++) update(x.meta[i], 1);
    }
    loss /= order.length;
  }
  return loss;
}
