import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

// Staff cards of the demo bureau (api/src/platform/bureau/demo-data.json): 李美玲 holds a
// teacher card and a staff card; 王家明 and 何志強 one each.
const TEACHER = { name: '李美玲', phone: '66001901', teacherCard: '0712345-6', staffCard: '0712346-4', birthDate: '19850312' };
const APPLICANT = { name: '王家明', phone: '66001902', card: '0534568-3', birthDate: '19820620' };
const REFUSED = { name: '何志強', phone: '66001903', card: '0623457-1', birthDate: '19791102' };
const ADMIN_PHONE = '66000001';

/**
 * 教職員訂閱 and 管理員訂閱 (manual §1; SUB-01, SUB-02, SUB-03, ID-01) in the browser: a teacher
 * subscribes through the staff QR flow (部門, 添加班級, the teacher card) and adds the staff card
 * (掃描職員證); two admin applicants wait for approval; the existing admin approves one on the
 * back-office screen (the 管理員 tag) and refuses the other from the message on the phone.
 */
describe('訂閱: staff and admin subscription', () => {
  let server: TestServer;
  let browser: Browser;
  let errors: string[] = [];
  let teacher: Page;
  const codeSentAt: Record<string, number> = {};

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function phonePage(): Promise<Page> {
    const opened = await openPage(browser, PHONE);
    opened.page.on('pageerror', (e) => errors.push(e.message));
    return opened.page;
  }
  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  /** From the QR link to the profile form: 同意, identity, +853 phone and its SMS code. */
  async function upToProfile(page: Page, kind: 'staff' | 'admin', identity: '教學人員' | '學校職員', phone: string) {
    await page.goto(`${server.url}/admin/B-888/m/subscribe?kind=${kind}`);
    await page.getByRole('button', { name: '同意' }).click();
    await page.getByText(identity, { exact: true }).click();
    await page.getByLabel('手機 (手機號須綁定微信)').fill(phone);
    codeSentAt[phone] = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await page.getByLabel('驗證碼').fill(await server.smsCode('853', phone, codeSentAt[phone]));
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByLabel('姓名').count()).toBe(1);
  }

  /** 掃描教育證 → the number → 下一步 → 出生日期 → 確定. */
  async function card(page: Page, number: string, birthDate: string) {
    await page.getByLabel('教育證編號').fill(number);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('請輸入出生日期').fill(birthDate);
    await page.getByRole('button', { name: '確定' }).click();
  }

  it('SUB-02 a teacher subscribes by the staff QR code: 部門, 添加班級, the teacher card', async () => {
    teacher = await phonePage();
    await upToProfile(teacher, 'staff', '教學人員', TEACHER.phone);
    await teacher.getByLabel('姓名').fill(TEACHER.name);
    await teacher.getByLabel('小學部').check();
    await teacher.getByLabel('中文科組').first().check();
    await expect.poll(() => teacher.locator('.sub__warn').textContent()).toContain('老師請添加班級');
    await teacher.getByRole('button', { name: '添加班級' }).click();
    await teacher.getByLabel('班級').selectOption({ label: '小二甲班' });
    await teacher.getByLabel('科目').selectOption({ label: '中文' });
    expect(await overflows(teacher)).toBe(false);
    await screenshot(teacher, 'subscribe-staff-1-profile');
    await teacher.getByRole('button', { name: '掃描教育證' }).click();
    await card(teacher, TEACHER.teacherCard, TEACHER.birthDate);
    await expect.poll(() => teacher.locator('.sub__state').textContent()).toContain('訂閱成功');
    await teacher.getByRole('button', { name: '查看已訂閱教育證' }).click();
    expect(await teacher.locator('.sub__cards').textContent()).toContain(TEACHER.teacherCard);
    await screenshot(teacher, 'subscribe-staff-2-done');
  });

  it('SUB-03 掃描職員證: the second identity with its own card; both are listed', async () => {
    await teacher.getByRole('button', { name: '掃描職員證' }).click();
    await teacher.getByLabel('教育證編號').fill(TEACHER.staffCard);
    await teacher.getByRole('button', { name: '下一步' }).click();
    await teacher.getByLabel('請輸入出生日期').fill('19850313');
    await teacher.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => teacher.locator('#sub-birth-error').textContent()).toContain('出生日期與教育證的記錄不符');
    await teacher.getByLabel('請輸入出生日期').fill(TEACHER.birthDate);
    await teacher.getByRole('button', { name: '確定' }).click();
    await expect.poll(() => teacher.locator('.sub__cards li').count()).toBe(2);
    expect(await teacher.locator('.sub__facts').textContent()).toContain('教學人員、學校職員');
    expect(await teacher.locator('.notice').textContent()).toContain('已訂閱學校職員身份');
    expect(await overflows(teacher)).toBe(false);
    await screenshot(teacher, 'subscribe-staff-3-two-identities');
  });

  let applicant: Page;
  let refused: Page;
  it('SUB-01 two admin applicants subscribe with the admin QR code and wait for approval', async () => {
    applicant = await phonePage();
    await upToProfile(applicant, 'admin', '學校職員', APPLICANT.phone);
    await applicant.getByLabel('姓名').fill(APPLICANT.name);
    await applicant.getByRole('button', { name: '掃描教育證' }).click();
    await card(applicant, APPLICANT.card, APPLICANT.birthDate);
    await expect.poll(() => applicant.locator('.sub__state').textContent()).toBe('等待審批');
    await screenshot(applicant, 'subscribe-admin-1-pending');
    refused = await phonePage();
    await upToProfile(refused, 'admin', '學校職員', REFUSED.phone);
    await refused.getByLabel('姓名').fill(REFUSED.name);
    await refused.getByRole('button', { name: '掃描教育證' }).click();
    await card(refused, REFUSED.card, REFUSED.birthDate);
    await expect.poll(() => refused.locator('.sub__state').textContent()).toBe('等待審批');
  });

  it('SUB-01 the existing admin opens 管理員訂閱審批 from the menu and approves: the applicant joins with the 管理員 tag', async () => {
    const { page: desk, errors: deskErrors } = await openPage(browser, { viewport: { width: 1280, height: 860 } });
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    await desk.getByLabel('帳號或手機號碼').fill('admin');
    await desk.getByLabel('密碼', { exact: true }).fill('demo1234');
    await desk.getByRole('button', { name: '登入', exact: true }).click();
    await desk.waitForURL('**/admin/B-888');
    const menu = desk.getByRole('navigation', { name: '主選單' });
    await menu.getByText('通訊錄', { exact: true }).first().click().catch(() => undefined);
    await menu.getByRole('link', { name: '管理員訂閱審批' }).click();
    await desk.waitForURL('**/B-888/subscription/requests');
    await expect.poll(() => desk.locator('table.table tbody tr').count()).toBe(2);
    expect(await desk.locator('.pager__summary').textContent()).toContain('共 2 項');
    await screenshot(desk, 'subscribe-admin-2-requests');
    await desk.getByRole('button', { name: `同意 ${APPLICANT.name}` }).click();
    const dialog = desk.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('管理員');
    await screenshot(desk, 'subscribe-admin-3-confirm');
    await dialog.getByRole('button', { name: '同意', exact: true }).click();
    await expect.poll(() => desk.locator('.notice').textContent()).toContain(`已同意「${APPLICANT.name}」`);
    await expect.poll(() => desk.locator('table.table tbody tr').count()).toBe(1);
    await desk.getByRole('button', { name: '已同意' }).click();
    await desk.getByRole('link', { name: APPLICANT.name }).click();
    await desk.waitForURL('**/subscription/requests/*');
    await expect.poll(() => desk.locator('.req__decided').textContent()).toContain('陳校長');
    expect(await desk.locator('.req__tag').textContent()).toBe('管理員');
    await screenshot(desk, 'subscribe-admin-4-approved');
    // in the contacts as staff, not joined until the invitation is accepted
    const members = await desk.evaluate(async (name) => (await (await fetch(`/api/s/B-888/members?q=${encodeURIComponent(name)}`)).json()) as { items: { name: string }[] }, APPLICANT.name);
    expect(members.items.map((m) => m.name)).toEqual([APPLICANT.name]);
    expect(deskErrors).toEqual([]);
  });

  it('SUB-01 the approved applicant’s page says so after a reload', async () => {
    await applicant.reload();
    await expect.poll(() => applicant.locator('.sub__state').textContent()).toContain('審批已通過');
    await screenshot(applicant, 'subscribe-admin-5-approved');
  });

  it('SUB-01 the admin opens the message on the phone and refuses the other applicant with a reason', async () => {
    const phone = await phonePage();
    await phone.goto(`${server.url}/admin/B-888/m/sign-in`);
    await phone.getByLabel('手機號碼').fill(ADMIN_PHONE);
    const since = Date.now();
    await phone.getByRole('button', { name: '獲取驗證碼' }).click();
    await phone.getByLabel('驗證碼').fill(await server.smsCode('853', ADMIN_PHONE, since));
    await phone.getByRole('button', { name: '登入', exact: true }).click();
    await phone.waitForURL('**/B-888/m');
    await phone.goto(`${server.url}/admin/B-888/m/messages`);
    await phone.getByRole('button', { name: new RegExp(REFUSED.name) }).click();
    await phone.getByRole('link', { name: '查看詳情' }).click();
    await phone.waitForURL('**/m/open/admin-request/*');
    await expect.poll(() => phone.locator('#review-title').textContent()).toBe(REFUSED.name);
    expect(await overflows(phone)).toBe(false);
    await screenshot(phone, 'subscribe-admin-6-message-review');
    await phone.getByRole('button', { name: `拒絕 ${REFUSED.name}` }).click();
    await phone.getByLabel('拒絕原因（選填，會以短訊告知申請人）').fill('非本校職員');
    await phone.getByRole('dialog').getByRole('button', { name: '拒絕', exact: true }).click();
    await expect.poll(() => phone.locator('.sub-review .badge').textContent()).toBe('已拒絕');
    await screenshot(phone, 'subscribe-admin-7-refused');
    await refused.reload();
    await expect.poll(() => refused.locator('.sub__state').textContent()).toBe('申請未獲通過');
    expect(await refused.locator('.sub__done').textContent()).toContain('非本校職員');
    await screenshot(refused, 'subscribe-admin-8-refused-applicant');
  });

  // one SMS code per phone a minute (api/src/lib/rate-limit.ts)
  it('SUB-03 the teacher signs in and 查看已訂閱教育證 lists both identities and cards', { timeout: 120_000 }, async () => {
    await new Promise((r) => setTimeout(r, Math.max(0, codeSentAt[TEACHER.phone] + 61_000 - Date.now())));
    await teacher.goto(`${server.url}/admin/B-888/m/sign-in`);
    await teacher.getByLabel('手機號碼').fill(TEACHER.phone);
    const since = Date.now();
    await teacher.getByRole('button', { name: '獲取驗證碼' }).click();
    await teacher.getByLabel('驗證碼').fill(await server.smsCode('853', TEACHER.phone, since));
    await teacher.getByRole('button', { name: '登入', exact: true }).click();
    await teacher.waitForURL('**/B-888/m');
    // scanning the staff code again: already subscribed, with the way to the cards
    await teacher.goto(`${server.url}/admin/B-888/m/subscribe?kind=staff`);
    await teacher.getByRole('link', { name: '查看已訂閱教育證' }).click();
    await teacher.waitForURL('**/B-888/m/identities');
    await expect.poll(() => teacher.locator('.sub__cards li').count()).toBe(2);
    const text = await teacher.locator('main').textContent();
    for (const expected of [TEACHER.teacherCard, TEACHER.staffCard, '教學人員、學校職員']) expect(text).toContain(expected);
    expect(await teacher.getByRole('button', { name: /掃描/ }).count()).toBe(0);
    expect(await overflows(teacher)).toBe(false);
    await screenshot(teacher, 'subscribe-staff-4-identities');
    expect(errors).toEqual([]);
  });
});
