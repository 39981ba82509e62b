// Issue #5 in the browser: a public report becomes a case; the analyst verifies it, summons (the letter
// downloads as .docx and .pdf), records the minutes, studies and recommends; the PPK records the sanction
// and its execution; the reporter sees the new status with the tracking code.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, startServer, type E2EServer } from './harness.ts';

const DEMO_PASSWORD = 'netra-demo-2024';
const ANALYST = 'analis.samarinda';
const PPK = 'ppk.samarinda';
// Synthetic person; the agency must be one the seeded PPK of Samarinda is responsible for.
const ASN_NAME = 'Hendrawan Sukmajaya';
const AGENCY = 'Dinas Pendidikan Kota Samarinda';
const SHOTS = '/tmp';

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = { width: 1280, height: 900 }): Promise<[BrowserContext, Page]> {
  const ctx = await browser.newContext({ viewport, acceptDownloads: true, locale: 'id-ID' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  return [ctx, page];
}

/** Picks an option of a Mantine Select/MultiSelect by its label, typing to filter first. */
async function choose(
  scope: Page | ReturnType<Page['getByRole']>,
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
) {
  const input = scope.getByLabel(label).first();
  await input.click();
  // Searchable selects filter as you type; plain ones are read-only inputs.
  if (typeof option === 'string' && (await input.isEditable())) await input.fill(option.slice(0, 6));
  await page.getByRole('option', { name: option }).first().click();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/netra-e2e-${name}.png`, fullPage: true });
}

async function expectStatus(page: Page, status: string) {
  await page.locator(`[data-testid="case-status"][data-status="${status}"]`).waitFor({ timeout: 15_000 });
}

/** Opens the modal of a transition, fills it with `fill`, saves, and waits for the new status. */
async function transition(
  page: Page,
  name: string,
  to: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.locator(`[data-transition="${name}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expectStatus(page, to);
  await dialog.waitFor({ state: 'detached' });
}

describe('case handling in the browser', () => {
  it('takes a public report to an executed sanction, visible to the reporter', async () => {
    // 1. The reporter files on /lapor from a phone, without logging in, with a photo as evidence.
    const [reporterCtx, reporter] = await newPage({ width: 390, height: 844 });
    await reporter.goto(`${server.url}/lapor`);
    await reporter.getByRole('heading', { name: /Laporkan dugaan pelanggaran/ }).waitFor();
    await reporter
      .getByLabel('Uraian kejadian')
      .fill(`${ASN_NAME} mengunggah ajakan memilih pasangan calon nomor urut 2 di akun Facebook pribadinya.`);
    await choose(reporter, reporter, 'Kabupaten/kota', /Samarinda/i);
    await reporter.getByLabel('Tempat (opsional)').fill('Akun Facebook pribadi terlapor');
    await reporter.getByLabel('Tanggal kejadian').fill('2024-10-02');
    await reporter.getByLabel('Nama ASN').fill(ASN_NAME);
    await reporter.getByLabel('Instansi / unit kerja').fill(AGENCY);
    await reporter
      .getByLabel('Tautan (unggahan, video, berita) 1')
      .fill('https://www.facebook.com/contoh/posts/1001');
    // A real PNG (1×1) so the server's content sniffing accepts it.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await reporter
      .locator('input[type="file"]')
      .setInputFiles({ name: 'tangkapan-layar.png', mimeType: 'image/png', buffer: png });
    await reporter.getByLabel('Nama Anda').fill('Pelapor Uji');
    await reporter.getByLabel('Email').fill('pelapor.uji@example.org');
    await reporter.getByText('Identitas Anda dirahasiakan').waitFor();
    await shot(reporter, '01-lapor-form');
    await reporter.getByRole('button', { name: 'Kirim laporan' }).click();
    const codeEl = reporter.getByTestId('tracking-code');
    await codeEl.waitFor({ timeout: 15_000 });
    const trackingCode = (await codeEl.textContent())!.trim();
    expect(trackingCode).toMatch(/^[A-Z0-9-]{6,}$/);
    await shot(reporter, '02-lapor-done');

    // The status page answers by code with the first stage and nothing personal.
    await reporter.goto(`${server.url}/lapor/status?kode=${encodeURIComponent(trackingCode)}`);
    await reporter.getByTestId('report-status-stage').waitFor();
    const statusText = await reporter.getByTestId('report-status').textContent();
    expect(statusText).not.toContain('Pelapor Uji');
    expect(statusText).not.toContain('pelapor.uji@example.org');
    expect(statusText).not.toContain(ASN_NAME);

    // 2. The analyst finds the report in triage, claims it with `c` and opens a case with Enter.
    const [analystCtx, analyst] = await newPage();
    await login(analyst, server.url, ANALYST, DEMO_PASSWORD);
    await analyst.goto(`${server.url}/triase`);
    const item = analyst.getByTestId('triage-item').filter({ hasText: ASN_NAME });
    await item.first().waitFor({ timeout: 15_000 });
    await item.first().click();
    await analyst.getByTestId('triage-detail').getByText(trackingCode).waitFor();
    await analyst.keyboard.press('c');
    await analyst.getByTestId('triage-detail').getByRole('button', { name: /Lepas/ }).waitFor();
    await shot(analyst, '03-triase');
    // Focus is still on the queue row that was clicked: Enter opens the case from there.
    await analyst.keyboard.press('Enter');
    await analyst.waitForURL(/\/kasus\/[^/]+$/, { timeout: 15_000 });
    const caseUrl = analyst.url();
    await expectStatus(analyst, 'received');
    await analyst.getByText(ASN_NAME).first().waitFor();
    // The analyst is not a custodian: the source is listed, the reporter's identity is not offered.
    await analyst.getByRole('tab', { name: /Sumber/ }).click();
    await analyst.getByText(trackingCode).first().waitFor();
    expect(await analyst.getByRole('button', { name: 'Lihat identitas pelapor' }).count()).toBe(0);
    expect(await analyst.getByText('Pelapor Uji').count()).toBe(0);

    // 3. Verification, then the summons with the hearing's time and place.
    await transition(analyst, 'start_verification', 'verification');
    await transition(analyst, 'summon', 'clarification', async (d) => {
      await d.getByLabel('Waktu klarifikasi').fill('2024-10-10T09:00');
      await d.getByLabel('Tempat klarifikasi').fill('Kantor Bawaslu Kota Samarinda');
    });

    // The summons letter exists as .docx and .pdf (generated on summon, or on request) and downloads.
    const docs = analyst.getByTestId('documents');
    if (!(await analyst.getByTestId('download-summons-docx').count())) {
      await analyst.getByRole('button', { name: /Buat \.docx/ }).click();
    }
    await analyst.getByTestId('download-summons-docx').waitFor({ timeout: 20_000 });
    await docs.waitFor();
    for (const [format, magic] of [
      ['docx', 'PK'],
      ['pdf', '%PDF'],
    ] as const) {
      const [download] = await Promise.all([
        analyst.waitForEvent('download'),
        analyst.getByTestId(`download-summons-${format}`).first().click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      const file = `${SHOTS}/netra-e2e-summons.${format}`;
      await download.saveAs(file);
      const head = fs.readFileSync(file).subarray(0, magic.length).toString('latin1');
      expect(head).toBe(magic);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
    }
    await shot(analyst, '04-kasus-klarifikasi');

    // 4. Minutes of the hearing: questions and answers.
    await analyst.getByRole('tab', { name: 'Berita acara' }).click();
    const minutes = analyst.getByTestId('minutes-form');
    await minutes.getByLabel('Waktu klarifikasi').fill('2024-10-10T09:00');
    await minutes.getByLabel('Tempat').fill('Kantor Bawaslu Kota Samarinda');
    await minutes.getByLabel('Pertanyaan').first().fill('Apakah akun Facebook tersebut milik Saudara?');
    await minutes.getByLabel('Jawaban').first().fill('Ya, akun tersebut milik saya.');
    await minutes.getByRole('button', { name: '+ Tambah pertanyaan' }).click();
    await minutes.getByLabel('Pertanyaan').nth(1).fill('Apakah Saudara mengunggah ajakan memilih tersebut?');
    await minutes.getByLabel('Jawaban').nth(1).fill('Ya, saya mengunggahnya pada 2 Oktober 2024.');
    await minutes.getByRole('button', { name: 'Simpan berita acara' }).click();
    await analyst.getByText('Berita acara sudah dicatat').waitFor({ timeout: 15_000 });
    await shot(analyst, '05-berita-acara');

    // 5. Study, then the recommendation naming the rule item and the sanction level.
    await transition(analyst, 'begin_study', 'study');
    await transition(analyst, 'recommend', 'recommendation', async (d) => {
      const rules = d.getByLabel('Butir aturan yang dilanggar');
      if (!(await d.getByText('skb-d02').count())) {
        await rules.fill('skb-d02');
        await rules.press('Enter');
        // Leave the tags input so its suggestion list closes (Escape would close the modal).
        await rules.evaluate((el) => (el as HTMLElement).blur());
      }
      if (!(await d.getByLabel('Jalur').inputValue())) await choose(d, analyst, 'Jalur', 'Disiplin');
      if (!(await d.getByLabel('Tingkat sanksi yang direkomendasikan').inputValue()))
        await choose(d, analyst, 'Tingkat sanksi yang direkomendasikan', 'Hukuman disiplin berat');
      const reason = d.getByLabel(/Alasan|Catatan/);
      await reason.fill('Terbukti mengunggah ajakan memilih pasangan calon setelah penetapan calon.');
    });
    await shot(analyst, '06-rekomendasi');
    await analystCtx.close();

    // 6. The PPK sees the recommendation in the follow-up list, records the decision and its execution.
    const [ppkCtx, ppk] = await newPage();
    await login(ppk, server.url, PPK, DEMO_PASSWORD);
    // The recommendation reached the PPK as an in-app notification.
    await ppk.getByTestId('notification-bell').click();
    await ppk
      .getByText(/Rekomendasi baru/)
      .first()
      .waitFor({ timeout: 15_000 });
    await ppk.keyboard.press('Escape');
    await ppk.goto(`${server.url}/tindak-lanjut`);
    await ppk.getByTestId('followup-table').getByText(ASN_NAME).waitFor({ timeout: 15_000 });
    await shot(ppk, '07-tindak-lanjut');
    await ppk.getByTestId('followup-table').getByText(ASN_NAME).click();
    await ppk.waitForURL(caseUrl);
    await expectStatus(ppk, 'recommendation');
    await transition(ppk, 'record_ppk_decision', 'ppk_decision', async (d) => {
      await choose(d, ppk, 'Sanksi yang dijatuhkan PPK', /Penurunan jabatan setingkat lebih rendah/);
      await d.getByLabel('Nomor keputusan').fill('800/123/BKPSDM/2024');
      await d.getByLabel('Tanggal keputusan').fill('2024-11-01');
    });
    await transition(ppk, 'record_execution', 'sanction_executed', async (d) => {
      await d.getByLabel('Tanggal pelaksanaan').fill('2024-11-04');
    });
    await ppk.getByTestId('sanction-option').waitFor();
    await shot(ppk, '08-sanksi-dilaksanakan');
    await ppkCtx.close();

    // 7. The reporter looks the code up again and sees the new stage.
    await reporter.goto(`${server.url}/lapor/status?kode=${encodeURIComponent(trackingCode)}`);
    await reporter
      .getByTestId('report-status-stage')
      .filter({ hasText: 'Sanksi dilaksanakan' })
      .waitFor({ timeout: 15_000 });
    await shot(reporter, '09-status-pelapor');
    await reporterCtx.close();

    // 8. The custodian (Bawaslu supervisor) may read who reported; the read is audited server-side.
    const [custodianCtx, custodian] = await newPage();
    await login(custodian, server.url, 'supervisor.kaltim', DEMO_PASSWORD);
    await custodian.goto(caseUrl);
    await custodian.getByRole('tab', { name: /Sumber/ }).click();
    await custodian.getByRole('button', { name: 'Lihat identitas pelapor' }).click();
    const identity = custodian.getByTestId('reporter-identity');
    await identity.waitFor();
    expect(await identity.textContent()).toContain('Pelapor Uji');
    expect(await identity.textContent()).toContain('pelapor.uji@example.org');
    await shot(custodian, '10-identitas-pelapor');
    await custodianCtx.close();
  });

  it('shows the dashboard and board with the case and offers exports', async () => {
    const [ctx, page] = await newPage();
    await login(page, server.url, ANALYST, DEMO_PASSWORD);
    await page.goto(`${server.url}/dasbor`);
    await page.getByTestId('kpi-total').waitFor({ timeout: 20_000 });
    expect(Number((await page.getByTestId('kpi-total').textContent())!.replace(/\D/g, ''))).toBeGreaterThan(
      0,
    );
    await page.getByTestId('region-tile-map').waitFor();
    await page.locator('[data-testid="chart-stage"] canvas').waitFor();
    await shot(page, '11-dasbor');

    // The xlsx export of the filtered board downloads as a real workbook.
    await page.goto(`${server.url}/kasus?regionCode=64.72`);
    await page.getByTestId('case-card').first().waitFor({ timeout: 15_000 });
    await shot(page, '12-papan-kasus');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = '/tmp/netra-e2e-export.xlsx';
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    await ctx.close();
  });
});
