import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b01FileText, b01Records } from '../../../api/src/promotion/test-b01-file';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

const SAMPLE = resolve(import.meta.dirname, '../../../docs/samples/b01-sample.json');

describe('自動升班: B08 sync and B01 update in the back-office', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } }));
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

  const dialog = () => page.getByRole('dialog');
  /** A student's class as the contacts list shows it. */
  const classOf = (name: string) =>
    page.evaluate(async (n) => {
      const res = await fetch(`/api/s/B-888/home-school/students?q=${encodeURIComponent(n)}`);
      const body = (await res.json()) as { items: { name: string; class: { name: string } | null }[] };
      return body.items.find((s) => s.name === n)?.class?.name ?? null;
    }, name);

  it('Should list 自動升班 under 通訊錄 and fetch the B08 table from the bureau', async () => {
    const menu = page.getByRole('navigation', { name: '主選單' });
    await menu.getByText('通訊錄', { exact: true }).first().click().catch(() => undefined);
    await menu.getByRole('link', { name: '按B08表同步年級班別' }).click();
    await page.waitForURL('**/B-888/promotion/b08');
    await page.getByLabel('學年').fill('2026/2027');
    await page.getByRole('button', { name: '從教青局同步' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toMatch(/已同步 \d+ 個班級/);
    expect(await page.locator('table.table tbody tr').count()).toBeGreaterThan(3);
    await screenshot(page, 'promotion-1-b08-fetched');
  });

  it('Should sync to Smart Campus after 提交 → 確認', async () => {
    await page.getByLabel('學生和家長分開班級').check();
    await page.getByLabel('學生和家長分開班級').uncheck();
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => dialog().textContent()).toContain('2026/2027');
    await screenshot(page, 'promotion-2-b08-confirm');
    await dialog().getByRole('button', { name: '確認' }).click();
    await expect.poll(() => page.locator('.prm__result').textContent()).toContain('同步成功');
    await screenshot(page, 'promotion-3-b08-synced');
  });

  it('Should upload the B01 sample and preview it with anomalies and their reasons', async () => {
    await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '按B01表更新通訊錄年級班別' }).click();
    await page.waitForURL('**/B-888/promotion/b01');
    await expect.poll(() => page.getByText('尚未上傳B01檔案').count()).toBe(1);
    await screenshot(page, 'promotion-4-b01-empty');
    await page.locator('.prm__file input[type=file]').setInputFiles(SAMPLE);
    await expect.poll(() => page.locator('.prm__summary').textContent()).toContain('共 8 名學生');
    const alerts = page.locator('.prm__alert');
    expect(await alerts.count()).toBeGreaterThan(0);
    await alerts.first().click();
    await expect.poll(() => page.locator('.prm__reasons').textContent()).toContain('異常原因');
    await screenshot(page, 'promotion-5-b01-preview');
  });

  it('Should drill into a class and export the preview to Excel', async () => {
    await page.locator('table.prm__preview tbody tr').first().getByRole('button', { name: '查看', exact: true }).click();
    await expect.poll(() => page.locator('.prm__students tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'promotion-6-b01-class');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '導出Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('Should 確認更新通訊錄 after asking, then undo after asking, both in the log', async () => {
    await page.getByRole('button', { name: '確認更新通訊錄' }).click();
    await expect.poll(() => dialog().textContent()).toContain('更新通訊錄中學生班級');
    await dialog().getByRole('button', { name: '確認' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('已更新通訊錄');
    await expect.poll(() => page.locator('.prm__log tbody tr').count()).toBe(1);
    // PRM-05 the students sit in the classes of the file (docs/samples/b01-sample.json)
    expect(await classOf('黃小明')).toBe('小三丙班');
    expect(await classOf('吳思穎')).toBe('小三丙班');
    await screenshot(page, 'promotion-7-b01-applied');
    await page.getByRole('button', { name: '撤銷上次更新' }).click();
    await dialog().getByRole('button', { name: '確認' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('已撤銷');
    await expect.poll(() => page.locator('.prm__log tbody tr').count()).toBe(2);
    expect(await page.locator('.prm__log').textContent()).toContain('（已撤銷）');
    await screenshot(page, 'promotion-8-b01-undone');
  });

  it('PRM-04 a 3,000-student file (2.5 MB, over the 1 MB JSON limit) uploads and its anomaly list pages to the end', async () => {
    const text = b01FileText(b01Records(3_000));
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    await page.locator('.prm__file input[type=file]').setInputFiles({ name: 'b01-3000.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('.prm__summary').textContent()).toContain('共 3000 名學生');
    await page.getByRole('button', { name: /查看全部異常/ }).click();
    await expect.poll(() => page.locator('.pager__summary').first().textContent()).toContain('共 3000 項');
    expect(await page.locator('.prm__students tbody tr').count()).toBe(50);
    await page.locator('.prm__students').getByRole('button', { name: '下頁' }).click();
    await expect.poll(() => page.locator('.prm__students .pager__summary').textContent()).toContain('顯示第 51 至 100 項結果');
    // the pager always offers the last page by number
    await page.locator('.prm__students').getByRole('button', { name: '第 60 頁' }).click();
    await expect.poll(() => page.locator('.prm__students .pager__summary').textContent()).toContain('顯示第 2951 至 3000 項結果');
    expect(await page.locator('.prm__students tbody tr').count()).toBe(50);
    await screenshot(page, 'promotion-9-b01-3000-last-page');
  });

  it('Should show the three subscription QR codes with downloads', async () => {
    await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '訂閱二維碼' }).click();
    await expect.poll(() => page.locator('.prm__qr').count()).toBe(3);
    await expect.poll(() => page.locator('.prm__qr img').first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下載' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    await screenshot(page, 'promotion-10-qr');
    expect(errors).toEqual([]);
  });
});
