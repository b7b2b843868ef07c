import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

// A demo bureau student nobody has subscribed yet (api/src/platform/bureau/demo-data.json).
const STUDENT = { name: '陳家豪', className: '小四甲班', educationId: '1234567-8', birthDate: '20170514' };
const SECOND = { name: '何俊熙', className: '小四乙班', educationId: '1790263-9', birthDate: '20171201' };
const THIRD = { name: '黃梓晴', className: '小一乙班', educationId: '2038164-2', birthDate: '20201121' };
const PHONE_NO = '66001888';

describe('訂閱: a parent subscribes on a phone (390×844)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let codeSentAt = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser, PHONE));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const overflows = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  it('Should open the terms from the QR link without signing in, then 同意', async () => {
    await page.goto(`${server.url}/admin/B-888/m/subscribe?kind=family`);
    await expect.poll(() => page.locator('.sub__kind').textContent()).toBe('家長/學生訂閱');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('訂閱教青局個人化通知服務');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'subscribe-1-terms');
    await page.getByRole('button', { name: '同意' }).click();
    expect(await page.getByLabel('地區').locator('option').allTextContents()).toEqual(['+853(中國澳門)', '+86(中國大陸)', '+852(中國香港)', '其他']);
  });

  it('Should ask a mainland phone twice and say when both differ', async () => {
    await page.getByLabel('地區').selectOption('86');
    await page.getByLabel('手機 (手機號須綁定微信)').fill('13800138000');
    await page.getByLabel('再次輸入手機號').fill('13800138001');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.locator('#sub-phone-confirm-error').textContent()).toBe('兩次輸入的手機號碼不一致');
    await screenshot(page, 'subscribe-2-mainland-mismatch');
    await page.getByLabel('地區').selectOption('853');
  });

  it('Should verify a Macao phone with the SMS code', async () => {
    await page.getByText('家長', { exact: true }).click();
    await page.getByLabel('手機 (手機號須綁定微信)').fill(PHONE_NO);
    const since = Date.now();
    codeSentAt = since;
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await expect.poll(() => page.locator('.m-code-button').textContent()).toMatch(/秒後重發/);
    const code = await server.smsCode('853', PHONE_NO, since);
    await page.getByLabel('驗證碼').fill(code);
    expect(await overflows()).toBe(false);
    await screenshot(page, 'subscribe-3-phone-code');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByLabel('學生姓名').count()).toBe(1);
  });

  it('Should refuse a missing class next to 班級, then take the student, class and relation', async () => {
    await page.getByLabel('學生姓名').fill(STUDENT.name);
    await page.getByLabel('關係').selectOption('媽媽');
    await page.getByRole('button', { name: '掃描教育證' }).click();
    await expect.poll(() => page.locator('.field--invalid').textContent()).toContain('班級');
    await page.getByLabel('班級').selectOption({ label: STUDENT.className });
    expect(await overflows()).toBe(false);
    await screenshot(page, 'subscribe-4-profile');
    await page.getByRole('button', { name: '掃描教育證' }).click();
    await page.getByLabel('教育證編號').fill(STUDENT.educationId);
    await screenshot(page, 'subscribe-5-card');
    await page.getByRole('button', { name: '下一步' }).click();
  });

  it('Should refuse a wrong birth date next to the field and store nothing', async () => {
    await page.getByLabel('請輸入出生日期').fill('19850101');
    await page.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => page.locator('#sub-birth-error').textContent()).toContain('出生日期與教育證的記錄不符');
    expect(await page.getByLabel('請輸入出生日期').getAttribute('aria-invalid')).toBe('true');
    expect(await overflows()).toBe(false);
    await screenshot(page, 'subscribe-6-wrong-birth-date');
  });

  it('Should subscribe with the right birth date and list the card', async () => {
    await page.getByLabel('請輸入出生日期').fill(STUDENT.birthDate);
    await page.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => page.locator('.sub__state').textContent()).toContain('訂閱成功');
    await expect.poll(() => page.locator('.sub__cards').textContent()).toContain(STUDENT.educationId);
    expect(await page.locator('.sub__cards').textContent()).toContain(STUDENT.className);
    expect(await overflows()).toBe(false);
    await screenshot(page, 'subscribe-7-done');
  });

  it('Should add a second child with 添加學生 and refuse the same card twice', async () => {
    await page.getByRole('button', { name: '添加學生' }).click();
    await page.getByLabel('學生姓名').fill(SECOND.name);
    await page.getByLabel('班級').selectOption({ label: SECOND.className });
    await page.getByLabel('關係').selectOption('媽媽');
    await screenshot(page, 'subscribe-8-add-student');
    await page.getByRole('button', { name: '下一步' }).click();
    // the first child's card again (ID-02)
    await page.getByLabel('教育證編號').fill(STUDENT.educationId);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('請輸入出生日期').fill(STUDENT.birthDate);
    await page.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => page.locator('.field__error').first().textContent()).toBeTruthy();
    await screenshot(page, 'subscribe-9-same-card');
    await page.getByLabel('教育證編號').fill(SECOND.educationId);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('請輸入出生日期').fill(SECOND.birthDate);
    await page.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => page.locator('.sub__cards li').count()).toBe(2);
    await screenshot(page, 'subscribe-10-two-children');
  });

  // one SMS code per phone a minute (api/src/lib/rate-limit.ts), whatever it is for
  it('Should sign the new parent in and show the workbench', { timeout: 120_000 }, async () => {
    await new Promise((r) => setTimeout(r, Math.max(0, codeSentAt + 61_000 - Date.now())));
    await page.getByRole('link', { name: '進入智慧校園' }).click();
    await page.waitForURL('**/B-888/m/sign-in');
    await page.getByLabel('手機號碼').fill(PHONE_NO);
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    const code = await server.smsCode('853', PHONE_NO, since);
    await page.getByLabel('驗證碼').fill(code);
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(STUDENT.name);
    await screenshot(page, 'subscribe-11-workbench');
  });

  it('SUB-04 signed in, 查看已訂閱教育證 lists both children and 添加學生 adds a third with its own card', async () => {
    await page.goto(`${server.url}/admin/B-888/m/identities`);
    await expect.poll(() => page.locator('.sub__cards li').count()).toBe(2);
    expect(await page.locator('.sub-my__identities').textContent()).toContain('家長');
    await page.getByRole('button', { name: '添加學生' }).click();
    await page.getByLabel('學生姓名').fill(THIRD.name);
    await page.getByLabel('班級').selectOption({ label: THIRD.className });
    await page.getByLabel('關係').selectOption('媽媽');
    await page.getByRole('button', { name: '下一步' }).click();
    // ID-02: a card already subscribed for another child is refused
    await page.getByLabel('教育證編號').fill(SECOND.educationId);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('請輸入出生日期').fill(SECOND.birthDate);
    await page.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => page.locator('.field__error').first().textContent()).toBeTruthy();
    await page.getByLabel('教育證編號').fill(THIRD.educationId);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('請輸入出生日期').fill(THIRD.birthDate);
    await page.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => page.locator('.sub__cards li').count()).toBe(3);
    expect(await page.locator('.notice').textContent()).toBe('已添加學生');
    expect(await page.locator('.sub__cards').textContent()).toContain(THIRD.className);
    expect(await overflows()).toBe(false);
    await screenshot(page, 'subscribe-12-identities');
    expect(errors).toEqual([]);
  });
});
