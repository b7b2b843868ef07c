import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, messages, noticeRecipients } from '../../../db/schema';
import { PARENT_PHONES, put, signInPhone } from '../home-school/fixture';
import { putSetting } from '../settings/settings';
import type { Agent } from '../test/agent';
import { type NoticeWorld, noticeBody, noticeWorld, refreshStaff, send, tableCounts, upload } from './fixture';

/** N-09 answering the form; the languages of a notice; quiet hours. */

let w: NoticeWorld;
let chan: Agent;
beforeAll(async () => {
  w = await noticeWorld();
  chan = await signInPhone(w.env, 'A-001', PARENT_PHONES.chan);
});
afterAll(() => w.env.close());

const db = async () => (await w.env.ctx('A-001')).db;
const receiptOf = async (a: Agent, noticeId: string): Promise<string> =>
  ((await a.get('notices/inbox?pageSize=100')).body.items as { id: string; noticeId: string }[]).find((i) => i.noticeId === noticeId)?.id ?? '';

const ALL_TYPES = [
  { type: 'single', text: '午膳', required: true, options: [{ text: '飯' }, { text: '麵' }] },
  { type: 'multiple', text: '興趣班', options: [{ text: '繪畫' }, { text: '游泳' }, { text: '象棋' }] },
  { type: 'short', text: '備註' },
  { type: 'true_false', text: '同意拍照', required: true },
  { type: 'file', text: '回條相片', maxFiles: 2 },
  { type: 'fill', text: '緊急聯絡人：姓名___ 電話___', blanks: 2, required: true },
];
const GOOD = { q1: 'o2', q2: ['o1', 'o3'], q3: ' 無 ', q4: true, q6: ['陳大文', '66123456'] };

describe('N-09 the form', () => {
  let id: string;
  let receipt: string;
  beforeAll(async () => {
    id = await send(w.agents.teacher, noticeBody(w.A, { questions: ALL_TYPES }));
    receipt = await receiptOf(w.agents.parent, id);
  });

  it('N-09 every question type is answered, stored as given, and shown back', async () => {
    const res = await put(w.agents.parent, `notices/inbox/${receipt}/answers`, { answers: GOOD });
    expect(res.status).toBe(200);
    expect(res.body.answers).toEqual({ ...GOOD, q3: '無' });
    const opened = await w.agents.parent.get(`notices/inbox/${receipt}`);
    expect(opened.body.answers).toEqual({ ...GOOD, q3: '無' });
    expect(opened.body.questions.map((q: { type: string }) => q.type)).toEqual(['single', 'multiple', 'short', 'true_false', 'file', 'fill']);
    const detail = await w.agents.teacher.get(`notices/${id}`);
    expect(detail.body.counts.answered).toBe(1);
  });

  it.each([
    ['a missing required answer', { ...GOOD, q4: undefined }, 400, 'notice_answer_required', 'answers.q4'],
    ['a choice that is not an option', { ...GOOD, q1: 'o9' }, 400, 'notice_answer_invalid', 'answers.q1'],
    ['a repeated choice', { ...GOOD, q2: ['o1', 'o1'] }, 400, 'notice_answer_invalid', 'answers.q2'],
    ['the wrong type', { ...GOOD, q4: 'yes' }, 400, 'notice_answer_invalid', 'answers.q4'],
    ['too few blanks', { ...GOOD, q6: ['陳大文'] }, 400, 'notice_answer_invalid', 'answers.q6'],
    ['an empty required blank', { ...GOOD, q6: ['陳大文', ' '] }, 400, 'notice_answer_required', 'answers.q6'],
    ['a question that does not exist', { ...GOOD, q9: 'x' }, 400, 'unknown_field', 'answers.q9'],
    ['too many files', { ...GOOD, q5: ['a', 'b', 'c'] }, 400, 'notice_answer_invalid', 'answers.q5'],
    ['a file someone else uploaded', { ...GOOD, q5: ['__teacher_file__'] }, 404, 'not_found', 'answers.q5.0'],
  ])('N-09 X-03 %s is refused naming the field, and the answers stay as they were', async (_, answers, status, code, field) => {
    const teacherFile = await upload(w.agents.teacher, 'x.txt', 'text');
    const body = JSON.parse(JSON.stringify({ answers }).replace('__teacher_file__', teacherFile));
    const before = await (await db()).select().from(noticeRecipients).where(eq(noticeRecipients.id, receipt)).get();
    const res = await put(w.agents.parent, `notices/inbox/${receipt}/answers`, body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, field });
    const after = await (await db()).select().from(noticeRecipients).where(eq(noticeRecipients.id, receipt)).get();
    expect(after).toEqual(before);
  });

  it('N-09 a file answer is the answerer’s own upload; the sender downloads it, other parents cannot', async () => {
    const file = await upload(w.agents.parent, 'reply.png');
    const res = await put(w.agents.parent, `notices/inbox/${receipt}/answers`, { answers: { ...GOOD, q5: [file] } });
    expect(res.status).toBe(200);
    expect((await w.agents.parent.get(`notices/inbox/${receipt}`)).body.answerFiles.map((f: { name: string }) => f.name)).toEqual(['reply.png']);
    expect((await w.agents.teacher.raw('GET', `notices/${id}/files/${file}`)).status).toBe(200);
    expect((await w.agents.parent.raw('GET', `notices/inbox/${receipt}/files/${file}`)).status).toBe(200);
    const other = await receiptOf(chan, id);
    expect((await chan.raw('GET', `notices/inbox/${other}/files/${file}`)).status).toBe(404);
    expect((await w.agents.cc.raw('GET', `notices/${id}/files/${file}`)).status).toBe(404);
  });

  it('N-09 answers are editable until the notice is closed (N-07)', async () => {
    const first = await put(w.agents.parent, `notices/inbox/${receipt}/answers`, { answers: GOOD });
    w.env.clock.advance(60_000);
    const changed = await put(w.agents.parent, `notices/inbox/${receipt}/answers`, { answers: { ...GOOD, q1: 'o1' } });
    expect(changed.body.answers.q1).toBe('o1');
    expect(changed.body.answeredAt).toBe(first.body.answeredAt);
    expect(changed.body.answersUpdatedAt).not.toBe(first.body.answersUpdatedAt);
    await w.agents.teacher.post(`notices/${id}/close`);
    const refused = await put(w.agents.parent, `notices/inbox/${receipt}/answers`, { answers: GOOD });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'notice_closed']);
  });

  it('N-09 a notice without a form takes no answers', async () => {
    const plain = await send(w.agents.teacher, noticeBody(w.A));
    const res = await put(w.agents.parent, `notices/inbox/${await receiptOf(w.agents.parent, plain)}/answers`, { answers: { q1: 'o1' } });
    expect(res.body.error).toMatchObject({ code: 'notice_answer_invalid', field: 'answers' });
  });
});

describe('languages', () => {
  it('a recipient reads their language, falling back to zh-Hant for what was not translated', async () => {
    const id = await send(
      w.agents.teacher,
      noticeBody(w.A, {
        translations: { pt: { title: 'Reunião de pais', content: '<p>Sexta-feira</p>' } },
        questions: [{ type: 'single', text: '出席？', required: true, options: [{ text: '是', translations: { pt: 'Sim' } }, { text: '否' }] }],
      }),
    );
    const d = await db();
    const huang = w.A.members.parents[PARENT_PHONES.huang];
    await d.update(members).set({ preferredLocale: 'pt' }).where(eq(members.id, huang));
    const pt = await w.agents.parent.get(`notices/inbox/${await receiptOf(w.agents.parent, id)}`);
    expect(pt.body).toMatchObject({ locale: 'pt', title: 'Reunião de pais', content: '<p>Sexta-feira</p>', locales: ['zh-Hant', 'pt'] });
    expect(pt.body.questions[0]).toMatchObject({ text: '出席？', options: [{ text: 'Sim' }, { text: '否' }] });
    await d.update(members).set({ preferredLocale: 'en' }).where(eq(members.id, huang));
    const en = await w.agents.parent.get(`notices/inbox/${await receiptOf(w.agents.parent, id)}`);
    expect(en.body).toMatchObject({ locale: 'zh-Hant', title: '家長會通知' });
    await d.update(members).set({ preferredLocale: null }).where(eq(members.id, huang));
  });

  it('without a preferred language, a recipient reads the version of the language their app asks in', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { translations: { en: { title: 'Parents’ meeting', content: '<p>Friday</p>' } } }));
    const receipt = await receiptOf(w.agents.parent, id);
    w.agents.parent.language = 'en';
    try {
      expect((await w.agents.parent.get(`notices/inbox/${receipt}`)).body).toMatchObject({ locale: 'en', title: 'Parents’ meeting', content: '<p>Friday</p>' });
      expect(((await w.agents.parent.get('notices/inbox')).body.items as { id: string; title: string }[]).find((i) => i.id === receipt)?.title).toBe('Parents’ meeting');
    } finally {
      w.agents.parent.language = 'zh-Hant';
    }
    expect((await w.agents.parent.get(`notices/inbox/${receipt}`)).body).toMatchObject({ locale: 'zh-Hant', title: '家長會通知' });
  });

  it('the message is written in the recipient’s language when sent', async () => {
    const d = await db();
    const huang = w.A.members.parents[PARENT_PHONES.huang];
    await d.update(members).set({ preferredLocale: 'en' }).where(eq(members.id, huang));
    const id = await send(w.agents.teacher, noticeBody(w.A, { translations: { en: { title: 'Parents’ meeting', content: '<p>Friday</p>' } } }));
    await d.update(members).set({ preferredLocale: null }).where(eq(members.id, huang));
    const rows = await d.select().from(messages).where(eq(messages.refType, 'notice-inbox')).all();
    const mine = rows.filter((m) => m.dedupeKey.startsWith(`notice:${id}:`)).map((m) => [m.memberId === huang, m.title, m.body]);
    expect(mine.sort()).toEqual([
      [false, '【陳嘉欣】家長會通知', '請於星期五出席家長會。'],
      [true, '【黃小明】Parents’ meeting', 'Friday'],
    ]);
  });
});

describe('quiet hours', () => {
  it('messages to parents created in quiet hours wait for their end (07:00 Macau) unless urgent; the summary says when', async () => {
    // 23:30 in Macao
    w.env.clock.set('2026-11-30T15:30:00Z');
    await refreshStaff(w);
    const summary = await w.agents.teacher.post('notices/preview', noticeBody(w.A));
    expect(summary.body).toMatchObject({ deliverAt: '2026-11-30T23:00:00.000Z', heldByQuietHours: true });
    const held = await send(w.agents.teacher, noticeBody(w.A, { ccMemberIds: [w.A.members.zhang] }));
    expect(await receiptOf(w.agents.parent, held)).toBe('');
    const urgent = await send(w.agents.teacher, noticeBody(w.A, { settings: { urgent: true } }));
    expect(await receiptOf(w.agents.parent, urgent)).not.toBe('');
    expect((await w.agents.teacher.post('notices/preview', noticeBody(w.A, { settings: { urgent: true } }))).body.heldByQuietHours).toBe(false);
    const d = await db();
    const heldRows = (await d.select().from(messages).all()).filter((m) => m.dedupeKey.startsWith(`notice:${held}:`));
    expect(heldRows.map((m) => [m.dedupeKey.endsWith(':cc'), m.deliverAfter.toISOString()]).sort()).toEqual([
      [false, '2026-11-30T23:00:00.000Z'],
      [false, '2026-11-30T23:00:00.000Z'],
      [true, '2026-11-30T15:30:00.000Z'],
    ]);
    w.env.clock.set('2026-11-30T23:00:00Z');
    expect(await receiptOf(w.agents.parent, held)).not.toBe('');
  });

  it('the school sets its own quiet hours', async () => {
    const d = await db();
    await putSetting(d, 'quietHours', { start: '12:00', end: '14:00' }, w.env.clock.now());
    w.env.clock.set('2026-12-01T04:30:00Z');
    await refreshStaff(w);
    const before = await tableCounts(w.env, 'A-001');
    const summary = await w.agents.teacher.post('notices/preview', noticeBody(w.A));
    expect(summary.body).toMatchObject({ deliverAt: '2026-12-01T06:00:00.000Z', heldByQuietHours: true });
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
    await putSetting(d, 'quietHours', { start: '22:00', end: '07:00' }, w.env.clock.now());
  });
});
