import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/**
 * Issue 5's staff-announcement scenario (ANN-01, ANN-02): the demo admin writes an
 * announcement for 小學部 with a cover, previews it (to themself), sends it; 李老師 opens it on
 * the phone from 消息提醒, sees their name as a watermark and likes it; the admin sees the
 * statistics and who has read it, then recalls it and it leaves the teacher's list.
 */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const TITLE = '教師發展日安排';

describe('企業通知公告 (admin on the desktop, a teacher on the phone)', () => {
  let server: TestServer;
  let browser: Browser;
  let desk: Page;
  let deskErrors: string[];
  const phoneErrors: string[] = [];
  let detailUrl = '';
  let phone: Page;

  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  /** A banner drawn by the browser, so the cover is a real PNG. */
  const banner = async (page: Page) => {
    const dataUrl = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 1068;
      c.height = 455;
      const g = c.getContext('2d') as CanvasRenderingContext2D;
      const grad = g.createLinearGradient(0, 0, 1068, 455);
      grad.addColorStop(0, '#1d5f8a');
      grad.addColorStop(1, '#4f9bc9');
      g.fillStyle = grad;
      g.fillRect(0, 0, 1068, 455);
      g.fillStyle = '#fff';
      g.font = 'bold 72px sans-serif';
      g.fillText('Staff Development Day', 90, 250);
      return c.toDataURL('image/png');
    });
    return { name: 'cover.png', mimeType: 'image/png', buffer: Buffer.from(dataUrl.split(',')[1], 'base64') };
  };

  async function teacherPhone(): Promise<Page> {
    const { page } = await openPage(browser, PHONE);
    page.on('pageerror', (e) => phoneErrors.push(e.message));
    await page.goto(`${server.url}/admin/B-888/m/sign-in`);
    await page.getByLabel('手機號碼').fill('66000002');
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await page.getByLabel('驗證碼').fill(await server.smsCode('853', '66000002', since));
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page: desk, errors: deskErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('ANN-01 the admin opens 企業通知公告: the list, searchable, with its reading', async () => {
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    await desk.getByLabel('帳號或手機號碼').fill('admin');
    await desk.getByLabel('密碼', { exact: true }).fill('demo1234');
    await desk.getByRole('button', { name: '登入', exact: true }).click();
    await desk.waitForURL('**/admin/B-888');
    await desk.getByRole('link', { name: '企業通知公告' }).click();
    await desk.waitForURL('**/B-888/announcements');
    // the demo's 年級大會, sent to everyone
    await poll(() => desk.locator('tbody tr', { hasText: '年級大會' }).textContent()).toMatch(/已讀 \d+ 未讀 \d+/);
    await screenshot(desk, 'announcements-1-list');
  });

  it('ANN-01 composes one for 小學部 with a cover, summary left to the body, no sharing; 預覽 goes to the author only', async () => {
    await desk.getByRole('link', { name: '+ 發公告' }).click();
    await desk.waitForURL('**/B-888/announcements/new');
    await desk.getByRole('button', { name: '發送', exact: true }).click();
    await poll(() => desk.getByRole('alert').allTextContents()).toEqual(expect.arrayContaining(['請選擇發送範圍', '請填寫標題', '請填寫正文']));
    await desk.getByRole('tab', { name: '部門' }).click();
    await desk.getByLabel(/^小學部/).check();
    await poll(() => desk.locator('.an-range__chosen').textContent()).toContain('小學部');
    await desk.getByLabel('標題 *').fill(TITLE);
    await desk.locator('#an-body').click();
    await desk.keyboard.type('下星期五為教師發展日，上午九時於禮堂集合，下午分組工作坊。當日學生放假。');
    await desk.locator('.an-cover input[type=file]').setInputFiles(await banner(desk));
    await poll(() => desk.locator('.an-cover__set img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    await desk.getByLabel('不能分享且文章內容顯示水印').check();
    await screenshot(desk, 'announcements-2-compose');
    await desk.getByRole('button', { name: '預覽' }).click();
    await poll(() => desk.getByRole('status').first().textContent()).toBe('已將預覽發送到你的消息提醒');
    await desk.waitForURL(/\/announcements\/[^/]+\/edit$/);
    // the preview is the admin's own message; nobody else's
    const mine = await desk.evaluate(async () => (await (await fetch('/api/s/B-888/messages?pageSize=50')).json()) as { items: { refType: string; title: string }[] });
    expect(mine.items.some((m) => m.refType === 'announcement-preview' && m.title === `【預覽】${TITLE}`)).toBe(true);
  });

  it('ANN-01 sends it after asking; the detail shows its statistics', async () => {
    await desk.getByRole('button', { name: '發送', exact: true }).click();
    const dialog = desk.getByRole('dialog');
    await poll(() => dialog.textContent()).toContain(TITLE);
    await dialog.getByRole('button', { name: '發送' }).click();
    await desk.waitForURL((url) => /\/B-888\/announcements\/[^/]+$/.test(url.pathname));
    detailUrl = desk.url();
    await poll(() => desk.getByRole('status').first().textContent()).toBe(`已發送「${TITLE}」給 2 位成員`);
    await poll(() => desk.getByTestId('an-stat-delivered').textContent()).toBe('2');
    expect(await desk.getByTestId('an-stat-read').textContent()).toBe('0');
    await poll(() => desk.locator('.an-readers tbody tr').count()).toBe(2);
    await screenshot(desk, 'announcements-3-detail-sent');
  });

  it('ANN-02 the teacher opens it from 消息提醒, sees the watermark with their name, and likes it', async () => {
    phone = await teacherPhone();
    await phone.goto(`${server.url}/admin/B-888/m/messages`);
    const item = phone.locator('.m-message', { hasText: TITLE });
    await item.getByRole('button').click();
    await item.getByRole('link').click();
    await phone.waitForURL(/\/m\/announcements\/[^/?]+$/);
    await poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe(TITLE);
    await poll(() => phone.locator('.an-m-article__cover').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    const mark = phone.getByTestId('an-watermark');
    expect(decodeURIComponent((await mark.getAttribute('style')) ?? '')).toContain('李老師');
    await phone.getByRole('button', { name: /讚/ }).click();
    await poll(() => phone.getByRole('button', { name: /已讚/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await phone.locator('.an-m-like__n').textContent()).toBe('1');
    expect(await overflows(phone)).toBe(false);
    await screenshot(phone, 'announcements-4-phone-read');
    // the workbench tile leads to the teacher's announcements
    await phone.goto(`${server.url}/admin/B-888/m`);
    await phone.getByRole('link', { name: /企業通知公告/ }).click();
    await poll(() => phone.locator('.an-m-item', { hasText: TITLE }).count()).toBe(1);
    await screenshot(phone, 'announcements-5-phone-list');
  });

  it('ANN-02 the admin sees 閱讀人數, 閱讀次數, 點贊數 and who has read it; then recalls it', async () => {
    await desk.goto(detailUrl);
    await poll(() => desk.getByTestId('an-stat-read').textContent()).toBe('1');
    expect(await desk.getByTestId('an-stat-reads').textContent()).toBe('1');
    expect(await desk.getByTestId('an-stat-likes').textContent()).toBe('1');
    await desk.getByRole('button', { name: /已讀/ }).click();
    await poll(() => desk.locator('.an-readers tbody').textContent()).toContain('李老師');
    expect(await desk.getByTestId('an-readers-unread').textContent()).toBe('1');
    await screenshot(desk, 'announcements-6-detail-read');
    await desk.getByRole('button', { name: '撤回' }).click();
    const dialog = desk.getByRole('dialog');
    await poll(() => dialog.textContent()).toContain('24 小時');
    await dialog.getByRole('button', { name: '撤回' }).click();
    await poll(() => desk.locator('.an-article__title .badge').textContent()).toBe('已撤回');
    expect(await desk.getByRole('button', { name: '撤回' }).count()).toBe(0);
    await screenshot(desk, 'announcements-7-recalled');
    // gone from the teacher's list and from 消息提醒
    await phone.goto(`${server.url}/admin/B-888/m/announcements`);
    await poll(() => phone.locator('.an-m-item').count()).toBeGreaterThan(0);
    expect(await phone.locator('.an-m-item', { hasText: TITLE }).count()).toBe(0);
    await phone.goto(`${server.url}/admin/B-888/m/messages`);
    await poll(() => phone.locator('.m-message').count()).toBeGreaterThan(0);
    expect(await phone.locator('.m-message', { hasText: TITLE }).count()).toBe(0);
    await phone.context().close();
  });

  it('ANN-01 定時發送: a scheduled one waits in the list, editable, until its time', async () => {
    await desk.goto(`${server.url}/admin/B-888/announcements/new`);
    await desk.getByRole('tab', { name: '部門' }).click();
    await desk.getByLabel(/^總務處/).check();
    await desk.getByLabel('標題 *').fill('校服訂購');
    await desk.locator('#an-body').click();
    await desk.keyboard.type('新學年校服訂購表請於月底前交回總務處。');
    await desk.getByRole('button', { name: '定時發送' }).click();
    const dialog = desk.getByRole('dialog');
    // two days on, whatever the zone the test runs in: 09:00 Macau then is in the future
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await dialog.getByLabel('發送時間').fill(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T09:00`);
    await dialog.getByRole('button', { name: '確定定時發送' }).click();
    await poll(() => desk.getByRole('status').first().textContent()).toBe('已設定定時發送「校服訂購」');
    await desk.getByRole('link', { name: '返回' }).click();
    const row = desk.locator('tbody tr', { hasText: '校服訂購' });
    await poll(() => row.locator('.badge').textContent()).toBe('定時發送');
    expect(await row.getByRole('link', { name: '編輯' }).count()).toBe(1);
    await screenshot(desk, 'announcements-8-scheduled');
    expect(deskErrors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  });
});
