import ExcelJS from 'exceljs';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, members, messages } from '../../../db/schema';
import { PARENT_PHONES, signInPhone } from '../home-school/fixture';
import { DAY, MINUTE } from '../lib/clock';
import type { Agent } from '../test/agent';
import { cls, FORM, type NoticeWorld, noticeBody, noticeWorld, refreshStaff, send, tableCounts } from './fixture';

/** N-04 export, N-06 recall, N-07 close, N-08 remind; each audited. */

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
const actions = async (id: string) => (await (await db()).select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(auditLog.at).all()).map((a) => a.action);
const noticeMessages = async (id: string) => (await db()).select().from(messages).where(like(messages.dedupeKey, `notice:${id}:%`)).all();

async function sheetOf(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));

describe('N-06 回收', () => {
  it('N-06 recall within 24 h: recipients no longer see it, its messages are withdrawn, it is audited', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { ccMemberIds: [w.A.members.zhang] }));
    const receipt = await receiptOf(w.agents.parent, id);
    expect(receipt).not.toBe('');
    expect(await noticeMessages(id)).toHaveLength(3);
    const unreadBefore = (await w.agents.parent.get('messages')).body.unread;
    const listed = async () => ((await w.agents.parent.get('messages?pageSize=100')).body.items as { refId: string }[]).filter((m) => m.refId === receipt);
    expect(await listed()).toHaveLength(1);
    w.env.clock.advance(23 * 60 * MINUTE);
    await refreshStaff(w);
    const res = await w.agents.super.post(`notices/${id}/recall`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('recalled');
    expect(await receiptOf(w.agents.parent, id)).toBe('');
    expect((await w.agents.parent.get(`notices/inbox/${receipt}`)).status).toBe(404);
    // kept (the dedupe keys still hold), but hidden: out of the lists, the counts and delivery
    const kept = await noticeMessages(id);
    expect(kept).toHaveLength(3);
    expect(kept.every((m) => m.hiddenAt !== null && m.status !== 'pending')).toBe(true);
    expect(await listed()).toEqual([]);
    expect((await w.agents.parent.get('messages')).body.unread).toBe(unreadBefore - 1);
    expect(await actions(id)).toEqual(['notice.send', 'notice.recall']);
    expect((await w.agents.super.get(`notices?box=shared&status=recalled`)).body.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('N-06 recall is refused after 24 h and changes nothing', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A));
    w.env.clock.advance(DAY);
    await refreshStaff(w);
    const before = await tableCounts(w.env, 'A-001');
    const res = await w.agents.teacher.post(`notices/${id}/recall`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('notice_recall_expired');
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
    expect((await w.agents.teacher.get(`notices/${id}`)).body.can.recall).toBe(false);
  });
});

describe('N-07 關閉通知', () => {
  it('N-07 closed: recipients still read it but can no longer confirm or answer; lists show it closed', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { questions: FORM, settings: { requireConfirm: true } }));
    const receipt = await receiptOf(w.agents.parent, id);
    expect((await w.agents.parent.json('PUT', `notices/inbox/${receipt}/answers`, { answers: { q1: 'o1' } })).status).toBe(200);
    const closed = await w.agents.teacher.post(`notices/${id}/close`);
    expect(closed.body.closed).toBe(true);
    const again = await w.agents.teacher.post(`notices/${id}/close`);
    expect(again.status).toBe(200);
    expect(await actions(id)).toEqual(['notice.send', 'notice.close']);
    const confirm = await w.agents.parent.post(`notices/inbox/${receipt}/confirm`);
    expect([confirm.status, confirm.body.error.code]).toEqual([409, 'notice_closed']);
    const answer = await w.agents.parent.json('PUT', `notices/inbox/${receipt}/answers`, { answers: { q1: 'o2' } });
    expect([answer.status, answer.body.error.code]).toEqual([409, 'notice_closed']);
    const opened = await w.agents.parent.get(`notices/inbox/${receipt}`);
    expect(opened.body).toMatchObject({ closed: true, answers: { q1: 'o1' } });
    expect((await w.agents.teacher.get('notices?status=closed')).body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await w.agents.teacher.post(`notices/${id}/remind`)).body.error.code).toBe('notice_closed');
  });
});

describe('N-08 再次提醒', () => {
  it('N-08 reminds only those who have not acted, each reminder once, numbered in its key', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { settings: { requireConfirm: true } }));
    // 黃爸爸 confirms; 陳媽媽 only reads: she has not acted
    await w.agents.parent.post(`notices/inbox/${await receiptOf(w.agents.parent, id)}/confirm`);
    await chan.get(`notices/inbox/${await receiptOf(chan, id)}`);
    const first = await w.agents.teacher.post(`notices/${id}/remind`);
    expect(first.body).toEqual({ number: 1, reminded: 1 });
    const second = await w.agents.teacher.post(`notices/${id}/remind`);
    expect(second.body).toEqual({ number: 2, reminded: 1 });
    const reminders = (await noticeMessages(id)).filter((m) => m.dedupeKey.includes(':remind:'));
    expect(reminders.map((m) => [m.memberId, m.dedupeKey, m.title]).sort()).toEqual([
      [w.A.members.parents[PARENT_PHONES.chan], `notice:${id}:remind:1:${w.A.hs.students['陳嘉欣']}`, '【提醒】【陳嘉欣】家長會通知'],
      [w.A.members.parents[PARENT_PHONES.chan], `notice:${id}:remind:2:${w.A.hs.students['陳嘉欣']}`, '【提醒】【陳嘉欣】家長會通知'],
    ]);
    const detail = await w.agents.teacher.get(`notices/${id}`);
    expect(detail.body.sends.map((s: { kind: string; number: number; recipients: number }) => [s.kind, s.number, s.recipients])).toEqual([
      ['send', 0, 2],
      ['remind', 1, 1],
      ['remind', 2, 1],
    ]);
    expect(await actions(id)).toEqual(['notice.send', 'notice.remind', 'notice.remind']);
    // a CC'd teacher reads the notice but does not act for its sender
    expect((await w.agents.cc.post(`notices/${id}/remind`)).status).toBe(404);
  });

  it('N-08 with a form, not answered is not acted; nobody left means nothing changes', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { questions: FORM }));
    await w.agents.parent.get(`notices/inbox/${await receiptOf(w.agents.parent, id)}`);
    expect((await w.agents.teacher.post(`notices/${id}/remind`)).body).toEqual({ number: 1, reminded: 2 });
    await w.agents.parent.json('PUT', `notices/inbox/${await receiptOf(w.agents.parent, id)}/answers`, { answers: { q1: 'o1' } });
    await chan.json('PUT', `notices/inbox/${await receiptOf(chan, id)}/answers`, { answers: { q1: 'o2' } });
    const before = await tableCounts(w.env, 'A-001');
    expect((await w.agents.teacher.post(`notices/${id}/remind`)).body).toEqual({ number: 1, reminded: 0 });
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });
});

describe('N-04 下載', () => {
  it('N-04 a notice without a form downloads a sheet per class, or the class chosen', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { recipients: { classIds: [cls(w.A), cls(w.A, '小三乙班')], audience: 'parents' } }));
    const res = await w.agents.teacher.raw('GET', `notices/${id}/export.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const wb = await sheetOf(res);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['小三乙班', '小三甲班']);
    const rows = rowsOf(wb.worksheets[1]);
    expect(rows[0]).toEqual(['班級', '學生姓名', '接收人', '關係', '發送時間', '已讀', '已確認']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['小三甲班', '陳嘉欣', '陳媽媽'],
      ['小三甲班', '黃小明', '黃爸爸'],
    ]);
    const one = await sheetOf(await w.agents.teacher.raw('GET', `notices/${id}/export.xlsx?classId=${cls(w.A, '小三乙班')}`));
    expect(one.worksheets.map((s) => s.name)).toEqual(['小三乙班']);
  });

  it('N-04 with a form: one row per recipient, one column per question; answers in another language sit in the same column', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { questions: FORM, translations: { en: { title: 'Meeting', content: '<p>Come</p>' } } }));
    const { db: schoolDb } = await w.env.ctx('A-001');
    await schoolDb.update(members).set({ preferredLocale: 'en' }).where(eq(members.id, w.A.members.parents[PARENT_PHONES.chan]));
    const chanReceipt = await receiptOf(chan, id);
    const shown = await chan.get(`notices/inbox/${chanReceipt}`);
    expect(shown.body.questions[0]).toMatchObject({ text: 'Can you come?', options: [{ id: 'o1', text: 'Yes' }, { id: 'o2', text: 'No' }] });
    await chan.json('PUT', `notices/inbox/${chanReceipt}/answers`, { answers: { q1: 'o2', q2: 'Busy' } });
    await w.agents.parent.json('PUT', `notices/inbox/${await receiptOf(w.agents.parent, id)}/answers`, { answers: { q1: 'o1' } });
    await schoolDb.update(members).set({ preferredLocale: null }).where(eq(members.id, w.A.members.parents[PARENT_PHONES.chan]));
    // 張老師 was not CC'd on this one
    expect((await w.agents.cc.raw('GET', `notices/${id}/export.xlsx`)).status).toBe(404);
    const wb = await sheetOf(await w.agents.teacher.raw('GET', `notices/${id}/export.xlsx`));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['反饋詳情']);
    const rows = rowsOf(wb.worksheets[0]);
    expect(rows[0].slice(7)).toEqual(['填寫時間', '1. 能否出席？', '2. 備註']);
    expect(rows.slice(1).map((r) => [r[1], r[8], r[9]])).toEqual([
      ['陳嘉欣', '不能', 'Busy'],
      ['黃小明', '能', ''],
    ]);
  });
});

describe('X-02 every action is audited with who did it', () => {
  it('the audit rows name the actor', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A));
    await w.agents.teacher.post(`notices/${id}/close`);
    const rows = await (await db()).select().from(auditLog).where(and(eq(auditLog.targetId, id))).all();
    expect(rows.map((r) => [r.action, r.actorName])).toEqual([
      ['notice.send', '李老師'],
      ['notice.close', '李老師'],
    ]);
  });
});
