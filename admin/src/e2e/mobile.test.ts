import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, unreadOf } from './browser';
import { startServer, type TestServer } from './server';

describe('Mobile (390×844)', () => {
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

  it('Should send a signed-out parent to the mobile sign-in', async () => {
    await page.goto(`${server.url}/admin/B-888/m`);
    await page.waitForURL('**/B-888/m/sign-in');
    expect(await page.getByLabel('地區').inputValue()).toBe('853');
    expect(await page.getByLabel('地區').locator('option').allTextContents()).toEqual([
      '+853（中國澳門）',
      '+86（中國大陸）',
      '+852（中國香港）',
    ]);
    await expect.poll(() => page.locator('.m-auth__school').textContent()).toContain('澳門示範學校');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'mobile-1-sign-in');
  });

  it('Should sign the parent in with the SMS code', async () => {
    await page.getByLabel('手機號碼').fill('66000101');
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await expect.poll(() => page.locator('.m-code-button').textContent()).toMatch(/秒後重發/);
    const code = await server.smsCode('853', '66000101', since);
    await page.getByLabel('驗證碼').fill(code);
    await screenshot(page, 'mobile-2-code-filled');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
  });

  it('Should show the workbench with a greeting and the 消息提醒 app', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/黃爸爸$/);
    const tile = page.getByRole('link', { name: /消息提醒/ });
    const unread = await unreadOf(page);
    expect(unread).toBeGreaterThan(0);
    await expect.poll(() => tile.locator('.m-badge').textContent()).toBe(String(unread));
    expect(await overflows()).toBe(false);
    await screenshot(page, 'mobile-3-workbench');
    await tile.click();
    await page.waitForURL('**/B-888/m/messages');
  });

  it('Should list messages and mark one read on tap', async () => {
    await expect.poll(() => page.locator('.m-message', { hasText: '歡迎使用智慧校園' }).count()).toBe(1);
    const unread = await unreadOf(page);
    const item = page.locator('.m-message').first();
    expect(await item.getAttribute('class')).toContain('m-message--unread');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'mobile-4-messages');

    await item.getByRole('button').click();
    await expect.poll(() => item.getAttribute('class')).not.toContain('m-message--unread');
    expect(await item.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: '全部已讀' }).isDisabled()).toBe(unread === 1);
    await screenshot(page, 'mobile-5-message-open');

    // The read is on the server: after a reload the message is still read, the badge gone.
    await page.reload();
    await expect.poll(() => page.locator('.m-message').first().getAttribute('class')).not.toContain('m-message--unread');
    await page.getByRole('link', { name: '返回' }).click();
    await page.waitForURL('**/B-888/m');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/黃爸爸$/);
    expect(await unreadOf(page)).toBe(unread - 1);
    if (unread === 1) expect(await page.locator('.m-badge').count()).toBe(0);
    else await expect.poll(() => page.locator('.m-badge').first().textContent()).toBe(String(unread - 1));
    expect(errors).toEqual([]);
  });

  it('Should mark everything read with 全部已讀', async () => {
    // The student has unread messages too (the welcome, the seeded notices); sign in as them on a fresh phone.
    const { page: phone } = await openPage(browser, PHONE);
    await phone.goto(`${server.url}/admin/B-888/m/sign-in`);
    await phone.getByLabel('手機號碼').fill('66000201');
    const since = Date.now();
    await phone.getByRole('button', { name: '獲取驗證碼' }).click();
    await phone.getByLabel('驗證碼').fill(await server.smsCode('853', '66000201', since));
    await phone.getByRole('button', { name: '登入', exact: true }).click();
    await phone.waitForURL('**/B-888/m');
    await phone.getByRole('link', { name: /消息提醒/ }).click();
    await phone.getByRole('group', { name: '篩選' }).getByRole('button', { name: /未讀/ }).click();
    const unread = await unreadOf(phone);
    expect(unread).toBeGreaterThan(0);
    await expect.poll(() => phone.locator('.m-message--unread').count()).toBe(Math.min(unread, 20));
    await phone.getByRole('button', { name: '全部已讀' }).click();
    await expect.poll(() => phone.locator('.m-empty').textContent()).toContain('沒有未讀消息');
    await screenshot(phone, 'mobile-6-all-read');
    await phone.context().close();
  });
});
