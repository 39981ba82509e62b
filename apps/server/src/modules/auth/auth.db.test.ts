// Sign-in, sessions, lock-out and user management through the HTTP API on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAndSignIn, signIn, TEST_PASSWORD } from '../../testing/sign-in.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';
import { AUTH_LIMITS } from './auth.service.ts';

describe('auth', () => {
  let rt: TestRuntime;
  let admin: string;
  beforeAll(async () => {
    rt = await createTestRuntime();
    admin = (await createAndSignIn(rt, { username: 'root', role: 'admin' })).cookie;
  });
  afterAll(async () => {
    await rt.close();
  });

  const get = (path: string, cookie?: string) => rt.request(path, { headers: cookie ? { cookie } : {} });
  const send = (method: string, path: string, json: unknown, cookie?: string) =>
    rt.request(path, { method, json, headers: cookie ? { cookie } : {} });

  it('stores an argon2id hash, never the password', async () => {
    const r = await rt.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM app_user WHERE username = 'root'`,
    );
    expect(r.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(r.rows[0].password_hash).not.toContain(TEST_PASSWORD);
  });

  it('signs in with a httpOnly SameSite cookie and stores only the token hash', async () => {
    const res = await send('POST', '/api/auth/login', { username: 'ROOT', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/^netra_session=[\w-]{40,};/);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Lax');
    expect(set).toContain('Path=/');
    expect(set).not.toContain('Secure'); // PUBLIC_URL is http in tests
    const token = /netra_session=([^;]+)/.exec(set)![1];
    const stored = await rt.db.query<{ id: string }>('SELECT id FROM user_session');
    expect(stored.rows.map((r) => r.id)).not.toContain(token);
    expect(stored.rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
    const me = await (await get('/api/auth/me', `netra_session=${token}`)).json();
    expect(me.user).toMatchObject({ username: 'root', role: 'admin', regionCodes: [] });
  });

  it('me is null without a session or with a forged one', async () => {
    expect(await (await get('/api/auth/me')).json()).toEqual({ user: null });
    expect(await (await get('/api/auth/me', 'netra_session=forged')).json()).toEqual({ user: null });
    expect((await get('/api/users', 'netra_session=forged')).status).toBe(401);
  });

  it('refuses a wrong password and an unknown user with the same message', async () => {
    const a = await send('POST', '/api/auth/login', { username: 'root', password: 'wrong-password-1' });
    const b = await send('POST', '/api/auth/login', { username: 'nobody', password: 'wrong-password-1' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect((await a.json()).error.message).toBe((await b.json()).error.message);
    // a success resets the account's failure counter
    await signIn(rt, 'root');
  });

  it('locks an account after repeated failures, audits it, and unlocks after the lock period', async () => {
    await createAndSignIn(rt, { username: 'victim', role: 'viewer', regionCodes: ['64'] });
    for (let i = 0; i < AUTH_LIMITS.maxFailedLogins; i++) {
      const r = await send('POST', '/api/auth/login', { username: 'victim', password: 'not-the-password' });
      expect(r.status).toBe(401);
    }
    const locked = await send('POST', '/api/auth/login', { username: 'victim', password: TEST_PASSWORD });
    expect(locked.status).toBe(423);
    expect((await locked.json()).error.message).toMatch(/terkunci/);
    const audit = await rt.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE details->>'username' = 'victim' ORDER BY seq`,
    );
    expect(audit.rows.map((r) => r.action)).toContain('auth.locked');
    expect(audit.rows.filter((r) => r.action === 'auth.login_failed').length).toBeGreaterThanOrEqual(6);
    rt.clock.set(new Date(rt.clock.now().getTime() + (AUTH_LIMITS.lockMinutes + 1) * 60_000));
    await signIn(rt, 'victim');
  });

  it('throttles an address after too many failures', async () => {
    const ip = { 'x-real-ip': '10.9.9.9' };
    let last = 0;
    for (let i = 0; i <= AUTH_LIMITS.ipFailuresPerWindow; i++) {
      const r = await rt.request('/api/auth/login', {
        method: 'POST',
        json: { username: `ghost${i}`, password: 'whatever-123' },
        headers: ip,
      });
      last = r.status;
    }
    expect(last).toBe(429);
  });

  it('ends sessions on logout, after idle time, and at expiry', async () => {
    const c1 = await signIn(rt, 'root');
    expect((await get('/api/users', c1)).status).toBe(200);
    await send('POST', '/api/auth/logout', {}, c1);
    expect((await get('/api/users', c1)).status).toBe(401);

    const c2 = await signIn(rt, 'root');
    rt.clock.set(new Date(rt.clock.now().getTime() + (AUTH_LIMITS.idleMinutes + 1) * 60_000));
    expect((await get('/api/users', c2)).status).toBe(401);

    const c3 = await signIn(rt, 'root');
    // kept active every hour, it still ends at the absolute lifetime
    for (let h = 1; h < AUTH_LIMITS.sessionHours; h++) {
      rt.clock.set(new Date(rt.clock.now().getTime() + 3600_000));
      expect((await (await get('/api/auth/me', c3)).json()).user, `hour ${h}`).not.toBeNull();
    }
    rt.clock.set(new Date(rt.clock.now().getTime() + 3600_000));
    expect((await (await get('/api/auth/me', c3)).json()).user).toBeNull();
    admin = await signIn(rt, 'root');
  });

  it('changes the own password and ends the other sessions', async () => {
    const { cookie: a } = await createAndSignIn(rt, {
      username: 'changer',
      role: 'analyst',
      regionCodes: ['64.72'],
    });
    const b = await signIn(rt, 'changer');
    const bad = await send(
      'POST',
      '/api/auth/password',
      { currentPassword: 'nope', newPassword: 'another-pass-99' },
      a,
    );
    expect(bad.status).toBe(400);
    const short = await send(
      'POST',
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      a,
    );
    expect((await short.json()).error.message).toMatch(/minimal 10/);
    const ok = await send(
      'POST',
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'another-pass-99' },
      a,
    );
    expect(ok.status).toBe(200);
    expect((await get('/api/auth/me', a)).status).toBe(200);
    expect((await (await get('/api/auth/me', b)).json()).user).toBeNull();
    await signIn(rt, 'changer', 'another-pass-99');
  });

  it('only admins manage users', async () => {
    const { cookie } = await createAndSignIn(rt, {
      username: 'plain.analyst',
      role: 'analyst',
      regionCodes: ['64'],
    });
    expect((await get('/api/users', cookie)).status).toBe(403);
    expect(
      (await send('POST', '/api/users', { username: 'x1x', displayName: 'x', role: 'viewer' }, cookie))
        .status,
    ).toBe(403);
  });

  it('a national admin creates a scoped user with a one-time password that must be changed', async () => {
    const res = await send(
      'POST',
      '/api/users',
      { username: 'analis.smd2', displayName: 'Analis Samarinda 2', role: 'analyst', regionCodes: ['64.72'] },
      admin,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({
      username: 'analis.smd2',
      regionCodes: ['64.72'],
      mustChangePassword: true,
    });
    expect(body.oneTimePassword).toMatch(/^[\w]{4}(-[\w]{4}){3}$/);
    const c = await signIn(rt, 'analis.smd2', body.oneTimePassword);
    expect((await (await get('/api/auth/me', c)).json()).user.mustChangePassword).toBe(true);
    // Until the one-time password is changed, the API itself refuses everything else.
    const blocked = await get('/api/asn', c);
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.code).toBe('password_change_required');
    const changed = await send(
      'POST',
      '/api/auth/password',
      { currentPassword: body.oneTimePassword, newPassword: 'a-new-password-123' },
      c,
    );
    expect(changed.status).toBe(200);
    expect((await get('/api/asn', c)).status).toBe(200);
    const dup = await send(
      'POST',
      '/api/users',
      { username: 'analis.smd2', displayName: 'x', role: 'viewer' },
      admin,
    );
    expect(dup.status).toBe(409);
    const badRegion = await send(
      'POST',
      '/api/users',
      { username: 'nowhere', displayName: 'x', role: 'viewer', regionCodes: ['64.99'] },
      admin,
    );
    expect(badRegion.status).toBe(400);
    expect((await badRegion.json()).error.message).toContain('64.99');
  });

  it('a province admin may only create and see users inside its province', async () => {
    const { cookie: prov } = await createAndSignIn(rt, {
      username: 'admin.prov',
      role: 'admin',
      regionCodes: ['64'],
    });
    const inside = await send(
      'POST',
      '/api/users',
      { username: 'viewer.bpp', displayName: 'Viewer BPP', role: 'viewer', regionCodes: ['64.71'] },
      prov,
    );
    expect(inside.status).toBe(201);
    for (const regionCodes of [['65.01'], [], ['64.71', '65']]) {
      const r = await send(
        'POST',
        '/api/users',
        { username: 'outsider', displayName: 'x', role: 'viewer', regionCodes },
        prov,
      );
      expect(r.status, JSON.stringify(regionCodes)).toBe(403);
    }
    const list = (await (await get('/api/users', prov)).json()).users.map((u: any) => u.username);
    expect(list).toContain('viewer.bpp');
    expect(list).toContain('analis.smd2');
    expect(list).not.toContain('root');
    // a national user is outside the province admin's reach: hidden and not editable
    const root = (await (await get('/api/users', admin)).json()).users.find(
      (u: any) => u.username === 'root',
    );
    expect((await send('PATCH', `/api/users/${root.id}`, { active: false }, prov)).status).toBe(404);
  });

  it('deactivating, rescoping and resetting take effect at once and are audited', async () => {
    const { cookie, userId } = await createAndSignIn(rt, {
      username: 'temp.user',
      role: 'viewer',
      regionCodes: ['64'],
    });
    const off = await send('PATCH', `/api/users/${userId}`, { active: false }, admin);
    expect(off.status).toBe(200);
    expect((await (await get('/api/auth/me', cookie)).json()).user).toBeNull();
    expect(
      (await send('POST', '/api/auth/login', { username: 'temp.user', password: TEST_PASSWORD })).status,
    ).toBe(401);
    await send('PATCH', `/api/users/${userId}`, { active: true, regionCodes: ['64.72'] }, admin);
    const reset = await (await send('PATCH', `/api/users/${userId}`, { resetPassword: true }, admin)).json();
    expect(reset.oneTimePassword).toBeTruthy();
    expect(reset.user).toMatchObject({ regionCodes: ['64.72'], mustChangePassword: true, active: true });
    await signIn(rt, 'temp.user', reset.oneTimePassword);
    const acts = await rt.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'app_user' AND entity_id = $1 ORDER BY seq`,
      [userId],
    );
    expect(acts.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.update', 'user.password_reset', 'auth.login']),
    );
    const self = (await (await get('/api/auth/me', admin)).json()).user;
    expect((await send('PATCH', `/api/users/${self.id}`, { active: false }, admin)).status).toBe(400);
  });

  it('the audit chain stays intact through all of it', async () => {
    expect((await rt.modules.audit.verify()).problems).toEqual([]);
  });
});

describe('auth behind https', () => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const rt = await createTestRuntime({ env: { PUBLIC_URL: 'https://netra.example.go.id' } });
    try {
      await createAndSignIn(rt, { username: 'tls.user', role: 'viewer', regionCodes: ['64'] });
      const res = await rt.request('/api/auth/login', {
        method: 'POST',
        json: { username: 'tls.user', password: TEST_PASSWORD },
      });
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await rt.close();
    }
  });
});
