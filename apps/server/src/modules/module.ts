// What every module receives, and what it gives back. Modules are built in dependency order
// (see services.ts); a module may call the services of modules built before it, never their repos.
import type { Config } from '../config/config.ts';
import type { Db, Queryable } from '../db/database.ts';
import type { RouteDef } from '../http/route.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { AuditService } from './audit/audit.service.ts';

export interface CoreDeps {
  db: Db;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** null in commands that do not run jobs; modules must then do the work inline or refuse. */
  queue: JobQueue | null;
  audit: AuditService;
}

export interface NetraModule {
  routes: RouteDef[];
  /** Registers this module's job handlers on the queue (API process in embedded mode, or `netra worker`). */
  startWorkers?(queue: JobQueue): Promise<void>;
  /** Seeds this module's part of the synthetic demo world into an empty database. */
  seedDemo?(q: Queryable): Promise<void>;
}
