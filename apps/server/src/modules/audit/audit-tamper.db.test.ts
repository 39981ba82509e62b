// The audit log is hash-chained: changing, deleting or re-ordering a row with plain SQL is detected, both
// by the service and by `netra audit verify` run as a separate process (non-zero exit).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envToConfig } from '../../config/config.ts';
import { openRuntime } from '../../runtime.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

const ROOT = path.resolve(__dirname, '../../../../..');
const CLI = path.join(ROOT, 'apps/cli/bin/netra.mjs');

async function writeSome(rt: { modules: TestRuntime['modules'] }, n: number) {
  for (let i = 0; i < n; i++) {
    await rt.modules.audit.recordNow(
      { system: 'test' },
      { action: 'test.write', entity: 'thing', entityId: String(i), details: { i } },
    );
  }
}

describe('audit chain tamper detection', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
    await writeSome(rt, 5);
  });
  afterAll(async () => {
    await rt.close();
  });

  it('an untouched chain verifies', async () => {
    expect(await rt.modules.audit.verify()).toEqual({ rows: 5, problems: [] });
  });

  it('a changed detail is reported at its row', async () => {
    await rt.db.query(`UPDATE audit_log SET details = '{"i": 99}' WHERE entity_id = '2'`);
    const seq = (await rt.db.query<{ seq: number }>(`SELECT seq FROM audit_log WHERE entity_id = '2'`))
      .rows[0].seq;
    const r = await rt.modules.audit.verify();
    expect(r.problems).toEqual([{ seq, problem: 'hash_mismatch' }]);
  });

  it('a deleted row breaks the link of the next one', async () => {
    await rt.db.query(`DELETE FROM audit_log WHERE entity_id = '3'`);
    const next = (await rt.db.query<{ seq: number }>(`SELECT seq FROM audit_log WHERE entity_id = '4'`))
      .rows[0].seq;
    expect((await rt.modules.audit.verify()).problems).toContainEqual({ seq: next, problem: 'broken_link' });
  });
});

describe('netra audit verify (child process, PGlite data directory)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-audit-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function withRuntime(fn: (rt: Awaited<ReturnType<typeof openRuntime>>) => Promise<void>) {
    const rt = await openRuntime({
      owner: 'test',
      config: envToConfig({ DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    });
    try {
      await fn(rt);
    } finally {
      await rt.close();
    }
  }
  const verify = () =>
    spawnSync(process.execPath, [CLI, 'audit', 'verify'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });

  it('exits 0 on an intact chain and non-zero with the row after tampering', async () => {
    await withRuntime((rt) => writeSome(rt as any, 4));
    const ok = verify();
    expect(ok.stdout, ok.stderr).toContain('All chains intact');
    expect(ok.status).toBe(0);

    await withRuntime(async (rt) => {
      await rt.db.query(`UPDATE audit_log SET actor_name = 'someone-else' WHERE entity_id = '1'`);
    });
    const bad = verify();
    expect(bad.status, bad.stderr).not.toBe(0);
    expect(bad.stdout).toContain('TAMPERING DETECTED');
    expect(bad.stdout).toMatch(/row 2: hash_mismatch/);
  }, 240_000);
});
