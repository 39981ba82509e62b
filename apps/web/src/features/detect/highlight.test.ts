import { describe, expect, it } from 'vitest';
import { evidenceTone, highlightPieces } from './highlight.ts';

describe('highlightPieces', () => {
  it('splits the text around spans, keeps emoji intact, drops overlapping and out-of-range spans', () => {
    const text = 'Ayo coblos 02 ✌️ sekarang';
    const pieces = highlightPieces(text, [
      { start: 14, end: 16, text: '✌️', why: 'simbol jari pasangan calon' },
      { start: 4, end: 13, text: 'coblos 02', why: 'nomor urut pasangan calon' },
      { start: 11, end: 13, text: '02', why: 'overlap' },
      { start: 20, end: 99, text: '?', why: 'out of range' },
    ]);
    expect(pieces.map((p) => [p.text, Boolean(p.evidence)])).toEqual([
      ['Ayo ', false],
      ['coblos 02', true],
      [' ', false],
      ['✌️', true],
      [' sekarang', false],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('tells lowering cues, stance words and lexicon matches apart', () => {
    expect(evidenceTone({ start: 0, end: 1, text: 'x', why: 'penanda pertanyaan (menurunkan skor)' })).toBe(
      'cue',
    );
    expect(evidenceTone({ start: 0, end: 1, text: 'x', why: 'kata bernada dukungan' })).toBe('stance');
    expect(evidenceTone({ start: 0, end: 1, text: 'x', why: 'nama calon: Prabowo' })).toBe('lexicon');
  });
});
