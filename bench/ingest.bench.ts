// `npm run bench -- ingest [--json] [--activities N]`: activity import into PostgreSQL.
//   ingest.x        the X adapter path end to end: stream-parse a twarc2-style JSON Lines file of N activities
//                   (liking_users pages and tweet pages with expansions), map, COPY into the stage, and move
//                   the run into `activity` with ON CONFLICT DO NOTHING in one transaction (+ accounts upsert)
//   baseline        a plain COPY of the very same rows (pre-rendered TSV) into an empty copy of `activity`
//                   with the same indexes, in the same run
// Prints one JSON line per measurement {name, unit, value, baseline, ratio, ...}; peak memory in the first.
// Database: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; a fresh database is created and dropped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../apps/server/src/db/postgres.ts';
import { migrateUp } from '../apps/server/src/db/migrate.ts';
import { createAuditService } from '../apps/server/src/modules/audit/audit.service.ts';
import { createIngestRepo } from '../apps/server/src/modules/ingest/ingest.repo.ts';
import { openImportContext } from '../apps/server/src/modules/ingest/import-context.ts';
import { copyField, importActivities, toStageRow } from '../apps/server/src/modules/ingest/activity-import.ts';
import { xAdapter } from '../apps/server/src/ingest/x.ts';
import { readJsonRecords } from '../apps/server/src/ingest/read-records.ts';

const json = process.argv.includes('--json');
const nArg = process.argv.indexOf('--activities');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1_000_000;
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const say = (s: string) => {
  if (!json) process.stderr.write(s + '\n');
};

/** Synthetic twarc2 output: 90% likes (100 users per liking_users page), 10% tweets (100 per page). */
function generate(file: string, n: number) {
  const fd = fs.openSync(file, 'w');
  const users = 20_000;
  const user = (i: number) => ({
    id: String(1_500_000_000_000_000_000n + BigInt(i)),
    name: `Warga Sintetis ${i}`,
    username: `warga_${i}`,
    description: `Akun sintetis nomor ${i} untuk uji beban`,
    profile_image_url: `https://pbs.twimg.com/profile_images/${i}/a_normal.jpg`,
  });
  let made = 0;
  let page = 0;
  let buf = '';
  while (made < n) {
    const size = Math.min(100, n - made);
    page++;
    if (page % 10 === 0) {
      const data = [];
      const inc = new Map<string, object>();
      for (let k = 0; k < size; k++) {
        const u = (page * 131 + k * 7) % users;
        const id = String(1_840_000_000_000_000_000n + BigInt(made + k));
        data.push({ id, text: `Kabar sintetis ${made + k}: jalan rusak di Samarinda belum diperbaiki #uji`, author_id: user(u).id, created_at: '2024-10-14T02:15:00.000Z', lang: 'in', edit_history_tweet_ids: [id] });
        inc.set(user(u).id, user(u));
      }
      buf += JSON.stringify({ data, includes: { users: [...inc.values()] }, meta: { result_count: size }, __twarc: { url: 'https://api.twitter.com/2/tweets/search/recent?query=uji', version: '2.14.0', retrieved_at: '2024-10-15T01:00:00+00:00' } }) + '\n';
    } else {
      const tweet = String(1_830_000_000_000_000_000n + BigInt(page));
      const data = [];
      for (let k = 0; k < size; k++) data.push(user((page * 97 + k) % users));
      buf += JSON.stringify({ data, meta: { result_count: size }, __twarc: { url: `https://api.twitter.com/2/tweets/${tweet}/liking_users`, version: '2.14.0', retrieved_at: '2024-10-15T01:05:00+00:00' } }) + '\n';
    }
    made += size;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}

/** The same rows as COPY text, for the baseline (not timed). */
async function renderTsv(src: string, dest: string, runId: string, observedAt: string) {
  const fd = fs.openSync(dest, 'w');
  let buf = '';
  for await (const r of readJsonRecords(src)) {
    for (const a of xAdapter.map(r.value, { observedAt }).activities) {
      const row = toStageRow(a, observedAt);
      // activity columns: stage columns minus the run id, plus import_run_id at the end
      buf += `${row.map(copyField).join('\t')}\t${runId}\n`;
    }
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));
  const file = path.join(dir, 'x.jsonl');
  const tsv = path.join(dir, 'x.tsv');
  const name = `netra_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = await openPostgres(url, { max: 4 });
  try {
    say(`generating ${N} activities…`);
    generate(file, N);
    const bytes = fs.statSync(file).size;
    await migrateUp(db);
    const clock = { now: () => new Date() };
    const audit = createAuditService({ db, clock });
    const repo = createIngestRepo();

    let peakRss = 0;
    const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    say('importing through the X adapter…');
    const t0 = performance.now();
    const ctx = await openImportContext({ db, repo, audit, now: () => new Date(), who: { system: 'bench' }, kind: 'x', fileName: 'x.jsonl', opts: {} });
    const out = await importActivities(ctx, 'x', file);
    const importMs = performance.now() - t0;
    clearInterval(sample);
    if (out.status !== 'succeeded' || out.recordsWritten !== N) throw new Error(`import: ${out.status} ${out.recordsWritten} ${out.error}`);

    say('rendering the same rows for a plain COPY…');
    await renderTsv(file, tsv, ctx.runId, new Date().toISOString());
    await db.exec(`CREATE TABLE activity_baseline (LIKE activity INCLUDING ALL)`);
    const cols =
      'platform, platform_id, kind, actor_handle, actor_user_id, target_handle, target_user_id, target_post_id, text, media, occurred_at, observed_at, source, raw, import_run_id';
    const t1 = performance.now();
    const copied = await db.copyFrom!(`COPY activity_baseline (${cols}) FROM STDIN`, fs.createReadStream(tsv, { encoding: 'utf8' }));
    const copyMs = performance.now() - t1;
    if (copied !== N) throw new Error(`baseline copied ${copied}`);

    const rate = N / (importMs / 1000);
    const base = N / (copyMs / 1000);
    const lines = [
      {
        name: 'ingest.x',
        unit: 'activities/s',
        value: Math.round(rate),
        baseline: Math.round(base),
        ratio: Math.round((rate / base) * 1000) / 1000,
        target: 0.5,
        activities: N,
        fileMB: Math.round(bytes / 1048576),
        importSeconds: Math.round(importMs) / 1000,
        copySeconds: Math.round(copyMs) / 1000,
        peakRssMB: Math.round(peakRss / 1048576),
        accounts: out.summary?.accounts,
      },
    ];
    for (const l of lines) {
      if (json) process.stdout.write(JSON.stringify(l) + '\n');
      else
        process.stdout.write(
          `${l.name}: ${l.value} ${l.unit} vs COPY ${l.baseline} (ratio ${l.ratio}, target ≥ ${l.target}); ${l.activities} activities, ${l.fileMB} MB, import ${l.importSeconds}s, COPY ${l.copySeconds}s, peak RSS ${l.peakRssMB} MB\n`,
        );
    }
  } finally {
    await db.close();
    const a = new pg.Client({ connectionString: ADMIN_URL });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
