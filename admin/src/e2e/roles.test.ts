import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

describe('Back-office for a teacher who is not an admin', () => {
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

  it('Should show only the menus a teacher may open', async () => {
    await page.goto(`${server.url}/admin/B-888/sign-in`);
    await page.getByLabel('帳號或手機號碼').fill('teacher');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/admin/B-888');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('李老師');
    expect(await page.locator('main').textContent()).toContain('您的身份：教學人員');
    expect(await page.locator('.topbar__user').textContent()).toContain('教學人員');

    const menu = page.getByRole('navigation', { name: '主選單' });
    const names = (await menu.locator('.menu > li > a, .menu > li > details > summary').allTextContents()).map((s) => s.trim());
    expect(names).toEqual(['首頁', '教學管理', '功課', '家校通知', '消息提醒']);
    expect(await page.locator('.cards').count()).toBe(0);
    await screenshot(page, 'roles-teacher-home');
  });

  it('Should say the teacher may not see members when the address is typed in', async () => {
    await page.goto(`${server.url}/admin/B-888/contacts/members`);
    await expect.poll(() => page.locator('.panel--error').textContent()).toContain('沒有權限進行此操作');
    await screenshot(page, 'roles-teacher-forbidden');
  });
});
