// Walks the whole route table: every route must declare an access rule, and no route may be public
// unless it is on the reviewed list below (public endpoints are hostile territory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../testing/test-runtime.ts';

const REVIEWED_PUBLIC = new Set([
  'get /api/health',
  'post /api/self-check',
  'post /api/auth/login',
  'post /api/auth/logout',
  'get /api/auth/me',
  'post /api/public/reports',
  'get /api/public/reports/{trackingCode}',
  'post /api/public/reports/{trackingCode}/evidence',
  'get /api/reference/regions',
  'get /api/rulebook',
  'get /api/elections',
]);

describe('route table', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(async () => {
    await rt.close();
  });

  it('every route declares an access rule', () => {
    const routes = rt.modules.routes();
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      expect(r.access, `${r.method} ${r.path}`).toBeDefined();
      expect(['public', 'authenticated', 'roles']).toContain(r.access.kind);
      if (r.access.kind === 'roles')
        expect(r.access.roles.length, `${r.method} ${r.path}`).toBeGreaterThan(0);
    }
  });

  it('public routes are only the reviewed ones', () => {
    const pub = rt.modules
      .routes()
      .filter((r) => r.access.kind === 'public')
      .map((r) => `${r.method} ${r.path}`);
    for (const p of pub) expect(REVIEWED_PUBLIC, `unreviewed public route ${p}`).toContain(p);
  });

  it('non-public routes refuse a caller without a session', async () => {
    for (const r of rt.modules.routes().filter((x) => x.access.kind !== 'public')) {
      const path = r.path.replace(/\{\w+\}/g, '00000000-0000-0000-0000-000000000000');
      const res = await rt.request(path, {
        method: r.method.toUpperCase(),
        json: r.method === 'get' ? undefined : {},
      });
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
    }
  });

  it('serves health and the OpenAPI document', async () => {
    const h = await rt.request('/api/health');
    expect(await h.json()).toEqual({ status: 'ok', db: rt.db.kind });
    const o = await (await rt.request('/api/openapi.json')).json();
    expect(o.paths['/api/health'].get.summary).toBeTruthy();
  });
});
