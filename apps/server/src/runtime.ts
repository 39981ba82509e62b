// Opens what a process needs (config, database, migrations, queue, modules). main.ts, worker.ts and
// the CLI commands all go through here so start-up is the same everywhere.
import { envToConfig, type Config } from './config/config.ts';
import { readEnv } from './config/env.ts';
import type { Db } from './db/database.ts';
import { migrateUp } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { startQueue, type JobQueue } from './jobs/queue.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { buildModules, type Modules } from './services.ts';

export interface Runtime {
  config: Config;
  db: Db;
  queue: JobQueue | null;
  modules: Modules;
  logger: Logger;
  close(): Promise<void>;
}

export interface OpenRuntimeOptions {
  owner: string;
  /** Start pg-boss (needed to enqueue or to work jobs). */
  withQueue?: boolean;
  config?: Config;
  db?: Db;
  clock?: Clock;
}

export async function openRuntime(opts: OpenRuntimeOptions): Promise<Runtime> {
  const config = opts.config ?? envToConfig(readEnv());
  const logger = createLogger(config.logLevel);
  let lock: { release(): void } | null = null;
  let db = opts.db;
  if (!db) {
    const opened = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      owner: opts.owner,
    });
    db = opened.db;
    lock = opened.lock;
  }
  try {
    await migrateUp(db);
    const queue = opts.withQueue
      ? await startQueue(db, { onError: (e) => logger.error('queue error', e) })
      : null;
    const modules = buildModules({ db, config, clock: opts.clock ?? systemClock, logger, queue });
    // Reference data (regions, holidays, agency types) before anything that references it; a no-op when current.
    await modules.reference.seedReferenceData();
    return {
      config,
      db,
      queue,
      modules,
      logger,
      async close() {
        await queue?.stop().catch(() => undefined);
        if (!opts.db) await db!.close();
        lock?.release();
      },
    };
  } catch (e) {
    if (!opts.db) await db.close().catch(() => undefined);
    lock?.release();
    throw e;
  }
}
