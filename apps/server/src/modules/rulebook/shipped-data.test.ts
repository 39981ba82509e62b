import { describe, expect, it } from 'vitest';
import { loadShippedPacks, parsePackFile, PackFileError } from './shipped-data.ts';

describe('shipped election packs', () => {
  const packs = loadShippedPacks();
  const pemilu = packs.find((p) => p.id === 'pemilu-2024')!;
  const kaltim = packs.find((p) => p.id === 'pilkada-2024-kaltim')!;

  it('Pemilu 2024: 3 presidential pairs, 18 national + 6 Aceh parties numbered 1–24', () => {
    const pres = pemilu.contests.find((c) => c.office === 'presiden')!;
    expect(pres.pairs.map((p) => p.ballotNumber)).toEqual([1, 2, 3]);
    expect(pres.dates.candidateDetermination).toBe('2023-11-13');
    expect(pemilu.parties.map((p) => p.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(pemilu.parties.filter((p) => p.scope === 'aceh')).toHaveLength(6);
    expect(pemilu.parties.find((p) => p.number === 3)!.shortName).toBe('PDIP');
  });

  it('Pilkada 2024 Kaltim: governor race + 10 regency/city races, determination 22 Sep 2024', () => {
    expect(kaltim.contests).toHaveLength(11);
    const gub = kaltim.contests.find((c) => c.office === 'gubernur')!;
    expect(gub.pairs.map((p) => p.label)).toEqual(['Isran–Hadi', 'Rudy–Seno']);
    expect(gub.synthetic).toBe(false);
    for (const c of kaltim.contests) expect(c.dates.candidateDetermination).toBe('2024-09-22');
    expect(kaltim.contests.filter((c) => c.synthetic)).toHaveLength(10);
    expect(new Set(kaltim.contests.map((c) => c.regionCode)).size).toBe(11);
  });

  it('refuses a malformed pack naming the path of each bad field', () => {
    const bad = `id: x\nversion: 1\nname: X\nkind: pemilu\nvotingDate: "2029-02-14"\ncontests:\n  - id: c\n    office: presiden\n    regionCode: ID\n    name: C\n    dayCount: working\n    dates:\n      registration: { start: "2028-10-01", end: "2028-10-07" }\n      candidateDetermination: "2028-11-13"\n      campaign: { start: "2028-11-28", end: "2029-02-10" }\n      quietPeriod: { start: "2029-02-11", end: "2029-02-13" }\n    pairs:\n      - { id: p1, ballotNumber: 1, label: A, people: [] }\n`;
    try {
      parsePackFile(bad, 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackFileError);
      expect((e as PackFileError).errors).toEqual(
        expect.arrayContaining([
          'contests[0].dates.voting: Required',
          expect.stringMatching(/^contests\[0\]\.pairs\[0\]\.people: /),
        ]),
      );
    }
  });
});
