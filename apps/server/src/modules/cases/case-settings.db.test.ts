// Letter issuers and recommending-body periods are maintained through the API: validated, scoped,
// audited, and read by the code that writes letters and recommendations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';
import { buildCasesWorld, type CasesWorld } from './cases.fixtures.ts';

const ISSUER = {
  name: 'Bawaslu Kota Samarinda',
  parentName: 'Badan Pengawas Pemilihan Umum',
  address: 'Jl. Contoh No. 1, Samarinda',
  city: 'Samarinda',
  signatoryName: 'Nama Ketua Uji',
  signatoryTitle: 'Ketua',
  numberPrefix: 'PM.06/K.KI-03',
};

describe('case settings', () => {
  let rt: TestRuntime;
  let w: CasesWorld;
  beforeAll(async () => {
    rt = await createTestRuntime({ now: '2024-11-01T01:00:00Z' });
    w = await buildCasesWorld(rt);
  });
  afterAll(async () => {
    await rt?.close();
  });

  it('an admin sets a letterhead; others may not; bad input names the field', async () => {
    const put = await w.request('/api/settings/letter-issuers/64.72', 'admin', {
      method: 'PUT',
      json: ISSUER,
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ regionCode: '64.72', signatoryName: 'Nama Ketua Uji' });
    const again = await w.request('/api/settings/letter-issuers/64.72', 'admin', {
      method: 'PUT',
      json: { ...ISSUER, signatoryName: 'Ketua Baru' },
    });
    expect((await again.json()).signatoryName).toBe('Ketua Baru');
    const list = await (await w.request('/api/settings/letter-issuers', 'admin')).json();
    expect(list.items).toHaveLength(1);

    expect(
      (await w.request('/api/settings/letter-issuers/64.72', 'analystSmd', { method: 'PUT', json: ISSUER }))
        .status,
    ).toBe(403);
    const bad = await w.request('/api/settings/letter-issuers/64.72', 'admin', {
      method: 'PUT',
      json: { ...ISSUER, city: '' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('body.city');
    const unknown = await w.request('/api/settings/letter-issuers/64.99', 'admin', {
      method: 'PUT',
      json: ISSUER,
    });
    expect(unknown.status).toBe(400);

    const audit = await rt.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'settings.issuer.save'`,
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('replaces the recommending-body periods atomically and refuses duplicates', async () => {
    const periods = [
      { validFrom: '2014-01-15', body: 'kasn', basis: 'UU 5/2014' },
      { validFrom: '2024-09-01', body: 'bkn', basis: 'Perpres 92/2024' },
      { validFrom: '2027-10-16', body: 'independent_body', basis: 'Putusan MK 121/PUU-XXII/2024' },
    ];
    const ok = await w.request('/api/settings/recommending-bodies', 'admin', {
      method: 'PUT',
      json: { periods },
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).items.map((p: any) => p.body)).toEqual(['kasn', 'bkn', 'independent_body']);
    const dup = await w.request('/api/settings/recommending-bodies', 'admin', {
      method: 'PUT',
      json: { periods: [periods[0], periods[0]] },
    });
    expect(dup.status).toBe(400);
    // The refused request left the stored periods untouched.
    const now = await (await w.request('/api/settings/recommending-bodies', 'analystSmd')).json();
    expect(now.items).toHaveLength(3);
    const r = await rt.db.query<{ body: string }>(
      `SELECT body FROM recommending_body_period WHERE valid_from <= '2028-01-01'::date ORDER BY valid_from DESC LIMIT 1`,
    );
    expect(r.rows[0].body).toBe('independent_body');
  });
});
