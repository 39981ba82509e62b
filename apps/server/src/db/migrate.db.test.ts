// Every migration runs up, all the way down to an empty schema, and up again, on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/test-db.ts';
import { appliedMigrations, loadMigrations, migrateDown, migrateUp } from './migrate.ts';

async function tables(t: TestDb): Promise<string[]> {
  const r = await t.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name <> 'schema_migration' ORDER BY 1`,
  );
  return r.rows.map((x) => x.table_name);
}

describe('migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('every migration has a unique, ordered timestamped id and a down file', () => {
    const ids = loadMigrations().map((m) => m.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(id).toMatch(/^\d{12}_[a-z0-9]+_[a-z0-9_]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs up, down to zero, and up again', async () => {
    const all = loadMigrations().map((m) => m.id);
    expect(await migrateUp(t.db)).toEqual(all);
    const first = await tables(t);
    expect(first).toEqual(
      expect.arrayContaining(['region', 'asn', 'app_user', 'user_session', 'audit_log', 'login_throttle']),
    );
    expect(await migrateUp(t.db)).toEqual([]);

    expect(await migrateDown(t.db, Infinity)).toEqual([...all].reverse());
    expect(await appliedMigrations(t.db)).toEqual([]);
    expect(await tables(t)).toEqual([]);

    expect(await migrateUp(t.db)).toEqual(all);
    expect(await tables(t)).toEqual(first);
  });

  it('steps down one at a time and back', async () => {
    const all = loadMigrations().map((m) => m.id);
    for (let i = all.length - 1; i >= 0; i--) {
      expect(await migrateDown(t.db, 1)).toEqual([all[i]]);
      expect(await appliedMigrations(t.db)).toEqual(all.slice(0, i));
    }
    expect(await migrateUp(t.db)).toEqual(all);
  });
});
