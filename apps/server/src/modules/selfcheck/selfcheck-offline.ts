// The self-check for CLI commands: works with no server and no database. Imported packs are read from the
// database when it can be opened read-only for a moment (PostgreSQL, or an unlocked PGlite directory);
// a PGlite directory held by a running server is never waited for — the shipped packs answer alone.
import fs from 'node:fs';
import path from 'node:path';
import { parseElectionPack, type ElectionPack } from '@netra/shared';
import { envToConfig } from '../../config/config.ts';
import { readEnv } from '../../config/env.ts';
import { acquireDataDirLock, readLockOwner } from '../../db/data-dir-lock.ts';
import type { Db } from '../../db/database.ts';
import { openPglite } from '../../db/pglite.ts';
import { openPostgres } from '../../db/postgres.ts';
import { systemClock } from '../../platform/clock.ts';
import { mergePacks, type PackWithSource } from '../rulebook/rulebook.service.ts';
import { loadShippedPacks, loadShippedRulebook } from '../rulebook/shipped-data.ts';
import { createSelfcheckService, type DetectTextFn } from './selfcheck.service.ts';

export interface OfflinePacks {
  packs: PackWithSource[];
  /** why imported packs are missing, e.g. the server holds the PGlite lock; null when read */
  note: string | null;
}

async function readImportedPacks(): Promise<{ packs: ElectionPack[]; note: string | null }> {
  let config;
  try {
    config = envToConfig(readEnv());
  } catch (e: any) {
    return { packs: [], note: `config: ${e?.message ?? e}` };
  }
  let db: Db | null = null;
  let release: (() => void) | null = null;
  try {
    if (config.databaseUrl) db = await openPostgres(config.databaseUrl, { max: 1 });
    else {
      const dir = path.join(config.dataDir, 'pglite');
      if (!fs.existsSync(dir)) return { packs: [], note: null };
      const owner = readLockOwner(config.dataDir);
      if (owner)
        return {
          packs: [],
          note: `database in use by process ${owner.pid} (${owner.owner}); shipped election packs only`,
        };
      const lock = acquireDataDirLock(config.dataDir, 'netra check (read)');
      release = () => lock.release();
      db = await openPglite(dir);
    }
    const r = await db.query<{ data: unknown }>(`SELECT data FROM election_pack ORDER BY id`);
    const packs: ElectionPack[] = [];
    for (const row of r.rows) {
      const p = parseElectionPack(row.data);
      if (p.ok) packs.push(p.pack);
    }
    return { packs, note: null };
  } catch (e: any) {
    return { packs: [], note: `imported election packs not read: ${e?.message ?? e}` };
  } finally {
    await db?.close().catch(() => undefined);
    release?.();
  }
}

export async function loadOfflinePacks(): Promise<OfflinePacks> {
  const imported = await readImportedPacks();
  return { packs: mergePacks(loadShippedPacks(), imported.packs), note: imported.note };
}

async function loadDetector(): Promise<DetectTextFn | null> {
  try {
    const mod: any = await import('../detect/detect.service.ts');
    if (typeof mod.createDetectService !== 'function') return null;
    const svc = mod.createDetectService({ clock: systemClock });
    return typeof svc.detectText === 'function' ? (text, opts) => svc.detectText(text, opts) : null;
  } catch {
    return null;
  }
}

export async function openOfflineSelfCheck() {
  const rulebook = loadShippedRulebook();
  const { packs, note } = await loadOfflinePacks();
  const service = createSelfcheckService({
    context: async () => ({ rulebook, packs }),
    clock: systemClock,
    detectText: await loadDetector(),
  });
  return { ...service, note, packs, rulebook };
}
