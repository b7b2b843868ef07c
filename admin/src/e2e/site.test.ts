import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

// a 64×36 blue gradient PNG, uploaded as the showcase image and the article image
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAkCAIAAAC2bqvFAAAAwElEQVR4nO3P4UYDAABG0T3OiDFGxIgRI2JEjBFjxK4YESNiRMQYY0RE7IqIERERMSJijIix99gz9P87b3AKRdzCEpaxgtu4g1XcxRruYR338QAbeIhH2MQWHmMbO3iCXTzFHp7hOfbxAi9xgFd4jTc4xBGOcYK3eIf3+IBTfMQnfMYZvuArvuE7fuAnzvELv/EHF7jEX/zDFa6xkEACCSSQQAIJJJBAAgkkkEACCSSQQAIJJJBAAgkkkEAC/wtsAH/mk1MRhC5eAAAAAElFTkSuQmCC',
  'base64',
);
const image = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });

describe('微官網 (WEB-01..07)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, { viewport: { width: 1366, height: 860 } }));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
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

  const dialog = () => page.locator('dialog[open]');
  const status = () => page.locator('.site-panel .notice');

  async function addShowcase(name: string, link: string) {
    await page.getByRole('button', { name: '+ 添加' }).click();
    await dialog().getByLabel('名稱').fill(name);
    await dialog().getByLabel('鏈接').fill(link);
    await dialog().locator('input[type=file]').setInputFiles(image(`${name}.png`));
    await expect.poll(() => dialog().locator('img.site-thumb').count()).toBe(1);
    await dialog().getByLabel('立即上架').check();
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => status().textContent()).toBe(`已保存櫥窗「${name}」`);
  }
  const names = () => page.locator('table.site-showcases tbody tr td:nth-child(3)').allTextContents();

  it('Should add an article type and list it enabled', async () => {
    await page.goto(`${server.url}/admin/B-888/site/types`);
    await page.getByLabel('添加文章類型').fill('學生活動');
    await page.getByRole('button', { name: '+ 添加' }).click();
    await expect.poll(() => status().textContent()).toBe('已添加文章類型「學生活動」');
    const row = page.locator('tbody tr', { hasText: '學生活動' });
    expect(await row.locator('.badge').textContent()).toBe('已啓用');
    await screenshot(page, 'site-types');
  });

  it('Should add showcases, move one up with the keyboard and save the order', async () => {
    await page.goto(`${server.url}/admin/B-888/site/showcases`);
    await addShowcase('書展週', 'https://example.org/welcome');
    await addShowcase('水運會', 'https://example.org/open-day');
    await page.screenshot({ path: 'admin/e2e-screenshots/site-showcases-before.png' });
    const before = await names();
    expect(before.indexOf('水運會')).toBe(before.indexOf('書展週') + 1);

    const up = page.getByRole('button', { name: '上移「水運會」' });
    await up.focus();
    await page.keyboard.press('Enter');
    expect((await names()).indexOf('水運會')).toBe(before.indexOf('書展週'));
    expect(await status().textContent()).toBe('排序未保存');
    await page.getByRole('button', { name: '保存排序' }).click();
    await expect.poll(() => status().textContent()).toBe('已保存排序');
    await page.reload();
    await expect.poll(async () => (await names()).indexOf('水運會')).toBe(before.indexOf('書展週'));
    expect((await names()).indexOf('書展週')).toBe(before.indexOf('書展週') + 1);
    await screenshot(page, 'site-showcases');

    await page.locator('tbody tr', { hasText: '水運會' }).getByRole('button', { name: '編輯' }).click();
    await expect.poll(() => dialog().getByLabel('名稱').inputValue()).toBe('水運會');
    await screenshot(page, 'site-showcase-dialog');
    await dialog().getByRole('button', { name: '取消' }).click();
  });

  it('Should publish an article with an image and copy its links', async () => {
    await page.goto(`${server.url}/admin/B-888/site/articles`);
    await page.getByRole('link', { name: '+ 添加文章' }).click();
    await page.waitForURL('**/site/articles/new');
    await page.getByLabel('類型 *').selectOption({ label: '學生活動' });
    await page.getByLabel('標題 *').fill('校際朗誦比賽獲獎');
    const area = page.getByRole('textbox', { name: '內容 *' });
    await area.click();
    await page.keyboard.type('本校運動會今日圓滿結束，感謝各位家長支持。');
    await page.getByRole('button', { name: '粗體' }).click();
    await page.locator('.site-editor input[type=file]').setInputFiles(image('sports.png'));
    await expect.poll(() => area.locator('img').count()).toBe(1);
    expect(await area.locator('img').getAttribute('src')).toMatch(/^\/api\/s\/B-888\/files\/\w+$/);
    await screenshot(page, 'site-article-editor');
    await page.getByRole('button', { name: '✓ 發佈' }).click();
    await page.waitForURL('**/site/articles');
    await expect.poll(() => status().textContent()).toBe('已發佈「校際朗誦比賽獲獎」');
    const row = page.locator('tbody tr', { hasText: '校際朗誦比賽獲獎' });
    expect(await row.locator('.badge').textContent()).toBe('已發佈');

    await row.getByRole('button', { name: '置頂' }).click();
    await expect.poll(() => row.locator('.site-hot').textContent()).toBe('熱門');
    await row.getByRole('button', { name: '複製鏈接' }).click();
    await expect.poll(() => status().textContent()).toMatch(/^已複製：http:\/\/localhost:\d+\/site\/B-888\/articles\/\w+\/$/);
    await page.getByRole('button', { name: '複製微官網對外鏈接' }).click();
    await expect.poll(() => page.locator('.site__copied').textContent()).toBe(`已複製：${server.url}/site/B-888/`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/site/B-888/`);
    await screenshot(page, 'site-articles');

    await page.locator('tbody tr', { hasText: '校際朗誦比賽獲獎' }).getByRole('button', { name: '刪除' }).click();
    expect(await dialog().locator('#confirm-title').textContent()).toBe('刪除文章');
    await page.screenshot({ path: 'admin/e2e-screenshots/site-article-delete-confirm.png' });
    await dialog().getByRole('button', { name: '取消' }).click();
  });

  it('Should show the comments waiting for moderation', async () => {
    await page.locator('nav.site-tabs').getByRole('link', { name: '評論管理' }).click();
    await page.waitForURL('**/site/comments');
    await expect.poll(() => page.locator('.site-panel .toolbar select').inputValue()).toBe('pending');
    await screenshot(page, 'site-comments');
    expect(errors).toEqual([]);
  });

  it('Should show the article and the showcases in their new order on the public site (phone)', async () => {
    const { page: phone } = await openPage(browser, PHONE);
    let text = '';
    // the server rebuilds the site in the background after a change: poll until it shows
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      // the site pages are cached for a while: ask past the browser cache each time
      const res = await phone.goto(`${server.url}/site/B-888/?t=${Date.now()}`);
      text = res?.ok() ? await phone.locator('body').innerHTML() : '';
      if (text.includes('校際朗誦比賽獲獎') && text.indexOf('水運會') >= 0) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const data = await (await fetch(`${server.url}/api/s/B-888/site/data.json`)).text();
    expect(data, 'the public site data').toContain('校際朗誦比賽獲獎');
    expect(text).toContain('校際朗誦比賽獲獎');
    const strip = (await phone.getByTestId('showcases').innerHTML()) ?? '';
    expect(strip.indexOf('水運會')).toBeGreaterThanOrEqual(0);
    expect(strip.indexOf('水運會')).toBeLessThan(strip.indexOf('書展週'));
    await screenshot(phone, 'site-public-home');
    await phone.getByRole('link', { name: /校際朗誦比賽獲獎/ }).first().click();
    await expect.poll(() => phone.locator('img[src*="/site/media/"]').count()).toBeGreaterThan(0);
    await screenshot(phone, 'site-public-article');
  });
});
