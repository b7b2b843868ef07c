import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

// Names of our own, so the test holds however the demo seed grows.
const DEPARTMENT = '資訊科技組';
const MEMBER = '蔡子健';
const PHONE = '66990001';

describe('Back-office: 部門 and 成員', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, { viewport: { width: 1366, height: 900 }, acceptDownloads: true }));
    await page.goto(`${server.url}/admin/B-888/sign-in`);
    await page.getByLabel('帳號或手機號碼').fill('admin');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/admin/B-888');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const tree = () => page.getByRole('tree', { name: '組織架構' });
  const dialog = () => page.getByRole('dialog');
  const status = () => page.locator('.notice');
  const heading = () => page.locator('.pane-head__title h2');
  const rows = () => page.locator('table.table tbody tr');

  it('Should open 部門 from the menu with the school at the top of the tree', async () => {
    await page.getByText('通訊錄', { exact: true }).click();
    await page.getByRole('link', { name: '部門' }).click();
    await page.waitForURL('**/B-888/contacts/departments');
    const root = tree().getByRole('treeitem').first();
    await root.waitFor();
    expect(await root.getAttribute('aria-selected')).toBe('true');
    expect(await root.getAttribute('aria-expanded')).toBe('true');
    expect(await heading().textContent()).toBe('澳門示範學校');
    // the school itself is never deleted
    expect(await page.getByRole('button', { name: '刪除部門' }).count()).toBe(0);
    await screenshot(page, 'contacts-dept-1-tree');
  });

  it('Should add a department and select it', async () => {
    await page.getByRole('button', { name: '添加部門', exact: true }).click();
    await dialog().getByRole('button', { name: '保存' }).click();
    expect(await dialog().locator('.field__error').textContent()).toBe('請填寫此欄');
    await dialog().getByLabel('部門名稱').fill(DEPARTMENT);
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await status().textContent()).toBe(`已添加部門「${DEPARTMENT}」`);
    const item = tree().getByRole('treeitem', { name: DEPARTMENT });
    await item.click();
    await expect.poll(() => heading().textContent()).toBe(DEPARTMENT);
    expect(await page.locator('.table__empty').textContent()).toContain('此部門還沒有成員');
    // empty: it may be deleted
    expect(await page.getByRole('button', { name: '刪除部門' }).count()).toBe(1);
  });

  it('Should add a member to it, with errors beside the fields they concern', async () => {
    await page.getByRole('button', { name: '添加成員' }).click();
    const form = dialog();
    // the department on screen is ticked already
    expect(await form.getByRole('checkbox', { name: DEPARTMENT }).isChecked()).toBe(true);
    await form.getByLabel('姓名').fill(MEMBER);
    await form.getByLabel('職務').fill('資訊科技老師');
    await form.getByLabel('手機', { exact: true }).fill('1234');
    await form.getByRole('button', { name: '保存' }).click();
    expect(await form.locator('#member-phone-error').textContent()).toContain('澳門為 6 開頭的 8 位數字');
    expect(await form.locator('.fieldset', { hasText: '身份' }).locator('.field__error').textContent()).toBe('請選擇至少一個身份');
    await form.getByRole('checkbox', { name: '教學人員' }).check();

    // a phone that belongs to another member: the API says so, beside the phone
    await form.getByLabel('手機', { exact: true }).fill('66000002');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.locator('#member-phone-error').textContent()).toBe('已存在相同手機號的用戶');
    await screenshot(page, 'contacts-dept-2-member-errors');

    await form.getByLabel('手機', { exact: true }).fill(PHONE);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await status().textContent()).toBe(`已添加成員「${MEMBER}」，並已發送邀請`);
    const row = rows().filter({ hasText: MEMBER });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('資訊科技老師');
    expect(await row.textContent()).toContain(`+853 ${PHONE}`);
    expect(await row.locator('.badge').textContent()).toBe('未加入');
    await expect.poll(() => tree().getByRole('treeitem', { name: DEPARTMENT }).locator('.tree__count').first().textContent()).toBe('1');
    // no longer empty: no delete
    expect(await page.getByRole('button', { name: '刪除部門' }).count()).toBe(0);
    await screenshot(page, 'contacts-dept-3-members');
  });

  it('Should filter 未加入 and invite again after confirming', async () => {
    await page.getByLabel('篩選:').selectOption('not-joined');
    await expect.poll(() => rows().filter({ hasText: MEMBER }).count()).toBe(1);
    const row = rows().filter({ hasText: MEMBER });
    await row.getByRole('button', { name: `再次邀請 ${MEMBER}` }).click();
    expect(await dialog().textContent()).toContain(`確定再次邀請「${MEMBER}」`);
    await dialog().getByRole('button', { name: '發送邀請' }).click();
    // invited a moment ago (when added): the API asks to wait, and the dialog says so
    await expect.poll(() => dialog().locator('.dialog__error').textContent()).toContain('秒後再試');
    await dialog().getByRole('button', { name: '取消' }).click();

    await page.getByRole('button', { name: '再次邀請', exact: true }).click();
    await expect.poll(() => dialog().textContent()).toMatch(/共有 \d+ 位成員尚未加入/);
    await screenshot(page, 'contacts-dept-4-invite-all');
    await dialog().getByRole('button', { name: /^邀請 \d+ 位成員$/ }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await status().textContent()).toMatch(/^已向 \d+ 位成員發送邀請$/);
    await page.getByLabel('篩選:').selectOption('');
  });

  it('Should edit the member and set them as the head', async () => {
    await rows().filter({ hasText: MEMBER }).getByRole('button', { name: `編輯 ${MEMBER}` }).click();
    const form = dialog();
    await expect.poll(() => form.getByLabel('姓名').inputValue()).toBe(MEMBER);
    expect(await form.getByLabel('帳號（選填）').isDisabled()).toBe(true);
    await form.getByLabel('職務').fill('資訊科技組組長');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => rows().filter({ hasText: MEMBER }).textContent()).toContain('資訊科技組組長');

    await page.getByRole('button', { name: '設置負責人' }).click();
    await form.getByRole('checkbox', { name: new RegExp(MEMBER) }).check();
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.pane-head__meta').textContent()).toContain(`部門負責人：${MEMBER}`);
  });

  it('Should export the department to Excel and open it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '導出', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^企業通訊錄_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(Array.from((ws.getRow(1).values as unknown[]).slice(1), String)).toEqual(['姓名', '職務', '部門', '手機號碼', '帳號', '身份', '狀態', '加入時間']);
    const found = [] as string[][];
    ws.eachRow((r, n) => {
      if (n > 1) found.push(Array.from((r.values as unknown[]).slice(1), (v) => String(v ?? '')));
    });
    // the department's export holds its members only
    expect(found).toHaveLength(1);
    expect(found[0].slice(0, 7)).toEqual([MEMBER, '資訊科技組組長', DEPARTMENT, `+853 ${PHONE}`, '', '教學人員', '未加入']);
  });

  it('Should add a sub-department, order it, and delete it after confirming', async () => {
    await page.getByRole('button', { name: '添加子部門' }).click();
    await dialog().getByLabel('部門名稱').fill('網絡小組');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '添加子部門' }).click();
    await dialog().getByLabel('部門名稱').fill('硬件小組');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'hidden' });
    const group = tree().getByRole('treeitem', { name: DEPARTMENT }).getByRole('group');
    const order = () => group.locator('.tree__label').allTextContents();
    await expect.poll(order).toEqual(['網絡小組', '硬件小組']);

    await group.getByRole('treeitem', { name: '硬件小組' }).click();
    await expect.poll(() => heading().textContent()).toBe('硬件小組');
    expect(await page.getByRole('button', { name: '下移' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '上移' }).click();
    await expect.poll(order).toEqual(['硬件小組', '網絡小組']);

    await page.getByRole('button', { name: '刪除部門' }).click();
    expect(await dialog().textContent()).toContain('確定刪除部門「硬件小組」？');
    await dialog().getByRole('button', { name: '取消' }).click();
    expect(await tree().getByRole('treeitem', { name: '硬件小組' }).count()).toBe(1);
    await page.getByRole('button', { name: '刪除部門' }).click();
    await dialog().getByRole('button', { name: '刪除' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => tree().getByRole('treeitem', { name: '硬件小組' }).count()).toBe(0);
    expect(await status().textContent()).toBe('已刪除部門「硬件小組」');
    await screenshot(page, 'contacts-dept-5-subdepartments');
  });

  it('Should show departments on the members screen and filter by one', async () => {
    await page.getByRole('link', { name: '成員' }).click();
    await page.waitForURL('**/B-888/contacts/members');
    await page.getByLabel('部門:').selectOption({ label: DEPARTMENT });
    await expect.poll(() => page.locator('.pager__summary').textContent()).toBe('顯示第 1 至 1 項結果，共 1 項');
    const row = rows().first();
    expect(await row.textContent()).toContain(MEMBER);
    expect(await row.textContent()).toContain(DEPARTMENT);
    await page.getByLabel('部門:').selectOption('');
    await page.getByLabel('篩選:').selectOption('not-joined');
    await expect.poll(() => rows().filter({ hasText: MEMBER }).count()).toBe(1);
    await page.getByLabel('篩選:').selectOption('');
    await screenshot(page, 'contacts-members-1');

    await page.getByRole('button', { name: '添加成員' }).click();
    expect(await dialog().getByRole('heading').textContent()).toBe('添加成員');
    await dialog().getByRole('button', { name: '取消' }).click();
  });

  it('Should hide a confidential phone until 查看 is clicked, and keep it on an edit', async () => {
    const api = `${server.url}/api/s/B-888`;
    const me = (await (await page.request.get(`${api}/auth/me`)).json()) as { csrfToken: string };
    const set = await page.request.patch(`${api}/settings/security`, {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: { confidentialFields: ['phone'] },
    });
    expect(set.status()).toBe(200);
    await page.reload();
    await page.getByLabel('搜索:').fill(MEMBER);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const row = rows().filter({ hasText: MEMBER });
    const reveal = row.getByRole('button', { name: `查看「${MEMBER}」的手機` });
    await reveal.waitFor();
    expect(await row.textContent()).not.toContain(PHONE);
    await screenshot(page, 'contacts-members-2-confidential');
    await reveal.click();
    await expect.poll(() => row.textContent()).toContain(`+853 ${PHONE}`);

    // an edit that leaves the hidden phone empty does not change it
    await row.getByRole('button', { name: `編輯 ${MEMBER}` }).click();
    const form = dialog();
    await expect.poll(() => form.getByLabel('姓名').inputValue()).toBe(MEMBER);
    expect(await form.getByLabel('手機', { exact: true }).inputValue()).toBe('');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await status().textContent()).toBe(`已保存「${MEMBER}」的資料`);
    await row.getByRole('button', { name: `查看「${MEMBER}」的手機` }).click();
    await expect.poll(() => row.textContent()).toContain(`+853 ${PHONE}`);
    expect(errors).toEqual([]);
  });
});
