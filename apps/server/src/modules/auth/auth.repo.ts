import type { Role } from '@netra/shared';
import type { Queryable } from '../../db/database.ts';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  role: Role;
  region_codes: string[];
  agency_ids: string[] | null;
  custodian: boolean;
  active: boolean;
  must_change_password: boolean;
  failed_logins: number;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
}

export interface NewUserRow {
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string;
  role: Role;
  regionCodes: string[];
  agencyIds: string[] | null;
  custodian: boolean;
  mustChangePassword: boolean;
}

export interface SessionUserRow extends UserRow {
  session_id: string;
  expires_at: Date;
  last_seen_at: Date;
}

const USER_COLS = `u.id, u.username, u.display_name, u.email, u.password_hash, u.role, u.region_codes,
  u.agency_ids::text[] AS agency_ids, u.custodian, u.active, u.must_change_password, u.failed_logins,
  u.locked_until, u.last_login_at, u.created_at`;

export function createAuthRepo() {
  return {
    async findByUsername(q: Queryable, username: string): Promise<UserRow | null> {
      const r = await q.query<UserRow>(`SELECT ${USER_COLS} FROM app_user u WHERE u.username = $1`, [
        username,
      ]);
      return r.rows[0] ?? null;
    },
    async getUser(q: Queryable, id: string): Promise<UserRow | null> {
      const r = await q.query<UserRow>(`SELECT ${USER_COLS} FROM app_user u WHERE u.id = $1`, [id]);
      return r.rows[0] ?? null;
    },
    async countAdmins(q: Queryable): Promise<number> {
      const r = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin'`);
      return r.rows[0].n;
    },
    async insertUser(q: Queryable, u: NewUserRow): Promise<UserRow> {
      const r = await q.query<UserRow>(
        `INSERT INTO app_user AS u (username, display_name, email, password_hash, role, region_codes, agency_ids,
           custodian, must_change_password, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7::uuid[], $8, $9, now())
         RETURNING ${USER_COLS}`,
        [
          u.username,
          u.displayName,
          u.email,
          u.passwordHash,
          u.role,
          u.regionCodes,
          u.agencyIds,
          u.custodian,
          u.mustChangePassword,
        ],
      );
      return r.rows[0];
    },
    async updateUser(
      q: Queryable,
      id: string,
      p: Partial<{
        displayName: string;
        email: string | null;
        role: Role;
        regionCodes: string[];
        agencyIds: string[] | null;
        custodian: boolean;
        active: boolean;
        passwordHash: string;
        mustChangePassword: boolean;
        unlock: boolean;
      }>,
      now: Date,
    ): Promise<UserRow> {
      const r = await q.query<UserRow>(
        `UPDATE app_user AS u SET
           display_name = COALESCE($2, display_name),
           email = CASE WHEN $3::boolean THEN $4 ELSE email END,
           role = COALESCE($5, role),
           region_codes = COALESCE($6::text[], region_codes),
           agency_ids = CASE WHEN $7::boolean THEN $8::uuid[] ELSE agency_ids END,
           custodian = COALESCE($9, custodian),
           active = COALESCE($10, active),
           password_hash = COALESCE($11, password_hash),
           password_changed_at = CASE WHEN $11::text IS NULL THEN password_changed_at ELSE $14 END,
           must_change_password = COALESCE($12, must_change_password),
           failed_logins = CASE WHEN $13::boolean THEN 0 ELSE failed_logins END,
           locked_until = CASE WHEN $13::boolean THEN NULL ELSE locked_until END,
           updated_at = $14
         WHERE id = $1 RETURNING ${USER_COLS}`,
        [
          id,
          p.displayName ?? null,
          'email' in p,
          p.email ?? null,
          p.role ?? null,
          p.regionCodes ?? null,
          'agencyIds' in p,
          p.agencyIds ?? null,
          p.custodian ?? null,
          p.active ?? null,
          p.passwordHash ?? null,
          p.mustChangePassword ?? null,
          p.unlock ?? false,
          now,
        ],
      );
      return r.rows[0];
    },
    async recordFailure(q: Queryable, id: string, lockUntil: Date | null): Promise<void> {
      await q.query(
        `UPDATE app_user SET failed_logins = CASE WHEN $2::timestamptz IS NULL THEN failed_logins + 1 ELSE 0 END,
           locked_until = COALESCE($2, locked_until) WHERE id = $1`,
        [id, lockUntil],
      );
    },
    async recordSuccess(q: Queryable, id: string, now: Date): Promise<void> {
      await q.query(
        'UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1',
        [id, now],
      );
    },
    /** Users whose whole region scope lies inside `scope` (empty scope = all users). */
    async listUsers(q: Queryable, scope: readonly string[], f: { q?: string }): Promise<UserRow[]> {
      const r = await q.query<UserRow>(
        `SELECT ${USER_COLS} FROM app_user u
          WHERE ($1::text IS NULL OR u.username ILIKE $1 OR u.display_name ILIKE $1)
            AND (cardinality($2::text[]) = 0 OR (cardinality(u.region_codes) > 0 AND NOT EXISTS (
                  SELECT 1 FROM unnest(u.region_codes) AS c(code) WHERE NOT EXISTS (
                    SELECT 1 FROM unnest($2::text[]) AS s(code) WHERE c.code = s.code OR c.code LIKE s.code || '.%'))))
          ORDER BY u.username LIMIT 1000`,
        [f.q ? `%${f.q}%` : null, [...scope]],
      );
      return r.rows;
    },
    async insertSession(
      q: Queryable,
      s: { id: string; userId: string; now: Date; expiresAt: Date; ip: string; userAgent: string },
    ): Promise<void> {
      await q.query(
        `INSERT INTO user_session (id, user_id, created_at, expires_at, last_seen_at, ip, user_agent)
         VALUES ($1, $2, $3, $4, $3, $5, $6)`,
        [s.id, s.userId, s.now, s.expiresAt, s.ip, s.userAgent.slice(0, 300)],
      );
    },
    async findSession(q: Queryable, id: string): Promise<SessionUserRow | null> {
      const r = await q.query<SessionUserRow>(
        `SELECT ${USER_COLS}, s.id AS session_id, s.expires_at, s.last_seen_at
           FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1`,
        [id],
      );
      return r.rows[0] ?? null;
    },
    async touchSession(q: Queryable, id: string, now: Date): Promise<void> {
      await q.query('UPDATE user_session SET last_seen_at = $2 WHERE id = $1', [id, now]);
    },
    async deleteSession(q: Queryable, id: string): Promise<void> {
      await q.query('DELETE FROM user_session WHERE id = $1', [id]);
    },
    async deleteUserSessions(q: Queryable, userId: string, keep: string | null = null): Promise<void> {
      await q.query('DELETE FROM user_session WHERE user_id = $1 AND ($2::text IS NULL OR id <> $2)', [
        userId,
        keep,
      ]);
    },
    async deleteStaleSessions(q: Queryable, now: Date, idleSince: Date): Promise<void> {
      await q.query('DELETE FROM user_session WHERE expires_at < $1 OR last_seen_at < $2', [now, idleSince]);
    },
    async throttleCount(q: Queryable, key: string, windowStart: Date): Promise<number> {
      const r = await q.query<{ attempts: number }>(
        'SELECT attempts FROM login_throttle WHERE key = $1 AND window_start >= $2',
        [key, windowStart],
      );
      return r.rows[0]?.attempts ?? 0;
    },
    async throttleHit(q: Queryable, key: string, now: Date, windowStart: Date): Promise<void> {
      await q.query(
        `INSERT INTO login_throttle AS t (key, window_start, attempts) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           attempts = CASE WHEN t.window_start < $3 THEN 1 ELSE t.attempts + 1 END,
           window_start = CASE WHEN t.window_start < $3 THEN $2 ELSE t.window_start END`,
        [key, now, windowStart],
      );
    },
  };
}
export type AuthRepo = ReturnType<typeof createAuthRepo>;
