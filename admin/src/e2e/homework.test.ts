import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/**
 * Issue 6's scenario (HW-05 … HW-12) on phones: 李老師 has a definition with four question
 * types (made through the API here), assigns it to 小三甲班 and 小三乙班 in the 功課 app; 黃小明
 * (a student account) and 陳嘉欣 (through her mother, who has two children) answer and submit;
 * the teacher grades, asks 陳嘉欣 to correct, publishes the scores; she corrects and submits
 * again; the teacher grades the correction, seals the homework (封存) and exports the results.
 */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const TITLE = '乘法練習（一）';

/** Tomorrow in Macao, as a `datetime-local` value at 18:00. */
function tomorrowAt18(): string {
  const d = new Date(Date.now() + 86_400_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 10)}T18:00`;
}

describe('功課 on phones (teacher, a student, a parent)', () => {
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];
  let assignmentUrl = '';
  let assignmentId = '';

  /** 李老師's session on the API (for what the scenario takes as given). */
  let call: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  let subjectId = '';
  let definitionId = '';

  /** 李老師 through the API: four published 數學 questions in a completed, scored definition. */
  async function makeDefinition() {
    const base = `${server.url}/api/s/B-888`;
    const signIn = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ login: 'teacher', password: 'demo1234' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { 'Content-Type': 'application/json', Origin: server.url, Cookie: cookie, 'X-CSRF-Token': csrfToken };
    call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      expect(res.ok, `${method} ${path}: ${text}`).toBe(true);
      return (text ? JSON.parse(text) : undefined) as T;
    };
    const subjects = await call<{ items: { id: string; code: string }[] }>('GET', '/home-school/subjects?enabled=1&pageSize=100');
    subjectId = subjects.items.find((s) => s.code === 'MATH')?.id ?? '';
    const o = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i + 1}`, text }));
    const questions = [
      { text: '3×4=?', type: 'single', body: { options: o('7', '12', '34') }, answerKey: { optionId: 'o2' }, score: 2 },
      {
        text: '把下列數字由大到小排列',
        type: 'ordering',
        body: { items: [{ id: 'a', text: '9' }, { id: 'b', text: '27' }, { id: 'c', text: '18' }] },
        answerKey: { order: ['b', 'c', 'a'] },
        score: 3,
      },
      { text: '5×6=____，6×7=____', type: 'fill', body: { blanks: 2 }, answerKey: { blanks: [['30', '三十'], ['42']] }, score: 2 },
      { text: '用一句話說明乘法是甚麼。', type: 'short', body: {}, answerKey: { accepted: [] }, score: 3 },
    ];
    const ids: string[] = [];
    for (const { score: _, ...q } of questions) ids.push((await call<{ id: string }>('POST', '/homework/questions', { subjectId, publish: true, ...q })).id);
    const def = await call<{ id: string }>('POST', '/homework/definitions', { title: '乘法練習', subjectId, scored: true });
    // answers the whole definition
    const withSection = await call<{ sections: { id: string }[] }>('POST', `/homework/definitions/${def.id}/sections`, { title: '一、乘法' });
    const section = withSection.sections[0];
    await call('POST', `/homework/definitions/${def.id}/sections/${section.id}/items`, { questionIds: ids });
    const detail = await call<{ sections: { items: { id: string; questionId: string }[] }[] }>('GET', `/homework/definitions/${def.id}`);
    for (const item of detail.sections.flatMap((s) => s.items)) {
      await call('PATCH', `/homework/definitions/${def.id}/items/${item.id}`, { score: questions[ids.indexOf(item.questionId)].score });
    }
    await call('POST', `/homework/definitions/${def.id}/complete`);
    definitionId = def.id;
  }

  /** A phone signed in with the SMS code, on the workbench. */
  async function phoneOf(phone: string): Promise<Page> {
    const { page } = await openPage(browser, { ...PHONE, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(`${phone}: ${e.message}`));
    await page.goto(`${server.url}/admin/B-888/m/sign-in`);
    await page.getByLabel('手機號碼').fill(phone);
    const since = Date.now();
    await page.getByRole('button', { name: '獲取驗證碼' }).click();
    await page.getByLabel('驗證碼').fill(await server.smsCode('853', phone, since));
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await page.waitForURL('**/B-888/m');
    return page;
  }

  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  /** Checks the phone screen fits, then saves it. */
  async function shot(page: Page, name: string) {
    expect(await overflows(page), `${name} is wider than the phone`).toBe(false);
    // the sticky top bar stays on top in a full-page picture
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  }
  /** A dialog over the screen: the phone's screen as seen, not the whole page. */
  async function dialogShot(page: Page, name: string) {
    await page.screenshot({ path: resolve(import.meta.dirname, '../../e2e-screenshots', `${name}.png`) });
  }
  const confirmDialog = async (page: Page, button: string) => {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  // each phone stays signed in (a second SMS code within the minute is refused)
  let teacher: Page;
  let student: Page;
  let parent: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await makeDefinition();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('HW-05 the teacher opens 功課 from the workbench and assigns the homework to two classes', async () => {
    teacher = await phoneOf('66000002');
    await teacher.getByRole('link', { name: /功課/ }).click();
    await teacher.waitForURL('**/B-888/m/apps/homework');
    await poll(() => teacher.locator('.hwm-count').textContent()).toContain('共');
    await shot(teacher, 'homework-01-teacher-list');
    await teacher.getByRole('link', { name: '佈置作業' }).click();
    await teacher.waitForURL('**/m/apps/homework/new');
    await poll(() => teacher.getByLabel('科目 *').locator('option').allTextContents()).toContain('數學');
    // nothing filled: each missing field says so
    await teacher.getByRole('button', { name: '發佈作業' }).click();
    await poll(() => teacher.getByRole('alert').allTextContents()).toEqual(expect.arrayContaining(['請填寫標題', '請選擇作業定義', '請選擇班級']));
    await teacher.getByLabel('標題 *').fill(TITLE);
    await teacher.getByLabel('介面答題').check();
    await teacher.getByLabel('科目 *').selectOption({ label: '數學' });
    await poll(() => teacher.getByLabel('作業定義 *').locator('option').allTextContents()).toContain('乘法練習（總分 10）');
    await teacher.getByLabel('作業定義 *').selectOption({ label: '乘法練習（總分 10）' });
    await teacher.getByLabel('小三甲班').check();
    await teacher.getByLabel('小三乙班').check();
    await teacher.getByLabel('截止時間').fill(tomorrowAt18());
    await shot(teacher, 'homework-02-assign-form');
    await teacher.getByRole('button', { name: '發佈作業' }).click();
    await poll(() => teacher.getByRole('dialog').textContent()).toContain(`將「${TITLE}」發給小三甲班、小三乙班的學生`);
    await dialogShot(teacher, 'homework-03-assign-confirm');
    await confirmDialog(teacher, '發佈作業');
    await teacher.waitForURL((url) => /\/m\/apps\/homework\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    assignmentUrl = teacher.url();
    assignmentId = assignmentUrl.split('/').at(-1) ?? '';
    await poll(() => teacher.getByRole('status').first().textContent()).toContain(`已發佈「${TITLE}」`);
    // 學生 4 (two in each class), none submitted
    await poll(() => teacher.locator('.hwm-stats strong').allTextContents()).toEqual(['4', '0', '0', '4']);
    await shot(teacher, 'homework-04-teacher-detail');
  });

  it('HW-05 定時發送 saves a draft that goes out at the time chosen', async () => {
    await teacher.getByRole('link', { name: '返回' }).click();
    await teacher.getByRole('link', { name: '佈置作業' }).click();
    await teacher.getByLabel('標題 *').fill('乘法練習（三）');
    await poll(() => teacher.getByLabel('作業定義 *').locator('option').allTextContents()).toContain('乘法練習（總分 10）');
    await teacher.getByLabel('作業定義 *').selectOption({ label: '乘法練習（總分 10）' });
    await teacher.getByLabel('小三乙班').check();
    // 定時發送 needs its time
    await teacher.getByRole('button', { name: '定時發送' }).click();
    await poll(() => teacher.getByRole('alert').allTextContents()).toEqual(['定時發送須選擇發送時間']);
    await teacher.getByLabel('定時發送', { exact: true }).fill(tomorrowAt18().replace('T18:00', 'T07:30'));
    await teacher.getByRole('button', { name: '定時發送' }).click();
    await teacher.waitForURL((url) => /\/m\/apps\/homework\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    await poll(() => teacher.getByRole('status').first().textContent()).toMatch(/已保存草稿「乘法練習（三）」，將於 \d{4}-\d\d-\d\d 07:30 發送/);
    await poll(() => teacher.locator('.hwm-head .hwm-tag').textContent()).toBe('草稿');
    expect(await teacher.locator('.hwm-students').count()).toBe(0);
    await shot(teacher, 'homework-04b-teacher-scheduled');
  });

  it('HW-07 黃小明 answers the four types on his phone, saves, then submits', async () => {
    student = await phoneOf('66000201');
    const phone = student;
    await phone.getByRole('link', { name: /功課/ }).click();
    await phone.waitForURL('**/m/apps/homework');
    const card = phone.locator('.hwm-card', { hasText: TITLE });
    await poll(() => card.textContent()).toContain('未開始');
    await shot(phone, 'homework-05-student-list');
    await card.click();
    await phone.waitForURL(/\/m\/apps\/homework\/[^/?]+\?student=/);
    await poll(() => phone.locator('.hwm-q').count()).toBe(4);
    await phone.getByLabel('12', { exact: true }).check();
    // ordering with the buttons: 27, 18, 9 whatever the shuffle
    const order = phone.locator('.hwm-order__text');
    for (const [i, want] of ['27', '18', '9'].entries()) {
      while ((await order.nth(i).textContent()) !== want) await phone.getByRole('button', { name: `上移「${want}」` }).click();
    }
    await phone.getByLabel('第 1 空').fill('30');
    await phone.getByLabel('第 2 空').fill('42');
    await phone.getByLabel('你的答案').fill('乘法是把相同的數連加起來的簡便算法。');
    await phone.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => phone.locator('.hwm-status').textContent()).toBe('已保存，可稍後繼續作答');
    await shot(phone, 'homework-06-student-answering');
    await phone.getByRole('button', { name: '提交', exact: true }).click();
    await poll(() => phone.getByRole('dialog').textContent()).toContain('提交後不能再修改');
    await dialogShot(phone, 'homework-07-student-submit-confirm');
    await confirmDialog(phone, '提交');
    await poll(() => phone.locator('.hwm-status').textContent()).toBe('已提交');
    await poll(() => phone.locator('.hwm-head .hwm-tag').allTextContents()).toContain('已提交');
    expect(await phone.getByRole('button', { name: '提交', exact: true }).count()).toBe(0);
    await shot(phone, 'homework-08-student-submitted');
  });

  it('HW-05 附件上傳: 黃小明 photographs his work and hands in the file', async () => {
    const tree = await call<{ campuses: { grades: { classes: { id: string; name: string }[] }[] }[] }>('GET', '/home-school/tree');
    const cls = tree.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes)).find((c) => c.name === '小三甲班');
    await call('POST', '/homework/assignments', { title: '乘法練習（二）拍照上傳', subjectId, definitionId, kind: 'upload', classIds: [cls?.id], publish: true });
    const phone = student;
    await phone.goto(`${server.url}/admin/B-888/m/apps/homework`);
    await phone.locator('.hwm-card', { hasText: '拍照上傳' }).click();
    await poll(() => phone.locator('.hwm-texts__q').count()).toBe(4);
    await phone.getByRole('button', { name: '提交', exact: true }).click();
    await poll(() => phone.getByRole('alert').first().textContent()).toBe('請先上傳作業文件');
    // a 1×1 PNG
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await phone.locator('.hwm-upload input[type=file]').setInputFiles({ name: '乘法練習.png', mimeType: 'image/png', buffer: png });
    await poll(() => phone.locator('.hwm-upload .hwm-files').textContent()).toContain('乘法練習.png');
    await shot(phone, 'homework-08b-student-upload');
    await phone.getByRole('button', { name: '提交', exact: true }).click();
    await confirmDialog(phone, '提交');
    await poll(() => phone.locator('.hwm-status').textContent()).toBe('已提交');
    await poll(() => phone.locator('.hwm-files a').textContent()).toContain('乘法練習.png');
    await shot(phone, 'homework-08c-student-upload-submitted');
  });

  it('HW-12 陳媽媽 switches to 陳嘉欣 and answers for her, with a wrong order', async () => {
    parent = await phoneOf('66000102');
    const phone = parent;
    await phone.goto(`${server.url}/admin/B-888/m/apps/homework`);
    const switcher = phone.locator('.m-child__button');
    await switcher.waitFor();
    if (!((await switcher.textContent()) ?? '').includes('陳嘉欣')) {
      await switcher.click();
      await phone.getByRole('button', { name: /陳嘉欣/ }).click();
    }
    const card = phone.locator('.hwm-card', { hasText: TITLE });
    await poll(() => card.textContent()).toContain('未開始');
    await shot(phone, 'homework-09-parent-list');
    await card.click();
    await poll(() => phone.locator('.hwm-q').count()).toBe(4);
    await poll(() => phone.locator('.hwm-head').textContent()).toContain('學生：陳嘉欣');
    await phone.getByLabel('34', { exact: true }).check();
    // smallest first: the wrong way round (only 18 in its place)
    const order = phone.locator('.hwm-order__text');
    for (const [i, want] of ['9', '18', '27'].entries()) {
      while ((await order.nth(i).textContent()) !== want) await phone.getByRole('button', { name: `上移「${want}」` }).click();
    }
    await phone.getByLabel('第 1 空').fill('三十');
    await phone.getByLabel('第 2 空').fill('40');
    await phone.getByLabel('你的答案').fill('乘法就是加法。');
    await phone.getByRole('button', { name: '提交', exact: true }).click();
    await poll(() => phone.getByRole('dialog').textContent()).toContain('為陳嘉欣提交後不能再修改');
    await confirmDialog(phone, '提交');
    await poll(() => phone.locator('.hwm-status').textContent()).toBe('已提交');
    await shot(phone, 'homework-10-parent-submitted');

    // the demo's 三年級數學練習 shows the other types: multiple, true/false, matching
    await phone.getByRole('link', { name: '返回' }).click();
    await phone.locator('.hwm-card', { hasText: '三年級數學練習' }).click();
    await poll(() => phone.locator('.hwm-q').count()).toBe(7);
    const evens = phone.locator('.hwm-q', { hasText: '下列哪些是偶數' });
    await evens.getByLabel('2', { exact: true }).check();
    await evens.getByLabel('4', { exact: true }).check();
    await phone.getByLabel('✗ 錯誤').check();
    await phone.getByLabel('2×3').selectOption({ label: '6' });
    await phone.getByLabel('4×4').selectOption({ label: '16' });
    await phone.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => phone.locator('.hwm-status').textContent()).toBe('已保存，可稍後繼續作答');
    expect(await phone.getByLabel('2×3').inputValue()).not.toBe('');
    await shot(phone, 'homework-10b-parent-more-types');
  });

  it('HW-07 the teacher sees who has not submitted, grades 黃小明, and asks 陳嘉欣 to correct', async () => {
    await teacher.goto(assignmentUrl);
    await poll(() => teacher.locator('.hwm-stats strong').allTextContents()).toEqual(['4', '2', '0', '2']);
    await teacher.getByRole('button', { name: /^未提交/ }).click();
    await poll(async () => (await teacher.locator('.hwm-row__name').allTextContents()).sort()).toEqual(['吳思穎', '林子軒'].sort());
    await shot(teacher, 'homework-11-teacher-not-submitted');
    await teacher.getByRole('button', { name: /^待批改/ }).click();
    await poll(() => teacher.locator('.hwm-row__name').count()).toBe(2);
    await teacher.locator('.hwm-row', { hasText: '黃小明' }).click();
    await teacher.waitForURL(/\/s\/[^/]+$/);
    await poll(() => teacher.locator('.hwm-student__name').textContent()).toBe('黃小明');
    // the objective three are marked already: 2 + 3 + 2
    await poll(() => teacher.locator('.hwm-big-score').textContent()).toBe('未完成批改 · 總分 10');
    await poll(() => teacher.locator('.hwm-mark--right').count()).toBe(3);
    await teacher.getByLabel('分數（滿分 3）').fill('5');
    await teacher.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => teacher.getByRole('alert').first().textContent()).toContain('分數不能超過 3');
    await teacher.getByLabel('分數（滿分 3）').fill('3');
    await teacher.getByLabel('此題備注').fill('說得很好');
    await teacher.getByLabel('備注', { exact: true }).fill('全對，做得好！');
    await teacher.getByLabel('完結').check();
    await shot(teacher, 'homework-12-teacher-grading');
    await teacher.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => teacher.locator('.hwm-grade .hwm-status').textContent()).toBe('已保存批改');
    await poll(() => teacher.locator('.hwm-big-score strong').textContent()).toBe('10');

    // 陳嘉欣 comes before him in 小三甲班
    await teacher.getByRole('link', { name: /上一份作業/ }).click();
    await poll(() => teacher.locator('.hwm-student__name').textContent()).toBe('陳嘉欣');
    // 34 is wrong; the order (only 18 in place) and the blanks (one of two) are partly right
    await poll(() => teacher.locator('.hwm-mark--wrong').count()).toBe(1);
    await poll(() => teacher.locator('.hwm-mark--partial').count()).toBe(2);
    await teacher.getByLabel('分數（滿分 3）').fill('1');
    await teacher.getByLabel('備注', { exact: true }).fill('請再想想乘法的意思，並檢查第1、2題。');
    await teacher.getByLabel('需訂正').check();
    await teacher.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => teacher.locator('.hwm-grade .hwm-status').textContent()).toBe('已保存批改');
    await poll(() => teacher.locator('.hwm-student .hwm-tag--correction').count()).toBe(1);
    await shot(teacher, 'homework-13-teacher-correction');
  });

  it('HW-08 the teacher publishes the scores (反饋)', async () => {
    await teacher.goto(assignmentUrl);
    await teacher.getByRole('button', { name: '發佈分數' }).click();
    await poll(() => teacher.getByRole('dialog').textContent()).toContain('狀態變為反饋');
    await confirmDialog(teacher, '發佈分數');
    await poll(() => teacher.getByRole('status').first().textContent()).toBe('已發佈分數，狀態變為反饋');
    await poll(() => teacher.locator('.hwm-head .hwm-tag').textContent()).toBe('反饋');
    await shot(teacher, 'homework-14-teacher-feedback');
    await teacher.getByRole('link', { name: '返回' }).click();
    await poll(() => teacher.locator('.hwm-card', { hasText: TITLE }).textContent()).toContain('已提交 2/4 · 已批改 2');
    await shot(teacher, 'homework-14b-teacher-list');
  });

  it('HW-09 陳嘉欣 opens it from the message link, sees 需訂正, corrects and submits again', async () => {
    const phone = parent;
    // where 消息提醒 leads (/m/open/homework/<assignment id>)
    await phone.goto(`${server.url}/admin/B-888/m/open/homework/${assignmentId}`);
    await phone.waitForURL(`**/m/apps/homework/${assignmentId}`);
    await poll(() => phone.locator('.hwm-result').textContent()).toContain('需訂正');
    await poll(() => phone.locator('.hwm-result').textContent()).toContain('請再想想乘法的意思');
    await poll(() => phone.locator('.hwm-big-score').textContent()).toMatch(/^\d+(\.\d+)? \/ 10$/);
    await phone.getByRole('button', { name: '第1次作答' }).click();
    // the choice wrong; the order, the blanks and the short answer (1 of 3) partly right
    await poll(() => phone.locator('.hwm-mark--wrong').count()).toBe(1);
    await poll(() => phone.locator('.hwm-mark--partial').count()).toBe(3);
    await shot(phone, 'homework-15-parent-first-attempt');
    await phone.getByRole('button', { name: '訂正', exact: true }).click();
    // starts from the answers returned
    await poll(() => phone.getByLabel('第 1 空').inputValue()).toBe('三十');
    await phone.getByLabel('12', { exact: true }).check();
    const order = phone.locator('.hwm-order__text');
    for (const [i, want] of ['27', '18', '9'].entries()) {
      while ((await order.nth(i).textContent()) !== want) await phone.getByRole('button', { name: `上移「${want}」` }).click();
    }
    await phone.getByLabel('第 2 空').fill('42');
    await phone.getByLabel('你的答案').fill('乘法是求幾個相同數相加的和的簡便算法。');
    await shot(phone, 'homework-16-parent-correcting');
    await phone.getByRole('button', { name: '提交訂正' }).click();
    await confirmDialog(phone, '提交');
    await poll(() => phone.locator('.hwm-status').textContent()).toBe('已提交');
    await poll(() => phone.getByRole('button', { name: '第2次作答' }).count()).toBe(1);
    await shot(phone, 'homework-17-parent-resubmitted');
  });

  it('HW-09 the teacher grades the second attempt of 陳嘉欣', async () => {
    await teacher.goto(assignmentUrl);
    await teacher.getByRole('button', { name: /^待批改/ }).click();
    await teacher.locator('.hwm-row', { hasText: '陳嘉欣' }).click();
    await poll(() => teacher.locator('.hwm-student__name').textContent()).toBe('陳嘉欣');
    await poll(() => teacher.getByRole('button', { name: '第2次作答' }).getAttribute('aria-pressed')).toBe('true');
    await teacher.getByLabel('分數（滿分 3）').fill('3');
    await teacher.getByLabel('備注', { exact: true }).fill('訂正得很好。');
    // after 發佈分數: 保存 (完結) beside 退回訂正
    expect(await teacher.getByRole('button', { name: '退回訂正' }).count()).toBe(1);
    await shot(teacher, 'homework-18-teacher-second-attempt');
    await teacher.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => teacher.locator('.hwm-grade .hwm-status').textContent()).toBe('已保存批改');
    await poll(() => teacher.locator('.hwm-student .hwm-tag--graded').count()).toBe(1);
  });

  it('HW-10/HW-11 the teacher seals the homework and exports the results', async () => {
    await teacher.goto(assignmentUrl);
    await teacher.getByRole('button', { name: '封存' }).click();
    await poll(() => teacher.getByRole('dialog').textContent()).toContain('狀態變為已完結');
    await dialogShot(teacher, 'homework-19-teacher-seal-confirm');
    await confirmDialog(teacher, '封存');
    await poll(() => teacher.locator('.hwm-head .hwm-tag').textContent()).toBe('已完結');
    expect(await teacher.getByRole('button', { name: '發佈分數' }).count()).toBe(0);
    await poll(() => teacher.locator('.hwm-stats strong').allTextContents()).toEqual(['4', '2', '2', '2']);
    await shot(teacher, 'homework-20-teacher-closed');

    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: '導出Excel' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    for (const sheet of wb.worksheets) sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const row = (name: string) => rows.find((r) => r[1] === name);
    expect(row('黃小明')?.slice(0, 6)).toEqual(['小三甲班', '黃小明', '已批改', '否', '1', '10']);
    expect(row('陳嘉欣')?.slice(0, 6)).toEqual(['小三甲班', '陳嘉欣', '已批改', '否', '2', '10']);
    expect(row('林子軒')?.[2]).toBe('未開始');

    // the grading is closed too
    await teacher.locator('.hwm-row', { hasText: '黃小明' }).click();
    await poll(() => teacher.locator('.hwm-note').first().textContent()).toContain('作業已完結');
    expect(await teacher.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    await teacher.context().close();
  });

  it('HW-10 黃小明 sees his score and marks, read-only', async () => {
    const phone = student;
    await phone.goto(`${server.url}/admin/B-888/m/apps/homework`);
    const card = phone.locator('.hwm-card', { hasText: TITLE });
    await poll(() => card.textContent()).toContain('10 / 10');
    await shot(phone, 'homework-21-student-list-scored');
    await card.click();
    await poll(() => phone.locator('.hwm-result').textContent()).toContain('全對，做得好！');
    await poll(() => phone.locator('.hwm-note').first().textContent()).toContain('作業已完結');
    await poll(() => phone.locator('.hwm-mark').count()).toBe(4);
    expect(await phone.getByRole('button', { name: '提交', exact: true }).count()).toBe(0);
    await shot(phone, 'homework-22-student-closed');
    await phone.context().close();
    expect(errors).toEqual([]);
  });
});
