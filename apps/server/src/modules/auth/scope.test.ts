import { describe, expect, it } from 'vitest';
import { ScopeMisuseError, inScope, scopeCovers, scopeSql } from './scope.ts';

const national = { regionCodes: [], agencyIds: null };
const kaltim = { regionCodes: ['64'], agencyIds: null };
const smd = { regionCodes: ['64.72'], agencyIds: null };
const agencyA = '11111111-1111-1111-1111-111111111111';
const ppk = { regionCodes: ['64.72'], agencyIds: [agencyA] };

describe('scopeSql', () => {
  it('adds nothing for a national actor over all agencies', () => {
    expect(scopeSql(national, { region: 'a.region_code', agency: 'a.agency_id' }, 3)).toEqual({
      sql: '',
      cond: 'TRUE',
      params: [],
      next: 3,
    });
  });
  it('filters by region prefix on dotted codes, numbering from start', () => {
    const s = scopeSql(kaltim, { region: 'a.region_code', agency: 'a.agency_id' }, 2);
    expect(s.sql).toContain('$2::text[]');
    expect(s.sql).toContain("a.region_code LIKE s.code || '.%'");
    expect(s.params).toEqual([['64']]);
    expect(s.next).toBe(3);
  });
  it('adds an agency filter for agency-scoped actors', () => {
    const s = scopeSql(ppk, { region: 'x.r', agency: 'x.a' }, 1);
    expect(s.sql).toBe(
      " AND (EXISTS (SELECT 1 FROM unnest($1::text[]) AS s(code) WHERE x.r = s.code OR x.r LIKE s.code || '.%') AND x.a = ANY($2::uuid[]))",
    );
    expect(s.params).toEqual([['64.72'], [agencyA]]);
    expect(s.next).toBe(3);
  });
  it('refuses a forgotten column rather than leaking', () => {
    expect(() => scopeSql(ppk, { region: 'x.r' }, 1)).toThrow(ScopeMisuseError);
    expect(() => scopeSql(smd, {}, 1)).toThrow(ScopeMisuseError);
    expect(() => scopeSql({ regionCodes: ["64'; DROP"], agencyIds: null }, { region: 'r' }, 1)).toThrow(
      /invalid region code/,
    );
  });
  it('explicit null columns: no region means hidden from regional users; no agency means agency scope n/a', () => {
    expect(scopeSql(smd, { region: null }, 1).cond).toBe('FALSE');
    expect(scopeSql({ regionCodes: [], agencyIds: [agencyA] }, { region: 'r', agency: null }, 1).sql).toBe(
      '',
    );
  });
});

describe('inScope', () => {
  it('applies the prefix rule on whole segments', () => {
    expect(inScope(kaltim, '64.72')).toBe(true);
    expect(inScope(kaltim, '64')).toBe(true);
    expect(inScope(kaltim, '65.01')).toBe(false);
    expect(inScope(smd, '64.71')).toBe(false);
    expect(inScope(smd, '64.72.01')).toBe(true);
    expect(inScope({ regionCodes: ['64.7'], agencyIds: null }, '64.72')).toBe(false);
    expect(inScope(smd, null)).toBe(false);
    expect(inScope(national, null)).toBe(true);
  });
  it('checks agencies when the row has one', () => {
    expect(inScope(ppk, '64.72', agencyA)).toBe(true);
    expect(inScope(ppk, '64.72', '22222222-2222-2222-2222-222222222222')).toBe(false);
    expect(inScope(ppk, '64.72', null)).toBe(false);
    expect(inScope(ppk, '64.72')).toBe(true);
  });
});

describe('scopeCovers', () => {
  it('lets an admin grant only what it holds', () => {
    expect(scopeCovers([], [])).toBe(true);
    expect(scopeCovers(['64'], ['64.72', '64.71'])).toBe(true);
    expect(scopeCovers(['64'], ['65.01'])).toBe(false);
    expect(scopeCovers(['64'], [])).toBe(false);
  });
});
