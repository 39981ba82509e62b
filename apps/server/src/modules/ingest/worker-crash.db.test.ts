// The analysis job survives a worker killed mid-job (PostgreSQL only: with PGlite the server runs its own
// jobs). A real `netra worker` process is SIGKILLed while it writes findings chunk by chunk; after restart
// pg-boss hands the expired job to the new worker, which completes it: every finding exists exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import { startQueue, type JobQueue } from '../../jobs/queue.ts';
import { createTestDb, TEST_BACKEND, type TestDb } from '../../testing/test-db.ts';
import { analyseJob } from './ingest.job.ts';

const ROOT = path.resolve(__dirname, '../../../../..');
const LIKES = 600;

function startWorker(url: string, dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['apps/cli/bin/netra.mjs', 'worker'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test', NETRA_SEED_DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const t = setInterval(() => {
      if (out.includes('siap')) {
        clearInterval(t);
        resolve({ child, output: () => out });
      } else if (child.exitCode !== null) {
        clearInterval(t);
        reject(new Error(`worker exited:\n${out}`));
      }
    }, 100);
  });
}

async function waitFor(what: string, fn: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(TEST_BACKEND !== 'postgres')('analysis job and a killed worker', () => {
  let t: TestDb;
  let queue: JobQueue | null = null;
  let supervisor: PgBoss | null = null;
  const children: ChildProcess[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-worker-'));
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await supervisor?.stop({ graceful: false, wait: true } as any).catch(() => undefined);
    await queue?.stop().catch(() => undefined);
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing and duplicates nothing after SIGKILL and restart', async () => {
    t = await createTestDb();
    const q = t.db;
    // One confirmed ASN account that liked 600 posts of a campaign account during the 2024 Kaltim campaign.
    const region = (await q.query<{ code: string }>(`SELECT code FROM region WHERE code = '64.72'`)).rows[0]?.code;
    if (!region) await q.query(`INSERT INTO region (code, level, kind, name) VALUES ('64', 'province', 'provinsi', 'Kalimantan Timur'), ('64.72', 'regency', 'kota', 'Kota Samarinda') ON CONFLICT DO NOTHING`);
    const asn = await q.query<{ id: string }>(
      `INSERT INTO asn (nip, name, employee_kind, region_code) VALUES ('198804122014031007', 'Rahmat Hidayatullah', 'pns', '64.72') RETURNING id`,
    );
    const acc = await q.query<{ id: string }>(`INSERT INTO social_account (platform, handle) VALUES ('x', 'rahmat_hdy') RETURNING id`);
    await q.query(
      `INSERT INTO social_account (platform, handle, campaign_kind, campaign_label, campaign_target, contest_id)
       VALUES ('x', 'rudyseno02_demo', 'candidate', 'Rudy–Seno (02)', 'pair', 'pilkada-2024-kaltim-gubernur')`,
    );
    await q.query(`INSERT INTO account_link (account_id, asn_id, status, score) VALUES ($1, $2, 'confirmed', 0.9)`, [acc.rows[0].id, asn.rows[0].id]);
    const run = await q.query<{ id: string }>(
      `INSERT INTO import_run (kind, file_name, status, started_by) VALUES ('x', 'synthetic', 'succeeded', 'test') RETURNING id`,
    );
    const runId = run.rows[0].id;
    await q.query(
      `INSERT INTO activity (platform, platform_id, kind, actor_handle, text, occurred_at, observed_at, source, raw, import_run_id)
       SELECT 'x', 'p' || g, 'post', 'rudyseno02_demo', 'Coblos 02', '2024-10-14T02:00:00Z', '2024-10-15T00:00:00Z', 'test', '{}', $1
       FROM generate_series(1, ${LIKES}) g`,
      [runId],
    );
    await q.query(
      `INSERT INTO activity (platform, platform_id, kind, actor_handle, target_post_id, observed_at, source, raw, import_run_id)
       SELECT 'x', 'like:p' || g || ':1', 'like', 'rahmat_hdy', 'p' || g, '2024-10-15T00:00:00Z', 'test', '{}', $1
       FROM generate_series(1, ${LIKES}) g`,
      [runId],
    );

    queue = await startQueue(t.db);
    // Stands for any other Netra process: pg-boss maintenance fails expired jobs so they are retried.
    supervisor = new PgBoss({ connectionString: t.url!, supervise: true, schedule: false, maintenanceIntervalSeconds: 1 } as any);
    supervisor.on('error', () => undefined);
    await supervisor.start();
    const jobId = await queue.enqueue(analyseJob, { runId, phase: 'findings', after: '0', throttleMs: 1200 });
    const findings = async () =>
      (await q.query<{ n: number; d: number }>(`SELECT count(*)::int AS n, count(DISTINCT dedupe_key)::int AS d FROM finding`)).rows[0];

    const w1 = await startWorker(t.url!, dataDir);
    children.push(w1.child);
    await waitFor('first chunks', async () => (await findings()).n >= 100, 60_000);
    w1.child.kill('SIGKILL');
    await new Promise((r) => w1.child.once('exit', r));
    const mid = await findings();
    expect(mid.n).toBeGreaterThan(0);
    expect(mid.n).toBeLessThan(LIKES);
    const state = await q.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [jobId]);
    expect(state.rows[0].state).toBe('active');

    const w2 = await startWorker(t.url!, dataDir);
    children.push(w2.child);
    await waitFor(
      'the run analysed',
      async () => (await q.query(`SELECT 1 FROM import_run WHERE id = $1 AND analysed_at IS NOT NULL`, [runId])).rows.length > 0,
      90_000,
    );
    expect(await findings()).toEqual({ n: LIKES, d: LIKES });
    // The killed job itself expires, is retried by the new worker and completes — writing nothing twice.
    await waitFor(
      'the killed job to be retried and completed',
      async () => (await q.query(`SELECT 1 FROM pgboss.job WHERE id = $1 AND state = 'completed'`, [jobId])).rows.length > 0,
      90_000,
    );
    const end = await findings();
    expect(end).toEqual({ n: LIKES, d: LIKES });
    const attributed = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM finding WHERE asn_id = $1 AND act = 'like' AND verdict = 'violation'`, [asn.rows[0].id]);
    expect(attributed.rows[0].n).toBe(LIKES);
    const job = await q.query<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM pgboss.job WHERE id = $1`, [jobId]);
    expect(job.rows[0]).toMatchObject({ state: 'completed' });
    expect(job.rows[0].retry_count).toBeGreaterThanOrEqual(1);
    w2.child.kill('SIGTERM');
  }, 180_000);
});
