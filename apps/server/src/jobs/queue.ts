// The job queue: pg-boss on both backends. On PGlite it runs in-process through the db executor.
// Job definitions (name + zod payload) live apart from their handlers (`*.job.ts`); handlers must be
// idempotent because a job may run again after a crash.
import PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';

export interface JobDefinition<T> {
  name: string;
  payload: z.ZodType<T>;
  retryLimit?: number;
  /** An active job older than this is failed by pg-boss maintenance and retried (crash recovery). */
  expireInSeconds?: number;
}

export function defineJob<T>(def: JobDefinition<T>): JobDefinition<T> {
  return def;
}

export interface JobQueue {
  enqueue<T>(def: JobDefinition<T>, payload: T, opts?: { singletonKey?: string }): Promise<string | null>;
  work<T>(
    def: JobDefinition<T>,
    handler: (payload: T, jobId: string) => Promise<void>,
    opts?: { batchSize?: number },
  ): Promise<void>;
  /** Waits until no job of these names is queued or active (tests, CLI imports on PGlite). */
  drain(names: string[], timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
  readonly boss: PgBoss;
}

export async function startQueue(db: Db, opts: { onError?: (e: unknown) => void } = {}): Promise<JobQueue> {
  const boss = new PgBoss({ db: db.bossExecutor() as any, schedule: false, supervise: true, migrate: true });
  boss.on('error', (e) => opts.onError?.(e));
  await boss.start();
  const created = new Set<string>();
  const ensure = async (def: JobDefinition<unknown>) => {
    if (created.has(def.name)) return;
    await boss.createQueue(def.name, {
      name: def.name,
      retryLimit: def.retryLimit ?? 3,
      retryDelay: 1,
      ...(def.expireInSeconds ? { expireInSeconds: def.expireInSeconds } : {}),
    } as any);
    created.add(def.name);
  };
  return {
    boss,
    async enqueue(def, payload, o) {
      await ensure(def as JobDefinition<unknown>);
      const data = def.payload.parse(payload);
      return boss.send(def.name, data as object, o?.singletonKey ? { singletonKey: o.singletonKey } : {});
    },
    async work(def, handler, o) {
      await ensure(def as JobDefinition<unknown>);
      await boss.work(
        def.name,
        { batchSize: o?.batchSize ?? 1, pollingIntervalSeconds: 0.5 },
        async (jobs) => {
          for (const job of jobs) await handler(def.payload.parse(job.data), job.id);
        },
      );
    },
    async drain(names, timeoutMs = 60_000) {
      const start = Date.now();
      for (;;) {
        let pending = 0;
        for (const n of names) {
          if (!created.has(n)) continue;
          pending += await boss.getQueueSize(n, { before: 'completed' } as any);
        }
        if (pending === 0) return;
        if (Date.now() - start > timeoutMs)
          throw new Error(`Jobs still pending after ${timeoutMs} ms: ${names.join(', ')}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 } as any);
    },
  };
}
