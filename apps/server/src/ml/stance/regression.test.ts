// A fixed, hand-written labelled set (regression.jsonl: synthetic civil-servant posts, never trained on)
// whose scores may not fall. If a retrain or a lexicon change drops them, this fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreStance } from '../../domain/detect/text/metrics.ts';
import { buildTextDetector } from './text-detector.ts';

const rows = readFileSync(new URL('./regression.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(
    (l) =>
      JSON.parse(l) as {
        id: string;
        text: string;
        stance: 'support' | 'oppose' | 'neutral';
        target: string | null;
        date: string;
      },
  );

describe('regression set', () => {
  const { detect } = buildTextDetector();
  const scored = rows.map((r) => ({ r, d: detect(r.text, { id: r.id, date: r.date }) }));
  const m = scoreStance(
    scored.map(({ r, d }) => ({
      gold: { stance: r.stance, target: r.target },
      pred: { stance: d.stance, target: d.target },
    })),
  );

  it('keeps its partisan precision, recall and target accuracy', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(m.partisan.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.partisan.recall).toBeGreaterThanOrEqual(0.85);
    expect(m.target.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at most one of its civil-servant hard negatives (≤ 5%)', () => {
    const negatives = scored.filter(({ r }) => r.stance === 'neutral');
    const flagged = negatives.filter(({ d }) => d.stance !== 'neutral');
    expect(negatives.length).toBeGreaterThanOrEqual(25);
    expect(flagged.map(({ r }) => r.text)).toEqual([]);
  });

  it('gives every flag evidence that points into the text, a rule by date and an Indonesian explanation', () => {
    for (const { r, d } of scored) {
      for (const e of d.evidence) expect(r.text.slice(e.start, e.end)).toBe(e.text);
      if (d.stance === 'neutral') {
        expect(d.rule).toBeNull();
        expect(d.target).toBeNull();
      } else {
        expect(d.evidence.length).toBeGreaterThan(0);
        expect(d.rule?.id).toMatch(/^skb-[ed]02$/);
        expect(d.explanation).toMatch(/Unggahan ini dinilai/);
      }
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
    }
  });
});
