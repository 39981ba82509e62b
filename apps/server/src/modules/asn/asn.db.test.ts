// Scoping proven on the demo world: a Samarinda analyst cannot reach Balikpapan ASN by any route, and an
// agency-scoped PPK sees only its agency (and the units below it). Every read is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedOnStart } from '../../seed/seed-on-start.ts';
import { createAndSignIn, signIn } from '../../testing/sign-in.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

describe('ASN directory scoping', () => {
  let rt: TestRuntime;
  let smd: string;
  let bppAsn: { id: string; nip: string; name: string };
  let smdAsn: { id: string; nip: string };
  let disdikSmd: { id: string };
  beforeAll(async () => {
    rt = await createTestRuntime({
      env: { NETRA_SEED_DEMO: 'true', NETRA_ADMIN_PASSWORD: 'admin-Password-123' },
    });
    await seedOnStart(rt, () => undefined);
    smd = await signIn(rt, 'analis.samarinda', DEMO_PASSWORD);
    bppAsn = (
      await rt.db.query<{ id: string; nip: string; name: string }>(
        `SELECT id, nip, name FROM asn WHERE region_code = '64.71' ORDER BY nip LIMIT 1`,
      )
    ).rows[0];
    smdAsn = (
      await rt.db.query<{ id: string; nip: string }>(
        `SELECT id, nip FROM asn WHERE region_code = '64.72' LIMIT 1`,
      )
    ).rows[0];
    disdikSmd = (await rt.db.query<{ id: string }>(`SELECT id FROM agency WHERE code = '64.72-DISDIK'`))
      .rows[0];
  });
  afterAll(async () => {
    await rt.close();
  });

  const get = (path: string, cookie: string) => rt.request(path, { headers: { cookie } });

  it('the demo world has a few thousand ASN across Kaltim', async () => {
    const r = await rt.db.query<{ region_code: string; n: number }>(
      'SELECT region_code, count(*)::int AS n FROM asn GROUP BY 1 ORDER BY 1',
    );
    expect(r.rows.map((x) => x.region_code)).toEqual([
      '64',
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
    expect(r.rows.reduce((s, x) => s + x.n, 0)).toBeGreaterThan(2500);
  });

  it('a Samarinda analyst lists only Samarinda', async () => {
    const body = await (await get('/api/asn?pageSize=100', smd)).json();
    expect(body.total).toBeGreaterThan(100);
    expect(new Set(body.items.map((a: any) => a.regionCode))).toEqual(new Set(['64.72']));
    const byRegion = await (await get('/api/asn?regionCode=64.71', smd)).json();
    expect(byRegion).toMatchObject({ total: 0, items: [] });
    const whole = await (await get('/api/asn?regionCode=64&pageSize=100', smd)).json();
    expect(whole.items.every((a: any) => a.regionCode === '64.72')).toBe(true);
  });

  it('cannot fetch a Balikpapan ASN by id (404 exactly like a missing id)', async () => {
    const out = await get(`/api/asn/${bppAsn.id}`, smd);
    const missing = await get('/api/asn/00000000-0000-0000-0000-000000000000', smd);
    expect(out.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await out.json()).toEqual(await missing.json());
    expect((await get(`/api/asn/${smdAsn.id}`, smd)).status).toBe(200);
  });

  it('cannot find a Balikpapan ASN by exact NIP (spaced or not) or by name', async () => {
    const spaced = `${bppAsn.nip.slice(0, 8)} ${bppAsn.nip.slice(8, 14)} ${bppAsn.nip.slice(14, 15)} ${bppAsn.nip.slice(15)}`;
    for (const q of [bppAsn.nip, spaced, bppAsn.name]) {
      const r = await (await get(`/api/asn?q=${encodeURIComponent(q)}`, smd)).json();
      expect(
        r.items.some((a: any) => a.id === bppAsn.id),
        q,
      ).toBe(false);
    }
    // …while the Balikpapan analyst can
    const bpp = await signIn(rt, 'analis.balikpapan', DEMO_PASSWORD);
    const found = await (await get(`/api/asn?q=${bppAsn.nip}`, bpp)).json();
    expect(found.items.map((a: any) => a.id)).toEqual([bppAsn.id]);
    expect((await get(`/api/asn/${bppAsn.id}`, bpp)).status).toBe(200);
  });

  it('cannot reach Balikpapan agencies through the reference routes either', async () => {
    const r = await (await get('/api/reference/agencies', smd)).json();
    expect(r.agencies.length).toBeGreaterThan(0);
    expect(r.agencies.every((a: any) => a.regionCode === '64.72')).toBe(true);
  });

  it('a PPK scoped to one agency sees only that agency', async () => {
    const { cookie } = await createAndSignIn(rt, {
      username: 'ppk.disdik.smd',
      role: 'ppk',
      regionCodes: ['64.72'],
      agencyIds: [disdikSmd.id],
    });
    const body = await (await get('/api/asn?pageSize=100', cookie)).json();
    expect(body.total).toBeGreaterThan(10);
    expect(new Set(body.items.map((a: any) => a.agencyId))).toEqual(new Set([disdikSmd.id]));
    const otherOpd = (
      await rt.db.query<{ id: string }>(
        `SELECT a.id FROM asn a JOIN agency g ON g.id = a.agency_id WHERE g.code = '64.72-DINKES' LIMIT 1`,
      )
    ).rows[0];
    expect((await get(`/api/asn/${otherOpd.id}`, cookie)).status).toBe(404);
  });

  it('the city PPK (Pemkot Samarinda) covers every OPD under it but nothing else', async () => {
    const ppk = await signIn(rt, 'ppk.samarinda', DEMO_PASSWORD);
    const body = await (await get('/api/asn?pageSize=1', ppk)).json();
    const all = await rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM asn WHERE region_code = '64.72'`,
    );
    expect(body.total).toBe(all.rows[0].n);
    expect((await get(`/api/asn/${bppAsn.id}`, ppk)).status).toBe(404);
  });

  it('a province supervisor sees all of Kaltim', async () => {
    const sup = await signIn(rt, 'supervisor.kaltim', DEMO_PASSWORD);
    const all = await rt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM asn');
    expect((await (await get('/api/asn?pageSize=1', sup)).json()).total).toBe(all.rows[0].n);
  });

  it('every read is audited with who read what', async () => {
    await get(`/api/asn/${smdAsn.id}`, smd);
    const r = await rt.db.query<{
      action: string;
      entity_id: string | null;
      actor_name: string;
      details: any;
    }>(
      `SELECT action, entity_id, actor_name, details FROM audit_log WHERE entity = 'asn' ORDER BY seq DESC LIMIT 2`,
    );
    expect(r.rows[0]).toMatchObject({
      action: 'asn.read',
      entity_id: smdAsn.id,
      actor_name: 'analis.samarinda',
    });
    const lists = await rt.db.query<{ details: any }>(
      `SELECT details FROM audit_log WHERE action = 'asn.list' AND actor_name = 'analis.samarinda' ORDER BY seq LIMIT 1`,
    );
    expect(lists.rows[0].details.ids.length).toBeGreaterThan(0);
  });

  it('the directory needs a session', async () => {
    expect((await rt.request('/api/asn')).status).toBe(401);
  });
});
