// Issue #4's "done when" in the browser: import the demo roster (refused for two bad rows, then the good
// rows only), import a sample X export, confirm the suggested account link, and see the like of a campaign
// post as a finding with its rule item and evidence.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ROOT, launchBrowser, login, startServer, type E2EServer } from './harness.ts';

const FIX = path.join(ROOT, 'apps/server/src/ingest/fixtures');

describe('ingest in the browser', () => {
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

  it('roster + X export → confirmed link → like-of-a-campaign-post finding', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'admin', ADMIN_PASSWORD);

    await page.goto(`${server.url}/impor`);
    await page.locator('input[type=file]').setInputFiles(path.join(FIX, 'demo-roster.csv'));
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Gagal');
    const problems = await page.getByTestId('problem-table').textContent();
    expect(problems).toContain('NIP harus 18 digit, bukan 17');
    expect(problems).toContain('tidak cocok dengan NIP');
    await page.getByRole('button', { name: 'Impor baris yang valid saja' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Berhasil');
    expect(await page.getByTestId('skipped-rows').textContent()).toContain('14, 15');

    await page.getByTestId('import-kind').click();
    await page.getByRole('option', { name: 'X (API v2)' }).click();
    await page.locator('input[type=file]').setInputFiles(path.join(FIX, 'x-sample.jsonl'));
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Berhasil');

    // The analysis job runs in the server process; suggestions appear when it is done.
    const row = page.getByTestId('link-rahmat_hdy-198804122014031007');
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/akun-asn`);
          await page.getByText('Tautan akun ↔ ASN').waitFor();
          await page.waitForTimeout(300);
          return row.count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(1);
    expect(await row.textContent()).toMatch(/bio menyebut tempat kerja/);
    await row.getByRole('button', { name: 'Konfirmasi' }).click();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/temuan-interaksi`);
          await page.waitForTimeout(500);
          const cards = page.getByTestId('finding-card').filter({ hasText: 'Rahmat Hidayatullah Siregar' }).filter({ hasText: 'Menyukai' });
          return cards.count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(1);
    const card = page.getByTestId('finding-card').filter({ hasText: 'Rahmat Hidayatullah Siregar' }).filter({ hasText: 'Menyukai' });
    expect(await card.getByTestId('finding-rule').textContent()).toMatch(/skb-/);
    const evidence = await card.getByTestId('finding-evidence').textContent();
    expect(evidence).toContain('@rahmat_hdy menyukai postingan akun tim pemenangan @timpemenangan02_demo');
    expect(evidence).toContain('Postingan sasaran');
    await page.close();
  }, 240_000);
});
