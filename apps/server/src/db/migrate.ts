// Plain-SQL migrations, up and down, run from app code on both backends (drizzle-kit's CLI fails
// silently on PGlite when an extension is needed; see docs/adr/0001). Files in migrations/ are named
// `<YYYYMMDDHHMM>_<area>_<what>.up.sql` with a matching `.down.sql`; never edit one once merged.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './database.ts';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  id: string;
  up: string;
  down: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const ups = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.up.sql'))
    .sort();
  return ups.map((f) => {
    const id = f.slice(0, -'.up.sql'.length);
    const downFile = path.join(dir, `${id}.down.sql`);
    if (!fs.existsSync(downFile)) throw new Error(`Migration ${id} has no down file (${id}.down.sql)`);
    return { id, up: fs.readFileSync(path.join(dir, f), 'utf8'), down: fs.readFileSync(downFile, 'utf8') };
  });
}

async function ensureTable(db: Db): Promise<void> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migration (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  await ensureTable(db);
  const r = await db.query<{ id: string }>('SELECT id FROM schema_migration ORDER BY id');
  return r.rows.map((x) => x.id);
}

async function runInTransaction(db: Db, sql: string): Promise<void> {
  try {
    await db.exec(`BEGIN;\n${sql}\n;COMMIT;`);
  } catch (e) {
    await db.exec('ROLLBACK;').catch(() => undefined);
    throw e;
  }
}

/** Applies every pending migration, each in its own transaction. Returns the ids applied. */
export async function migrateUp(db: Db, migrations = loadMigrations()): Promise<string[]> {
  const done = new Set(await appliedMigrations(db));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    try {
      await runInTransaction(
        db,
        `${m.up}\n;INSERT INTO schema_migration (id) VALUES ('${m.id.replace(/'/g, "''")}');`,
      );
    } catch (e: any) {
      throw new Error(`Migration ${m.id} failed: ${e.message}`);
    }
    applied.push(m.id);
  }
  return applied;
}

/** Reverts the last `steps` applied migrations (all when steps is Infinity). */
export async function migrateDown(db: Db, steps = 1, migrations = loadMigrations()): Promise<string[]> {
  const byId = new Map(migrations.map((m) => [m.id, m]));
  const done = (await appliedMigrations(db)).reverse().slice(0, steps);
  for (const id of done) {
    const m = byId.get(id);
    if (!m) throw new Error(`Applied migration ${id} has no file; cannot revert it`);
    await runInTransaction(
      db,
      `${m.down}\n;DELETE FROM schema_migration WHERE id = '${id.replace(/'/g, "''")}';`,
    );
  }
  return done;
}
