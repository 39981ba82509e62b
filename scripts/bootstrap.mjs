// Shared by start and test: makes a fresh clone ready without extra commands (installs npm
// dependencies from the lockfile when missing, builds the web app when its sources are newer).
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: 'inherit',
    ...opts,
    env: { ...process.env, ...(opts.env ?? {}) },
  });
  return r.status ?? 1;
}

export function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs - 1000) return;
  console.log('› Installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureWebBuild({ force = false } = {}) {
  const web = path.join(ROOT, 'apps', 'web');
  const built = path.join(web, 'dist', 'index.html');
  const stale = !fs.existsSync(built) || newestMtime(path.join(web, 'src')) > fs.statSync(built).mtimeMs;
  if (!force && !stale) return;
  console.log('› Building the web app…');
  if (run('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn']) !== 0) process.exit(1);
}

export function hasCommand(cmd) {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}
