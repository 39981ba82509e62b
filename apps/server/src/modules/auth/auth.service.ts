// Users, sessions and sign-in. Sessions are server-side: the cookie carries a random token and the
// database keeps only its SHA-256, so a leaked table cannot be replayed. Sign-in failures count per
// account (lock-out) and per source address (throttle); both are audited.
import { createHash, randomBytes } from 'node:crypto';
import { ROLES, isRegionCode, type Actor, type Role } from '@netra/shared';
import type { Config } from '../../config/config.ts';
import type { Db, Queryable } from '../../db/database.ts';
import { HttpError, badRequest, conflict, forbidden, notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditPrincipal, AuditService } from '../audit/audit.service.ts';
import type { ReferenceService } from '../reference/reference.service.ts';
import { createAuthRepo, type UserRow } from './auth.repo.ts';
import {
  burnPasswordCheck,
  generatePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from './password.ts';
import { scopeCovers } from './scope.ts';

export const SESSION_COOKIE = 'netra_session';
export const AUTH_LIMITS = {
  sessionHours: 12,
  idleMinutes: 120,
  maxFailedLogins: 5,
  lockMinutes: 15,
  /** Failed sign-ins from one address per window before it is refused outright. */
  ipFailuresPerWindow: 30,
  ipWindowMinutes: 15,
} as const;

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  regionCodes: string[];
  agencyIds: string[] | null;
  custodian: boolean;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface NewUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  role: Role;
  regionCodes: string[];
  agencyIds?: string[] | null;
  custodian?: boolean;
  /** Omitted: a one-time password is generated and must be changed at first sign-in. */
  password?: string;
  mustChangePassword?: boolean;
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  role?: Role;
  regionCodes?: string[];
  agencyIds?: string[] | null;
  custodian?: boolean;
  active?: boolean;
  unlock?: boolean;
  /** true: generate a one-time password; a string: set that password (also one-time). */
  resetPassword?: boolean | string;
}

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{2,49}$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    role: u.role,
    regionCodes: u.region_codes,
    agencyIds: u.agency_ids,
    custodian: u.custodian,
    active: u.active,
    mustChangePassword: u.must_change_password,
    lockedUntil: u.locked_until ? new Date(u.locked_until).toISOString() : null,
    lastLoginAt: u.last_login_at ? new Date(u.last_login_at).toISOString() : null,
    createdAt: new Date(u.created_at).toISOString(),
  };
}

export function readCookie(header: string | null | undefined, name = SESSION_COOKIE): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return null;
}

export function createAuthService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  audit: AuditService;
  reference: ReferenceService;
}) {
  const repo = createAuthRepo();
  const secure = deps.config.publicUrl.startsWith('https://');
  const minutes = (n: number) => n * 60_000;

  function cookie(token: string, maxAgeSeconds: number): string {
    return [
      `${SESSION_COOKIE}=${token}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Lax',
      `Max-Age=${maxAgeSeconds}`,
      ...(secure ? ['Secure'] : []),
    ].join('; ');
  }

  function actorOf(u: UserRow, agencyIds: string[] | null): Actor {
    return {
      userId: u.id,
      username: u.username,
      role: u.role,
      regionCodes: u.region_codes,
      agencyIds,
      custodian: u.custodian,
      mustChangePassword: u.must_change_password,
    };
  }

  /** Checks a requested scope against what exists and what the granting admin holds. */
  async function checkScope(
    q: Queryable,
    granter: Actor | null,
    role: Role,
    regionCodes: string[],
    agencyIds: string[] | null,
  ): Promise<void> {
    for (const c of regionCodes) if (!isRegionCode(c)) throw badRequest(`Kode wilayah tidak valid: ${c}`);
    const found = await deps.reference.getRegions(regionCodes, q);
    const missing = regionCodes.filter((c) => !found.some((r) => r.code === c));
    if (missing.length) throw badRequest(`Wilayah tidak dikenal: ${missing.join(', ')}`);
    if (granter && !scopeCovers(granter.regionCodes, regionCodes)) {
      throw forbidden('Anda hanya dapat memberi akses di dalam wilayah Anda sendiri');
    }
    if (role === 'ppk' && regionCodes.length === 0 && !agencyIds?.length) {
      throw badRequest('Pengguna PPK harus dibatasi pada wilayah atau instansi');
    }
    if (agencyIds) {
      const visible = await deps.reference.findAgencies(granter ?? null, { ids: agencyIds }, q);
      const bad = agencyIds.filter((id) => !visible.some((a) => a.id === id));
      if (bad.length) throw badRequest(`Instansi tidak dikenal atau di luar wilayah Anda: ${bad.join(', ')}`);
      const outside = visible.filter(
        (a) =>
          regionCodes.length &&
          !regionCodes.some((c) => a.regionCode === c || a.regionCode.startsWith(c + '.')),
      );
      if (outside.length)
        throw badRequest(`Instansi di luar wilayah pengguna: ${outside.map((a) => a.name).join(', ')}`);
    }
  }

  async function create(q: Queryable, who: AuditPrincipal, granter: Actor | null, input: NewUserInput) {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_RE.test(username))
      throw badRequest(
        'Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung',
      );
    if (!ROLES.includes(input.role)) throw badRequest(`Peran tidak dikenal: ${input.role}`);
    const regionCodes = [...new Set(input.regionCodes)];
    const agencyIds = input.agencyIds?.length ? [...new Set(input.agencyIds)] : null;
    await checkScope(q, granter, input.role, regionCodes, agencyIds);
    const oneTime = !input.password;
    const password = input.password ?? generatePassword();
    const problem = passwordProblem(password);
    if (problem) throw badRequest(problem);
    if (await repo.findByUsername(q, username)) throw conflict(`Nama pengguna "${username}" sudah dipakai`);
    const row = await repo.insertUser(q, {
      username,
      displayName: input.displayName.trim() || username,
      email: input.email ?? null,
      passwordHash: await hashPassword(password),
      role: input.role,
      regionCodes,
      agencyIds,
      custodian: input.custodian ?? false,
      mustChangePassword: input.mustChangePassword ?? oneTime,
    });
    await deps.audit.record(q, who, {
      action: 'user.create',
      entity: 'app_user',
      entityId: row.id,
      regionCode: regionCodes[0] ?? null,
      details: { username, role: row.role, regionCodes, agencyIds, custodian: row.custodian },
    });
    return { user: toUserView(row), oneTimePassword: oneTime ? password : null };
  }

  return {
    cookieName: SESSION_COOKIE,
    clearCookie: () => cookie('', 0),

    /** Resolves a Cookie header to the signed-in actor, or null (expired, idle, deactivated, unknown). */
    async resolveActor(cookieHeader: string | undefined): Promise<Actor | null> {
      const token = readCookie(cookieHeader);
      if (!token || token.length > 200) return null;
      const id = sha256(token);
      const s = await repo.findSession(deps.db, id);
      if (!s) return null;
      const now = deps.clock.now();
      const idleLimit = new Date(s.last_seen_at).getTime() + minutes(AUTH_LIMITS.idleMinutes);
      if (!s.active || new Date(s.expires_at) <= now || idleLimit <= now.getTime()) {
        await repo.deleteSession(deps.db, id);
        return null;
      }
      // Touch at most once a minute: a busy page must not turn every read into a write.
      if (now.getTime() - new Date(s.last_seen_at).getTime() > 60_000)
        await repo.touchSession(deps.db, id, now);
      const agencyIds = s.agency_ids ? await deps.reference.withSubUnits(s.agency_ids) : null;
      return actorOf(s, agencyIds);
    },

    async login(input: { username: string; password: string; ip: string; userAgent: string }) {
      const now = deps.clock.now();
      const username = input.username.trim().toLowerCase();
      const ipKey = `ip:${input.ip}`;
      const windowStart = new Date(now.getTime() - minutes(AUTH_LIMITS.ipWindowMinutes));
      if ((await repo.throttleCount(deps.db, ipKey, windowStart)) >= AUTH_LIMITS.ipFailuresPerWindow) {
        throw new HttpError(
          429,
          'throttled',
          'Terlalu banyak percobaan masuk dari alamat ini; coba lagi nanti',
        );
      }
      const user = await repo.findByUsername(deps.db, username);
      const fail = async (reason: string, extra?: (q: Queryable) => Promise<void>) => {
        await deps.db.tx(async (q) => {
          await repo.throttleHit(q, ipKey, now, windowStart);
          await extra?.(q);
          await deps.audit.record(
            q,
            { system: 'auth' },
            {
              action: 'auth.login_failed',
              entity: 'app_user',
              entityId: user?.id ?? null,
              details: { username, reason, ip: input.ip },
            },
          );
        });
      };
      if (!user || !user.active) {
        await burnPasswordCheck(input.password);
        await fail(user ? 'inactive' : 'unknown_user');
        throw new HttpError(401, 'bad_credentials', 'Nama pengguna atau kata sandi salah');
      }
      if (user.locked_until && new Date(user.locked_until) > now) {
        await fail('locked');
        throw new HttpError(
          423,
          'locked',
          `Akun terkunci karena terlalu banyak percobaan gagal; coba lagi setelah ${new Date(user.locked_until).toISOString()}`,
        );
      }
      if (!(await verifyPassword(user.password_hash, input.password))) {
        const lock = user.failed_logins + 1 >= AUTH_LIMITS.maxFailedLogins;
        const until = lock ? new Date(now.getTime() + minutes(AUTH_LIMITS.lockMinutes)) : null;
        await fail('bad_password', async (q) => {
          await repo.recordFailure(q, user.id, until);
          if (lock) {
            await deps.audit.record(
              q,
              { system: 'auth' },
              {
                action: 'auth.locked',
                entity: 'app_user',
                entityId: user.id,
                details: { username, until: until!.toISOString(), failures: AUTH_LIMITS.maxFailedLogins },
              },
            );
          }
        });
        throw new HttpError(401, 'bad_credentials', 'Nama pengguna atau kata sandi salah');
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + AUTH_LIMITS.sessionHours * 3600_000);
      const actor = actorOf(user, user.agency_ids);
      await deps.db.tx(async (q) => {
        await repo.recordSuccess(q, user.id, now);
        await repo.insertSession(q, {
          id: sha256(token),
          userId: user.id,
          now,
          expiresAt,
          ip: input.ip,
          userAgent: input.userAgent,
        });
        await repo.deleteStaleSessions(q, now, new Date(now.getTime() - minutes(AUTH_LIMITS.idleMinutes)));
        await deps.audit.record(q, actor, {
          action: 'auth.login',
          entity: 'app_user',
          entityId: user.id,
          details: { ip: input.ip },
        });
      });
      return {
        cookie: cookie(token, AUTH_LIMITS.sessionHours * 3600),
        user: toUserView({ ...user, failed_logins: 0, locked_until: null, last_login_at: now }),
      };
    },

    async logout(actor: Actor | null, cookieHeader: string | undefined): Promise<void> {
      const token = readCookie(cookieHeader);
      if (!token) return;
      await deps.db.tx(async (q) => {
        await repo.deleteSession(q, sha256(token));
        if (actor)
          await deps.audit.record(q, actor, {
            action: 'auth.logout',
            entity: 'app_user',
            entityId: actor.userId,
          });
      });
    },

    async me(actor: Actor | null): Promise<UserView | null> {
      if (!actor) return null;
      const u = await repo.getUser(deps.db, actor.userId);
      return u ? toUserView(u) : null;
    },

    async changePassword(actor: Actor, cookieHeader: string | undefined, current: string, next: string) {
      const u = await repo.getUser(deps.db, actor.userId);
      if (!u) throw notFound('Pengguna');
      if (!(await verifyPassword(u.password_hash, current))) {
        throw new HttpError(400, 'bad_password', 'Kata sandi saat ini salah');
      }
      const problem = passwordProblem(next);
      if (problem) throw badRequest(problem);
      if (next === current) throw badRequest('Kata sandi baru harus berbeda dari yang lama');
      const hash = await hashPassword(next);
      const token = readCookie(cookieHeader);
      await deps.db.tx(async (q) => {
        await repo.updateUser(q, u.id, { passwordHash: hash, mustChangePassword: false }, deps.clock.now());
        await repo.deleteUserSessions(q, u.id, token ? sha256(token) : null);
        await deps.audit.record(q, actor, {
          action: 'user.password_change',
          entity: 'app_user',
          entityId: u.id,
        });
      });
    },

    async listUsers(actor: Actor, f: { q?: string } = {}): Promise<UserView[]> {
      return deps.db.tx(async (q) => {
        const rows = await repo.listUsers(q, actor.regionCodes, f);
        await deps.audit.record(q, actor, {
          action: 'user.list',
          entity: 'app_user',
          details: { q: f.q ?? null, count: rows.length },
        });
        return rows.map(toUserView);
      });
    },

    /** An admin creates a user inside the admin's own scope. */
    createUser: (actor: Actor, input: NewUserInput) => deps.db.tx((q) => create(q, actor, actor, input)),

    /** For the CLI and the first-start seed: no granting admin, audited as a system principal. */
    createUserAsSystem: (system: string, input: NewUserInput, q?: Queryable) =>
      q ? create(q, { system }, null, input) : deps.db.tx((tq) => create(tq, { system }, null, input)),

    async updateUser(actor: Actor, id: string, p: UserPatch) {
      return deps.db.tx(async (q) => {
        const target = await repo.getUser(q, id);
        // Users outside the admin's scope are indistinguishable from missing ones.
        if (!target || !scopeCovers(actor.regionCodes, target.region_codes)) throw notFound('Pengguna');
        if (target.id === actor.userId && (p.active === false || (p.role && p.role !== 'admin'))) {
          throw badRequest('Anda tidak dapat menonaktifkan akun sendiri atau melepas peran admin sendiri');
        }
        const role = p.role ?? target.role;
        const regionCodes = p.regionCodes ? [...new Set(p.regionCodes)] : target.region_codes;
        const agencyIds =
          p.agencyIds !== undefined
            ? p.agencyIds?.length
              ? [...new Set(p.agencyIds)]
              : null
            : target.agency_ids;
        if (p.role || p.regionCodes || p.agencyIds !== undefined)
          await checkScope(q, actor, role, regionCodes, agencyIds);
        let oneTimePassword: string | null = null;
        let passwordHash: string | undefined;
        if (p.resetPassword) {
          oneTimePassword = typeof p.resetPassword === 'string' ? p.resetPassword : generatePassword();
          const problem = passwordProblem(oneTimePassword);
          if (problem) throw badRequest(problem);
          passwordHash = await hashPassword(oneTimePassword);
        }
        const row = await repo.updateUser(
          q,
          id,
          {
            ...(p.displayName !== undefined ? { displayName: p.displayName } : {}),
            ...(p.email !== undefined ? { email: p.email } : {}),
            ...(p.role ? { role } : {}),
            ...(p.regionCodes ? { regionCodes } : {}),
            ...(p.agencyIds !== undefined ? { agencyIds } : {}),
            ...(p.custodian !== undefined ? { custodian: p.custodian } : {}),
            ...(p.active !== undefined ? { active: p.active } : {}),
            ...(passwordHash ? { passwordHash, mustChangePassword: true, unlock: true } : {}),
            ...(p.unlock ? { unlock: true } : {}),
          },
          deps.clock.now(),
        );
        if (passwordHash || p.active === false || p.role || p.regionCodes || p.agencyIds !== undefined) {
          // A changed scope or credential takes effect now, not at the next session expiry.
          await repo.deleteUserSessions(q, id);
        }
        const changed = Object.keys(p).filter((k) => k !== 'resetPassword');
        await deps.audit.record(q, actor, {
          action: passwordHash ? 'user.password_reset' : 'user.update',
          entity: 'app_user',
          entityId: id,
          regionCode: row.region_codes[0] ?? null,
          details: {
            username: row.username,
            changed: passwordHash ? [...changed, 'password'] : changed,
            role: row.role,
            regionCodes: row.region_codes,
            agencyIds: row.agency_ids,
            active: row.active,
            custodian: row.custodian,
          },
        });
        return { user: toUserView(row), oneTimePassword };
      });
    },

    countAdmins: (q: Queryable = deps.db) => repo.countAdmins(q),
    findUserByUsername: async (username: string) => {
      const u = await repo.findByUsername(deps.db, username);
      return u ? toUserView(u) : null;
    },
    listAllUsers: async () => (await repo.listUsers(deps.db, [], {})).map(toUserView),
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
