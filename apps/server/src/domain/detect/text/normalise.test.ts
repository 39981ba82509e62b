// The normaliser's promise: whatever it does to a token, the token's [start, end) still points at the
// characters of the ORIGINAL text that produced it, so evidence spans can be highlighted.
import { describe, expect, it } from 'vitest';
import { collapseRepeats, createNormaliser, originalSpan, splitMixed } from './normalise.ts';

const normalise = createNormaliser({
  vocabulary: [
    'prabowo',
    'gibran',
    'istimewa',
    'anies',
    'muhaimin',
    'ganjar',
    'mahfud',
    'salam',
    'jari',
    'satu',
  ],
});

function view(text: string) {
  return normalise(text).tokens.map((t) => [t.norm, text.slice(t.start, t.end), t.kind]);
}

describe('normalise', () => {
  it('lower-cases and collapses repeated letters, keeping the original span', () => {
    expect(view('MANTAAAP Pak')).toEqual([
      ['mantap', 'MANTAAAP', 'word'],
      ['bapak', 'Pak', 'word'],
    ]);
    expect(collapseRepeats('gemoyyyy')).toBe('gemoy');
    expect(collapseRepeats('2000')).toBe('2000');
  });

  it('undoes leetspeak, reads O2 as 02 and splits a number glued to a word', () => {
    expect(view('pr4bowo O2 o1 paslon03 2024an')).toEqual([
      ['prabowo', 'pr4bowo', 'word'],
      ['02', 'O2', 'number'],
      ['01', 'o1', 'number'],
      ['paslon', 'paslon', 'word'],
      ['03', '03', 'number'],
      ['2024an', '2024an', 'word'],
    ]);
    expect(splitMixed('g1bran')).toEqual([{ text: 'gibran', at: 0, len: 6 }]);
  });

  it('expands slang and abbreviations; every expanded word points at the abbreviation', () => {
    expect(view('yg gk nyoblos nourut')).toEqual([
      ['yang', 'yg', 'word'],
      ['tidak', 'gk', 'word'],
      ['coblos', 'nyoblos', 'word'],
      ['nomor', 'nourut', 'word'],
      ['urut', 'nourut', 'word'],
    ]);
  });

  it('splits hashtags on case, digits and vocabulary words, with sub-spans inside the hashtag', () => {
    const text = 'Ayo #PrabowoGibran2024 dan #prabowogibranistimewa';
    const n = normalise(text);
    const tags = n.tokens.filter((t) => t.kind === 'hashtag');
    expect(tags.map((t) => t.norm)).toEqual(['prabowo', 'gibran', '2024', 'prabowo', 'gibran', 'istimewa']);
    expect(tags.map((t) => text.slice(t.start, t.end))).toEqual([
      'Prabowo',
      'Gibran',
      '2024',
      'prabowo',
      'gibran',
      'istimewa',
    ]);
    // segments of one hashtag share its group id
    expect(new Set(tags.slice(0, 3).map((t) => t.tag)).size).toBe(1);
    expect(tags[0].tag).not.toBe(tags[3].tag);
  });

  it('turns emoji into tokens: finger signs without skin tone or variation selector, keycaps, hearts', () => {
    expect(view('☝️ ✌🏽 🤟 🫰 1️⃣ 2️⃣ 💙❤️')).toEqual([
      ['☝', '☝️', 'emoji'],
      ['✌', '✌🏽', 'emoji'],
      ['🤟', '🤟', 'emoji'],
      ['🫰', '🫰', 'emoji'],
      ['1\u20E3', '1️⃣', 'emoji'],
      ['2\u20E3', '2️⃣', 'emoji'],
      ['💙', '💙', 'emoji'],
      ['❤', '❤️', 'emoji'],
    ]);
  });

  it('masks urls and mentions, folds fancy fonts and accents', () => {
    expect(view('@user lihat http://url 𝐏𝐫𝐚𝐛𝐨𝐰𝐨 café')).toEqual([
      ['@user', '@user', 'mention'],
      ['lihat', 'lihat', 'word'],
      ['<url>', 'http://url', 'url'],
      ['prabowo', '𝐏𝐫𝐚𝐛𝐨𝐰𝐨', 'word'],
      ['cafe', 'café', 'word'],
    ]);
  });

  it('maps any range of the normalised text back to the original span (every transformation at once)', () => {
    const text = "Yg PR4BOWOOO!! #AniesMuhaimin ✌️ O2 Mas'ud 𝐆𝐢𝐛𝐫𝐚𝐧";
    const n = normalise(text);
    expect(n.text).toBe(' yang prabowo ! ! anies muhaimin ✌ 02 masud gibran ');
    for (let i = 0; i < n.tokens.length; i++) {
      const t = n.tokens[i];
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(t.end).toBeGreaterThan(t.start);
      // every char of the token's norm is owned by that token
      const at = n.text.indexOf(' ' + t.norm + ' ', i === 0 ? 0 : undefined);
      expect(at).toBeGreaterThanOrEqual(0);
    }
    const from = n.text.indexOf('anies');
    const to = n.text.indexOf('muhaimin') + 'muhaimin'.length;
    const span = originalSpan(n, from, to)!;
    expect(text.slice(span.start, span.end)).toBe('AniesMuhaimin');
    const p = n.text.indexOf('prabowo');
    const sp = originalSpan(n, p, p + 7)!;
    expect(text.slice(sp.start, sp.end)).toBe('PR4BOWOOO');
    expect(originalSpan(n, 0, 1)).toBeNull();
  });
});
