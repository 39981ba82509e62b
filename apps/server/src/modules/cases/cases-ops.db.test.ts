// Notifications over a real in-process SMTP server, the deadline watch (reminder, escalation; idempotent),
// reversible merges, and `netra audit verify` catching a tampered case_event row in a child process.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envToConfig } from '../../config/config.ts';
import { openRuntime } from '../../runtime.ts';
import { TEST_BACKEND } from '../../testing/test-db.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';
import { buildCasesWorld, type CasesWorld } from './cases.fixtures.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

describe('notifications, deadlines and merges', () => {
  let rt: TestRuntime;
  let w: CasesWorld;
  let smtp: SMTPServer;
  const mails: { to: string; body: string }[] = [];
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, cb) {
        let body = '';
        stream.on('data', (c) => (body += c.toString()));
        stream.on('end', () => {
          for (const r of session.envelope.rcptTo) mails.push({ to: r.address, body });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    const port = (smtp.server.address() as any).port;
    rt = await createTestRuntime({
      now: '2024-11-01T01:00:00Z',
      env: { SMTP_URL: `smtp://127.0.0.1:${port}` },
    });
    w = await buildCasesWorld(rt);
  });
  afterAll(async () => {
    await rt?.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });
  const json = async (r: Response) => r.json() as Promise<any>;

  let caseId: string;
  it('mails the reporter on a status change and notifies the assignee in-app and by mail', async () => {
    const rep = await json(
      await w.request('/api/public/reports', null, {
        method: 'POST',
        json: {
          description:
            'Seorang lurah di Balikpapan membagikan stiker pasangan calon kepada warga saat pelayanan kantor.',
          asnName: 'Rudi Sampel Hartono',
          agency: 'Pemerintah Kota Balikpapan (uji)',
          regionCode: '64.71',
          occurredAt: '2024-10-30',
          links: [],
          reporterEmail: 'warga@example.test',
        },
      }),
    );
    const tri = await json(await w.request('/api/triage?kind=public_report', 'admin'));
    const item = tri.items.find((i: any) => i.trackingCode === rep.trackingCode);
    caseId = (
      await json(
        await w.request(`/api/triage/public_report/${item.id}/open-case`, 'admin', {
          method: 'POST',
          json: {},
        }),
      )
    ).caseId;
    const national = w.actors.analystNational.userId;
    await rt.db.query(`UPDATE app_user SET email = 'analis.nas@example.test' WHERE id = $1`, [national]);
    expect(
      (
        await w.request(`/api/cases/${caseId}/assign`, 'admin', {
          method: 'POST',
          json: { userId: national },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await w.request(`/api/cases/${caseId}/transitions`, 'admin', {
          method: 'POST',
          json: { transition: 'start_verification' },
        })
      ).status,
    ).toBe(200);
    const toReporter = mails.filter((m) => m.to === 'warga@example.test');
    expect(toReporter).toHaveLength(1);
    expect(toReporter[0].body).toContain(rep.trackingCode);
    expect(toReporter[0].body).toMatch(/Verifikasi/);
    expect(mails.some((m) => m.to === 'analis.nas@example.test' && /Penugasan/.test(m.body))).toBe(true);
    const n = await json(await w.request('/api/notifications', 'analystNational'));
    expect(n.items.map((x: any) => x.kind)).toEqual(expect.arrayContaining(['assignment', 'status_change']));
    expect(n.unread).toBeGreaterThanOrEqual(2);
    await w.request(`/api/notifications/${n.items[0].id}/read`, 'analystNational', {
      method: 'POST',
      json: {},
    });
    expect((await json(await w.request('/api/notifications?unread=1', 'analystNational'))).unread).toBe(
      n.unread - 1,
    );
  });

  it('reminds before, then escalates an unanswered recommendation once, however often the scan runs', async () => {
    const t = (transition: string, fields: any = {}, reason?: string) =>
      w.request(`/api/cases/${caseId}/transitions`, 'admin', {
        method: 'POST',
        json: { transition, fields, reason },
      });
    expect((await t('begin_study', {}, 'Bukti foto cukup; klarifikasi tidak diperlukan')).status).toBe(200);
    expect(
      (await t('recommend', { ruleIds: ['skb-d08'], track: 'discipline', sanctionLevel: 'disiplin_berat' }))
        .status,
    ).toBe(200);
    rt.clock.set('2024-11-14T02:00:00Z'); // due 15 Nov (14 calendar days): reminder window
    const r1 = await rt.modules.cases.deadlines.scan();
    expect(r1.reminded).toBeGreaterThanOrEqual(1);
    rt.clock.set('2024-11-20T02:00:00Z');
    const r2 = await rt.modules.cases.deadlines.scan();
    const r3 = await rt.modules.cases.deadlines.scan();
    expect(r2.escalated).toBe(1);
    expect(r3).toEqual({ reminded: 0, overdue: 0, escalated: 0 });
    const ev = await rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND type = 'escalated'`,
      [caseId],
    );
    expect(ev.rows[0].n).toBe(1);
    const ppk = await json(await w.request('/api/notifications', 'ppkBpp'));
    expect(ppk.items.filter((x: any) => x.kind === 'escalation')).toHaveLength(1);
    const fu = await json(await w.request('/api/follow-up?overdue=true', 'ppkBpp'));
    expect(fu.items[0]).toMatchObject({ overdue: true, dueDate: '2024-11-15', daysWaiting: 19 });
    expect(fu.items[0].escalatedAt).toBeTruthy();
  });

  it('merges a BKN referral into the case and undoes it', async () => {
    const ref = await json(
      await w.request('/api/referrals', 'admin', {
        method: 'POST',
        json: {
          body: 'bkn',
          referenceNumber: 'SBT-2024-000123',
          receivedAt: '2024-11-02',
          asnName: 'Rudi Sampel Hartono',
          asnId: w.asn.balikpapan1,
          agencyId: w.agencies.balikpapan,
          regionCode: '64.71',
          description: 'Penerusan laporan masyarakat melalui SBT.',
        },
      }),
    );
    let d = await json(
      await w.request(`/api/cases/${caseId}/merge`, 'admin', {
        method: 'POST',
        json: { kind: 'referral', refId: ref.id },
      }),
    );
    const src = d.sourceList.find((s: any) => s.kind === 'referral');
    expect(src).toMatchObject({ referenceNumber: 'SBT-2024-000123', unmergedAt: null });
    expect(d.sources.referral).toBe(1);
    d = await json(
      await w.request(`/api/cases/${caseId}/unmerge`, 'admin', {
        method: 'POST',
        json: { mergeId: src.mergeId, reason: 'Orang yang berbeda' },
      }),
    );
    expect(d.sources.referral).toBe(0);
    expect(d.sourceList.find((s: any) => s.kind === 'referral').unmergedAt).toBeTruthy();
    expect(d.timeline.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['source_merged', 'source_unmerged']),
    );
    const back = await json(await w.request('/api/triage?kind=referral', 'admin'));
    expect(back.items.map((i: any) => i.referenceNumber)).toContain('SBT-2024-000123');
    expect((await rt.modules.cases.verifyChains()).case_event.problems).toEqual([]);
  });
});

describe('netra audit verify', () => {
  it('exits non-zero when a case_event row was changed', async () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (TEST_BACKEND === 'postgres') {
      const t = await createTestRuntime();
      const w = await buildCasesWorld(t);
      await t.modules.cases.intake.openManual(w.actors.admin, {
        asnName: 'Orang Uji',
        regionCode: '64.72',
        description: 'Kasus uji rantai peristiwa.',
        contestId: 'pilkada-2024',
      });
      await t.db.query(
        `UPDATE case_event SET actor_name = 'pemalsu' WHERE seq = (SELECT min(seq) FROM case_event)`,
      );
      env = { DATABASE_URL: t.testDb.url! };
      cleanup = () => t.close();
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-cli-'));
      const r = await openRuntime({
        owner: 'test',
        config: envToConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' }),
      });
      await r.db.query(
        `INSERT INTO region (code, parent_code, level, kind, name) VALUES ('64', NULL, 'province', 'provinsi', 'KALIMANTAN TIMUR') ON CONFLICT DO NOTHING`,
      );
      const u = await r.db.query<{ id: string }>(
        `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('t-cli','t-cli','x','admin') RETURNING id`,
      );
      const actor = {
        userId: u.rows[0].id,
        username: 't-cli',
        role: 'admin' as const,
        regionCodes: [],
        agencyIds: null,
        custodian: false,
      };
      await r.modules.cases.intake.openManual(actor, {
        asnName: 'Orang Uji',
        regionCode: '64',
        description: 'Kasus uji rantai peristiwa.',
        contestId: 'pilkada-2024',
      });
      await r.db.query(
        `UPDATE case_event SET actor_name = 'pemalsu' WHERE seq = (SELECT min(seq) FROM case_event)`,
      );
      await r.close();
      env = { DATA_DIR: dir };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    try {
      const res = await new Promise<{ code: number; out: string }>((resolve) =>
        execFile(
          process.execPath,
          [path.join(ROOT, 'apps/cli/bin/netra.mjs'), 'audit', 'verify'],
          {
            cwd: ROOT,
            env: { ...process.env, ...env, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
            timeout: 90_000,
          },
          (err, stdout, stderr) =>
            resolve({ code: err ? ((err as any).code ?? 1) : 0, out: stdout + stderr }),
        ),
      );
      expect(res.out).toMatch(/case_event: \d+ rows, 1 PROBLEM/);
      expect(res.out).toContain('TAMPERING DETECTED');
      expect(res.code).not.toBe(0);
    } finally {
      await cleanup();
    }
  }, 120_000);
});
