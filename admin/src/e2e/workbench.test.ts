import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, unreadOf } from './browser';
import { startServer, type TestServer } from './server';

describe('Mobile workbench for a parent of two (APP-02, 390×844)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, PHONE));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Nothing may be wider than the phone. */
  const overflows = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  const switcher = () => page.locator('.m-child__button');

  it('Should sign 陳媽媽 in with an SMS code', async () => {
    await page.goto(`${server.url}/admin/B-888/m`);
    await page.waitForURL('**/B-888/m/sign-in');
    await page.getByLabel('手機號碼').fill('66000102');
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await page.getByLabel('驗證碼').fill(await server.smsCode('853', '66000102', since));
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
  });

  it('Should show the workbench group with the apps open to parents, in order, and the unread badge', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/陳媽媽$/);
    const group = page.locator('.m-group').first();
    await expect.poll(() => group.locator('h2').textContent()).toBe('智慧校園');
    // the manual's 家長學生及教職員 apps only, in the group's order
    expect(await group.locator('.m-app-tile__name').allTextContents()).toEqual([
      '消息提醒',
      '請假',
      '課表',
      '功課',
      '雲課',
      '班級信箱',
      '微官網',
      '校曆',
      '教育資源',
      '家校通知',
    ]);
    const reminder = page.getByRole('link', { name: /消息提醒/ });
    const unread = await unreadOf(page);
    await expect.poll(() => reminder.locator('.m-badge').textContent()).toBe(String(unread));
    expect(await reminder.textContent()).toContain(`${unread} 則未讀`);
    expect(await overflows()).toBe(false);
    await screenshot(page, 'workbench-1-parent');
  });

  it('Should show the first child and switch to the other from a bottom sheet', async () => {
    await expect.poll(() => switcher().textContent()).toContain('陳嘉欣 · 小三甲班');
    await switcher().click();
    const sheet = page.locator('dialog.m-sheet');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await sheet.locator('.m-sheet__option strong').allTextContents()).toEqual(['陳嘉欣', '陳嘉豪']);
    expect(await sheet.locator('[aria-current="true"]').textContent()).toContain('陳嘉欣');
    expect(await sheet.textContent()).toContain('小一甲班 · 你是媽媽');
    await screenshot(page, 'workbench-2-child-sheet');
    await sheet.getByRole('button', { name: /陳嘉豪/ }).click();
    await expect.poll(() => switcher().textContent()).toContain('陳嘉豪 · 小一甲班');
    expect(await page.getByRole('status').filter({ hasText: '已切換至' }).textContent()).toBe('已切換至 陳嘉豪');
    // the focus is back on the switcher
    expect(await page.evaluate(() => document.activeElement?.classList.contains('m-child__button'))).toBe(true);
    await screenshot(page, 'workbench-3-child-switched');
  });

  it('Should remember the child after a reload and show it on an app page', async () => {
    await page.reload();
    await expect.poll(() => switcher().textContent()).toContain('陳嘉豪 · 小一甲班');
    await page.getByRole('link', { name: '校曆' }).click();
    await page.waitForURL('**/B-888/m/apps/calendar');
    await expect.poll(() => page.locator('.m-soon').textContent()).toContain('即將推出');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('校曆');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('「校曆」即將推出');
    expect(await page.locator('.m-child--bar').textContent()).toContain('陳嘉豪 · 小一甲班');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'workbench-4-coming-soon');
  });

  it('Should not open an app the parent may not use', async () => {
    await page.goto(`${server.url}/admin/B-888/m/apps/attendance`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('找不到此應用');
    await screenshot(page, 'workbench-5-not-open');
    await page.getByRole('link', { name: '返回工作台' }).click();
    await page.waitForURL('**/B-888/m');
  });

  it('Should read in English on the phone', async () => {
    await page.getByLabel('語言').selectOption('en');
    await expect.poll(() => page.locator('.m-child__text small').textContent()).toBe('Viewing');
    expect(await page.locator('.m-app-tile__name').first().textContent()).toBe('Reminder');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'workbench-1-parent-en');
    await page.getByLabel('Language').selectOption('zh-Hant');
  });

  it('Should open the message list from the workbench', async () => {
    await page.getByRole('link', { name: /消息提醒/ }).click();
    await page.waitForURL('**/B-888/m/messages');
    await expect.poll(() => page.locator('.m-message').first().textContent()).toContain('歡迎使用智慧校園');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'workbench-6-messages');
    expect(errors).toEqual([]);
  });

  it('Should show a teacher the staff apps without a child switcher, and no 管理後台', async () => {
    const { page: teacher, errors: teacherErrors } = await openPage(browser, PHONE);
    await teacher.goto(`${server.url}/admin/B-888/m/sign-in`);
    await teacher.getByLabel('手機號碼').fill('66000002');
    const since = Date.now();
    await teacher.getByRole('button', { name: '獲取驗證碼' }).click();
    await teacher.getByLabel('驗證碼').fill(await server.smsCode('853', '66000002', since));
    await teacher.getByRole('button', { name: '登入', exact: true }).click();
    await teacher.waitForURL('**/B-888/m');
    const names = teacher.locator('.m-app-tile__name');
    await expect.poll(() => names.count()).toBe(18);
    // 管理後台 is for admins: a teacher does not see it
    expect(await names.allTextContents()).not.toContain('智慧校園管理後台');
    expect(await teacher.locator('.m-child').count()).toBe(0);
    await screenshot(teacher, 'workbench-7-teacher');
    expect(teacherErrors).toEqual([]);
  });
});
