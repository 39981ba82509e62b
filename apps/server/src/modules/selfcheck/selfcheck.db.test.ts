import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAndSignIn } from '../../testing/sign-in.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

const PACK_2029 = `
id: pemilu-2029
version: 1
name: Pemilu 2029 (test)
kind: pemilu
votingDate: "2029-02-14"
contests:
  - id: pemilu-2029-presiden
    office: presiden
    regionCode: ID
    name: Pilpres 2029
    dayCount: working
    dates:
      registration: { start: "2028-10-01", end: "2028-10-07" }
      candidateDetermination: "2028-11-13"
      campaign: { start: "2028-11-28", end: "2029-02-10" }
      quietPeriod: { start: "2029-02-11", end: "2029-02-13" }
      voting: "2029-02-14"
    pairs:
      - id: pilpres-2029-01
        ballotNumber: 1
        label: Sintetis Satu
        people: [{ name: Calon Sintetis Utama, nicknames: [Sintetisa] }]
        synthetic: true
`;

describe('self-check API, rulebook and election packs', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({ now: '2024-01-10T03:00:00Z' });
  });
  afterAll(async () => {
    await rt.close();
  });

  it('POST /api/self-check answers a description with the verdict object, strongest first', async () => {
    const res = await rt.request('/api/self-check', {
      method: 'POST',
      json: { text: 'foto bareng capres 02 sambil salam dua jari', actor: 'pns' },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['actions', 'advice', 'explanation', 'rules', 'verdict']);
    expect(body.verdict).toBe('violation');
    expect(body.actions.map((a: any) => a.act).sort()).toEqual(['gesture', 'photo_with_candidate']);
    expect(body.actions[0].date).toBe('2024-01-10'); // defaulted from the clock (WIB)
    expect(body.rules.map((r: any) => r.id)).toContain('skb-d07');
  });

  it('English, an explicit date and a non-ASN actor', async () => {
    const en = await (
      await rt.request('/api/self-check', {
        method: 'POST',
        json: { text: 'like postingan prabowo', date: '2023-10-01', lang: 'en' },
      })
    ).json();
    expect(en.rules.map((r: any) => r.id)).toEqual(['skb-e04']);
    expect(en.explanation).toMatch(/^This breaches/);
    const kades = await (
      await rt.request('/api/self-check', {
        method: 'POST',
        json: { text: 'like postingan prabowo', actor: 'non_asn' },
      })
    ).json();
    expect(kades.verdict).toBe('not_applicable');
    expect(kades.rules.map((r: any) => r.id)).toContain('uu7-490-kades');
  });

  it('accepts structured actions from the form and refuses an empty request', async () => {
    const res = await rt.request('/api/self-check', {
      method: 'POST',
      json: {
        actions: [{ act: 'campaign_team', target: { kind: 'pair', ref: 'kaltim-gub-01' }, context: {} }],
        date: '2024-10-01',
      },
    });
    const body = await res.json();
    expect(body.rules.map((r: any) => r.id)).toEqual(['skb-d10', 'uu10-189']);
    expect((await rt.request('/api/self-check', { method: 'POST', json: {} })).status).toBe(400);
  });

  it('stores nothing about the asker: no audit row mentions the text', async () => {
    await rt.request('/api/self-check', { method: 'POST', json: { text: 'jadi timses caleg rahasia-xyz' } });
    const r = await rt.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE details::text LIKE '%rahasia%'`,
    );
    expect(r.rows[0]!.n).toBe(0);
  });

  it('GET /api/rulebook serves the rulebook and stores its version', async () => {
    const rb = await (await rt.request('/api/rulebook')).json();
    expect(rb.items.filter((i: any) => i.id.startsWith('skb-e'))).toHaveLength(7);
    expect(rb.items.filter((i: any) => i.id.startsWith('skb-d'))).toHaveLength(12);
    const v = await rt.db.query(`SELECT version FROM rulebook_version`);
    expect(v.rows.map((x: any) => x.version)).toEqual([rb.version]);
  });

  it('imports a 2029 pack as admin (audited), refuses a malformed one with field paths, and judges with it', async () => {
    const { cookie } = await createAndSignIn(rt, { username: 'admin.pack', role: 'admin' });
    const bad = await rt.request('/api/elections/import', {
      method: 'POST',
      headers: { cookie },
      json: { content: PACK_2029.replace('      voting: "2029-02-14"\n', ''), fileName: 'bad.yaml' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.errors).toContain('contests[0].dates.voting: Required');

    const analyst = await createAndSignIn(rt, { username: 'analyst.pack', role: 'analyst' });
    const denied = await rt.request('/api/elections/import', {
      method: 'POST',
      headers: { cookie: analyst.cookie },
      json: { content: PACK_2029 },
    });
    expect(denied.status).toBe(403);

    const ok = await rt.request('/api/elections/import', {
      method: 'POST',
      headers: { cookie },
      json: { content: PACK_2029, fileName: 'pemilu-2029.yaml' },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: 'pemilu-2029', contests: 1, source: 'imported' });
    const audit = await rt.db.query(
      `SELECT action FROM audit_log WHERE entity = 'election_pack' AND entity_id = 'pemilu-2029'`,
    );
    expect(audit.rows.map((r: any) => r.action)).toEqual(['election_pack.import']);

    const list = await (await rt.request('/api/elections?summary=1')).json();
    expect(list.packs.map((p: any) => p.id)).toEqual(['pemilu-2024', 'pilkada-2024-kaltim', 'pemilu-2029']);

    const before = await (
      await rt.request('/api/self-check', {
        method: 'POST',
        json: { text: 'like postingan calon sintetis utama', date: '2028-11-12' },
      })
    ).json();
    expect(before.rules.map((r: any) => r.id)).toEqual(['skb-e04']);
    const after = await (
      await rt.request('/api/self-check', {
        method: 'POST',
        json: { text: 'like postingan calon sintetis utama', date: '2028-11-13' },
      })
    ).json();
    expect(after.rules.map((r: any) => r.id)).toEqual(['skb-d06']);
  });
});
