import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

describe('Back-office', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, { viewport: { width: 1366, height: 860 } }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const table = () => page.locator('table.table');
  const summary = () => page.locator('.pager__summary');

  it('Should find the school by its code and sign the admin in', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('學校代碼').fill('b-888');
    await page.getByRole('button', { name: '前往' }).click();
    await page.waitForURL('**/admin/B-888/sign-in');
    await expect.poll(() => page.locator('.auth-card__school').textContent()).toContain('澳門示範學校');
    await screenshot(page, 'back-office-1-sign-in');

    await page.getByLabel('帳號或手機號碼').fill('admin');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/admin/B-888');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('陳校長');
  });

  it('Should show the layout with the manual menus and the signed-in admin', async () => {
    const menu = page.getByRole('navigation', { name: '主選單' });
    for (const name of ['首頁', '通訊錄', '權限管理', '應用管理', '教學管理', '功課', '異常規則', '微官網', '消息提醒', '審計日誌']) {
      expect(await menu.getByText(name, { exact: true }).count(), name).toBeGreaterThan(0);
    }
    expect(await page.locator('.topbar__user').textContent()).toContain('創建人');
    await screenshot(page, 'back-office-2-home');
  });

  it('Should say honestly that a module is not open yet', async () => {
    await page.getByText('教學管理', { exact: true }).click();
    await page.getByRole('link', { name: '課程管理' }).click();
    await page.waitForURL('**/B-888/teaching/courses');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('此模組尚未開放');
    expect(await page.locator('.empty-state').textContent()).toContain('課程管理');
  });

  it('Should list members with paging', async () => {
    await page.getByText('通訊錄', { exact: true }).click();
    await page.getByRole('link', { name: '成員' }).click();
    await page.waitForURL('**/B-888/contacts/members');
    await expect.poll(() => summary().textContent()).toBe('顯示第 1 至 10 項結果，共 12 項');
    expect(await table().locator('tbody tr').count()).toBe(10);
    await screenshot(page, 'back-office-3-members');

    await page.getByRole('button', { name: '下頁' }).click();
    await expect.poll(() => summary().textContent()).toBe('顯示第 11 至 12 項結果，共 12 項');
    expect(await table().locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('button', { name: '下頁' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '上頁' }).click();
    await expect.poll(() => summary().textContent()).toBe('顯示第 1 至 10 項結果，共 12 項');
  });

  it('Should search members and filter them by kind', async () => {
    await page.getByLabel('搜索:').fill('老師');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => summary().textContent()).toBe('顯示第 1 至 2 項結果，共 2 項');
    expect(await table().locator('tbody th').allTextContents()).toEqual(expect.arrayContaining(['李老師', '張老師']));

    await page.getByLabel('搜索:').fill('');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByLabel('類型:').selectOption('parent');
    await expect.poll(() => summary().textContent()).toBe('顯示第 1 至 4 項結果，共 4 項');
    await page.getByLabel('類型:').selectOption('');
  });

  it('Should disable the teacher only after confirming', async () => {
    await page.getByLabel('搜索:').fill('teacher');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => summary().textContent()).toBe('顯示第 1 至 1 項結果，共 1 項');
    const row = table().locator('tbody tr', { hasText: '李老師' });

    // Cancelling changes nothing.
    await row.getByRole('button', { name: /停用/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('確定停用「李老師」？');
    await screenshot(page, 'back-office-4-confirm-disable');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.locator('.badge').textContent()).toBe('已啟用');

    await row.getByRole('button', { name: /停用/ }).click();
    await dialog.getByRole('button', { name: '停用' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.locator('.badge').textContent()).toBe('已停用');
    expect(await page.getByRole('status').first().textContent()).toBe('已停用「李老師」');
    expect(await row.getByRole('button', { name: /啟用/ }).count()).toBe(1);
    await screenshot(page, 'back-office-5-disabled');
  });

  it('Should show the change in the audit log', async () => {
    await page.getByRole('link', { name: '審計日誌' }).click();
    await page.waitForURL('**/B-888/audit');
    const first = page.locator('table.table tbody tr').first();
    await expect.poll(() => first.textContent()).toContain('停用成員');
    expect(await first.textContent()).toContain('陳校長');
    expect(await first.locator('.change__list').textContent()).toBe('狀態 已啟用 → 已停用');

    await page.getByLabel('搜索:').fill('member.disable');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.locator('.pager__summary').textContent()).toBe('顯示第 1 至 1 項結果，共 1 項');
    await screenshot(page, 'back-office-6-audit');
  });

  it('Should keep the session over a reload and sign out', async () => {
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('審計日誌');
    await page.getByRole('button', { name: '登出' }).click();
    await page.waitForURL('**/B-888/sign-in');
    await page.goto(`${server.url}/admin/B-888/contacts/members`);
    await page.waitForURL('**/B-888/sign-in');
    expect(errors).toEqual([]);
  });
});
