// Sign-in and user administration in the browser: the admin creates a user scoped to Samarinda (64.72)
// through the admin page; that user signs in with the one-time password, must choose a new one, and then
// sees only Samarinda in the ASN directory and no admin page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, launchBrowser, login, startServer, type E2EServer } from './harness.ts';

describe('auth in the browser', () => {
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

  it('refuses a wrong password on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill('definitely-wrong');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/salah/);
    await page.close();
  });

  it('an admin creates a Samarinda user who then signs in with a one-time password', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, server.url, 'admin', ADMIN_PASSWORD);
    await expect.poll(() => page.getByTestId('user-name').textContent()).toBe('Administrator');

    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId('user-row-analis.samarinda').waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill('analis.smd.baru');
    await dialog.getByLabel('Nama tampilan').fill('Analis Samarinda Baru');
    await dialog.getByLabel('Peran').click();
    await page.getByRole('option', { name: 'Analis', exact: true }).click();
    await dialog.getByLabel('Wilayah').click();
    await dialog.getByLabel('Wilayah').fill('Samarinda');
    await page.getByRole('option', { name: 'Kota Samarinda (64.72)' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Simpan' }).click();

    const otpEl = page.getByTestId('one-time-password');
    await otpEl.waitFor();
    const otp = (await otpEl.textContent())!.trim();
    expect(otp).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const row = page.getByTestId('user-row-analis.smd.baru');
    await expect.poll(() => row.textContent()).toContain('64.72');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL((u) => u.pathname === '/login');

    await login(page, server.url, 'analis.smd.baru', otp);
    await page.waitForURL((u) => u.pathname === '/akun/kata-sandi');
    await page.getByLabel('Kata sandi saat ini').fill(otp);
    await page.getByLabel(/^Kata sandi baru/).fill('samarinda-Baru-2024');
    await page.getByLabel('Ulangi kata sandi baru').fill('samarinda-Baru-2024');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await expect.poll(() => page.getByTestId('user-name').textContent()).toBe('Analis Samarinda Baru');

    // scoped: the directory shows Samarinda only, and there is no way into user administration
    await page.goto(`${server.url}/asn`);
    await expect.poll(() => page.getByTestId('asn-total').textContent()).toMatch(/^[1-9]\d* ASN/);
    const regions = await page.locator('tbody tr td:nth-child(6)').allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['Kota Samarinda']));
    expect(await page.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    await page.goto(`${server.url}/admin/users`);
    await expect.poll(() => page.getByText('Peran Anda tidak memiliki akses').count()).toBe(1);
    await ctx.close();
  });

  it('a signed-out visitor is sent to the login page and the English toggle relabels it', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/asn`);
    await page.getByLabel('Nama pengguna').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByTestId('lang-toggle').click();
    await page.getByLabel('Username').fill('analis.balikpapan');
    await page.getByLabel('Password').fill('netra-demo-2024');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/asn');
    await expect.poll(() => page.getByTestId('asn-total').textContent()).toMatch(/ASN within your scope/);
    await ctx.close();
  });

  it('an admin sets the Samarinda letterhead used on letters', async () => {
    const page = await browser.newPage();
    await login(page, server.url, 'admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/admin/surat`);
    await page.getByTestId('issuer-region').fill('64.72');
    await page
      .getByRole('option', { name: /64\.72 / })
      .first()
      .click();
    await page.getByLabel('Nama kantor').fill('Bawaslu Kota Samarinda');
    await page.getByLabel('Alamat').fill('Jl. Uji No. 1');
    await page.getByLabel('Kota (tempat surat)').fill('Samarinda');
    await page.getByLabel('Nama penanda tangan').fill('Ketua Uji Coba');
    await page.getByLabel('Awalan nomor surat').fill('PM.06/UJI');
    await page.getByRole('button', { name: 'Simpan' }).first().click();
    await page.getByRole('cell', { name: 'Bawaslu Kota Samarinda' }).waitFor();
    const stored = await page.evaluate(async () => (await fetch('/api/settings/letter-issuers')).json());
    expect(stored.items).toEqual([
      expect.objectContaining({ regionCode: '64.72', signatoryName: 'Ketua Uji Coba' }),
    ]);
    await page.close();
  });
});
