import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/** What the viewport shows, as admin/e2e-screenshots/<name>.png. */
const shot = (page: Page, name: string) => page.screenshot({ path: join(resolve(import.meta.dirname, '../../e2e-screenshots'), `${name}.png`) });

describe('掃碼登錄 (APP-03): the desk shows a code, a signed-in staff phone confirms it', () => {
  let server: TestServer;
  let browser: Browser;
  let desk: Page;
  let phone: Page;
  let deskErrors: string[];
  let phoneErrors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page: desk, errors: deskErrors } = await openPage(browser, { viewport: { width: 1280, height: 800 } }));
    ({ page: phone, errors: phoneErrors } = await openPage(browser, PHONE));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Signs a phone in with the SMS code of +853 `number`. */
  async function phoneSignIn(page: Page, number: string) {
    await page.getByLabel('手機號碼').fill(number);
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await page.getByLabel('驗證碼').fill(await server.smsCode('853', number, since));
    await page.getByRole('button', { name: '登入', exact: true }).click();
  }

  /** Opens the 掃碼登錄 tab and returns the address inside the code the desk got. */
  async function showCode(): Promise<string> {
    const created = desk.waitForResponse((r) => r.url().endsWith('/auth/qr') && r.request().method() === 'POST');
    await desk.getByRole('tab', { name: '掃碼登錄' }).click();
    const { url } = (await (await created).json()) as { url: string };
    await expect.poll(() => desk.getByRole('img', { name: '登錄管理後台的二維碼' }).isVisible()).toBe(true);
    return url;
  }

  it('Should keep the password form and offer the QR code as a second tab', async () => {
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    expect(await desk.getByRole('tab', { name: '密碼登錄' }).getAttribute('aria-selected')).toBe('true');
    expect(await desk.getByLabel('帳號或手機號碼').isVisible()).toBe(true);
    const url = await showCode();
    expect(url).toMatch(new RegExp(`^${server.url}/admin/B-888/m/qr/[a-z2-7]{32}$`));
    expect(await desk.locator('.qr-sign-in__timer').textContent()).toMatch(/^二維碼將於 [12]:\d\d 後失效$/);
    await screenshot(desk, 'qr-1-desk-code');
  });

  it('Should say when the code has expired and get a new one', async () => {
    // the server's answer once two minutes are up, without waiting for them
    await desk.route('**/auth/qr/*', (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ status: 410, contentType: 'application/json', body: JSON.stringify({ error: { code: 'qr_expired', message: '二維碼已過期，請重新整理' } }) })
        : route.continue(),
    );
    await expect.poll(() => desk.locator('.qr-sign-in__overlay').textContent(), { timeout: 6000 }).toContain('二維碼已失效');
    await screenshot(desk, 'qr-2-desk-expired');
    await desk.unroute('**/auth/qr/*');
    const created = desk.waitForResponse((r) => r.url().endsWith('/auth/qr') && r.request().method() === 'POST');
    await desk.getByRole('button', { name: '重新獲取' }).click();
    await created;
    await expect.poll(() => desk.getByRole('img', { name: '登錄管理後台的二維碼' }).isVisible()).toBe(true);
  });

  it('Should sign the desk in once a signed-in teacher confirms on the phone', async () => {
    // a fresh code, whose address the phone "scans"
    await desk.getByRole('tab', { name: '密碼登錄' }).click();
    const url = await showCode();

    await phone.goto(`${server.url}/admin/B-888/m/sign-in`);
    await phoneSignIn(phone, '66000002');
    await phone.waitForURL('**/B-888/m');
    await phone.goto(url);
    await expect.poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe('確認登錄電腦端');
    expect(await phone.locator('.m-qr__who').textContent()).toContain('李老師');
    expect(await phone.locator('.m-qr').textContent()).toContain('澳門示範學校');
    await screenshot(phone, 'qr-3-phone-confirm');
    await phone.getByRole('button', { name: '確認登錄電腦端' }).click();
    await expect.poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe('已確認登錄');
    await screenshot(phone, 'qr-4-phone-done');

    await desk.waitForURL('**/admin/B-888', { timeout: 10_000 });
    await expect.poll(() => desk.getByRole('heading', { level: 1 }).textContent()).toContain('李老師');
    expect(await desk.locator('.topbar__user').textContent()).toContain('李老師');
    await screenshot(desk, 'qr-5-desk-signed-in');
    expect(deskErrors).toEqual([]);
  });

  it('Should not let the same code be used twice, and let a phone cancel', async () => {
    await phone.reload();
    await phone.getByRole('button', { name: '確認登錄電腦端' }).click();
    await expect.poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe('二維碼已失效');
    await shot(phone, 'qr-6-phone-used');
  });

  it('Should bring a signed-out phone through the sign-in and back to the confirmation', async () => {
    const { page: desk2 } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    desk = desk2;
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    const url = await showCode();

    const { page: fresh, errors } = await openPage(browser, PHONE);
    await fresh.goto(url);
    await fresh.waitForURL('**/B-888/m/sign-in');
    await phoneSignIn(fresh, '66000003');
    await fresh.waitForURL(`**${new URL(url).pathname}`);
    await expect.poll(() => fresh.getByRole('heading', { level: 2 }).textContent()).toBe('確認登錄電腦端');
    expect(await fresh.locator('.m-qr__who').textContent()).toContain('張老師');
    await fresh.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => fresh.getByRole('heading', { level: 2 }).textContent()).toBe('已取消登錄');
    await shot(fresh, 'qr-7-phone-cancelled');
    expect(errors).toEqual([]);
    // the desk is still waiting for someone to confirm
    expect(await desk.getByRole('img', { name: '登錄管理後台的二維碼' }).isVisible()).toBe(true);
  });

  it('Should tell a parent the back-office is for staff', async () => {
    const url = await (async () => {
      await desk.getByRole('tab', { name: '密碼登錄' }).click();
      return showCode();
    })();
    const { page: parent } = await openPage(browser, PHONE);
    await parent.goto(`${server.url}/admin/B-888/m/sign-in`);
    await phoneSignIn(parent, '66000101');
    await parent.waitForURL('**/B-888/m');
    await parent.goto(url);
    await expect.poll(() => parent.getByRole('heading', { level: 2 }).textContent()).toBe('只限教職員使用');
    expect(await parent.getByRole('button', { name: '確認登錄電腦端' }).count()).toBe(0);
    await shot(parent, 'qr-8-phone-parent');
    expect(phoneErrors).toEqual([]);
  });
});
