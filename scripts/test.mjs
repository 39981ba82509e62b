// `npm test`: every check, in order — typecheck, lint, unit + database tests on PGlite, database tests
// on PostgreSQL, then the browser flows in Debian's Chromium. Stops at the first failing stage.
// Options: --only=<stage,...> to run some stages (typecheck, lint, unit, postgres, e2e).
import fs from 'node:fs';
import { ensureDependencies, ensureWebBuild, hasCommand, run } from './bootstrap.mjs';

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (s) => !only || only.includes(s);
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

ensureDependencies();

const stages = [
  ['typecheck', () => run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])],
  ['lint', () => run('npx', ['eslint', '.', '--max-warnings=0'])],
  ['unit', () => run('npx', ['vitest', 'run'], { env: { TEST_DB: 'pglite' } })],
  [
    'postgres',
    () => {
      if (!hasCommand('pg_isready') || run('pg_isready', ['-q', '-d', pgUrl]) !== 0) {
        if (process.env.CI) {
          console.error(`PostgreSQL is not reachable at ${pgUrl}; CI must run the database tests on it.`);
          return 1;
        }
        console.warn(
          `! PostgreSQL not reachable at ${pgUrl}: skipping the PostgreSQL run of the database tests.`,
        );
        return 0;
      }
      return run('npx', ['vitest', 'run'], { env: { TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl } });
    },
  ],
  [
    'e2e',
    () => {
      if (!fs.existsSync(chromium)) {
        console.error(
          `Chromium not found at ${chromium}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
        );
        return 1;
      }
      ensureWebBuild();
      return run('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts']);
    },
  ],
];

const results = [];
for (const [name, fn] of stages) {
  if (!want(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const t = Date.now();
  const code = fn();
  results.push({ name, ok: code === 0, seconds: Math.round((Date.now() - t) / 1000) });
  if (code !== 0) break;
}
console.log('\n' + results.map((r) => `${r.ok ? '✔' : '✘'} ${r.name} (${r.seconds}s)`).join('\n'));
const failed = results.filter((r) => !r.ok).length;
process.exit(failed ? 1 : 0);
