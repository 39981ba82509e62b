import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export interface OpenedDatabase {
  db: Db;
  lock: DataDirLock | null;
}

/** PostgreSQL when a URL is given; otherwise PGlite in `<dataDir>/pglite`, guarded by a lock file. */
export async function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string;
  owner: string;
}): Promise<OpenedDatabase> {
  if (opts.databaseUrl) return { db: await openPostgres(opts.databaseUrl), lock: null };
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const lock = acquireDataDirLock(opts.dataDir, opts.owner);
  try {
    return { db: await openPglite(path.join(opts.dataDir, 'pglite')), lock };
  } catch (e) {
    lock.release();
    throw e;
  }
}
