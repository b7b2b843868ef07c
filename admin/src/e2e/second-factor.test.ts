import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

describe('Back-office sign-in with an SMS second factor (ADM-04)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page } = await openPage(browser, { viewport: { width: 1280, height: 800 } }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn() {
    await page.getByLabel('帳號或手機號碼').fill('admin');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
  }

  it('Should ask for the SMS code once the school requires it', async () => {
    await page.goto(`${server.url}/admin/B-888/sign-in`);
    await signIn();
    await page.waitForURL('**/admin/B-888');
    // No settings screen yet: turn the setting on through the API, as the signed-in creator.
    const status = await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/s/B-888/auth/me')).json();
      const res = await fetch('/api/s/B-888/settings/security', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
        body: JSON.stringify({ smsSecondFactor: true }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    await page.getByRole('button', { name: '登出' }).click();
    await page.waitForURL('**/B-888/sign-in');

    const since = Date.now();
    await signIn();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('短信驗證');
    expect(await page.locator('.auth-card').textContent()).toContain('驗證碼已發送至 +853 ****0001');

    await page.getByLabel('短信驗證碼').fill('000000');
    await page.getByRole('button', { name: '驗證並登入' }).click();
    await expect.poll(() => page.locator('#code-error').textContent()).toBe('驗證碼錯誤或已過期');
    await screenshot(page, 'second-factor-wrong-code');

    await page.getByLabel('短信驗證碼').fill(await server.smsCode('853', '66000001', since));
    await page.getByRole('button', { name: '驗證並登入' }).click();
    await page.waitForURL('**/admin/B-888');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('陳校長');
  });
});
