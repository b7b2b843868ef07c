import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

// This file's own server: dissolving deletes the demo school for good.
describe('解散組織 (ID-05) on a server of its own', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('Should not offer 解散組織 to a super admin who is not the creator', async () => {
    await page.goto(`${server.url}/admin/B-888/sign-in`);
    await page.getByLabel('帳號或手機號碼').fill('ho');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/admin/B-888');
    await page.goto(`${server.url}/admin/B-888/permissions/admins`);
    await expect.poll(() => page.locator('table.pm-admins tbody tr').count()).toBe(2);
    expect(await page.getByRole('button', { name: '解散組織…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '轉讓創建人' }).count()).toBe(0);
    await page.getByRole('button', { name: '登出' }).click();
    await page.waitForURL('**/B-888/sign-in');
  });

  it('Should dissolve the school once the creator types its code, and sign everyone out', async () => {
    await page.getByLabel('帳號或手機號碼').fill('admin');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/admin/B-888');
    await page.goto(`${server.url}/admin/B-888/permissions/admins`);
    await page.getByRole('button', { name: '解散組織…' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('請輸入學校代碼「B-888」以確認').fill('B-888');
    await dialog.getByRole('button', { name: '解散組織', exact: true }).click();
    await page.waitForURL(`${server.url}/admin/`);
    await screenshot(page, 'permissions-14-dissolved');

    // the school is gone: its code is not found, its API answers 404
    await page.getByLabel('學校代碼').fill('B-888');
    await page.getByRole('button', { name: '前往' }).click();
    await expect.poll(() => page.locator('#school-code-error').textContent()).toBe('找不到該學校');
    const status = await page.evaluate(async () => (await fetch('/api/s/B-888/auth/me')).status);
    expect(status).toBe(404);
    expect(errors).toEqual([]);
  });
});
