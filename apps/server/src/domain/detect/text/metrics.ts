// Scoring of stance predictions against labels: per-class precision/recall/F1, the confusion matrix,
// partisan (support or oppose) versus neutral precision/recall, and target accuracy on the posts that are
// partisan in the labels and were also flagged partisan. Also the id-hash split the training never crosses.
import { STANCES, type Stance } from '@netra/shared';
import { fnv } from './features.ts';

export type Split = 'train' | 'valid' | 'test';

/** Stable split by id: 20% test, 10% validation, 70% train. */
export function splitOf(id: string): Split {
  const b = fnv('split:' + id) % 10;
  return b < 2 ? 'test' : b === 2 ? 'valid' : 'train';
}

export interface Scored {
  gold: { stance: Stance; target: string | null };
  pred: { stance: Stance; target: string | null };
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface StanceMetrics {
  n: number;
  perClass: Record<Stance, ClassScore>;
  /** confusion[gold][pred] */
  confusion: Record<Stance, Record<Stance, number>>;
  partisan: ClassScore & { tp: number; fp: number; fn: number; tn: number; falsePositiveRate: number };
  target: { accuracy: number; n: number };
  accuracy: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreStance(rows: readonly Scored[]): StanceMetrics {
  const confusion = Object.fromEntries(
    STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))]),
  ) as StanceMetrics['confusion'];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let tHit = 0;
  let tN = 0;
  let correct = 0;
  for (const r of rows) {
    confusion[r.gold.stance][r.pred.stance]++;
    if (r.gold.stance === r.pred.stance) correct++;
    const g = r.gold.stance !== 'neutral';
    const p = r.pred.stance !== 'neutral';
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
    if (g && p && r.gold.target) {
      tN++;
      if (r.pred.target === r.gold.target) tHit++;
    }
  }
  const perClass = {} as Record<Stance, ClassScore>;
  for (const s of STANCES) {
    const hit = confusion[s][s];
    const predicted = STANCES.reduce((a, g) => a + confusion[g][s], 0);
    const actual = STANCES.reduce((a, p) => a + confusion[s][p], 0);
    const precision = ratio(hit, predicted);
    const recall = ratio(hit, actual);
    perClass[s] = { precision, recall, f1: f1(precision, recall), support: actual };
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    n: rows.length,
    perClass,
    confusion,
    partisan: {
      precision,
      recall,
      f1: f1(precision, recall),
      support: tp + fn,
      tp,
      fp,
      fn,
      tn,
      falsePositiveRate: ratio(fp, fp + tn),
    },
    target: { accuracy: ratio(tHit, tN), n: tN },
    accuracy: ratio(correct, rows.length),
  };
}

/** Plain-text report (the `netra eval` default output). */
export function formatStanceMetrics(m: StanceMetrics): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const lines = [
    `posts: ${m.n}   accuracy: ${pct(m.accuracy)}%`,
    '',
    'class      precision  recall   F1     n',
  ];
  for (const s of STANCES) {
    const c = m.perClass[s];
    lines.push(`${s.padEnd(10)} ${pct(c.precision)}%   ${pct(c.recall)}%  ${pct(c.f1)}%  ${c.support}`);
  }
  lines.push(
    '',
    'confusion (rows = label, columns = detector)',
    `${''.padEnd(10)} ${STANCES.map((s) => s.padStart(8)).join(' ')}`,
  );
  for (const g of STANCES)
    lines.push(`${g.padEnd(10)} ${STANCES.map((p) => String(m.confusion[g][p]).padStart(8)).join(' ')}`);
  const p = m.partisan;
  lines.push(
    '',
    `partisan vs neutral: precision ${pct(p.precision)}%  recall ${pct(p.recall)}%  F1 ${pct(p.f1)}%  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn}, tn ${p.tn}; FP rate ${pct(p.falsePositiveRate)}%)`,
    `target accuracy: ${pct(m.target.accuracy)}% on ${m.target.n} posts partisan in both`,
  );
  return lines.join('\n');
}
