import { describe, expect, it } from 'vitest';
import { composeNip, formatNip, validateNip, type NipField } from './nip.ts';

const today = '2024-11-01';

describe('validateNip: valid numbers', () => {
  const valid: [string, { kind: 'pns' | 'pppk'; birthDate: string; sex: 'L' | 'P'; appointed: string }][] = [
    ['198503122010011003', { kind: 'pns', birthDate: '1985-03-12', sex: 'L', appointed: '2010-01' }],
    ['19850312 201001 1 003', { kind: 'pns', birthDate: '1985-03-12', sex: 'L', appointed: '2010-01' }],
    ['199012312019032001', { kind: 'pns', birthDate: '1990-12-31', sex: 'P', appointed: '2019-03' }],
    ['197001011995121999', { kind: 'pns', birthDate: '1970-01-01', sex: 'L', appointed: '1995-12' }],
    ['199602292024062001', { kind: 'pns', birthDate: '1996-02-29', sex: 'P', appointed: '2024-06' }],
    // exactly 18 at TMT
    ['200001012018011001', { kind: 'pns', birthDate: '2000-01-01', sex: 'L', appointed: '2018-01' }],
    ['198807152023212004', { kind: 'pppk', birthDate: '1988-07-15', sex: 'P', appointed: '2023' }],
    ['19700520 2022 21 1 017', { kind: 'pppk', birthDate: '1970-05-20', sex: 'L', appointed: '2022' }],
    // PPPK hired at 52: fine for PPPK, would be implausible for CPNS
    ['197203032024211001', { kind: 'pppk', birthDate: '1972-03-03', sex: 'L', appointed: '2024' }],
  ];
  it.each(valid)('%s', (raw, want) => {
    const r = validateNip(raw, { today });
    expect(r).toMatchObject({ ok: true, ...want });
    if (r.ok) expect(r.nip).toMatch(/^\d{18}$/);
  });
});

describe('validateNip: invalid numbers name the field', () => {
  const invalid: [string, NipField, RegExp, string?][] = [
    ['19850312201001100', 'nip', /18 digit/],
    ['1985031220100110031', 'nip', /18 digit/],
    ['19850312-201001-1-003', 'nip', /angka/],
    ['', 'nip', /18 digit/],
    ['198502302010011003', 'birthDate', /tanggal lahir/], // 30 Feb
    ['199702292024062001', 'birthDate', /tanggal lahir/], // 1997 not a leap year
    ['198513122010011003', 'birthDate', /tanggal lahir/], // month 13
    ['203001012010011003', 'birthDate', /masa depan/],
    ['198503122010001003', 'appointed', /01–12/], // TMT month 00
    ['198503122025011003', 'appointed', /masa depan/], // after today
    ['198503122024121003', 'appointed', /masa depan/], // Dec 2024 > 1 Nov 2024
    ['198503122000011003', 'appointed', /usia saat pengangkatan 14/], // appointed at 14
    ['196001012005011003', 'appointed', /usia saat pengangkatan 45/], // CPNS at 45
    ['190001012024211003', 'appointed', /usia saat pengangkatan/], // PPPK at 124
    ['198503122010013003', 'sex', /digit 15/],
    ['198503122010010003', 'sex', /digit 15/],
    ['198503122010011000', 'sequence', /001–999/],
    ['198503122010011003', 'kind', /PPPK/, 'pppk'],
    ['198807152023212004', 'kind', /PNS/, 'pns'],
  ];
  it.each(invalid)('%s → %s', (raw, field, reason, expectKind) => {
    const r = validateNip(raw, { today, expectKind: expectKind as 'pns' | 'pppk' | undefined });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.field === field);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p!.reason).toMatch(reason);
  });

  it('reports every problem at once', () => {
    const r = validateNip('198502302010001000', { today });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field).sort()).toEqual(['appointed', 'birthDate', 'sequence']);
  });

  it('accepts a Date as today', () => {
    expect(validateNip('198503122024121003', { today: new Date('2025-01-15T00:00:00Z') }).ok).toBe(true);
  });
});

describe('composeNip / formatNip', () => {
  it('round-trips through validation', () => {
    const pns = composeNip({
      kind: 'pns',
      birthDate: '1991-04-09',
      appointed: '2015-03',
      sex: 'P',
      sequence: 42,
    });
    expect(pns).toBe('199104092015032042');
    expect(validateNip(pns, { today })).toMatchObject({ ok: true, kind: 'pns', sequence: 42 });
    const pppk = composeNip({
      kind: 'pppk',
      birthDate: '1980-10-10',
      appointed: '2023',
      sex: 'L',
      sequence: 7,
    });
    expect(pppk).toBe('198010102023211007');
    expect(validateNip(pppk, { today })).toMatchObject({ ok: true, kind: 'pppk' });
  });
  it('formats with spaces', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
  });
});
