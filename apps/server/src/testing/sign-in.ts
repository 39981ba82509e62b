// Signing in from tests: creates users through the auth service and returns the session cookie to send.
import type { Role } from '@netra/shared';
import type { TestRuntime } from './test-runtime.ts';

export const TEST_PASSWORD = 'test-Password-123';

/** Signs in through POST /api/auth/login and returns a Cookie header value. Throws on failure. */
export async function signIn(rt: TestRuntime, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await rt.request('/api/auth/login', { method: 'POST', json: { username, password } });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  const set = res.headers.get('set-cookie') ?? '';
  const m = /netra_session=([^;]+)/.exec(set);
  if (!m) throw new Error(`sign-in as ${username}: no session cookie in ${set}`);
  return `netra_session=${m[1]}`;
}

/** Creates a user (as the system) and signs in; returns the cookie and the user id. */
export async function createAndSignIn(
  rt: TestRuntime,
  u: {
    username: string;
    role: Role;
    regionCodes?: string[];
    agencyIds?: string[] | null;
    custodian?: boolean;
  },
): Promise<{ cookie: string; userId: string }> {
  const { user } = await rt.modules.auth.createUserAsSystem('test', {
    username: u.username,
    displayName: u.username,
    role: u.role,
    regionCodes: u.regionCodes ?? [],
    agencyIds: u.agencyIds ?? null,
    custodian: u.custodian ?? false,
    password: TEST_PASSWORD,
    mustChangePassword: false,
  });
  return { cookie: await signIn(rt, u.username), userId: user.id };
}
