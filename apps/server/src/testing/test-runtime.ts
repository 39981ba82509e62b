// A whole runtime (all modules) on a fresh test database, for service and route tests.
import { envToConfig } from '../config/config.ts';
import { buildApp } from '../http/app.ts';
import { fixedClock } from '../platform/clock.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import { createTestDb, type TestDb } from './test-db.ts';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';

export interface TestRuntime extends Runtime {
  testDb: TestDb;
  clock: ReturnType<typeof fixedClock>;
  /** Calls the app in-process: `await rt.request('/api/health')`. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

export async function createTestRuntime(
  opts: { withQueue?: boolean; now?: string; env?: Record<string, string> } = {},
): Promise<TestRuntime> {
  const testDb = await createTestDb();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-test-'));
  const config = envToConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(opts.env ?? {}),
  });
  const clock = fixedClock(opts.now ?? '2024-11-01T03:00:00Z');
  const rt = await openRuntime({ owner: 'test', db: testDb.db, config, clock, withQueue: opts.withQueue });
  const app = buildApp({ routes: rt.modules.routes(), resolveActor: rt.modules.resolveActor });
  return {
    ...rt,
    testDb,
    clock,
    async request(p, init = {}) {
      const headers = new Headers(init.headers);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      return app.request(p, { ...init, headers, body });
    },
    async close() {
      await rt.close();
      await testDb.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
