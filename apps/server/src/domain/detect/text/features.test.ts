import { describe, expect, it } from 'vitest';
import { findCues, metaFeatures } from './features.ts';
import { compileLexicon } from './lexicon.ts';
import { loadShippedPacks } from '../../../modules/rulebook/shipped-data.ts';

const lexicon = compileLexicon({ packs: loadShippedPacks() });
const meta = (text: string) => {
  const n = lexicon.normalise(text);
  return metaFeatures(lexicon.match(n), findCues(n), n);
};

describe('oppose/sarcasm meta features', () => {
  it('marks insults and mockery, split by whether a candidate or only an @account is named', () => {
    expect(meta('@user dasar planga-plongo wkwkwk')).toEqual(
      expect.arrayContaining(['INSULT', 'INSULT:MEN', 'MOCK', 'MOCK:MEN']),
    );
    expect(meta('Prabowo Gibran tolol')).toContain('INSULT:LEX');
  });

  it('marks "cuma bisa …" and negated support verbs', () => {
    const m = meta('Dia cuma bisa janji, jangan pilih dia');
    expect(m).toContain('CUMABISA');
    expect(m).toContain('NEGSUPPORT');
  });

  it('leaves an everyday post without them', () => {
    const m = meta('Rapat koordinasi pelayanan posyandu hari ini berjalan lancar');
    for (const f of ['INSULT', 'MOCK', 'CUMABISA', 'NEGSUPPORT']) expect(m).not.toContain(f);
  });
});
