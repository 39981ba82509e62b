import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAndSignIn } from '../../testing/sign-in.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

describe('reference data', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(async () => {
    await rt.close();
  });

  it('is seeded on open, and re-seeding is a no-op', async () => {
    const n = await rt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM region');
    expect(n.rows[0].n).toBe(552);
    expect(await rt.modules.reference.seedReferenceData()).toEqual({ changed: false });
    await rt.db.query(`DELETE FROM app_setting WHERE key = 'reference.version'`);
    await rt.db.query(`UPDATE region SET name = 'X' WHERE code = '64.72'`);
    expect(await rt.modules.reference.seedReferenceData()).toEqual({ changed: true });
    expect((await rt.modules.reference.getRegion('64.72'))?.name).toBe('Kota Samarinda');
  });

  it('serves regions publicly for the report portal', async () => {
    const provinces = await (await rt.request('/api/reference/regions?level=province')).json();
    expect(provinces.regions).toHaveLength(38);
    const kaltim = await (await rt.request('/api/reference/regions?parent=64')).json();
    expect(kaltim.regions.map((r: any) => r.code)).toContain('64.72');
    expect(kaltim.regions).toHaveLength(10);
  });

  it('lists holidays in a range (signed in)', async () => {
    expect((await rt.request('/api/reference/holidays?from=2024-04-01&to=2024-04-30')).status).toBe(401);
    const { cookie } = await createAndSignIn(rt, {
      username: 'ref.viewer',
      role: 'viewer',
      regionCodes: ['64'],
    });
    const res = await rt.request('/api/reference/holidays?from=2024-04-01&to=2024-04-30', {
      headers: { cookie },
    });
    const { holidays } = await res.json();
    expect(holidays.map((h: any) => `${h.date}:${h.kind}`)).toEqual([
      '2024-04-08:cuti_bersama',
      '2024-04-09:cuti_bersama',
      '2024-04-10:national',
      '2024-04-11:national',
      '2024-04-12:cuti_bersama',
      '2024-04-15:cuti_bersama',
    ]);
    expect(await rt.modules.reference.listHolidays('2024-11-27', '2024-11-27')).toEqual([
      { date: '2024-11-27', kind: 'national', name: 'Hari Pemungutan Suara Pilkada Serentak 2024' },
    ]);
    const bad = await rt.request('/api/reference/holidays?from=April&to=2024-04-30', { headers: { cookie } });
    expect(bad.status).toBe(400);
  });

  it('agencies are filtered by the caller scope and sub-units expand', async () => {
    await rt.db.tx((q) =>
      rt.modules.reference.insertAgencies(q, [
        { code: 'T-SMD', name: 'Pemerintah Kota Samarinda', typeCode: 'pemkot', regionCode: '64.72' },
        {
          code: 'T-SMD-DISDIK',
          name: 'Dinas Pendidikan Kota Samarinda',
          typeCode: 'dinas',
          regionCode: '64.72',
          parentCode: 'T-SMD',
        },
        { code: 'T-BPP', name: 'Pemerintah Kota Balikpapan', typeCode: 'pemkot', regionCode: '64.71' },
      ]),
    );
    const { cookie } = await createAndSignIn(rt, {
      username: 'ref.smd',
      role: 'analyst',
      regionCodes: ['64.72'],
    });
    const r = await (await rt.request('/api/reference/agencies', { headers: { cookie } })).json();
    expect(r.agencies.map((a: any) => a.code).sort()).toEqual(['T-SMD', 'T-SMD-DISDIK']);
    const smd = r.agencies.find((a: any) => a.code === 'T-SMD');
    const sub = await rt.modules.reference.withSubUnits([smd.id]);
    expect(sub).toHaveLength(2);
  });
});
