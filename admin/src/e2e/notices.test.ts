import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/**
 * Issue 5's scenario (N-01 … N-09): 李老師 sends a notice with a two-question form to 小三甲班;
 * two parents answer on their phones; the teacher sees the counts, exports the answers,
 * reminds the third parent and closes the notice, which the parents then see read-only.
 */
/** Waits up to 10 s (a reload signs in and loads the screen lazily). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('家校通知 (teacher on the desktop, parents on phones)', () => {
  let server: TestServer;
  let browser: Browser;
  let desk: Page;
  let deskErrors: string[];
  const phoneErrors: string[] = [];
  let noticeUrl = '';
  const TITLE = '秋季運動會回條';

  /** Signs in as the demo admin through the API and adds a third family to 小三甲班. */
  async function addThirdFamily() {
    const base = `${server.url}/api/s/B-888`;
    const signIn = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ login: 'admin', password: 'demo1234' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { 'Content-Type': 'application/json', Origin: server.url, Cookie: cookie, 'X-CSRF-Token': csrfToken };
    const tree = (await (await fetch(`${base}/home-school/tree`, { headers })).json()) as {
      campuses: { grades: { classes: { id: string; name: string }[] }[] }[];
    };
    const cls = tree.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes)).find((c) => c.name === '小三甲班');
    expect(cls).toBeTruthy();
    const made = await fetch(`${base}/home-school/students`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: '何俊傑', tempNumber: 'XX00009', classId: cls?.id, parents: [{ name: '何媽媽', relation: '媽媽', areaCode: '853', phone: '66000109' }] }),
    });
    expect(made.status, await made.clone().text()).toBe(201);
  }

  /** A parent's phone, signed in with the SMS code. */
  async function phoneOf(phone: string): Promise<Page> {
    const { page, errors } = await openPage(browser, PHONE);
    page.on('pageerror', (e) => phoneErrors.push(`${phone}: ${e.message}`));
    void errors;
    await page.goto(`${server.url}/admin/B-888/m/sign-in`);
    await page.getByLabel('手機號碼').fill(phone);
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    const code = await server.smsCode('853', phone, since);
    await page.getByLabel('驗證碼').fill(code);
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
    return page;
  }

  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  /** A picture of the sports ground, drawn by the browser (a real PNG, so it must load as one). */
  const picture = async (page: Page, label: string) => {
    const dataUrl = await page.evaluate((text) => {
      const c = document.createElement('canvas');
      c.width = 480;
      c.height = 180;
      const g = c.getContext('2d') as CanvasRenderingContext2D;
      g.fillStyle = '#2e7d32';
      g.fillRect(0, 0, 480, 180);
      g.strokeStyle = '#fff';
      g.lineWidth = 6;
      g.strokeRect(30, 30, 420, 120);
      g.fillStyle = '#fff';
      g.font = 'bold 28px sans-serif';
      g.fillText(text, 60, 100);
      return c.toDataURL('image/png');
    }, label);
    return { name: 'ground.png', mimeType: 'image/png', buffer: Buffer.from(dataUrl.split(',')[1], 'base64') };
  };
  /** Whether every image of the notice's content has loaded (the parent may fetch it). */
  const imagesLoaded = (page: Page) =>
    page.evaluate(() => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('.nt-m-content img')];
      return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await addThirdFamily();
    ({ page: desk, errors: deskErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 }, acceptDownloads: true }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('N-02 shows the teacher 我發送的通知 with form icons', async () => {
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    await desk.getByLabel('帳號或手機號碼').fill('teacher');
    await desk.getByLabel('密碼', { exact: true }).fill('demo1234');
    await desk.getByRole('button', { name: '登入', exact: true }).click();
    await desk.waitForURL('**/admin/B-888');
    await desk.getByRole('link', { name: '家校通知' }).click();
    await desk.waitForURL('**/B-888/notices');
    await poll(() => desk.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await desk.getByRole('button', { name: '我發送的通知' }).getAttribute('aria-current')).toBe('page');
    // a teacher is no admin: no 分享給我的通知
    expect(await desk.getByRole('button', { name: '分享給我的通知' }).count()).toBe(0);
    await screenshot(desk, 'notices-1-list');
  });

  it('N-01 composes a notice with a two-question form to 小三甲班 and confirms the summary', async () => {
    await desk.getByRole('link', { name: '+ 發送通知' }).click();
    await desk.waitForURL('**/B-888/notices/new');
    // 提交 with nothing filled names what is missing
    await desk.getByRole('button', { name: '提交' }).click();
    await poll(() => desk.getByRole('alert').allTextContents()).toContain('請填寫標題');
    await desk.getByLabel('標題 *').fill(TITLE);
    await desk.locator('#nt-content').click();
    await desk.keyboard.type('本校將於十一月舉行秋季運動會，請家長填寫回條。');
    // an image in the content: uploaded, then bound to the notice so parents may load it
    await desk.locator('.nt-version').first().locator('input[type=file]').setInputFiles(await picture(desk, 'Sports ground'));
    await poll(() => desk.locator('#nt-content img').count()).toBe(1);
    await desk.getByRole('button', { name: '+ 單選題' }).click();
    await desk.getByLabel('第 1 題 題目').fill('貴子女是否參加？');
    await desk.getByLabel('第 1 題 選項 1').fill('參加');
    await desk.getByLabel('第 1 題 選項 2').fill('不參加');
    await desk.locator('.nt-question').first().getByLabel('必填').check();
    await desk.getByRole('button', { name: '+ 簡答題' }).click();
    await desk.getByLabel('第 2 題 題目').fill('備註');
    // the English version: title, content, and the first question with its choices
    await desk.getByRole('tab', { name: 'English' }).click();
    await desk.locator('#nt-title-en').fill('Autumn sports day: reply slip');
    await desk.locator('#nt-content-en').click();
    await desk.keyboard.type('Our sports day is in November. Please fill in the reply slip.');
    await desk.getByLabel('第 1 題 題目 (English)').fill('Will your child take part?');
    await desk.getByLabel('第 1 題 選項 1 (English)').fill('Yes');
    await desk.getByLabel('第 1 題 選項 2 (English)').fill('No');
    await screenshot(desk, 'notices-2b-compose-english');
    await poll(() => desk.getByRole('tab', { name: /English/ }).textContent()).toContain('✓');
    await desk.getByRole('tab', { name: '繁體中文' }).click();
    await desk.getByLabel('小三甲班').check();
    await desk.getByLabel('需要確認').check();
    // urgent: delivered at once even when the test runs in the school's quiet hours
    await desk.getByLabel('緊急（免打擾時段亦即時送達）').check();
    await screenshot(desk, 'notices-2-compose');
    await desk.getByRole('button', { name: '提交' }).click();
    const dialog = desk.getByRole('dialog');
    await poll(() => dialog.textContent()).toContain('共 3 位接收人');
    await screenshot(desk, 'notices-3-summary');
    await dialog.getByRole('button', { name: '確認' }).click();
    await desk.waitForURL((url) => /\/B-888\/notices\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    noticeUrl = desk.url();
    await poll(() => desk.getByRole('status').first().textContent()).toContain(`已發送「${TITLE}」`);
    await poll(() => desk.locator('.nt-byclass tbody tr').first().textContent()).toContain('小三甲班');
    await screenshot(desk, 'notices-4-detail-sent');
  });

  it('N-09 the first parent opens it from the workbench, confirms and answers', async () => {
    const phone = await phoneOf('66000101');
    await phone.getByRole('link', { name: /家校通知/ }).click();
    await phone.waitForURL('**/B-888/m/notices');
    const item = phone.locator('.nt-m-item', { hasText: TITLE });
    await poll(() => item.getAttribute('class')).toContain('nt-m-item--unread');
    expect(await overflows(phone)).toBe(false);
    await screenshot(phone, 'notices-5-phone-list');
    await item.click();
    await phone.waitForURL(/\/m\/notices\/[^/]+$/);
    await poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe(TITLE);
    // the content's image loads for a recipient (notice-scoped media)
    await poll(() => imagesLoaded(phone)).toBe(true);
    await phone.getByRole('button', { name: '確認', exact: true }).click();
    await poll(() => phone.locator('.nt-m-confirm').textContent()).toContain('已於');
    // the required question first
    await phone.getByRole('button', { name: '提交回條' }).click();
    await poll(() => phone.getByRole('alert').first().textContent()).toContain('請回答必填題目');
    await phone.getByLabel('參加', { exact: true }).check();
    await phone.getByLabel('備註').fill('需要素食午餐');
    await phone.getByRole('button', { name: '提交回條' }).click();
    await poll(() => phone.locator('.nt-m-done[role=status]').textContent()).toBe('已提交');
    expect(await overflows(phone)).toBe(false);
    await screenshot(phone, 'notices-6-phone-answered');
    await phone.context().close();
  });

  it('N-09 the second parent (two children) switches to 陳嘉欣 and answers', async () => {
    const phone = await phoneOf('66000102');
    await phone.goto(`${server.url}/admin/B-888/m/notices`);
    const switcher = phone.locator('.m-child__button');
    await switcher.waitFor();
    if (!((await switcher.textContent()) ?? '').includes('陳嘉欣')) {
      await switcher.click();
      await phone.getByRole('button', { name: /陳嘉欣/ }).click();
    }
    const item = phone.locator('.nt-m-item', { hasText: TITLE });
    await item.click();
    await phone.waitForURL(/\/m\/notices\/[^/]+$/);
    await poll(() => phone.locator('.nt-m-notice__meta').textContent()).toContain('陳嘉欣');
    await phone.getByRole('button', { name: '確認', exact: true }).click();
    await poll(() => phone.locator('.nt-m-confirm').textContent()).toContain('已於');
    await phone.getByLabel('不參加').check();
    await phone.getByRole('button', { name: '提交回條' }).click();
    await poll(() => phone.locator('.nt-m-done[role=status]').textContent()).toBe('已提交');
    await screenshot(phone, 'notices-7-phone-second');
    await phone.context().close();
  });

  it('N-03/N-04 the teacher sees the counts and exports the answers', async () => {
    await desk.goto(noticeUrl);
    const row = desk.locator('.nt-byclass tbody tr', { hasText: '小三甲班' });
    // 發送 3, 已讀 2, 已確認 2, 已填寫 2
    await poll(async () => (await row.locator('td').allTextContents()).slice(1)).toEqual(['3', '2', '2', '2']);
    await poll(() => desk.locator('.nt-recipient-table tbody tr').count()).toBe(3);
    await poll(() => desk.locator('.nt-recipient-table').textContent()).toContain('需要素食午餐');
    await screenshot(desk, 'notices-8-detail-answers');
    await desk.getByLabel('狀態:').selectOption('unanswered');
    await poll(() => desk.locator('.nt-recipient-table tbody tr').count()).toBe(1);
    await poll(() => desk.locator('.nt-recipient-table tbody').textContent()).toContain('何俊傑');
    await desk.getByLabel('狀態:').selectOption('');

    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: '導出', exact: true }).click()]);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const cells: string[] = [];
    sheet.eachRow((r) => r.eachCell((c) => cells.push(String(c.text))));
    expect(cells.some((c) => c.includes('貴子女是否參加'))).toBe(true);
    expect(cells).toContain('參加');
    expect(cells).toContain('不參加');
    expect(cells).toContain('需要素食午餐');
  });

  it('N-08 reminds the parent who has not answered, after asking with the count', async () => {
    await desk.getByRole('button', { name: '再次提醒' }).click();
    const dialog = desk.getByRole('dialog');
    await poll(() => dialog.textContent()).toContain('向 1 位尚未回應的接收人');
    await screenshot(desk, 'notices-9-remind-confirm');
    await dialog.getByRole('button', { name: '再次提醒' }).click();
    await poll(() => desk.getByRole('status').first().textContent()).toBe('已再次提醒 1 人');
    await poll(() => desk.locator('.nt-side').textContent()).toContain('再次提醒 #1');
  });

  it('N-07 closes the notice after asking; the parent sees it read-only', async () => {
    await desk.getByRole('button', { name: '關閉通知' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '關閉通知' }).click();
    await poll(() => desk.getByRole('status').first().textContent()).toBe('已關閉通知');
    await poll(() => desk.locator('.nt-title-row .badge').textContent()).toBe('已關閉');
    expect(await desk.getByRole('button', { name: '再次提醒' }).count()).toBe(0);
    await screenshot(desk, 'notices-10-detail-closed');
    await desk.getByRole('link', { name: '返回' }).click();
    await poll(() => desk.locator('tbody tr', { hasText: TITLE }).textContent()).toContain('已關閉');
    await screenshot(desk, 'notices-11-list-closed');

    // the third parent opens the reminder from 消息提醒 (/m/open/notice-inbox/<id>)
    const phone = await phoneOf('66000109');
    const messages = await phone.evaluate(async () => (await (await fetch('/api/s/B-888/messages')).json()) as { items: { refType: string; refId: string }[] });
    const ref = messages.items.find((m) => m.refType === 'notice-inbox');
    expect(ref).toBeTruthy();
    await phone.goto(`${server.url}/admin/B-888/m/open/notice-inbox/${ref?.refId}`);
    await phone.waitForURL(/\/m\/notices\/[^/]+$/);
    await poll(() => phone.locator('.nt-m-closed').textContent()).toContain('此通知已關閉');
    expect(await phone.getByRole('button', { name: '提交回條' }).count()).toBe(0);
    expect(await phone.getByLabel('參加', { exact: true }).isDisabled()).toBe(true);
    expect(await overflows(phone)).toBe(false);
    await screenshot(phone, 'notices-12-phone-closed');
    // switched to English, the parent reads the English version (the untranslated question in Chinese)
    await phone.goto(`${server.url}/admin/B-888/m`);
    await phone.locator('.lang-switch select').selectOption('en');
    await phone.goto(`${server.url}/admin/B-888/m/open/notice-inbox/${ref?.refId}`);
    await poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe('Autumn sports day: reply slip');
    await poll(() => phone.locator('.nt-m-form').textContent()).toContain('Will your child take part?');
    expect(await phone.locator('.nt-m-form').textContent()).toContain('備註');
    await screenshot(phone, 'notices-13-phone-english');
    await phone.context().close();
    expect(deskErrors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  });
});
