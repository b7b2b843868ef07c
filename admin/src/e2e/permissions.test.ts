import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/** What the viewport shows (a dialog over the page), as admin/e2e-screenshots/<name>.png. */
const shot = (page: Page, name: string) => page.screenshot({ path: join(resolve(import.meta.dirname, '../../e2e-screenshots'), `${name}.png`) });

const DESK = { viewport: { width: 1366, height: 860 } };

/** Signs a back-office user in with account and password. */
async function signIn(page: Page, url: string, login: string) {
  await page.goto(`${url}/admin/B-888/sign-in`);
  await page.getByLabel('帳號或手機號碼').fill(login);
  await page.getByLabel('密碼', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: '登入', exact: true }).click();
  await page.waitForURL('**/admin/B-888');
}

describe('權限管理 (ADM-01/02): admins, scopes, groups, the creator', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, DESK));
    await signIn(page, server.url, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const rows = () => page.locator('table.pm-admins tbody tr');
  const dialog = () => page.locator('dialog[open]');

  it('Should list the creator first, then the super admin, with the §15 table', async () => {
    await page.getByRole('navigation', { name: '主選單' }).getByText('權限管理', { exact: true }).click();
    await page.getByRole('link', { name: '管理員' }).click();
    await page.waitForURL('**/B-888/permissions/admins');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().nth(0).textContent()).toContain('陳校長');
    expect(await rows().nth(0).textContent()).toContain('創建人');
    expect(await rows().nth(0).textContent()).toContain('請先轉讓創建人');
    expect(await rows().nth(1).textContent()).toContain('何主任');
    expect(await rows().nth(1).textContent()).toContain('超級管理員');

    const table = page.locator('table.pm-perm-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('thead th').allTextContents()).toEqual(['權限', '創建人你', '超級管理員', '分級管理員', '普通用戶']);
    expect(await table.locator('tbody tr').nth(1).textContent()).toBe('管理範圍全部全部設置的範圍不可管理');
    expect(await table.locator('tbody tr').nth(5).locator('th').textContent()).toBe('解散組織');
    await screenshot(page, 'permissions-1-admins');
  });

  it('Should add 張老師 as a scoped admin of 小學部 only', async () => {
    await page.getByRole('button', { name: '+ 添加管理員' }).click();
    await expect.poll(() => dialog().locator('h2').first().textContent()).toBe('添加管理員');
    // a member is required
    await dialog().getByRole('button', { name: '添加管理員' }).click();
    await expect.poll(() => dialog().locator('.field__error').textContent()).toBe('請選擇一位教職員');

    await dialog().getByLabel('搜索姓名、手機或帳號').fill('張');
    await expect.poll(() => dialog().locator('.pm-picker__row').count()).toBe(1);
    await dialog().getByRole('radio', { name: /張老師/ }).click();
    expect(await dialog().locator('.pm-picker__chosen').textContent()).toContain('張老師');
    expect(await dialog().locator('.field__error').count()).toBe(0);
    expect(await dialog().getByLabel('分級管理員').isChecked()).toBe(true);
    // departments tab: tick 小學部; its subject groups show as included
    await dialog().getByLabel('小學部', { exact: true }).check();
    expect(await dialog().getByRole('checkbox', { name: /中文科組.*已包含於「小學部」/ }).first().isDisabled()).toBe(true);
    expect(await dialog().getByRole('tab', { name: /部門/ }).textContent()).toBe('部門1');
    await shot(page, 'permissions-2-add-admin-departments');
    await dialog().getByRole('tab', { name: /班級/ }).click();
    await shot(page, 'permissions-3-add-admin-classes');
    await dialog().getByRole('tab', { name: /應用/ }).click();
    await dialog().getByLabel('家校通知').check();
    await shot(page, 'permissions-4-add-admin-apps');
    await dialog().getByRole('button', { name: '添加管理員' }).click();

    await expect.poll(() => page.locator('.notice').textContent()).toBe('已添加管理員「張老師」');
    const zhang = rows().filter({ hasText: '張老師' });
    await expect.poll(() => zhang.locator('.pm-scope-summary').textContent()).toBe('部門小學部應用家校通知');
    expect(await zhang.textContent()).toContain('分級管理員');
    await screenshot(page, 'permissions-5-admin-added');
  });

  it('Should edit the scoped admin and ask before removing an admin', async () => {
    const zhang = rows().filter({ hasText: '張老師' });
    await zhang.getByRole('button', { name: '編輯 張老師' }).click();
    await expect.poll(() => dialog().locator('h2').first().textContent()).toBe('編輯管理員：張老師');
    expect(await dialog().getByLabel('小學部', { exact: true }).isChecked()).toBe(true);
    // the classes he teaches: 小三乙班 joins the scope
    await dialog().getByRole('tab', { name: /班級/ }).click();
    await dialog().getByLabel('小三乙班').check();
    expect(await dialog().getByRole('checkbox', { name: /^小三/ }).first().evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('已更新「張老師」的權限');
    await expect.poll(() => zhang.locator('.pm-scope-summary').textContent()).toBe('部門小學部班級小三乙班應用家校通知');

    const ho = rows().filter({ hasText: '何主任' });
    await ho.getByRole('button', { name: '移除 何主任' }).click();
    await expect.poll(() => page.locator('#confirm-body').textContent()).toContain('確定移除「何主任」的管理員權限');
    await shot(page, 'permissions-6-remove-confirm');
    await page.locator('dialog[open]').getByRole('button', { name: '取消' }).click();
    expect(await rows().count()).toBe(3);
  });

  it('Should keep 解散組織 disabled until the school code is typed exactly (ID-05)', async () => {
    await page.getByRole('button', { name: '解散組織…' }).click();
    const submit = dialog().getByRole('button', { name: '解散組織', exact: true });
    const code = dialog().getByLabel('請輸入學校代碼「B-888」以確認');
    expect(await submit.isDisabled()).toBe(true);
    await code.fill('B-88');
    expect(await submit.isDisabled()).toBe(true);
    await code.fill('b-888');
    expect(await submit.isDisabled()).toBe(true);
    await code.fill('B-888');
    expect(await submit.isEnabled()).toBe(true);
    await shot(page, 'permissions-7-dissolve');
    await dialog().getByRole('button', { name: '取消' }).click();
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('Should offer the transfer of the creator role to an existing admin only', async () => {
    await page.getByRole('button', { name: '轉讓創建人' }).click();
    await expect.poll(() => dialog().locator('.pm-check__row').count()).toBe(2);
    expect(await dialog().locator('.pm-check__list').textContent()).not.toContain('陳校長');
    await shot(page, 'permissions-8-transfer');
    await dialog().getByRole('button', { name: '確定' }).click();
    expect(await dialog().locator('.form-error').textContent()).toBe('請選擇一位管理員');
    await dialog().getByRole('button', { name: '取消' }).click();
  });

  it('Should create, edit and delete a management group', async () => {
    await page.getByRole('link', { name: '管理組' }).click();
    await page.waitForURL('**/B-888/permissions/groups');
    await expect.poll(() => page.getByRole('heading', { name: '還沒有管理組' }).count()).toBe(1);
    await screenshot(page, 'permissions-9-groups-empty');
    await page.getByRole('button', { name: '+ 新建管理組' }).first().click();
    await dialog().getByRole('button', { name: '新建管理組' }).click();
    expect(await dialog().locator('#group-name-error').textContent()).toBe('請填寫此欄');
    await dialog().getByLabel('管理組名稱').fill('中學部管理組');
    await dialog().getByLabel('搜索姓名、手機或帳號').fill('梁');
    await expect.poll(() => dialog().locator('.pm-picker__row').count()).toBe(1);
    await dialog().getByRole('checkbox', { name: /梁文員/ }).check();
    await dialog().getByLabel('中學部', { exact: true }).check();
    expect(await dialog().locator('.pm-chip').textContent()).toContain('梁文員');
    await shot(page, 'permissions-10-group-dialog');
    await dialog().getByRole('button', { name: '新建管理組' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('已新建管理組「中學部管理組」');
    const row = page.locator('table tbody tr').filter({ hasText: '中學部管理組' });
    expect(await row.textContent()).toContain('梁文員');
    expect(await row.locator('.pm-scope-summary').textContent()).toBe('部門中學部');
    await screenshot(page, 'permissions-11-groups');

    await row.getByRole('button', { name: '刪除 中學部管理組' }).click();
    await expect.poll(() => page.locator('#confirm-body').textContent()).toContain('組內成員仍是分級管理員');
    await page.locator('dialog[open]').getByRole('button', { name: '刪除' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toBe('已刪除管理組「中學部管理組」');
    // 梁文員 joined as a scoped admin and stays one
    await page.getByRole('link', { name: '管理員' }).click();
    await expect.poll(() => rows().filter({ hasText: '梁文員' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('Should let the scoped admin see 小學部 but not 中學部', async () => {
    const { page: scoped, errors: scopedErrors } = await openPage(browser, DESK);
    await signIn(scoped, server.url, 'zhang');
    const menu = scoped.getByRole('navigation', { name: '主選單' });
    await expect.poll(() => menu.getByText('通訊錄', { exact: true }).count()).toBe(1);
    expect(await menu.getByText('權限管理', { exact: true }).count()).toBe(0);
    expect(await menu.getByText('審計日誌', { exact: true }).count()).toBe(0);

    await scoped.goto(`${server.url}/admin/B-888/contacts/departments`);
    const tree = scoped.locator('main');
    await expect.poll(() => tree.textContent()).toContain('小學部');
    const text = (await tree.textContent()) ?? '';
    expect(text).not.toContain('中學部');
    expect(text).not.toContain('教務處');
    await screenshot(scoped, 'permissions-12-scoped-departments');

    // the API as this page sees it: only 小學部, its groups and the school as context
    const names = await scoped.evaluate(async () => {
      const res = await fetch('/api/s/B-888/departments');
      return ((await res.json()) as { items: { name: string }[] }).items.map((d) => d.name);
    });
    expect(names).toEqual(['澳門示範學校', '小學部', '中文科組', '數學科組', '英文科組']);

    // 部署應用: only the apps of his scope can be changed
    await scoped.goto(`${server.url}/admin/B-888/apps/deployed`);
    const rows = scoped.locator('table.pm-apps tbody tr');
    await expect.poll(() => rows.count()).toBe(19);
    expect(await rows.filter({ hasText: '家校通知' }).getByRole('switch', { name: '啟用「家校通知」' }).isEnabled()).toBe(true);
    expect(await rows.filter({ hasText: '校曆' }).getByRole('switch', { name: '啟用「校曆」' }).isDisabled()).toBe(true);
    expect(await rows.filter({ hasText: '校曆' }).textContent()).toContain('不在你的管理範圍');
    await screenshot(scoped, 'permissions-13-scoped-apps');
    expect(scopedErrors).toEqual([]);
  });
});
