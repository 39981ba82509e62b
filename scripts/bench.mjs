// `npm run bench -- <name> [--json]`: runs bench/<name>.bench.ts (all when no name is given).
import fs from 'node:fs';
import path from 'node:path';
import { ensureDependencies, ROOT, run } from './bootstrap.mjs';

ensureDependencies();
const args = process.argv.slice(2);
// Benchmark names come first; everything from the first option on goes to each benchmark as it is
// (so `--activities 100000` keeps its value).
const firstOption = args.findIndex((a) => a.startsWith('--'));
const names = firstOption === -1 ? args : args.slice(0, firstOption);
const flags = firstOption === -1 ? [] : args.slice(firstOption);
const all = fs
  .readdirSync(path.join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
const chosen = names.length ? names : all;
let code = 0;
for (const n of chosen) {
  if (!all.includes(n)) {
    console.error(`No benchmark named ${n}. Available: ${all.join(', ')}`);
    process.exit(1);
  }
  code ||= run(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${n}.bench.ts`, ...flags]);
}
process.exit(code);
