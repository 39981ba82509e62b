// The analyst text-analysis page: a pasted campaign post comes back as "Mendukung" with its evidence
// highlighted inside the text and the rule item named; an official-duty post stays neutral.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, launchBrowser, login, startServer, type E2EServer } from './harness.ts';

describe('text analysis page', () => {
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

  it('highlights the evidence of a campaign post and keeps an official-duty post neutral', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/analisis-teks`);
    await page.getByTestId('detect-text').fill('Bismillah, ayo coblos 02 Prabowo-Gibran satu putaran ✌️');
    await page.getByLabel('Tanggal unggahan').fill('2024-01-20');
    await page.getByTestId('detect-submit').click();
    await expect.poll(() => page.getByTestId('detect-stance').textContent()).toBe('Mendukung');
    const marks = page.getByTestId('detect-highlight').locator('mark');
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(3);
    expect(await marks.allTextContents()).toContain('Prabowo-Gibran');
    expect(await page.getByTestId('detect-result').textContent()).toContain('skb-d02');

    await page
      .getByTestId('detect-text')
      .fill('Mendampingi Bapak Wali Kota meninjau lokasi banjir, bantuan logistik sudah disalurkan.');
    await page.getByTestId('detect-submit').click();
    await expect.poll(() => page.getByTestId('detect-stance').textContent()).toBe('Netral');
    await page.close();
  });
});
