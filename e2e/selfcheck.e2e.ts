// The self-check in the browser, signed out: type a description, read the verdict and the rule id, click an
// example, use the structured form, switch to English; the landing page links to it; the rulebook browses.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, type E2EServer } from './harness.ts';

describe('self-check page (/cek)', () => {
  let server: E2EServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A phone-sized viewport: the page must work on mobile.
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the landing page leads to the self-check', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('landing-selfCheck').getByRole('link', { name: 'Mulai cek' }).click();
    await page.waitForURL((u) => u.pathname === '/cek');
    await page.getByRole('heading', { name: 'Cek Mandiri Netralitas ASN' }).waitFor();
  });

  it('answers a typed description with the verdict and the rule id', async () => {
    await page.getByTestId('description').fill('saya nge-like postingan caleg PDIP di fb');
    await page.getByTestId('date').fill('2024-01-10');
    await page.getByTestId('submit').click();
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-verdict')).toBe('violation');
    expect(await page.getByTestId('verdict').textContent()).toBe('Melanggar');
    expect(await page.getByTestId('rule').first().getAttribute('data-rule-id')).toBe('skb-d06');
    const rule = await page.getByTestId('rule').first().textContent();
    expect(rule).toMatch(/Hukuman disiplin berat/);
    expect(rule).toMatch(/SKB 2\/2022 Lampiran II huruf B angka 6/);
    expect(await page.getByTestId('advice').textContent()).toMatch(/batalkan like/);
  });

  it('the same act before candidate determination is an ethics matter', async () => {
    await page.getByTestId('date').fill('2023-06-01');
    await page.getByTestId('submit').click();
    await expect.poll(() => page.getByTestId('rule').first().getAttribute('data-rule-id')).toBe('skb-e04');
    expect(await page.getByTestId('rule').first().textContent()).toMatch(/Sanksi moral/);
  });

  it('clicking an example fills the box and answers it', async () => {
    await page.getByTestId('date').fill('2024-10-01');
    await page.getByTestId('example').filter({ hasText: 'jadi MC di acara deklarasi paslon' }).click();
    expect(await page.getByTestId('description').inputValue()).toBe('jadi MC di acara deklarasi paslon');
    await expect
      .poll(async () =>
        (
          await page.getByTestId('rule').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')))
        ).join(','),
      )
      .toMatch(/skb-d04/);
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('violation');
  });

  it('switches to English and re-answers in English', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'ASN neutrality self-check' }).waitFor();
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('Violation');
    await expect
      .poll(() => page.getByTestId('explanation').textContent())
      .toMatch(/This breaches ASN neutrality/);
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'Cek Mandiri Netralitas ASN' }).waitFor();
  });

  it('the structured form judges a chosen act', async () => {
    await page.getByTestId('tab-form').click();
    await page.getByTestId('form-act').click();
    await page.getByRole('option', { name: 'Menjadi anggota/pengurus partai' }).click();
    await page.getByTestId('form-submit').click();
    await expect
      .poll(() => page.getByTestId('rule').first().getAttribute('data-rule-id'))
      .toMatch(/skb-d05|uu20-party-ptdh/);
    expect(await page.getByTestId('result').textContent()).toMatch(/Pemberhentian tidak dengan hormat/);
  });

  it('the rulebook page lists all 19 SKB items', async () => {
    await page.goto(`${server.url}/aturan`);
    await page.getByRole('heading', { name: 'Aturan netralitas ASN' }).waitFor();
    await expect.poll(() => page.locator('[data-testid="rulebook-item"][id^="skb-"]').count()).toBe(19);
    await page.getByTestId('rule-search').fill('baliho');
    await expect.poll(() => page.getByTestId('rulebook-item').count()).toBe(2);
  });
});
