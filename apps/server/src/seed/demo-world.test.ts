import { describe, expect, it } from 'vitest';
import { validateNip } from '../domain/asn/nip.ts';
import { buildDemoWorld, type DemoRegion } from './demo-world.ts';

const REGIONS: DemoRegion[] = [
  { code: '64', name: 'Kalimantan Timur', kind: 'provinsi' },
  { code: '64.71', name: 'Kota Balikpapan', kind: 'kota' },
  { code: '64.72', name: 'Kota Samarinda', kind: 'kota' },
  { code: '64.02', name: 'Kabupaten Kutai Kartanegara', kind: 'kabupaten' },
];

describe('demo world', () => {
  const today = '2024-11-01';
  const world = buildDemoWorld(REGIONS, today);

  it('every NIP passes validation, matches its stated kind and sex, and is unique', () => {
    const seen = new Set<string>();
    for (const a of world.asn) {
      const v = validateNip(a.nip, { today, expectKind: a.kind });
      expect(v.ok, `${a.nip} ${JSON.stringify(v)}`).toBe(true);
      if (v.ok) {
        expect(v.sex).toBe(a.sex);
        expect(v.birthDate).toBe(a.birthDate);
      }
      expect(seen.has(a.nip)).toBe(false);
      seen.add(a.nip);
    }
    expect(world.asn.some((a) => a.kind === 'pppk')).toBe(true);
  });

  it('gives each government a PPK title and its OPDs, and each ASN an agency of its own region', () => {
    const byCode = new Map(world.agencies.map((a) => [a.code, a]));
    expect(byCode.get('64.72-PEMKOT')).toMatchObject({ ppkTitle: 'Wali Kota Samarinda', parentCode: null });
    expect(byCode.get('64.02-PEMKAB')).toMatchObject({ ppkTitle: 'Bupati Kutai Kartanegara' });
    expect(byCode.get('64-PEMPROV')).toMatchObject({ ppkTitle: 'Gubernur Kalimantan Timur' });
    expect(world.agencies.filter((a) => a.parentCode === '64.72-PEMKOT').length).toBeGreaterThanOrEqual(8);
    for (const a of world.asn) expect(byCode.get(a.agencyCode)?.regionCode).toBe(a.regionCode);
  });

  it('is deterministic and uses titled synthetic names', () => {
    expect(buildDemoWorld(REGIONS, today).asn.slice(0, 50)).toEqual(world.asn.slice(0, 50));
    expect(world.asn.some((a) => /, (S\.Pd\.|M\.Si\.|S\.E\.)/.test(a.name))).toBe(true);
    expect(world.asn.some((a) => /^(H\.|Hj\.|Drs\.) /.test(a.name))).toBe(true);
  });
});
