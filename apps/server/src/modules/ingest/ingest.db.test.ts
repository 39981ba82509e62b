// Imports and analysis on a real database (PGlite and PostgreSQL): roster NIP errors, all-or-nothing and
// skip-invalid, each adapter's good / bad / re-imported input, link suggestions and engagement findings.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@netra/shared';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

const FIX = path.resolve(__dirname, '../../ingest/fixtures');
const who = { system: 'test' };
let rt: TestRuntime;
const admin: Actor = { userId: '', username: 'admin', role: 'admin', regionCodes: [], agencyIds: null, custodian: false };

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const r = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return r.rows[0].n;
}

beforeAll(async () => {
  rt = await createTestRuntime({ now: '2024-11-01T03:00:00Z' });
  // Agencies the demo roster names (the demo world seeds them in a real install).
  for (const [code, region] of [
    ['64.72-DISDIK', '64.72'], ['64.72-SETDA', '64.72'], ['64.71-DINKES', '64.71'], ['64.72-DINKES', '64.72'],
    ['64.72-PUPR', '64.72'], ['64.72-KESBANGPOL', '64.72'], ['64.72-SATPOLPP', '64.72'],
  ]) {
    await rt.db.query(
      `INSERT INTO agency (code, name, type_code, region_code) VALUES ($1, $2, (SELECT code FROM agency_type LIMIT 1), $3)`,
      [code, `Instansi ${code}`, region],
    );
  }
  const u = await rt.db.query<{ id: string }>(
    `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('analis.test', 'Analis', 'x', 'admin') RETURNING id`,
  );
  admin.userId = u.rows[0].id;
  await rt.modules.ingest.seedDemo!(rt.db);
}, 60_000);
afterAll(async () => rt?.close());

const ingest = () => rt.modules.ingest.ingest;

describe('ASN roster import', () => {
  it('refuses a file with bad rows and stores nothing, naming row, column and reason', async () => {
    const run = await ingest().runImport('asn', path.join(FIX, 'demo-roster.csv'), { who });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/2 baris bermasalah; tidak ada yang disimpan/);
    expect(run.problems).toEqual([
      { row: 14, column: 'NIP', reason: 'NIP harus 18 digit, bukan 17' },
      { row: 15, column: 'Tanggal Lahir', reason: 'tanggal lahir 1989-05-12 tidak cocok dengan NIP (1989-05-11)' },
    ]);
    expect(await count('asn')).toBe(0);
  });
  it('dry run reports what would happen and writes nothing', async () => {
    const run = await ingest().runImport('asn', path.join(FIX, 'demo-roster.csv'), { who, opts: { dryRun: true } });
    expect(run.status).toBe('dry_run');
    expect(run.summary).toMatchObject({ valid: 12, invalid: 2, wouldInsert: 12, wouldUpdate: 0 });
    expect(await count('asn')).toBe(0);
  });
  it('with skip-invalid stores the good rows and lists exactly the skipped ones; re-import updates', async () => {
    const progress: number[] = [];
    const run = await ingest().runImport('asn', path.join(FIX, 'demo-roster.csv'), {
      who,
      opts: { skipInvalid: true },
      onProgress: (p) => progress.push(p.read),
    });
    expect(run.status).toBe('succeeded');
    expect(run.summary).toMatchObject({ inserted: 12, updated: 0, skipped: 2 });
    expect(run.problems.map((p) => p.row)).toEqual([14, 15]);
    expect(await count('asn')).toBe(12);
    const rahmat = await rt.db.query(`SELECT * FROM asn WHERE nip = '198804122014031007'`);
    expect(rahmat.rows[0]).toMatchObject({ sex: 'L', birth_date: '1988-04-12', employee_kind: 'pns', position_type: 'fungsional', region_code: '64.72' });
    expect(progress.length).toBeGreaterThan(0);
    const again = await ingest().runImport('asn', path.join(FIX, 'demo-roster.csv'), { who, opts: { skipInvalid: true } });
    expect(again.summary).toMatchObject({ inserted: 0, updated: 12 });
    expect(await count('asn')).toBe(12);
    expect(await count(`audit_log WHERE action = 'import.asn'`)).toBe(2);
  });
  it('reads XLSX rosters, and catches a NIP Excel stored as a number (digits lost)', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ASN');
    ws.addRow(['NIP', 'Nama Lengkap', 'JK', 'Tgl Lahir', 'Status Kepegawaian', 'Jabatan', 'Jenis Jabatan', 'OPD', 'Instansi', 'Kode Wilayah']);
    ws.addRow(['199511052020011007', 'Muhammad Fikri Ardiansyah, S.Kom', 'Laki-laki', new Date(Date.UTC(1995, 10, 5)), 'PNS', 'Pranata Komputer', 'Fungsional', 'Diskominfo', '64.72-SETDA', '64.72']);
    // what Excel keeps when a NIP column is formatted as a number
    ws.addRow([Number('199002142023212007'), 'Siti Khadijah Harahap', 'P', '14/02/1990', 'PPPK', 'Guru', 'JF', 'SDN 012', '64.72-DISDIK', '64.72']);
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'netra-')), 'roster.xlsx');
    await wb.xlsx.writeFile(f);
    const run = await ingest().runImport('asn', f, { who, opts: { dryRun: true } });
    expect(run.status).toBe('dry_run');
    expect(run.summary).toMatchObject({ valid: 1, invalid: 1 });
    expect(run.problems).toEqual([{ row: 3, column: 'NIP', reason: expect.stringMatching(/tersimpan sebagai angka di Excel/) }]);
  });
  it('refuses a file without the NIP column', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'netra-')), 'x.csv');
    fs.writeFileSync(f, 'Nama,Jabatan\nA,B\n');
    const run = await ingest().runImport('asn', f, { who });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/kolom wajib tidak ditemukan di baris judul: nip/);
  });
});

describe('registries', () => {
  it('imports candidates idempotently', async () => {
    const f = path.join(FIX, 'candidates-sample.csv');
    expect((await ingest().runImport('candidates', f, { who })).status).toBe('succeeded');
    expect((await ingest().runImport('candidates', f, { who })).status).toBe('succeeded');
    expect(await count('candidate')).toBe(4);
  });
  it('imports campaign accounts and a self-declared ASN account as a suggestion', async () => {
    const run = await ingest().runImport('accounts', path.join(FIX, 'accounts-sample.csv'), { who });
    expect(run.status).toBe('succeeded');
    expect(run.summary).toMatchObject({ campaign: 3, declared: 1 });
    expect(await count(`social_account WHERE campaign_kind IS NOT NULL`)).toBeGreaterThanOrEqual(4);
    const link = await rt.db.query(
      `SELECT l.status, l.score, l.reasons FROM account_link l JOIN social_account s ON s.id = l.account_id WHERE s.handle = 'fikri_ardi'`,
    );
    expect(link.rows[0]).toMatchObject({ status: 'suggested', score: 1 });
    expect(link.rows[0].reasons[0].kind).toBe('self_declared');
  });
});

const ADAPTERS: [kind: 'x' | 'meta' | 'tiktok' | 'youtube' | 'csv', good: string, bad: string, expected: number, error: RegExp][] = [
  ['x', 'x-sample.jsonl', 'x-bad.jsonl', 10, /baris 2, kolom data\[1\]\.created_at: wajib ada/],
  ['meta', 'meta-sample.jsonl', 'meta-bad.jsonl', 7, /baris 2, kolom data\[0\]\.comments\.data\[0\]\.created_time/],
  ['tiktok', 'tiktok-sample.jsonl', 'tiktok-bad.jsonl', 3, /baris 2, kolom data\.comments\[1\]\.create_time/],
  ['youtube', 'youtube-sample.json', 'youtube-bad.json', 2, /authorChannelId\.value: wajib ada/],
  ['csv', 'csv-sample.csv', 'csv-bad.csv', 3, /baris 3, kolom Type: jenis "teleport"/],
];

describe.each(ADAPTERS)('activity import %s', (kind, good, bad, expected, error) => {
  it('bad input: fails naming the record, stores nothing', async () => {
    const before = await count('activity');
    const run = await ingest().runImport(kind, path.join(FIX, bad), { who });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(error);
    expect(await count('activity')).toBe(before);
    expect(await count('activity_stage')).toBe(0);
  });
  it('good input, then re-import: no duplicates', async () => {
    const run = await ingest().runImport(kind, path.join(FIX, good), { who });
    expect(run.status).toBe('succeeded');
    const mine = await count(`activity WHERE import_run_id = $1`, [run.id]);
    expect(mine).toBeGreaterThan(0);
    expect(run.summary!.activities).toBe(expected);
    const again = await ingest().runImport(kind, path.join(FIX, good), { who });
    expect(again.status).toBe('succeeded');
    expect(again.summary).toMatchObject({ inserted: 0, duplicates: expected });
    const raw = await rt.db.query(`SELECT raw FROM activity WHERE import_run_id = $1 LIMIT 1`, [run.id]);
    expect(typeof raw.rows[0].raw).toBe('object');
  });
});

describe('links and engagement findings', () => {
  it('suggests the ASN behind @rahmat_hdy with reasons, finds the like of a campaign post as a lead', async () => {
    const links = await ingest().listLinks(admin, 'suggested');
    const rahmat = links.find((l) => l.account.handle === 'rahmat_hdy' && l.asn.nip === '198804122014031007');
    expect(rahmat, JSON.stringify(links.map((l) => [l.account.handle, l.asn.name, l.score]))).toBeDefined();
    expect(rahmat!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['name', 'bio_workplace']));
    const findings = await ingest().listFindings(admin);
    const like = findings.find((f) => f.act === 'like' && f.accountRef === 'x:@rahmat_hdy');
    expect(like, JSON.stringify(findings.map((f) => [f.act, f.accountRef, f.asnId]))).toBeDefined();
    expect(like!.asnId).toBeNull();
  });
  it('confirming the link attributes the findings to the ASN, with rule item and evidence', async () => {
    const rahmat = (await ingest().listLinks(admin, 'suggested')).find((l) => l.asn.nip === '198804122014031007')!;
    await ingest().decideLink(admin, rahmat.id, 'confirm', 'foto dan bio cocok');
    const findings = await ingest().listFindings(admin);
    const mine = findings.filter((f) => f.asnNip === '198804122014031007');
    const acts = mine.map((f) => f.act).sort();
    expect(acts).toEqual(['follow', 'like']);
    const like = mine.find((f) => f.act === 'like')!;
    expect(like.verdict).toBe('violation');
    expect(like.track).toBe('discipline');
    expect((like.rules[0] as any).id).toMatch(/^skb-/);
    const refs = (like.evidence as any[]).map((e) => e.ref);
    expect(refs).toEqual(['activity:x:like:1840000000000000001:1500000000000000101', 'activity:x:1840000000000000001']);
    expect(await count(`audit_log WHERE action = 'account_link.confirm'`)).toBe(1);
    // the retweet of a neutral news post is not a finding
    expect(findings.some((f) => (f.evidence as any[])[0]?.ref === 'activity:x:1840000000000000222')).toBe(false);
  });
  it('a confirmed link cannot be decided twice; analysis re-run adds nothing', async () => {
    const [l] = await ingest().listLinks(admin, 'confirmed');
    await expect(ingest().decideLink(admin, l.id, 'reject', null)).rejects.toThrow(/sudah dikonfirmasi/);
    const before = await count('finding');
    const run = await rt.db.query<{ id: string }>(`SELECT id FROM import_run WHERE kind = 'x' AND status = 'succeeded' ORDER BY started_at LIMIT 1`);
    await ingest().analysis.analyseRun(run.rows[0].id);
    expect(await count('finding')).toBe(before);
  });
});
