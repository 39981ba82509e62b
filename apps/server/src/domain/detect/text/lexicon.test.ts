// Every lexicon form is found in a post, with its original span and its referent; forms that are
// everyday words never count as strong evidence; the automaton scales to 300,000 caleg names.
import { describe, expect, it } from 'vitest';
import { loadShippedPacks } from '../../../modules/rulebook/shipped-data.ts';
import { ballotForms, compileLexicon, FUNCTION_WORDS, partyTarget } from './lexicon.ts';
import { EXTRA_FORMS } from './lexicon-extra.ts';

const packs = loadShippedPacks();
const lexicon = compileLexicon({ packs });

function findIn(form: string) {
  const text = `kemarin ${form} , katanya`;
  const n = lexicon.normalise(text);
  const ms = lexicon.match(n);
  return { text, ms };
}

/** Every referent of the match (or of a longer match containing it) that names `target`. */
function expectFound(form: string, target: string) {
  const { text, ms } = findIn(form);
  const hit = ms.find((m) => m.referents.some((r) => r.target === target));
  if (!hit)
    throw new Error(
      `form "${form}" not found as ${target}; got ${JSON.stringify(ms.map((m) => [m.text, m.referents.map((r) => r.target)]))}`,
    );
  expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  expect(form.toLowerCase()).toContain(hit.text.toLowerCase().replace(/\s+/g, ' ').slice(0, 2));
}

describe('lexicon compiled from the election packs', () => {
  const pres = packs.find((p) => p.id === 'pemilu-2024')!;
  const presContest = pres.contests.find((c) => c.office === 'presiden')!;

  it('finds every name, nickname, misspelling, hashtag, slogan, jargon, hand sign and team of every pair', () => {
    let checked = 0;
    for (const pack of packs)
      for (const c of pack.contests)
        for (const pair of c.pairs) {
          const target = c.office === 'presiden' ? String(pair.ballotNumber).padStart(2, '0') : 'cakada';
          const forms = [
            ...pair.people.flatMap((p) => [p.name, ...p.nicknames, ...p.misspellings]),
            pair.label,
            ...pair.hashtags,
            ...pair.slogans,
            ...pair.jargon,
            ...pair.handSigns,
            ...(pair.campaignTeam ? [pair.campaignTeam] : []),
          ];
          for (const f of forms) {
            // one- and two-letter keys are dropped on purpose (too ambiguous)
            if (/^\p{L}{1,2}$/u.test(f.trim())) continue;
            expectFound(f, target);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(150);
  });

  it('finds every ballot-number form of the presidential pairs', () => {
    for (const pair of presContest.pairs) {
      const target = String(pair.ballotNumber).padStart(2, '0');
      for (const f of ballotForms(pair.ballotNumber)) expectFound(f, target);
      for (const f of [
        `No. ${pair.ballotNumber}`,
        `nomer urut ${pair.ballotNumber}`,
        `Paslon0${pair.ballotNumber}`,
        `O${pair.ballotNumber}`,
        `${pair.ballotNumber}\uFE0F\u20E3`,
      ])
        expectFound(f, target);
    }
    expectFound('satu putaran', '02');
  });

  it('finds every party by short name, long name, alias, hashtag and number', () => {
    for (const party of pres.parties) {
      const target = partyTarget(party.shortName);
      for (const f of [
        party.shortName,
        party.longName,
        ...party.aliases,
        ...party.hashtags,
        `partai nomor ${party.number}`,
      ]) {
        // dropped on purpose: one/two letters, or slang for a function word ("PD", "PDA" → "pada")
        if (/^\p{L}{1,2}$/u.test(f.trim()) || FUNCTION_WORDS.has(lexicon.normalise(f).text.trim())) continue;
        expectFound(f, target);
      }
    }
  });

  it('finds every extra form (pair jargon, Pilkada bakal calon, generic election words)', () => {
    for (const x of EXTRA_FORMS)
      for (const f of x.forms) if (!/^\p{L}{1,2}$/u.test(f.trim())) expectFound(f, x.target);
  });

  it('matches whole tokens only and prefers the longest form', () => {
    expect(findIn('prabowogibranistimewa').ms).toHaveLength(1);
    expect(
      lexicon
        .match(lexicon.normalise('aniesta dan ganjaran'))
        .filter((m) => m.referents.some((r) => !r.target.startsWith('generic:'))),
    ).toEqual([]);
    const [m] = lexicon.match(lexicon.normalise('Prabowo Gibran Istimewa'));
    expect(m.text).toBe('Prabowo Gibran Istimewa');
    // the contained "prabowo" lends its strong name referent to the longer jargon match
    expect(m.referents.some((r) => r.target === '02' && r.strong)).toBe(true);
  });

  it('treats everyday words and other institutions as weak evidence only', () => {
    for (const w of ['garuda', 'PBB', 'gemoy', 'amin', '✌️']) {
      const ms = lexicon.match(lexicon.normalise(`naik ${w} kemarin`));
      expect(ms.length).toBeGreaterThan(0);
      expect(ms.every((m) => m.referents.every((r) => !r.strong))).toBe(true);
    }
    // "PD" (Demokrat) would normalise to the slang "pada" and is dropped
    expect(lexicon.match(lexicon.normalise('pada hari itu'))).toEqual([]);
  });

  it('compiles 300,000 caleg names and finds them with their label', () => {
    const calegs = Array.from({ length: 300_000 }, (_, i) => ({
      name: `Caleg${i.toString(36)} Uji${(i * 7919).toString(36)}`,
      party: 'Partai Contoh',
    }));
    const t0 = performance.now();
    const big = compileLexicon({ packs, calegs });
    const ms = performance.now() - t0;
    expect(big.size).toBeGreaterThan(300_000);
    expect(ms).toBeLessThan(30_000);
    for (const i of [0, 123_456, 299_999]) {
      const name = calegs[i].name;
      const m = big.match(big.normalise(`Dukung ${name} ke Senayan!`));
      const hit = m.find((x) => x.referents.some((r) => r.target === 'caleg'));
      expect(hit?.text).toBe(name);
      expect(hit?.referents[0].label).toContain('Partai Contoh');
    }
  }, 60_000);
});
