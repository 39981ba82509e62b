// The demo world gets 15–45 Kaltim cases in many stages, with intact event chains (DOMAIN §4.4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOnStart } from '../../seed/seed-on-start.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

describe('demo cases', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime({
      now: '2024-12-10T02:00:00Z',
      env: { NETRA_SEED_DEMO: 'true', NETRA_ADMIN_PASSWORD: 'demo-password-123' },
    });
    await seedOnStart(rt, () => undefined);
  });
  afterAll(async () => {
    await rt?.close();
  });

  it('seeds realistic cases across stages and regions, chains intact', async () => {
    const admin = {
      userId: '00000000-0000-0000-0000-000000000000',
      username: 'x',
      role: 'admin' as const,
      regionCodes: [],
      agencyIds: null,
      custodian: false,
    };
    const d = await rt.modules.cases.read.dashboard(admin, {});
    expect(d.total).toBeGreaterThanOrEqual(15);
    expect(d.total).toBeLessThanOrEqual(45);
    expect(d.byStage.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(9);
    expect(d.byRegion.map((r) => r.key)).toEqual(expect.arrayContaining(['64.72', '64.71']));
    expect((await rt.modules.cases.verifyChains()).case_event.problems).toEqual([]);
    const tri = await rt.modules.cases.read.triage(admin, { limit: 50, offset: 0 });
    expect(tri.items.filter((i) => i.kind === 'public_report').length).toBeGreaterThanOrEqual(4);
    const fu = await rt.modules.cases.read.followUp(admin, {});
    expect(fu.items.length).toBeGreaterThanOrEqual(4);
    expect(fu.items.every((x) => x.recommendingBody === 'bkn')).toBe(true);
  });
});
