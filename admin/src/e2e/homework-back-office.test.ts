import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { startServer, type TestServer } from './server';

/**
 * Issue 6's back-office scenario (HW-01 … HW-11, TT-07): 李老師 writes questions of four types
 * (單選, 多選, 填空, 簡答), builds a definition of two sections, completes it, assigns it to
 * 小三甲班 and 小三乙班; two students hand it in (through the API, as their phones would); the
 * teacher grades on the 答題詳情 / 批改 screens, publishes the scores and archives it.
 */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

const DEF = '第三單元練習';
const HW = '第三單元功課';

describe('功課 back-office (teacher on the desktop)', () => {
  let server: TestServer;
  let browser: Browser;
  let desk: Page;
  let errors: string[];
  let assignmentUrl = '';

  /** Signs a student in with the SMS code (mobile session) and hands in answers to the homework. */
  async function handIn(phone: string, pick: (q: { type: string; text: string; body: Record<string, unknown> }) => unknown) {
    const base = `${server.url}/api/s/B-888`;
    const json = { 'Content-Type': 'application/json', Origin: server.url };
    const since = Date.now();
    expect((await fetch(`${base}/auth/code`, { method: 'POST', headers: json, body: JSON.stringify({ areaCode: '853', phone }) })).status).toBeLessThan(300);
    const code = await server.smsCode('853', phone, since);
    const signIn = await fetch(`${base}/auth/code/sign-in`, { method: 'POST', headers: json, body: JSON.stringify({ areaCode: '853', phone, code }) });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { ...json, Cookie: cookie, 'X-CSRF-Token': csrfToken };
    const mine = (await (await fetch(`${base}/homework/mine`, { headers })).json()) as { items: { id: string; title: string }[] };
    const hw = mine.items.find((i) => i.title === HW);
    expect(hw, JSON.stringify(mine)).toBeTruthy();
    const detail = (await (await fetch(`${base}/homework/mine/${hw?.id}`, { headers })).json()) as {
      sections: { items: { questionId: string; type: string; text: string; body: Record<string, unknown> }[] }[];
    };
    const answers = Object.fromEntries(detail.sections.flatMap((s) => s.items).map((q) => [q.questionId, pick(q)]));
    const put = await fetch(`${base}/homework/mine/${hw?.id}`, { method: 'PUT', headers, body: JSON.stringify({ answers, submit: true }) });
    expect(put.status, await put.clone().text()).toBe(200);
  }
  const option = (q: { body: Record<string, unknown> }, text: string) => (q.body.options as { id: string; text: string }[]).find((o) => o.text === text)?.id;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page: desk, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, acceptDownloads: true }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('TT-07 the super admin adds a subject and disables it after the warning', async () => {
    const { page: admin } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await admin.goto(`${server.url}/admin/B-888/sign-in`);
    await admin.getByLabel('帳號或手機號碼').fill('admin');
    await admin.getByLabel('密碼', { exact: true }).fill('demo1234');
    await admin.getByRole('button', { name: '登入', exact: true }).click();
    await admin.waitForURL('**/admin/B-888');
    await admin.goto(`${server.url}/admin/B-888/teaching/subjects`);
    await poll(() => admin.locator('tbody tr').count()).toBeGreaterThan(3);
    await admin.getByRole('button', { name: '+ 添加' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('科目 *').fill('視藝');
    await dialog.getByLabel('編碼 *').fill('va');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(() => admin.getByRole('row', { name: /視藝/ }).textContent()).toContain('VA');
    await admin.getByRole('button', { name: '禁用 視藝' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '禁用' }).click();
    await poll(() => admin.getByRole('row', { name: /視藝/ }).textContent()).toContain('已禁用');
    await screenshot(admin, 'homework-back-office-1-subjects');
    await admin.context().close();
  });

  it('HW-01 李老師 writes a 單選 question and publishes it after the warning', async () => {
    await desk.goto(`${server.url}/admin/B-888/sign-in`);
    await desk.getByLabel('帳號或手機號碼').fill('teacher');
    await desk.getByLabel('密碼', { exact: true }).fill('demo1234');
    await desk.getByRole('button', { name: '登入', exact: true }).click();
    await desk.waitForURL('**/admin/B-888');
    await desk.locator('summary', { hasText: '功課' }).click();
    await desk.getByRole('link', { name: '題庫' }).click();
    await desk.waitForURL('**/homework/questions');
    await poll(() => desk.locator('tbody tr').count()).toBeGreaterThan(1);
    await screenshot(desk, 'homework-back-office-2-questions');

    await desk.getByRole('link', { name: '+ 添加' }).click();
    await desk.waitForURL('**/homework/questions/new');
    // 發佈 with nothing filled names what is missing
    await desk.getByRole('button', { name: '發佈' }).click();
    await poll(() => desk.getByRole('alert').allTextContents()).toContain('請填寫題目');
    await desk.getByLabel('題目 *').fill('5+3=?');
    await desk.getByLabel('科目 *').selectOption({ label: '數學' });
    await desk.getByLabel('選項 A', { exact: true }).fill('8');
    await desk.getByLabel('選項 B', { exact: true }).fill('7');
    await desk.getByRole('button', { name: '+ 添加選項' }).click();
    await desk.getByLabel('選項 C', { exact: true }).fill('9');
    await desk.getByRole('button', { name: '設為答案 A' }).click();
    expect(await desk.getByRole('button', { name: '設為答案 A' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(desk, 'homework-back-office-3-add-single');
    await desk.getByRole('button', { name: '發佈' }).click();
    const confirm = desk.getByRole('dialog');
    await poll(() => confirm.textContent()).toContain('發佈後題目不能再修改');
    await confirm.getByRole('button', { name: '發佈' }).click();
    await desk.waitForURL('**/homework/questions');
    await poll(() => desk.getByRole('status').first().textContent()).toContain('已發佈題目');
    await poll(() => desk.getByRole('row', { name: /5\+3=\?/ }).textContent()).toContain('發布');
  });

  it('HW-01 多選, 填空 (blanks from ____) and a hand-marked 簡答 saved as a draft, then published', async () => {
    const add = async (type: string) => {
      await desk.goto(`${server.url}/admin/B-888/homework/questions/new`);
      await desk.getByRole('radiogroup', { name: '選擇題型' }).getByText(type, { exact: true }).click();
      await desk.getByLabel('科目 *').selectOption({ label: '數學' });
    };
    const publish = async () => {
      await desk.getByRole('button', { name: '發佈' }).click();
      await desk.getByRole('dialog').getByRole('button', { name: '發佈' }).click();
      await desk.waitForURL('**/homework/questions');
    };

    await add('多選');
    await desk.getByLabel('題目 *').fill('下列哪些是質數？');
    for (const [i, text] of ['2', '4', '5'].entries()) {
      if (i >= 2) await desk.getByRole('button', { name: '+ 添加選項' }).click();
      await desk.getByLabel(`選項 ${'ABC'[i]}`, { exact: true }).fill(text);
    }
    await desk.getByRole('button', { name: '設為答案 A' }).click();
    await desk.getByRole('button', { name: '設為答案 C' }).click();
    await publish();

    await add('填空題');
    await desk.getByLabel('題目 *').fill('10-4=');
    await desk.getByRole('button', { name: '+ 插入空格' }).click();
    expect(await desk.getByLabel('題目 *').inputValue()).toBe('10-4=____');
    await desk.getByLabel('第 1 空的答案（多個可接受的答案以「|」分隔）').fill('6|六');
    await screenshot(desk, 'homework-back-office-4-add-fill');
    await publish();

    await add('簡答題');
    await desk.getByLabel('題目 *').fill('請用一句話描述你的週末。');
    await desk.getByRole('button', { name: '移除 參考答案 1' }).click();
    await desk.getByRole('button', { name: '保存草稿' }).click();
    await desk.waitForURL('**/homework/questions');
    const draft = desk.getByRole('row', { name: /描述你的週末/ });
    await poll(() => draft.textContent()).toContain('草稿');
    // my draft opens in the editor; publishing it there
    await draft.getByRole('link', { name: /編輯/ }).click();
    await poll(() => desk.getByLabel('題目 *').inputValue()).toBe('請用一句話描述你的週末。');
    await publish();
    await poll(() => desk.getByRole('row', { name: /描述你的週末/ }).textContent()).toContain('發布');

    // a published question is shown read-only, key included
    await desk.getByRole('row', { name: /10-4=/ }).getByRole('link', { name: /查看/ }).click();
    await poll(() => desk.locator('.hw-lock').textContent()).toContain('已發佈的題目不能再修改');
    expect(await desk.locator('.hw-content').textContent()).toContain('6 / 六');
    await screenshot(desk, 'homework-back-office-5-view-question');
  });

  it('HW-01 the editors of 排序題, 配對題, 判斷題 and 附件上傳題', async () => {
    await desk.goto(`${server.url}/admin/B-888/homework/questions/new`);
    const type = (name: string) => desk.getByRole('radiogroup', { name: '選擇題型' }).getByText(name, { exact: true }).click();
    await type('排序題');
    await desk.getByLabel('題目 *').fill('把下列數字由小到大排列');
    await desk.getByLabel('第 1 項', { exact: true }).fill('3');
    await desk.getByLabel('第 2 項', { exact: true }).fill('12');
    await desk.getByRole('button', { name: '+ 添加項目' }).click();
    await desk.getByLabel('第 3 項', { exact: true }).fill('8');
    await desk.getByRole('button', { name: '上移 3' }).click();
    expect(await desk.getByLabel('第 2 項', { exact: true }).inputValue()).toBe('8');
    await screenshot(desk, 'homework-back-office-5a-ordering');
    await type('配對題');
    await desk.getByLabel('題目 *').fill('把詩句上下句配對');
    await desk.getByLabel('左欄 1', { exact: true }).fill('床前明月光');
    await desk.getByLabel('右欄 1', { exact: true }).fill('疑是地上霜');
    await desk.getByLabel('左欄 2', { exact: true }).fill('舉頭望明月');
    await desk.getByLabel('右欄 2', { exact: true }).fill('低頭思故鄉');
    await desk.getByRole('button', { name: '+ 添加干擾項' }).click();
    await desk.getByLabel('干擾項 1', { exact: true }).fill('春眠不覺曉');
    await screenshot(desk, 'homework-back-office-5b-matching');
    await type('判斷題');
    await desk.getByText('錯誤', { exact: true }).click();
    await type('附件上傳題');
    await desk.getByLabel('最多上傳文件數').fill('3');
    await screenshot(desk, 'homework-back-office-5c-file');
  });

  it('HW-01 匯入 previews a GIFT file and names the bad question', async () => {
    await desk.goto(`${server.url}/admin/B-888/homework/questions`);
    await desk.getByRole('button', { name: '匯入' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('科目 *').selectOption({ label: '數學' });
    const gift = '::加法:: 7+8=? {=15 ~14 ~16}\n\n::沒有答案:: 9-3=? {~5 ~7}\n';
    await dialog.getByLabel('檔案 *').setInputFiles({ name: 'quiz.gift', mimeType: 'text/plain', buffer: Buffer.from(gift) });
    await dialog.getByRole('button', { name: '預覽' }).click();
    await poll(() => dialog.textContent()).toContain('其中 1 題有錯誤');
    await screenshot(desk, 'homework-back-office-6-import');
    await dialog.getByRole('button', { name: '取消' }).click();
    // 匯出 Moodle XML: of one subject
    await desk.getByRole('button', { name: '匯出 Moodle XML' }).click();
    await poll(() => desk.getByRole('alert').allTextContents()).toContain('請先在「科目」中選擇要匯出的科目');
    await desk.getByLabel('科目').selectOption({ label: '數學' });
    const [xml] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: '匯出 Moodle XML' }).click()]);
    expect(xml.suggestedFilename()).toMatch(/\.xml$/);
  });

  it('HW-03 HW-04 builds a definition of two sections; 完成 names what is missing, then completes', async () => {
    await desk.getByRole('link', { name: '作業定義' }).click();
    await desk.waitForURL('**/homework/definitions');
    await poll(() => desk.locator('tbody tr').count()).toBeGreaterThan(0);
    await desk.getByRole('button', { name: '+ 添加' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('標題 *').fill(DEF);
    await dialog.getByLabel('科目 *').selectOption({ label: '數學' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await desk.waitForURL(/\/homework\/definitions\/[^/]+$/);

    const section = async (title: string) => {
      await desk.getByRole('button', { name: '+ 添加章節' }).click();
      await desk.getByRole('dialog').getByLabel('章節名稱').fill(title);
      await desk.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      await poll(() => desk.locator('#hw-items-title').textContent()).toBe(title);
    };
    await section('一、選擇題');
    await section('二、填充及簡答');

    // 完成 with empty sections: the API's refusal names the section
    await desk.getByRole('button', { name: '完成', exact: true }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '完成' }).click();
    await poll(() => desk.getByRole('dialog').textContent()).toContain('一、選擇題');
    await screenshot(desk, 'homework-back-office-7-complete-refused');
    await desk.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    const addQuestions = async (sectionTitle: string, texts: string[]) => {
      await desk.getByRole('treeitem', { name: new RegExp(sectionTitle) }).first().locator('.tree__row').first().click();
      await poll(() => desk.locator('#hw-items-title').textContent()).toBe(sectionTitle);
      await desk.getByRole('button', { name: '+ 添加題目' }).click();
      const picker = desk.getByRole('dialog');
      for (const text of texts) await picker.getByRole('checkbox', { name: text }).check();
      await picker.getByRole('button', { name: `添加 ${texts.length} 題` }).click();
      await poll(() => desk.locator('.hw-items-panel tbody tr').count()).toBe(texts.length);
    };
    await addQuestions('一、選擇題', ['5+3=?', '下列哪些是質數？']);
    await desk.getByRole('button', { name: '批量設置分數' }).click();
    await desk.getByRole('dialog').getByLabel('分數').fill('2');
    await desk.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await poll(() => desk.getByRole('treeitem', { name: /一、選擇題/ }).first().textContent()).toContain('[總分:4]');

    await addQuestions('二、填充及簡答', ['10-4=____', '請用一句話描述你的週末。']);
    await desk.getByLabel('分數 10-4=____').fill('3');
    await desk.getByLabel('分數 10-4=____').press('Tab');
    await poll(() => desk.getByRole('treeitem', { name: /二、填充及簡答/ }).first().textContent()).toContain('[總分:3]');
    // one question still has no score: 完成 says which
    await desk.getByRole('button', { name: '完成', exact: true }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '完成' }).click();
    await poll(() => desk.getByRole('dialog').textContent()).toContain('描述你的週末');
    await desk.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await screenshot(desk, 'homework-back-office-8-definition-tree');
    await desk.getByLabel('分數 請用一句話描述你的週末。').fill('4');
    await desk.getByLabel('分數 請用一句話描述你的週末。').press('Tab');
    await poll(() => desk.getByRole('treeitem', { name: /二、填充及簡答/ }).first().textContent()).toContain('[總分:7]');

    await desk.getByRole('button', { name: '完成', exact: true }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '完成' }).click();
    await poll(() => desk.locator('.hw-lock').textContent()).toContain('已完成的作業定義只能查看');
    await poll(() => desk.locator('.hw-head__sub').first().textContent()).toContain('總分 11');
    expect(await desk.getByRole('button', { name: '+ 添加章節' }).count()).toBe(0);
    await screenshot(desk, 'homework-back-office-9-definition-completed');

    await desk.getByRole('link', { name: '返回' }).click();
    await poll(() => desk.getByRole('row', { name: new RegExp(DEF) }).textContent()).toContain('完成');
    await screenshot(desk, 'homework-back-office-10-definitions');
    // 複製: a new draft with every section and question
    await desk.getByRole('button', { name: `複製 ${DEF}` }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '複製' }).click();
    await poll(() => desk.getByRole('status').first().textContent()).toContain('已複製為');
    await poll(() => desk.locator('tbody tr').count()).toBe(4);
  });

  it('HW-05 assigns it to 小三甲班 and 小三乙班 (only the classes and subject taught)', async () => {
    await desk.getByRole('link', { name: '學生作業' }).click();
    await desk.waitForURL('**/homework/assignments');
    await desk.getByRole('button', { name: '+ 添加' }).click();
    await desk.getByRole('link', { name: '介面答題' }).click();
    await desk.waitForURL(/\/homework\/assignments\/new\?kind=answer$/);
    await desk.getByLabel('標題 *').fill(HW);
    // 李老師 teaches 數學 only: it is chosen already; the definition list holds completed ones of 數學
    await poll(() => desk.getByLabel('科目 *').inputValue()).not.toBe('');
    await desk.getByLabel('作業定義 *').selectOption({ label: `${DEF} (總分 11)` });
    const classes = desk.getByRole('group', { name: '班級 *' });
    expect((await classes.textContent()) ?? '').not.toContain('小一甲班');
    await classes.getByText('小三/小三甲班').click();
    await classes.getByText('小三/小三乙班').click();
    await desk.getByLabel('截止時間').fill('2031-06-30T18:00');
    await desk.getByLabel('提醒時間').fill('2031-06-29T18:00');
    await screenshot(desk, 'homework-back-office-11-assign');
    await desk.getByRole('button', { name: '發佈', exact: true }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '發佈' }).click();
    await desk.waitForURL('**/homework/assignments');
    const row = desk.getByRole('row', { name: new RegExp(HW) });
    await poll(() => row.textContent()).toContain('已發布');
    expect(await row.textContent()).toContain('小三/小三甲班、小三/小三乙班');
    expect(await row.textContent()).toContain('2031-06-30 18:00');
    await screenshot(desk, 'homework-back-office-12-assignments');
    // 編輯 a published homework: only its title, deadline and reminder
    await row.getByRole('link', { name: `編輯 ${HW}` }).click();
    await poll(() => desk.locator('.hw-lock').textContent()).toContain('只能修改標題、截止時間和提醒時間');
    expect(await desk.getByLabel('科目 *').isDisabled()).toBe(true);
    await desk.getByLabel('截止時間', { exact: true }).fill('2031-07-02T18:00');
    await desk.getByRole('button', { name: '保存', exact: true }).click();
    await desk.waitForURL('**/homework/assignments');
    await poll(() => desk.getByRole('row', { name: new RegExp(HW) }).textContent()).toContain('2031-07-02 18:00');
    await row.getByRole('link', { name: `答題詳情 ${HW}` }).click();
    await desk.waitForURL(/\/homework\/assignments\/[^/]+$/);
    assignmentUrl = desk.url();
    await poll(() => desk.locator('tbody tr').count()).toBe(4);
    await screenshot(desk, 'homework-back-office-13-details');
  });

  it('HW-07 grades a handed-in homework: auto marks shown, the 簡答 scored by hand, 下一份作業', async () => {
    await handIn('66000201', (q) =>
      q.type === 'single' ? option(q, '8') : q.type === 'multiple' ? [option(q, '2'), option(q, '5')] : q.type === 'fill' ? ['6'] : '我和家人去了公園散步。',
    );
    await handIn('66000203', (q) => (q.type === 'single' ? option(q, '9') : q.type === 'multiple' ? [option(q, '2')] : q.type === 'fill' ? ['六'] : '我在家看書。'));
    await desk.goto(assignmentUrl);
    await poll(() => desk.getByRole('row', { name: /黃小明/ }).textContent()).toContain('已提交');
    await desk.getByLabel('狀態').selectOption({ label: '已提交' });
    await poll(() => desk.locator('tbody tr').count()).toBe(2);
    await screenshot(desk, 'homework-back-office-14-details-submitted');
    await desk.getByRole('link', { name: '查看 黃小明' }).click();
    await desk.waitForURL(/\/submissions\/[^/]+$/);
    await poll(() => desk.locator('.hw-question-pane').textContent()).toContain('第1次作答');
    // the 簡答 question: hand-marked
    await desk.getByRole('treeitem', { name: /請用一句話/ }).locator('.tree__row').click();
    await poll(() => desk.locator('.hw-question-pane').textContent()).toContain('我和家人去了公園散步。');
    await desk.getByLabel('分數（滿分 4）').fill('4');
    await desk.getByLabel('此題備注').fill('句子完整');
    await desk.getByLabel('備注', { exact: true }).fill('做得很好！');
    await screenshot(desk, 'homework-back-office-15-grading');
    await desk.getByRole('button', { name: '保存' }).click();
    await poll(() => desk.locator('.hw-grade .notice').textContent()).toContain('已保存批改');
    await poll(() => desk.getByRole('treeitem').first().locator('.tree__row').first().textContent()).toContain('[總分:11, 分數:11]');
    // 下一份作業 follows the list's order: 吳思穎 has handed nothing in, 林子軒 has
    await desk.getByRole('button', { name: '下一份作業 →' }).click();
    await poll(() => desk.locator('.hw-def-title').textContent()).toContain('吳思穎');
    await poll(() => desk.locator('.hw-lock').textContent()).toContain('學生尚未提交');
    await desk.getByRole('button', { name: '下一份作業 →' }).click();
    await poll(() => desk.locator('.hw-def-title').textContent()).toContain('林子軒');
    await desk.getByRole('treeitem', { name: /5\+3/ }).locator('.tree__row').click();
    await poll(() => desk.locator('.hw-question-pane').textContent()).toContain('錯誤');
    await desk.getByRole('treeitem', { name: /請用一句話/ }).locator('.tree__row').click();
    await desk.getByLabel('分數（滿分 4）').fill('2');
    await desk.getByRole('radiogroup', { name: '批註' }).getByText('需訂正').click();
    await desk.getByRole('button', { name: '保存' }).click();
    await poll(() => desk.locator('.hw-grade .notice').textContent()).toContain('已保存批改');
    await screenshot(desk, 'homework-back-office-16-grading-correction');
  });

  it('HW-11 成績單, then HW-08 發佈分數 and HW-10 封存 from 答題詳情', async () => {
    await desk.getByRole('link', { name: '成績單' }).click();
    await desk.waitForURL(/\/transcript$/);
    await poll(() => desk.locator('.hw-sheet').textContent()).toContain('林子軒');
    expect(await desk.locator('.hw-sheet__score').textContent()).toMatch(/\d+ \/ 11/);
    await screenshot(desk, 'homework-back-office-17-transcript');

    await desk.goto(assignmentUrl);
    await desk.getByRole('button', { name: `發佈分數 ${HW}` }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '發佈分數' }).click();
    await poll(() => desk.locator('.hw-summary .hw-badge').textContent()).toBe('反饋');
    await desk.getByRole('button', { name: `封存 ${HW}` }).click();
    await poll(() => desk.getByRole('dialog').textContent()).toContain('不能再作任何修改');
    await desk.getByRole('dialog').getByRole('button', { name: '封存' }).click();
    await poll(() => desk.locator('.hw-summary .hw-badge').textContent()).toBe('已完結');
    expect(await desk.getByRole('button', { name: `封存 ${HW}` }).count()).toBe(0);
    await screenshot(desk, 'homework-back-office-18-closed');
    const [sheet] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: '導出Excel' }).click()]);
    expect(sheet.suggestedFilename()).toMatch(/\.xlsx$/);
    // once 已完結 the grading screen is read-only
    await desk.getByRole('link', { name: '查看 黃小明' }).click();
    await poll(() => desk.locator('.hw-lock').textContent()).toContain('不能再批改');
    expect(await desk.getByRole('button', { name: '保存' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
