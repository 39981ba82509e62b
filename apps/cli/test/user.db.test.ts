// `netra user` as a separate process on an embedded data directory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-cli-user-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test', LOG_LEVEL: 'silent' };
const netra = (...args: string[]) =>
  spawnSync(process.execPath, ['apps/cli/bin/netra.mjs', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });

describe('netra user', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates scoped users, refuses bad input with a named reason, and lists them', () => {
    const a = netra('user', 'create', '--username', 'analis.cli', '--role', 'analyst', '--region', '64.72');
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/Kata sandi sekali pakai .*: \w{4}-\w{4}-\w{4}-\w{4}/);
    // usage errors stop before the database is opened
    const badRole = netra('user', 'create', '--username', 'x.y', '--role', 'boss');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toMatch(/--role must be one of/);
    const badRegion = netra('user', 'create', '--username', 'x.y', '--role', 'viewer', '--region', '64.99');
    expect(badRegion.status).toBe(1);
    expect(badRegion.stderr).toMatch(/Wilayah tidak dikenal: 64.99/);

    const list = netra('user', 'list', '--json');
    expect(list.status, list.stderr).toBe(0);
    const users = JSON.parse(list.stdout);
    expect(users.map((u: any) => [u.username, u.role, u.regionCodes, u.mustChangePassword])).toEqual([
      ['analis.cli', 'analyst', ['64.72'], true],
    ]);
  }, 240_000);
});
