import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegionCode } from '@netra/shared';
import { AGENCY_TYPES } from './agency-types.ts';
import { HOLIDAYS, HOLIDAY_SOURCES } from './holidays.ts';
import { REGIONS } from './regions.ts';

describe('regions', () => {
  it('has every province and regency/city with valid, unique codes and existing parents', () => {
    const codes = new Set(REGIONS.map((r) => r.code));
    expect(codes.size).toBe(REGIONS.length);
    expect(REGIONS.filter((r) => r.level === 'province')).toHaveLength(38);
    expect(REGIONS.filter((r) => r.level === 'regency')).toHaveLength(514);
    for (const r of REGIONS) {
      expect(isRegionCode(r.code), r.code).toBe(true);
      if (r.level === 'province') expect(r.parent).toBeNull();
      else {
        expect(codes.has(r.parent!), r.code).toBe(true);
        expect(r.code.startsWith(r.parent + '.'), r.code).toBe(true);
        expect(['kabupaten', 'kota']).toContain(r.kind);
      }
    }
  });
  it('East Kalimantan has its ten regencies/cities', () => {
    const kaltim = REGIONS.filter((r) => r.parent === '64');
    expect(kaltim.map((r) => r.code)).toEqual([
      '64.01',
      '64.02',
      '64.03',
      '64.07',
      '64.08',
      '64.09',
      '64.11',
      '64.71',
      '64.72',
      '64.74',
    ]);
    expect(REGIONS.find((r) => r.code === '64.72')).toMatchObject({ name: 'Kota Samarinda', kind: 'kota' });
    expect(REGIONS.find((r) => r.code === '31')?.name).toBe('DKI Jakarta');
  });
  it('matches the idn-area-data package it was generated from', () => {
    const require = createRequire(path.resolve(__dirname, '../../../package.json'));
    const dir = path.dirname(require.resolve('idn-area-data/package.json'));
    const lines = fs
      .readFileSync(path.join(dir, 'data/regencies.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    const pkg = new Set(lines.map((l) => l.split(',')[0]));
    expect(new Set(REGIONS.filter((r) => r.level === 'regency').map((r) => r.code))).toEqual(pkg);
  });
});

describe('holidays', () => {
  it('covers 2023–2026 with real calendar dates and no duplicates', () => {
    expect(Object.keys(HOLIDAY_SOURCES)).toEqual(['2023', '2024', '2025', '2026']);
    const keys = new Set<string>();
    for (const h of HOLIDAYS) {
      expect(new Date(h.date + 'T00:00:00Z').toISOString().slice(0, 10), h.date).toBe(h.date);
      expect(keys.has(`${h.date}|${h.kind}`), h.date).toBe(false);
      keys.add(`${h.date}|${h.kind}`);
      expect(h.name.length).toBeGreaterThan(3);
    }
    for (const y of [2023, 2024, 2025, 2026]) {
      const ofYear = HOLIDAYS.filter((h) => h.date.startsWith(String(y)));
      expect(ofYear.filter((h) => h.kind === 'national').length, String(y)).toBeGreaterThanOrEqual(15);
      expect(ofYear.some((h) => h.date === `${y}-08-17`)).toBe(true);
      expect(ofYear.some((h) => h.date === `${y}-12-25`)).toBe(true);
      expect(ofYear.some((h) => h.kind === 'cuti_bersama')).toBe(true);
    }
  });
  it('includes the 2024 voting days declared holidays', () => {
    expect(HOLIDAYS.find((h) => h.date === '2024-02-14')?.kind).toBe('national');
    expect(HOLIDAYS.find((h) => h.date === '2024-11-27')?.kind).toBe('national');
  });
});

describe('agency types', () => {
  it('have unique codes and both scopes', () => {
    expect(new Set(AGENCY_TYPES.map((t) => t.code)).size).toBe(AGENCY_TYPES.length);
    for (const c of ['kementerian', 'lpnk', 'pemprov', 'pemkab', 'pemkot', 'dinas', 'badan', 'kecamatan'])
      expect(
        AGENCY_TYPES.some((t) => t.code === c),
        c,
      ).toBe(true);
  });
});
