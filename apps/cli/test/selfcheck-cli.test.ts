// `netra check` and `netra election` as a person runs them: child processes, own data directory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'apps/cli/bin/netra.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-cli-'));

function netra(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('netra check', () => {
  const empty = path.join(tmp, 'empty');

  it('--json prints the verdict object for a slang description, without a database', async () => {
    const r = await netra(
      ['check', '--json', '--date', '2024-01-10', 'saya nge-like postingan caleg PDIP di fb'],
      {
        DATA_DIR: empty,
      },
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(Object.keys(body)).toEqual(['actions', 'verdict', 'rules', 'explanation', 'advice']);
    expect(body.verdict).toBe('violation');
    expect(body.actions[0]).toMatchObject({
      act: 'like',
      channel: 'facebook',
      target: { kind: 'caleg', ref: 'party:PDIP' },
    });
    expect(body.rules.map((x: any) => x.id)).toEqual(['skb-d06']);
    // Asking must not create a database.
    expect(fs.existsSync(path.join(empty, 'pglite'))).toBe(false);
  });

  it('prints Indonesian by default and English with --lang en; non-ASN is not applicable', async () => {
    const id = await netra(['check', '--date', '2024-10-01', 'foto bareng cabup sambil salam dua jari'], {
      DATA_DIR: empty,
    });
    expect(id.code).toBe(0);
    expect(id.out).toMatch(/^Hasil: MELANGGAR/);
    expect(id.out).toMatch(/skb-d07/);
    expect(id.out).toMatch(/Saran: /);
    const en = await netra(
      ['check', '--lang', 'en', '--actor', 'non_asn', 'jadi MC di acara deklarasi paslon'],
      { DATA_DIR: empty },
    );
    expect(en.out).toMatch(/^Result: NOT APPLICABLE/);
    expect(en.out).toMatch(/uu10-71-kades|uu7-490-kades/);
  });

  it('refuses bad usage with exit code 1', async () => {
    expect((await netra(['check'], { DATA_DIR: empty })).code).toBe(1);
    const bad = await netra(['check', '--actor', 'camat', 'like'], { DATA_DIR: empty });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--actor must be one of pns, pppk, non_asn/);
  });

  it('answers while another process holds the database lock', async () => {
    const busy = path.join(tmp, 'busy');
    fs.mkdirSync(path.join(busy, 'pglite'), { recursive: true });
    // This test process plays the running server: a live pid that is not the CLI's own.
    fs.writeFileSync(
      path.join(busy, 'netra.lock'),
      JSON.stringify({ pid: process.pid, owner: 'netra server' }),
    );
    const r = await netra(['check', '--json', 'pasang baliho capres di depan rumah'], { DATA_DIR: busy });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).actions[0].act).toBe('banner');
    const list = await netra(['election', 'list'], { DATA_DIR: busy });
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/pemilu-2024/);
    expect(list.err).toMatch(/in use by process/);
  });
});

describe('netra election', () => {
  const data = path.join(tmp, 'data');
  const good = path.join(tmp, 'pemilu-2029.yaml');
  const bad = path.join(tmp, 'bad.json');
  fs.writeFileSync(
    good,
    [
      'id: pemilu-2029',
      'version: 1',
      'name: Pemilu 2029 (uji)',
      'kind: pemilu',
      'votingDate: "2029-02-14"',
      'contests:',
      '  - id: pemilu-2029-presiden',
      '    office: presiden',
      '    regionCode: ID',
      '    name: Pilpres 2029 (uji)',
      '    dayCount: working',
      '    dates:',
      '      registration: { start: "2028-10-01", end: "2028-10-07" }',
      '      candidateDetermination: "2028-11-13"',
      '      campaign: { start: "2028-11-28", end: "2029-02-10" }',
      '      quietPeriod: { start: "2029-02-11", end: "2029-02-13" }',
      '      voting: "2029-02-14"',
      '    pairs:',
      '      - { id: p2029-01, ballotNumber: 1, label: Uji Satu, people: [{ name: Calon Uji Pertama }], synthetic: true }',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    bad,
    JSON.stringify({
      id: 'x',
      version: 1,
      name: 'X',
      kind: 'pemilu',
      votingDate: '2029-02-14',
      contests: [
        {
          id: 'c',
          office: 'raja',
          regionCode: 'ID',
          name: 'C',
          dayCount: 'working',
          dates: {
            registration: { start: '2028-10-01', end: '2028-10-07' },
            candidateDetermination: '2028-11-13',
            campaign: { start: '2028-11-28', end: '2029-02-10' },
            quietPeriod: { start: '2029-02-11', end: '2029-02-13' },
          },
        },
      ],
    }),
  );

  it('refuses a malformed pack listing the path of each bad field', async () => {
    const r = await netra(['election', 'import', bad], { DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/contests\[0\]\.dates\.voting: Required/);
    expect(r.err).toMatch(/contests\[0\]\.office: /);
  });

  it('imports a 2029 pack, lists it, and the self-check uses it', async () => {
    const imp = await netra(['election', 'import', good], { DATA_DIR: data });
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/pemilu-2029 v1/);
    const list = await netra(['election', 'list', '--json'], { DATA_DIR: data });
    expect(JSON.parse(list.out).packs.map((p: any) => [p.id, p.source])).toContainEqual([
      'pemilu-2029',
      'imported',
    ]);
    const check = await netra(
      ['check', '--json', '--date', '2028-12-01', 'like postingan calon uji pertama'],
      { DATA_DIR: data },
    );
    expect(JSON.parse(check.out).rules.map((x: any) => x.id)).toEqual(['skb-d06']);
  });
});
