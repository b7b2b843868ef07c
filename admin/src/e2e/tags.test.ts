import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/** What the viewport shows (a dialog over the page), as admin/e2e-screenshots/<name>.png. */
const shot = (page: Page, name: string) => page.screenshot({ path: join(resolve(import.meta.dirname, '../../e2e-screenshots'), `${name}.png`) });
/** Waits up to 10 s (screens load lazily). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/**
 * Issue 3's tags (標籤, manual §14 and §19's 可見範圍): the admin makes the tag 級組長, gives it
 * to 李老師 and 張老師, and restricts 考勤 to it (APP-01); on the phone 李老師 finds 考勤 on the
 * workbench (APP-02) and 梁文員, who has no such tag, does not.
 */
describe('標籤 (CT-01) and an app visible by tag (APP-01, APP-02)', () => {
  let server: TestServer;
  let browser: Browser;
  let desk: Page;
  let deskErrors: string[];
  const phoneErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page: desk, errors: deskErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const dialog = () => desk.locator('dialog[open]');
  const rows = () => desk.locator('main table tbody tr');

  /** A staff member's phone, signed in with the SMS code, on the workbench. */
  async function phoneOf(phone: string): Promise<Page> {
    const { page } = await openPage(browser, PHONE);
    page.on('pageerror', (e) => phoneErrors.push(`${phone}: ${e.message}`));
    await page.goto(`${server.url}/admin/B-888/m/sign-in`);
    await page.getByLabel('手機號碼').fill(phone);
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await page.getByLabel('驗證碼').fill(await server.smsCode('853', phone, since));
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
    await poll(() => page.locator('.m-app-tile__name').count()).toBeGreaterThan(0);
    return page;
  }

  it('CT-01 the admin finds 標籤 under 通訊錄 and adds 級組長; a second 級組長 is refused beside the field', async () => {
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    await desk.getByLabel('帳號或手機號碼').fill('admin');
    await desk.getByLabel('密碼', { exact: true }).fill('demo1234');
    await desk.getByRole('button', { name: '登入', exact: true }).click();
    await desk.waitForURL('**/admin/B-888');
    await desk.getByText('通訊錄', { exact: true }).click();
    await desk.getByRole('link', { name: '標籤', exact: true }).click();
    await desk.waitForURL('**/B-888/contacts/tags');
    await poll(() => desk.getByRole('heading', { level: 1 }).textContent()).toBe('標籤');
    expect(await desk.locator('.breadcrumb').textContent()).toBe('通訊錄標籤');

    await desk.getByRole('button', { name: '+ 添加標籤' }).click();
    await dialog().getByRole('button', { name: '保存' }).click();
    await poll(() => dialog().getByRole('alert').textContent()).toBe('請填寫此欄');
    await dialog().getByLabel('標籤名稱').fill('  級組長 ');
    await dialog().getByRole('button', { name: '保存' }).click();
    await poll(() => desk.locator('.notice').textContent()).toBe('已添加標籤「級組長」');
    await poll(() => rows().filter({ hasText: '級組長' }).textContent()).toContain('0 人');

    await desk.getByRole('button', { name: '+ 添加標籤' }).click();
    await dialog().getByLabel('標籤名稱').fill('級組長');
    await dialog().getByRole('button', { name: '保存' }).click();
    await poll(() => dialog().getByRole('alert').textContent()).toBe('已有名為「級組長」的標籤');
    await shot(desk, 'tags-1-name-taken');
    await dialog().getByRole('button', { name: '取消' }).click();
    await screenshot(desk, 'tags-2-list');
  });

  it('CT-01 the admin adds 李老師 and 張老師 to 級組長 with the staff picker', async () => {
    await rows().filter({ hasText: '級組長' }).getByRole('link', { name: '級組長', exact: true }).click();
    await desk.waitForURL(/contacts\/tags\?tag=/);
    await poll(() => desk.getByRole('heading', { level: 1 }).textContent()).toBe('級組長');
    await poll(() => rows().first().textContent()).toBe('此標籤還沒有成員。');
    await desk.getByRole('button', { name: '+ 添加成員' }).click();
    const search = dialog().getByLabel('搜索姓名、手機或帳號');
    await search.fill('李');
    await poll(() => dialog().locator('.pm-picker__row').count()).toBe(1);
    await dialog().getByRole('checkbox', { name: /李老師/ }).check();
    await search.fill('張');
    await poll(() => dialog().locator('.pm-picker__row').count()).toBe(1);
    await dialog().getByRole('checkbox', { name: /張老師/ }).check();
    expect(await dialog().locator('.pm-chip').allTextContents()).toEqual(['李老師×', '張老師×']);
    await shot(desk, 'tags-3-add-members');
    await dialog().getByRole('button', { name: '添加成員' }).click();
    await poll(() => desk.locator('.notice').textContent()).toBe('已將 2 位成員加入標籤「級組長」');
    // by name, as the API orders them
    await poll(() => rows().locator('th').allTextContents()).toEqual(['張張老師', '李李老師']);
    expect(await desk.locator('.pane-head__meta').textContent()).toContain('2 人');
    await screenshot(desk, 'tags-4-members');
  });

  it('APP-01 the admin restricts 考勤 to the tag 級組長', async () => {
    await desk.goto(`${server.url}/admin/B-888/apps/deployed`);
    const row = desk.locator('table.pm-apps tbody tr').filter({ hasText: '考勤' });
    await poll(() => row.textContent()).toContain('全體教職員');
    await row.getByRole('button', { name: '設置 考勤' }).click();
    await dialog().getByRole('tab', { name: /標籤/ }).click();
    await poll(() => dialog().locator('.pm-check__row').count()).toBe(1);
    await dialog().getByRole('checkbox', { name: /級組長/ }).check();
    await poll(() => dialog().locator('.pm-range-state').textContent()).toBe('只有所選部門（包括下級部門）、成員及標籤可見。');
    expect(await dialog().getByRole('tab', { name: /標籤/ }).textContent()).toBe('標籤1');
    await shot(desk, 'tags-5-visible-range');
    await dialog().getByRole('button', { name: '保存' }).click();
    await poll(() => desk.locator('.notice').textContent()).toBe('已更新「考勤」的可見範圍');
    await poll(() => row.locator('.pm-range').textContent()).toContain('1 個標籤');
  });

  it('APP-02 李老師 sees 考勤 on the phone; 梁文員, without the tag, does not', async () => {
    const li = await phoneOf('66000002');
    await poll(() => li.locator('.m-app-tile__name').allTextContents()).toContain('考勤');
    await screenshot(li, 'tags-6-phone-li');
    const leung = await phoneOf('66000005');
    const names = await leung.locator('.m-app-tile__name').allTextContents();
    expect(names).toContain('請假');
    expect(names).not.toContain('考勤');
    await screenshot(leung, 'tags-7-phone-leung');
    expect(phoneErrors).toEqual([]);
  });

  it('CT-01 deleting 級組長 is refused while it alone makes 考勤\'s range; 張老師 is removed after a question', async () => {
    await desk.goto(`${server.url}/admin/B-888/contacts/tags`);
    const row = rows().filter({ hasText: '級組長' });
    await poll(() => row.textContent()).toContain('2 人');
    await row.getByRole('button', { name: '刪除 級組長' }).click();
    expect(await dialog().locator('#confirm-title').textContent()).toBe('刪除標籤「級組長」？');
    await dialog().getByRole('button', { name: '刪除' }).click();
    await poll(() => dialog().getByRole('alert').textContent()).toContain('「考勤」');
    await shot(desk, 'tags-8-delete-refused');
    await dialog().getByRole('button', { name: '取消' }).click();

    await row.getByRole('link', { name: '級組長', exact: true }).click();
    await poll(() => rows().count()).toBe(2);
    await rows().filter({ hasText: '張老師' }).getByRole('button', { name: '移除 張老師' }).click();
    expect(await dialog().locator('#confirm-title').textContent()).toBe('將「張老師」移出標籤「級組長」？');
    await shot(desk, 'tags-9-remove-confirm');
    await dialog().getByRole('button', { name: '移除' }).click();
    await poll(() => desk.locator('.notice').textContent()).toBe('已將「張老師」移出標籤「級組長」');
    await poll(() => rows().locator('th').allTextContents()).toEqual(['李李老師']);
    expect(deskErrors).toEqual([]);
  });

  it('ANN-01 the announcement send range offers the tag, with its member count', async () => {
    await desk.goto(`${server.url}/admin/B-888/announcements/new`);
    await desk.getByRole('tab', { name: '標籤' }).click();
    const tag = desk.locator('.an-range__panel label').filter({ hasText: '級組長' });
    await poll(() => tag.textContent()).toBe('級組長(1)');
    await desk.getByLabel('搜索標籤').fill('沒有這個');
    await poll(() => desk.locator('.an-range__panel li').textContent()).toBe('沒有標籤');
    await desk.getByLabel('搜索標籤').fill('');
    await tag.getByRole('checkbox').check();
    await poll(() => desk.locator('.an-range__chosen').textContent()).toContain('級組長');
    await screenshot(desk, 'tags-11-announcement-range');
  });

  it('reads in English', async () => {
    await desk.goto(`${server.url}/admin/B-888/contacts/tags`);
    await rows().filter({ hasText: '級組長' }).getByRole('link', { name: '級組長', exact: true }).click();
    await desk.waitForURL(/contacts\/tags\?tag=/);
    await poll(() => rows().count()).toBe(1);
    await desk.getByLabel('語言').selectOption('en');
    await poll(() => desk.getByRole('button', { name: '+ Add members' }).count()).toBe(1);
    await desk.getByRole('link', { name: /Back to tags/ }).click();
    await poll(() => desk.getByRole('heading', { level: 1 }).textContent()).toBe('Tags');
    expect(await rows().filter({ hasText: '級組長' }).textContent()).toContain('1 member(s)');
    await screenshot(desk, 'tags-10-list-en');
    await desk.getByLabel('Language').selectOption('zh-Hant');
    expect(deskErrors).toEqual([]);
  });
});
