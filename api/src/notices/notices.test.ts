import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, messages, noticeRecipients, notices } from '../../../db/schema';
import { PARENT_PHONES, signInPhone } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import { cls, FORM, type NoticeWorld, noticeBody, noticeWorld, send, tableCounts } from './fixture';

/** N-01 … N-03, N-05, N-09: composing, sending, lists and detail, parents' inbox. */

let w: NoticeWorld;
let chan: Agent;
beforeAll(async () => {
  w = await noticeWorld();
  chan = await signInPhone(w.env, 'A-001', PARENT_PHONES.chan);
});
afterAll(() => w.env.close());

const db = async () => (await w.env.ctx('A-001')).db;
const inboxOf = async (a: Agent, noticeId: string, query = '') =>
  ((await a.get(`notices/inbox${query}`)).body.items as { id: string; noticeId: string; student: { name: string } }[]).filter((i) => i.noticeId === noticeId);

describe('N-01 compose and send', () => {
  it('N-01 提交 shows the summary (recipients through guardians, when it arrives) and writes nothing', async () => {
    const before = await tableCounts(w.env, 'A-001');
    const res = await w.agents.teacher.post('notices/preview', noticeBody(w.A, { recipients: { classIds: [cls(w.A)], audience: 'both' }, questions: FORM }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ recipients: 4, students: 2, reachedStudents: 2, parents: 2, studentAccounts: 2, hasForm: true, heldByQuietHours: false });
    expect(res.body.byClass).toEqual([{ classId: cls(w.A), className: '小三甲班', students: 2, recipients: 4 }]);
    expect(res.body.deliverAt).toBe(w.env.clock.now().toISOString());
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });

  it('N-01 確認 writes the notice, a receipt and an outbox message per recipient and an audit row, in one go; content is sanitised', async () => {
    const before = await tableCounts(w.env, 'A-001');
    const res = await w.agents.teacher.post('notices', noticeBody(w.A, { content: '<p onclick="x()">出席<script>alert(1)</script></p>' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'sent', recipients: 2 });
    const after = await tableCounts(w.env, 'A-001');
    expect(after).toEqual({ ...before, notices: before.notices + 1, recipients: before.recipients + 2, messages: before.messages + 2, sends: before.sends + 1, audit: before.audit + 1 });
    const row = await (await db()).select().from(notices).where(eq(notices.id, res.body.id)).get();
    expect(row?.content).toBe('<p>出席</p>');
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, res.body.id)).all();
    expect(audit.map((a) => a.action)).toEqual(['notice.send']);
    const keys = await (await db()).select({ key: messages.dedupeKey }).from(messages).where(like(messages.dedupeKey, `notice:${res.body.id}:%`)).all();
    expect(keys.map((k) => k.key).sort()).toEqual([`notice:${res.body.id}:send:${w.A.hs.students['陳嘉欣']}`, `notice:${res.body.id}:send:${w.A.hs.students['黃小明']}`].sort());
  });

  it('N-01 CC staff and auto-CC the sender: it shows in their 抄送給我的, with a message to each', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { ccMemberIds: [w.A.members.zhang], settings: { autoCcSender: true } }));
    for (const a of [w.agents.cc, w.agents.teacher]) {
      const list = await a.get('notices?box=cc');
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
    }
    const cc = await (await db()).select().from(messages).where(eq(messages.dedupeKey, `notice:${id}:cc`)).all();
    expect(cc.map((m) => m.memberId).sort()).toEqual([w.A.members.teacher, w.A.members.zhang].sort());
  });

  it('N-01 an admin may send to the whole school; a teacher may not (403 naming the field)', async () => {
    const whole = { recipients: { wholeSchool: true, audience: 'parents' } };
    const res = await w.agents.super.post('notices', noticeBody(w.A, whole));
    expect(res.status).toBe(201);
    // 黃爸爸, 陳媽媽 ×2 children, 林爸爸, 吳媽媽
    expect(res.body.recipients).toBe(5);
    const refused = await w.agents.teacher.post('notices', noticeBody(w.A, whole));
    expect(refused.status).toBe(403);
    expect(refused.body.error.field).toBe('recipients.wholeSchool');
  });

  it('N-01 individual students: only their guardians, students of a class the teacher does not teach are 404', async () => {
    const res = await w.agents.teacher.post('notices', noticeBody(w.A, { recipients: { studentIds: [w.A.hs.students['林子軒']], audience: 'students' } }));
    expect(res.body.recipients).toBe(1);
    const other = await w.agents.teacher.post('notices', noticeBody(w.A, { recipients: { studentIds: [w.A.hs.students['林子軒'], w.A.hs.students['陳嘉豪']], audience: 'parents' } }));
    expect(other.status).toBe(404);
    expect(other.body.error.field).toBe('recipients.studentIds.1');
  });
});

describe('N-02 lists and N-03 detail', () => {
  it('N-02 我發送的 with hasForm, search, form and state filters, paging; 分享給我的 for admins only', async () => {
    const withForm = await send(w.agents.teacher, noticeBody(w.A, { title: '旅行回條 N02', questions: FORM }));
    const plain = await send(w.agents.teacher, noticeBody(w.A, { title: '放假通知 N02' }));
    const found = await w.agents.teacher.get(`notices?box=sent&q=${encodeURIComponent('N02')}`);
    expect(found.body.items.map((i: { id: string; hasForm: boolean }) => [i.id, i.hasForm])).toEqual([
      [plain, false],
      [withForm, true],
    ]);
    const forms = await w.agents.teacher.get(`notices?q=N02&form=1`);
    expect(forms.body.items.map((i: { id: string }) => i.id)).toEqual([withForm]);
    const paged = await w.agents.teacher.get('notices?q=N02&pageSize=1&page=2');
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items.map((i: { id: string }) => i.id)).toEqual([withForm]);
    expect((await w.agents.super.get('notices?box=shared&q=N02')).body.total).toBe(2);
    expect((await w.agents.teacher.get('notices?box=shared')).status).toBe(403);
    expect((await w.agents.cc.get('notices?box=sent&q=N02')).body.total).toBe(0);
  });

  it('N-03 detail: settings, recipients as chosen, counts by class, send records; each recipient’s state', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { recipients: { classIds: [cls(w.A), cls(w.A, '小三乙班')], audience: 'parents' }, settings: { requireConfirm: true } }));
    const receipt = (await inboxOf(w.agents.parent, id))[0];
    await w.agents.parent.post(`notices/inbox/${receipt.id}/confirm`);
    const res = await w.agents.teacher.get(`notices/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'sent', closed: false, settings: { requireConfirm: true }, counts: { recipients: 4, read: 1, confirmed: 1, answered: 0 } });
    expect(res.body.targets.classes.map((c: { name: string }) => c.name).sort()).toEqual(['小三乙班', '小三甲班']);
    expect(res.body.byClass).toEqual([
      { classId: cls(w.A, '小三乙班'), className: '小三乙班', recipients: 2, read: 0, confirmed: 0, answered: 0 },
      { classId: cls(w.A), className: '小三甲班', recipients: 2, read: 1, confirmed: 1, answered: 0 },
    ]);
    expect(res.body.sends).toEqual([{ kind: 'send', number: 0, at: w.env.clock.now().toISOString(), by: '李老師', recipients: 4, deliverAfter: null }]);
    expect(res.body.can).toEqual({ recall: true, close: true, remind: true });
    const unconfirmed = await w.agents.teacher.get(`notices/${id}/recipients?state=unconfirmed&classId=${cls(w.A)}`);
    expect(unconfirmed.body.items.map((r: { member: { name: string } }) => r.member.name)).toEqual(['陳媽媽']);
    const all = await w.agents.teacher.get(`notices/${id}/recipients?q=${encodeURIComponent('黃')}`);
    expect(all.body.items[0]).toMatchObject({ student: { name: '黃小明' }, member: { name: '黃爸爸', relation: '爸爸' }, delivery: 'pending' });
    expect(all.body.items[0].confirmedAt).not.toBeNull();
  });

  it('N-05 複製 returns title, content and questions in the compose shape, never the recipients', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { questions: FORM, translations: { en: { title: 'Meeting', content: '<p>Come</p>' } } }));
    const res = await w.agents.teacher.post(`notices/${id}/copy`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: '家長會通知', translations: { en: { title: 'Meeting' } }, recipients: { classIds: [], studentIds: [], wholeSchool: false }, ccMemberIds: [] });
    expect(res.body.questions).toEqual([
      { type: 'single', text: '能否出席？', required: true, translations: { en: 'Can you come?' }, options: [{ text: '能', translations: { en: 'Yes' } }, { text: '不能', translations: { en: 'No' } }] },
      { type: 'short', text: '備註', required: false, translations: { en: 'Notes' } },
    ]);
    // the draft sends as it is once recipients are chosen
    const again = await w.agents.teacher.post('notices/preview', { ...res.body, recipients: { classIds: [cls(w.A)], audience: 'parents' } });
    expect(again.status).toBe(200);
    const audit = await (await db()).select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'notice.copy'))).all();
    expect(audit).toHaveLength(1);
  });
});

describe('N-09 parents and students', () => {
  it('N-09 a parent with two children gets the notice once per child, shown by student name; per-child lists', async () => {
    const id = await send(w.agents.super, noticeBody(w.A, { recipients: { classIds: [cls(w.A), cls(w.A, '小一甲班')], audience: 'parents' } }));
    const all = await inboxOf(chan, id);
    expect(all.map((i) => i.student.name).sort()).toEqual(['陳嘉欣', '陳嘉豪']);
    const one = await inboxOf(chan, id, `?studentId=${w.A.hs.students['陳嘉豪']}`);
    expect(one.map((i) => i.student.name)).toEqual(['陳嘉豪']);
    const msgs = await (await db()).select().from(messages).where(and(eq(messages.memberId, w.A.members.parents[PARENT_PHONES.chan]), like(messages.dedupeKey, `notice:${id}:%`))).all();
    expect(msgs.map((m) => m.title).sort()).toEqual(['【陳嘉欣】家長會通知', '【陳嘉豪】家長會通知']);
  });

  it('N-09 a parent sees only their own children: another child is 404, another parent’s receipt is 404', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A));
    expect((await w.agents.parent.get(`notices/inbox?studentId=${w.A.hs.students['陳嘉欣']}`)).status).toBe(404);
    const chanReceipt = (await inboxOf(chan, id))[0];
    expect((await w.agents.parent.get(`notices/inbox/${chanReceipt.id}`)).status).toBe(404);
    expect((await w.agents.parent.post(`notices/inbox/${chanReceipt.id}/confirm`)).status).toBe(404);
    const mine = await inboxOf(w.agents.parent, id);
    expect(mine.map((i) => i.student.name)).toEqual(['黃小明']);
  });

  it('N-09 opening marks read (also in 消息提醒); confirming is recorded once', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { settings: { requireConfirm: true } }));
    const receipt = (await inboxOf(w.agents.parent, id))[0];
    const opened = await w.agents.parent.get(`notices/inbox/${receipt.id}`);
    expect(opened.body).toMatchObject({ title: '家長會通知', content: '<p>請於星期五出席家長會。</p>', requireConfirm: true, closed: false });
    expect(opened.body.readAt).toBe(w.env.clock.now().toISOString());
    const msg = await (await db()).select().from(messages).where(eq(messages.refId, receipt.id)).get();
    expect(msg?.readAt).not.toBeNull();
    const first = await w.agents.parent.post(`notices/inbox/${receipt.id}/confirm`);
    w.env.clock.advance(1000);
    const second = await w.agents.parent.post(`notices/inbox/${receipt.id}/confirm`);
    expect(second.body.confirmedAt).toBe(first.body.confirmedAt);
  });

  it('N-09 a student reads the notices sent to students, not those only for parents', async () => {
    const forParents = await send(w.agents.teacher, noticeBody(w.A));
    const forStudents = await send(w.agents.teacher, noticeBody(w.A, { recipients: { classIds: [cls(w.A)], audience: 'students' } }));
    expect(await inboxOf(w.agents.student, forParents)).toEqual([]);
    expect((await inboxOf(w.agents.student, forStudents)).map((i) => i.student.name)).toEqual(['黃小明']);
  });

  it('staff have no inbox and parents no sender side (403)', async () => {
    expect((await w.agents.teacher.get('notices/inbox')).status).toBe(403);
    expect((await w.agents.parent.get('notices')).status).toBe(403);
    expect((await w.agents.parent.post('notices/preview', noticeBody(w.A))).status).toBe(403);
  });

  it('N-09 the recipient count on the notice matches its receipts', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { recipients: { classIds: [cls(w.A)], audience: 'both' } }));
    const row = await (await db()).select().from(notices).where(eq(notices.id, id)).get();
    expect(row?.recipientCount).toBe(await (await db()).$count(noticeRecipients, eq(noticeRecipients.noticeId, id)));
    expect(row?.recipientCount).toBe(4);
  });
});
