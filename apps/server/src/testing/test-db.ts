// Test databases. TEST_DB=pglite (default) gives a fresh in-memory PGlite per call; TEST_DB=postgres
// creates a fresh database on the server at TEST_DATABASE_URL (default the machine's 127.0.0.1:5432/test)
// and drops it on close, so every test file is isolated on both backends.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../db/database.ts';
import { migrateUp } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';

export const TEST_BACKEND: 'pglite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  db: Db;
  /** Connection URL on PostgreSQL (for child processes); null on PGlite. */
  url: string | null;
  close(): Promise<void>;
}

export async function createTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  let t: TestDb;
  if (TEST_BACKEND === 'pglite') {
    const db = await openPglite(null);
    t = { db, url: null, close: () => db.close() };
  } else {
    const name = `netra_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    const db = await openPostgres(url, { max: 5 });
    t = {
      db,
      url,
      async close() {
        await db.close();
        const a = new pg.Client({ connectionString: ADMIN_URL });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  if (opts.migrate !== false) await migrateUp(t.db);
  return t;
}
