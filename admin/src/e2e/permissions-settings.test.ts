import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/** What the viewport shows (a dialog over the page), as admin/e2e-screenshots/<name>.png. */
const shot = (page: Page, name: string) => page.screenshot({ path: join(resolve(import.meta.dirname, '../../e2e-screenshots'), `${name}.png`) });

describe('安全與保密 (ADM-04), 部署應用 and 工作台 (APP-01/02)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, { viewport: { width: 1366, height: 860 } }));
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
  const save = () => page.getByRole('button', { name: '保存更改' });

  it('Should save the security settings with 保存更改 and keep them', async () => {
    await page.goto(`${server.url}/admin/B-888/permissions/security`);
    const watermark = page.getByRole('switch', { name: '聊天顯示浮水印、開啟通訊錄浮水印' });
    await expect.poll(() => watermark.getAttribute('aria-checked')).toBe('false');
    expect(await save().isDisabled()).toBe(true);
    expect(await page.locator('table tbody').textContent()).toBe('還沒有查看記錄');
    await screenshot(page, 'security-1');

    await watermark.focus();
    await page.keyboard.press('Space');
    expect(await watermark.getAttribute('aria-checked')).toBe('true');
    await page.getByLabel('手機').check();
    expect(await page.locator('.pm-settings__status').textContent()).toBe('有未保存的更改');
    await save().click();
    await expect.poll(() => page.locator('.pm-settings__status').textContent()).toBe('已保存更改');
    expect(await save().isDisabled()).toBe(true);
    await screenshot(page, 'security-2-saved');

    await page.reload();
    await expect.poll(() => page.getByRole('switch', { name: '聊天顯示浮水印、開啟通訊錄浮水印' }).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByLabel('手機').isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: '開啟短信驗證' }).getAttribute('aria-checked')).toBe('false');
  });

  it('Should lay the viewer’s name over the contacts pages once the watermark is on', async () => {
    expect(await page.getByTestId('watermark').count()).toBe(0);
    await page.goto(`${server.url}/admin/B-888/contacts/members`);
    const mark = page.getByTestId('watermark');
    await expect.poll(() => mark.count()).toBe(1);
    const image = decodeURIComponent((await mark.getAttribute('style')) ?? '');
    expect(image).toContain('陳校長');
    expect(image).toContain('B-888');
    expect(await mark.getAttribute('aria-hidden')).toBe('true');
    // clicks go through it
    expect(await mark.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    await screenshot(page, 'security-3-watermark-contacts');
    await page.goto(`${server.url}/admin/B-888/audit`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('審計日誌');
    expect(await page.getByTestId('watermark').count()).toBe(0);
  });

  it('Should list every app with its switches and change one at once', async () => {
    await page.goto(`${server.url}/admin/B-888/apps/deployed`);
    const rows = page.locator('table.pm-apps tbody tr');
    await expect.poll(() => rows.count()).toBe(19);
    const calendar = rows.filter({ hasText: '校曆' });
    const parents = calendar.getByRole('switch', { name: '「校曆」家長可用' });
    expect(await parents.getAttribute('aria-checked')).toBe('true');
    expect(await rows.filter({ hasText: '考勤' }).textContent()).toContain('只限教職員');
    await screenshot(page, 'apps-1-deployed');

    await parents.click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('「校曆」家長不再可以使用');
    expect(await parents.getAttribute('aria-checked')).toBe('false');
    await calendar.getByRole('switch', { name: '啟用「校曆」' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('已停用「校曆」');
  });

  it('Should read in Portuguese and English too', async () => {
    await page.getByLabel('語言').selectOption('pt');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aplicações instaladas');
    expect(await page.locator('table.pm-apps thead').textContent()).toContain('Encarregados podem usar');
    await screenshot(page, 'apps-1-deployed-pt');
    await page.goto(`${server.url}/admin/B-888/permissions/security`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Segurança e confidencialidade');
    await screenshot(page, 'security-1-pt');
    await page.getByLabel('Idioma').selectOption('en');
    await page.goto(`${server.url}/admin/B-888/permissions/admins`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Admins');
    await screenshot(page, 'permissions-1-admins-en');
    await page.getByLabel('Language').selectOption('zh-Hant');
    await page.goto(`${server.url}/admin/B-888/apps/deployed`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('部署應用');
  });

  it('Should set who sees an app: a department of the tree', async () => {
    const row = page.locator('table.pm-apps tbody tr').filter({ hasText: '考勤' });
    expect(await row.textContent()).toContain('全體教職員');
    await row.getByRole('button', { name: '設置 考勤' }).click();
    expect(await dialog().locator('.pm-range-state').textContent()).toBe('未選擇任何部門、成員或標籤：全體教職員可見。');
    await dialog().getByLabel('教務處', { exact: true }).check();
    expect(await dialog().locator('.pm-range-state').textContent()).toBe('只有所選部門（包括下級部門）、成員及標籤可見。');
    await dialog().getByRole('tab', { name: /成員/ }).click();
    await dialog().getByLabel('搜索姓名、手機或帳號').fill('梁');
    await expect.poll(() => dialog().locator('.pm-picker__row').count()).toBe(1);
    await dialog().getByRole('checkbox', { name: /梁文員/ }).check();
    await shot(page, 'apps-2-visible-range');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('已更新「考勤」的可見範圍');
    await expect.poll(() => row.locator('.pm-range').textContent()).toContain('1 個部門、1 位成員');
    expect(await row.locator('.pm-range small').textContent()).toBe('教務處');
    await screenshot(page, 'apps-3-deployed-after');
  });

  it('Should reorder the workbench with the keyboard and keep the focus on the app moved', async () => {
    await page.goto(`${server.url}/admin/B-888/apps/workbench`);
    const apps = page.locator('.pm-wb-app__name');
    await expect.poll(() => apps.count()).toBe(19);
    expect((await apps.allTextContents()).slice(0, 3)).toEqual(['消息提醒', '請假', '考勤']);
    // 校曆 was disabled above: the workbench says so
    expect(await page.locator('.pm-wb-app').filter({ hasText: '校曆' }).textContent()).toContain('未啟用');
    await screenshot(page, 'workbench-admin-1');

    const down = page.getByRole('button', { name: '下移「消息提醒」' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => apps.nth(1).textContent(), { timeout: 5000 }).toBe('消息提醒');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('下移「消息提醒」');
    await page.keyboard.press('Enter');
    await expect.poll(() => apps.nth(2).textContent(), { timeout: 5000 }).toBe('消息提醒');
    expect(await page.locator('.notice').textContent()).toBe('「消息提醒」已移至第 3 位');
    // saved: once the writes are in, a reload shows the same order
    await expect.poll(() => page.evaluate(async () => {
      const res = await fetch('/api/s/B-888/apps/workbench/groups');
      return ((await res.json()) as { items: { appKeys: string[] }[] }).items[0].appKeys.slice(0, 3).join();
    })).toBe('leave,attendance,messages');
    await page.reload();
    await expect.poll(async () => (await apps.allTextContents()).slice(0, 3)).toEqual(['請假', '考勤', '消息提醒']);
  });

  it('Should add a group, add apps to it, move it up and delete it after asking', async () => {
    await page.getByRole('button', { name: '+ 添加分組' }).click();
    await dialog().getByLabel('分組名稱').fill('家校溝通');
    await dialog().getByRole('button', { name: '添加分組' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('已添加分組「家校溝通」');
    const group = page.locator('.pm-wb-group').filter({ hasText: '家校溝通' });
    expect(await group.textContent()).toContain('此分組還沒有應用。');

    await group.getByRole('button', { name: '+ 添加應用 家校溝通' }).click();
    await dialog().getByLabel('家校通知').check();
    await dialog().getByLabel('班級信箱').check();
    await shot(page, 'workbench-admin-2-add-apps');
    await dialog().getByRole('button', { name: '添加應用' }).click();
    await expect.poll(() => group.locator('.pm-wb-app__name').allTextContents()).toEqual(['班級信箱', '家校通知']);

    await group.getByRole('button', { name: '↑ 上移 家校溝通' }).click();
    await expect.poll(() => page.locator('.pm-wb-group h2').allTextContents()).toEqual(['家校溝通', '智慧校園']);
    await screenshot(page, 'workbench-admin-3-two-groups');

    await group.getByRole('button', { name: '刪除 家校溝通' }).click();
    await expect.poll(() => page.locator('#confirm-body').textContent()).toContain('分組內的應用不會被停用');
    await page.locator('dialog[open]').getByRole('button', { name: '刪除' }).click();
    await expect.poll(() => page.locator('.pm-wb-group').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
