import { describe, expect, it } from 'vitest';
import { fillMonths } from './months.ts';

describe('fillMonths', () => {
  it('orders months, fills the gaps with zero and labels them', () => {
    const out = fillMonths(
      [
        { key: '2024-11', label: '', count: 2 },
        { key: '2024-09', label: '', count: 1 },
      ],
      'en-GB',
    );
    expect(out.map((b) => [b.key, b.count])).toEqual([
      ['2024-09', 1],
      ['2024-10', 0],
      ['2024-11', 2],
    ]);
    expect(out[0]!.label).toMatch(/^Sep.* 2024$/);
  });
  it('crosses a year boundary and ignores keys that are not months', () => {
    const out = fillMonths(
      [
        { key: '2025-01', label: '', count: 1 },
        { key: '2024-12', label: '', count: 1 },
        { key: '-', label: '', count: 9 },
      ],
      'en-GB',
    );
    expect(out.map((b) => b.key)).toEqual(['2024-12', '2025-01']);
  });
});
