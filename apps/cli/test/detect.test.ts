// `netra detect` / `netra eval` as child processes: the stable CLI contract. Output streams while input
// is still arriving; bad lines are reported on stderr by line number and the rest continues.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(ROOT, 'apps/cli/bin/netra.mjs');

describe('netra detect', () => {
  it('streams: output for early lines arrives before stdin is closed', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'detect', '--input', '-', '--output', '-', '--date', '2024-01-20'],
      { cwd: ROOT },
    );
    let out = '';
    const firstLine = new Promise<void>((resolve) =>
      child.stdout.on('data', (b) => {
        out += b;
        if (out.includes('\n')) resolve();
      }),
    );
    child.stdin.write(JSON.stringify({ id: 'a1', text: 'Ayo coblos 02 Prabowo-Gibran!' }) + '\n');
    await firstLine; // stdin is still open here: the line was processed without waiting for the end
    for (let i = 0; i < 2000; i++)
      child.stdin.write(
        JSON.stringify({ id: `n${i}`, text: `laporan kegiatan hari ke-${i} sudah dikirim` }) + '\n',
      );
    child.stdin.end();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2001);
    expect(lines[0]).toMatchObject({ id: 'a1', stance: 'support', target: '02' });
    expect(lines[1]).toMatchObject({ id: 'n0', stance: 'neutral', target: null, rule: null });
    expect(Object.keys(lines[0]).sort()).toEqual([
      'evidence',
      'explanation',
      'id',
      'rule',
      'score',
      'stance',
      'target',
    ]);
  }, 60_000);

  it('reports bad lines by number on stderr and carries on', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-detect-'));
    const input = path.join(dir, 'in.jsonl');
    const output = path.join(dir, 'out.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'ok1', text: 'Rapat dinas jam 9 pagi', extra: 'ignored' }),
        '{not json',
        JSON.stringify({ id: 'no-text' }),
        '',
        JSON.stringify({ text: 'no id' }),
        JSON.stringify({ id: 7, text: 'Salam tiga jari, Ganjar-Mahfud menang! 🤟', date: '2023-10-01' }),
      ].join('\n') + '\n',
    );
    const r = spawnSync(process.execPath, [BIN, 'detect', '--input', input, '--output', output], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
    expect(r.stderr).toMatch(/line 3 \(id no-text\): missing text/);
    expect(r.stderr).toMatch(/line 5: missing id/);
    const rows = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['ok1', '7']);
    expect(rows[1]).toMatchObject({ stance: 'support', target: '03' });
    // dated before the presidential penetapan (13 Nov 2023): the ethics item
    expect(rows[1].rule.id).toBe('skb-e02');
  }, 60_000);

  it('refuses a missing --output with a usage message', () => {
    const r = spawnSync(process.execPath, [BIN, 'detect', '--input', 'x.jsonl'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/usage: netra detect/);
  });
});

describe('netra eval', () => {
  it('prints per-class scores, the confusion matrix and partisan precision/recall as JSON', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'eval', '--input', path.join(ROOT, 'apps/server/src/ml/stance/regression.jsonl'), '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.n).toBeGreaterThanOrEqual(40);
    expect(Object.keys(m.perClass).sort()).toEqual(['neutral', 'oppose', 'support']);
    expect(m.confusion.neutral.neutral).toBeGreaterThan(20);
    expect(m.partisan.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.target.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
