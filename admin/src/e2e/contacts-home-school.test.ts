import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/** Clicks, waits for the file the click saves, and returns its name and bytes. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The rows of a workbook's first sheet as objects keyed by the header row. */
async function sheetRows(bytes: Buffer): Promise<{ headers: string[]; rows: Record<string, string>[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).text ?? '')])));
  });
  return { headers, rows };
}

// Names of our own, so the test holds however the demo seed grows.
const CAMPUS = '氹仔校部';
const GRADE = '小二';
const CLASS = '小二忠班';
const STUDENT = '區子晴';

describe('Back-office: 家校通訊錄', () => {
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

  const tree = () => page.getByRole('tree', { name: '校部 / 年級 / 班級' });
  const dialog = () => page.getByRole('dialog');
  const status = () => page.locator('.notice');

  it('Should open the screen from the menu with the tree and the whole school', async () => {
    await page.getByText('通訊錄', { exact: true }).click();
    await page.getByRole('link', { name: '家校通訊錄' }).click();
    await page.waitForURL('**/B-888/contacts/home-school');
    await tree().waitFor();
    expect(await tree().getByRole('treeitem', { name: '全校' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.pane-head__title h2').textContent()).toBe('全校');
  });

  it('Should add a campus, a grade and a class', async () => {
    await page.getByRole('button', { name: '添加校部' }).click();
    await dialog().getByLabel('校部名稱').fill(CAMPUS);
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.pane-head__title h2').textContent()).toBe(CAMPUS);
    expect(await status().textContent()).toBe(`已添加「${CAMPUS}」`);

    // a grade: the school year is filled in, the name is required
    await page.getByRole('button', { name: '添加年級' }).click();
    expect(await dialog().getByLabel('學年').inputValue()).toMatch(/^\d{4}\/\d{4}$/);
    await dialog().getByRole('button', { name: '保存' }).click();
    expect(await dialog().locator('#grade-name-error').textContent()).toBe('請填寫此欄');
    await dialog().getByLabel('年級名稱').fill(GRADE);
    await dialog().getByLabel('學年').fill('2026/2027');
    await dialog().getByLabel('年級代碼（選填）').fill('P2');
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.pane-head__title h2').textContent()).toBe(GRADE);
    expect(await page.locator('.table__empty').textContent()).toBe('還沒有班級');
    await screenshot(page, 'contacts-hs-1-grade');

    await page.getByRole('button', { name: '添加班級' }).click();
    await dialog().getByLabel('班級名稱').fill(CLASS);
    await dialog().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.pane-head__title h2').textContent()).toBe(CLASS);
    const item = tree().getByRole('treeitem', { name: CLASS });
    expect(await item.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.pane-head__path').textContent()).toBe(`${CAMPUS} / ${GRADE}`);
    expect(await page.locator('.table__empty').textContent()).toContain('此班級還沒有學生');
    // an empty class may be deleted; teachers are not set yet
    expect(await page.getByRole('button', { name: '刪除班級' }).count()).toBe(1);
    expect(await page.locator('.card-panel').textContent()).toContain('班主任未設置');
  });

  it('Should add a student with two parents, checking the fields first', async () => {
    await page.getByRole('button', { name: '添加學生家長' }).click();
    const form = dialog();
    expect(await form.getByLabel('班級').inputValue()).not.toBe('');
    // a bad education ID and a Macao phone of 7 digits are refused beside their fields
    await form.getByLabel('學生姓名').fill(STUDENT);
    await form.locator('#student-id').fill('12345');
    const first = form.getByRole('group', { name: '家長 1' });
    await first.getByLabel('家長姓名').fill('區爸爸');
    await first.getByLabel('關係').selectOption('爸爸');
    await first.getByLabel('家長手機').fill('6688100');
    await form.getByRole('button', { name: '保存' }).click();
    expect(await form.locator('#student-id-error').textContent()).toBe('教育證編號格式應為 1234567-8');
    expect(await first.locator('.field__error').textContent()).toContain('請輸入該地區的手機號碼');
    await screenshot(page, 'contacts-hs-2-student-errors');

    await form.locator('#student-id').fill('7654321-0');
    await form.getByLabel('出生日期').fill('2019-04-08');
    await first.getByLabel('家長手機').fill('66881001');
    await form.getByRole('button', { name: '添加家長' }).click();
    const second = form.getByRole('group', { name: '家長 2' });
    await second.getByLabel('家長姓名').fill('區媽媽');
    await second.getByLabel('關係').selectOption('媽媽');
    await second.getByLabel('地區').selectOption('86');
    await second.getByLabel('家長手機').fill('13812345678');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await status().textContent()).toBe(`已添加學生「${STUDENT}」`);

    const row = page.locator('table.table tbody tr', { hasText: STUDENT });
    await expect.poll(() => row.textContent()).toContain('區爸爸-爸爸');
    expect(await row.textContent()).toContain('區媽媽-媽媽');
    expect(await row.textContent()).toContain('7654321-0');
    expect(await row.locator('.badge').textContent()).toBe('未加入');
    await expect
      .poll(() => tree().getByRole('treeitem', { name: CLASS }).locator('.tree__count').first().textContent(), { timeout: 5000 })
      .toBe('1');
    // a class with a student is not offered for deletion
    expect(await page.getByRole('button', { name: '刪除班級' }).count()).toBe(0);
    await screenshot(page, 'contacts-hs-3-class');
  });

  it('Should set the homeroom teacher', async () => {
    await page.getByRole('button', { name: '設置老師' }).click();
    const form = dialog();
    const select = form.getByLabel('班主任 1');
    await select.locator('option', { hasText: '李老師' }).first().waitFor({ state: 'attached' });
    const value = await select.locator('option', { hasText: '李老師' }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await screenshot(page, 'contacts-hs-4-teachers');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    const panel = page.locator('.card-panel', { hasText: '班主任' });
    await expect.poll(() => panel.locator('dd').first().textContent()).toBe('李老師');
    expect(await status().textContent()).toBe(`已保存「${CLASS}」的老師`);
  });

  it('Should export the class to Excel with the student and both parents', async () => {
    const file = await downloadOf(page, () => page.getByRole('button', { name: '導出', exact: true }).click());
    expect(file.name).toBe(`${CLASS}-學生家長.xlsx`);
    const { headers, rows } = await sheetRows(file.bytes);
    expect(headers).toEqual(['校部', '年級', '班級', '學生姓名', '教育證編號', '出生日期', '家長姓名', '關係', '家長手機', '加入狀態']);
    const ours = rows.filter((r) => r.學生姓名 === STUDENT);
    expect(ours.map((r) => [r.家長姓名, r.關係, r.家長手機]).sort()).toEqual([
      ['區媽媽', '媽媽', '+86 13812345678'],
      ['區爸爸', '爸爸', '+853 66881001'],
    ]);
    expect(ours[0]).toMatchObject({ 校部: CAMPUS, 年級: GRADE, 班級: CLASS, 教育證編號: '7654321-0', 出生日期: '2019-04-08', 加入狀態: '未加入' });
  });

  it('Should show the class invitation QR code and save it', async () => {
    await page.getByRole('button', { name: '邀請加入' }).click();
    const img = dialog().getByRole('img', { name: `「${CLASS}」的二維碼` });
    await img.waitFor();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    await screenshot(page, 'contacts-hs-5-invite');
    const file = await downloadOf(page, () => dialog().getByRole('button', { name: '下載' }).click());
    expect(file.name).toBe(`${CLASS}-邀請二維碼.svg`);
    expect(file.bytes.toString('utf8')).toContain('<svg');
    await dialog().getByRole('button', { name: '關閉' }).click();
    await dialog().waitFor({ state: 'hidden' });
  });

  it('Should refuse a bad import, listing every bad row, and import nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('學生家長');
    ws.addRow(['校部', '年級', '班級', '學生姓名', '教育證編號', '出生日期', '家長姓名', '關係', '家長手機']);
    ws.addRow([CAMPUS, GRADE, CLASS, '梁好學', '1111111-1', '2019-01-02', '梁爸爸', '爸爸', '+853 66881011']);
    ws.addRow([CAMPUS, GRADE, '沒有此班', '馮用功', '123', '2019-02-30', '馮媽媽', '姑媽', '12']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());

    await page.getByRole('button', { name: '批量導入' }).click();
    const form = dialog();
    // nothing chosen yet: say so
    await form.getByRole('button', { name: '上傳並導入' }).click();
    expect(await form.locator('.form-error').textContent()).toBe('請選擇 .xlsx 檔案');
    await form.locator('#import-file').setInputFiles({ name: 'students.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await form.getByRole('button', { name: '上傳並導入' }).click();
    const issues = form.locator('.issues tbody tr');
    await expect.poll(() => issues.count()).toBe(5);
    expect(await form.locator('.import-issues .form-error').textContent()).toBe('檔案有 5 處錯誤，沒有導入任何資料。請修正以下各行後重新上傳。');
    const cells = await issues.evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent)));
    expect(cells.map(([row, column]) => `${row} ${column}`)).toEqual(['3 班級', '3 教育證編號', '3 出生日期', '3 關係', '3 家長手機']);
    expect(cells[0][2]).toBe('找不到此班級');
    await screenshot(page, 'contacts-hs-6-import-refused');
    const template = await downloadOf(page, () => form.getByRole('button', { name: '下載導入模板' }).click());
    expect(template.name).toMatch(/\.xlsx$/);
    expect((await sheetRows(template.bytes)).headers).toContain('學生姓名');
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'hidden' });
    // the good first row was not imported either
    await page.getByLabel('搜索:').fill('梁好學');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.locator('.pager__summary').textContent()).toBe('顯示第 0 至 0 項結果，共 0 項');
    await page.getByLabel('搜索:').fill('');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
  });

  it('Should open the student with the parents and their relation', async () => {
    await page.getByRole('button', { name: `查看 ${STUDENT}` }).click();
    await expect.poll(() => page.locator('.pane-head__title h2').textContent()).toContain(STUDENT);
    const parents = page.locator('table.table tbody tr');
    expect(await parents.count()).toBe(2);
    expect(await parents.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('區爸爸爸爸+853 66881001未加入'), expect.stringContaining('區媽媽媽媽+86 13812345678未加入')]),
    );
    expect(await page.locator('.kv').textContent()).toContain('2019-04-08');
    await screenshot(page, 'contacts-hs-7-student');
  });

  it('Should edit the student: a parent’s relation changes', async () => {
    await page.getByRole('button', { name: '編輯', exact: true }).click();
    const form = dialog();
    const mother = form.locator('.row-card--linked', { hasText: '區媽媽' });
    await mother.getByLabel('關係').selectOption('監護人');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('table.table tbody tr', { hasText: '區媽媽' }).textContent()).toContain('監護人');
    expect(await status().textContent()).toBe(`已保存「${STUDENT}」的資料`);
  });

  it('Should transfer the student only after confirming, and list the transfer', async () => {
    await page.getByRole('button', { name: '轉學', exact: true }).click();
    const form = dialog();
    expect(await form.textContent()).toContain('此操作不能復原');
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await page.locator('.pane-head .badge').textContent()).toBe('在讀');

    await page.getByRole('button', { name: '轉學', exact: true }).click();
    await form.getByLabel('轉往學校（選填）').fill('澳門培正中學');
    await form.getByLabel('原因（選填）').fill('搬家');
    await form.getByRole('button', { name: '確定轉學' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.pane-head .badge').textContent()).toBe('已轉學');
    expect(await page.getByRole('button', { name: '轉學', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: '轉學記錄' }).click();
    const row = page.locator('table.table tbody tr', { hasText: STUDENT });
    await expect.poll(() => row.textContent()).toContain('澳門培正中學');
    expect(await row.textContent()).toContain(CLASS);
    await screenshot(page, 'contacts-hs-8-transfers');
  });

  it('Should show the alumni QR code', async () => {
    await page.getByRole('button', { name: '校友二維碼' }).click();
    const img = page.getByRole('img', { name: '校友二維碼' });
    await img.waitFor();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const file = await downloadOf(page, () => page.getByRole('button', { name: '下載' }).click());
    expect(file.name).toBe('校友二維碼.svg');
    await screenshot(page, 'contacts-hs-9-alumni');
  });

  it('Should move through the tree with the keyboard', async () => {
    // the row, not the middle of the item (which holds the whole tree below it)
    await tree().getByRole('treeitem', { name: '全校' }).locator('.tree__row').first().click();
    await expect.poll(() => page.locator('.pane-head__title h2').textContent()).toBe('全校');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pane-head__title h2').textContent()).not.toBe('全校');
    expect(errors).toEqual([]);
  });
});
