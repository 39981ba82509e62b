import { describe, expect, it } from 'vitest';
import { splitBySpans } from './evidence-spans.ts';

const span = (start: number, end: number, text: string) => ({ kind: 'span' as const, start, end, text, why: 'w' });

describe('splitBySpans', () => {
  it('alternates plain and highlighted pieces in order', () => {
    const parts = splitBySpans('ayo coblos nomor 2 ya', [span(11, 18, 'nomor 2'), span(4, 10, 'coblos')]);
    expect(parts.map((p) => [p.text, !!p.span])).toEqual([
      ['ayo ', false],
      ['coblos', true],
      [' ', false],
      ['nomor 2', true],
      [' ya', false],
    ]);
  });
  it('drops overlapping and out-of-range spans instead of duplicating text', () => {
    const parts = splitBySpans('abcdef', [span(0, 4, 'abcd'), span(2, 5, 'cde'), span(3, 99, 'x')]);
    expect(parts.map((p) => p.text).join('')).toBe('abcdef');
    expect(parts.filter((p) => p.span)).toHaveLength(1);
  });
});
