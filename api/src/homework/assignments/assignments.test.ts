import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hwAssignments, hwSubmissions, students } from '../../../../db/schema';
import { HOUR } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { assignmentBody, createAssignment, type HomeworkWorld, createHomeworkWorld, homeworkState, messagesAbout, submitRight } from '../fixture';

/** 學生作業 (HW-05, HW-06, HW-10): creating, publishing, reminding, editing, closing, deleting. */

let w: HomeworkWorld;
beforeAll(async () => {
  w = await createHomeworkWorld();
});
afterAll(() => w.close());

const A = () => w.A;
const db = async () => (await w.env.ctx('A-001')).db;
const inHours = (h: number) => new Date(w.env.clock.now().getTime() + h * HOUR).toISOString();
const audit = async (id: string) => (await (await db()).select().from(auditLog).where(eq(auditLog.targetId, id)).all()).map((a) => a.action);

describe('HW-05 添加學生作業', () => {
  it('HW-05 HW-06 publishing to two classes makes one submission per active student and tells each student, else their guardians', async () => {
    // a transferred student of 小三甲班 is no longer given homework
    const now = w.env.clock.now();
    const gone = newId();
    await (await db()).insert(students).values({ id: gone, name: '已轉學', classId: A().classes.p3a, status: 'transferred', createdAt: now, updatedAt: now });
    const res = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), { title: 'HW-05 發佈' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'HW-05 發佈',
      status: 'published',
      kind: 'answer',
      scored: true,
      totalScore: 12,
      subject: { id: A().subjects.math, name: '數學' },
      classes: [
        { id: A().classes.p3a, name: '小三甲班', gradeName: '小三' },
        { id: A().classes.p3b, name: '小三乙班', gradeName: '小三' },
      ],
      counts: { students: 4, submitted: 0, graded: 0 },
      definition: { id: A().defs.auto, title: '第一章 練習' },
      actions: ['edit', 'remind', 'publishScores', 'details', 'close'],
    });
    const id = res.body.id;
    const subs = await (await db()).select().from(hwSubmissions).where(eq(hwSubmissions.assignmentId, id)).all();
    const st = A().students;
    expect(subs.map((s) => s.studentId).sort()).toEqual([st.huang, st.chan, st.lam, st.ng].sort());
    expect(subs.find((s) => s.studentId === st.lam)).toMatchObject({ classId: A().classes.p3b, status: 'not_started', attemptCount: 0 });
    const m = A().fx.members;
    const sent = await messagesAbout(w.env, A(), id);
    expect(sent.map((x) => [x.key, x.memberId]).sort()).toEqual(
      [
        [`homework:${id}:published:${st.huang}`, m.students['66000201']],
        [`homework:${id}:published:${st.chan}`, m.students['66000202']],
        [`homework:${id}:published:${st.lam}`, m.students['66000203']],
        // 吳思穎 has no account of her own: her mother is told
        [`homework:${id}:published:${st.ng}`, m.parents['66000104']],
      ].sort(),
    );
    expect(sent[0]).toMatchObject({ source: 'homework', refType: 'homework' });
    expect(sent.find((x) => x.memberId === m.students['66000201'])?.title).toBe('【黃小明】新作業：HW-05 發佈');
    expect(await audit(id)).toEqual(['homework.create', 'homework.publish']);
  });

  it('HW-05 a class where the teacher does not teach the subject is refused (403, classIds) and nothing is written', async () => {
    const before = await homeworkState(w.env, A());
    // 小一甲班: not taught at all
    const a = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), { classIds: [A().classes.p3a, A().classes.p1a] }));
    expect(a.status).toBe(403);
    expect(a.body.error).toMatchObject({ code: 'class_not_taught', field: 'classIds' });
    // 中文 in 小三甲班: 李老師 is its homeroom teacher, which teaches no subject
    const b = await A().as.teacher.post(
      'homework/assignments',
      assignmentBody(w.env, A(), { subjectId: A().subjects.chinese, definitionId: A().defs.chinese, classIds: [A().classes.p3a] }),
    );
    expect(b.status).toBe(403);
    expect(b.body.error.field).toBe('classIds');
    // 張老師 teaches 中文 there, not 數學
    expect((await A().zhang.post('homework/assignments', assignmentBody(w.env, A(), { classIds: [A().classes.p3a] }))).status).toBe(403);
    expect(await homeworkState(w.env, A())).toEqual(before);
    const chinese = await A().zhang.post(
      'homework/assignments',
      assignmentBody(w.env, A(), { subjectId: A().subjects.chinese, definitionId: A().defs.chinese, classIds: [A().classes.p3a, A().classes.p3b] }),
    );
    expect(chinese.status).toBe(201);
  });

  it('HW-05 admins assign to any class (creator, super) or to the classes of their scope (scoped)', async () => {
    const p1a = { classIds: [A().classes.p1a] };
    expect((await A().as.super.post('homework/assignments', assignmentBody(w.env, A(), p1a))).status).toBe(201);
    expect((await A().as.creator.post('homework/assignments', assignmentBody(w.env, A(), p1a))).status).toBe(201);
    expect((await A().as.scopedIn.post('homework/assignments', assignmentBody(w.env, A(), { classIds: [A().classes.p3a] }))).status).toBe(201);
    expect((await A().as.scopedIn.post('homework/assignments', assignmentBody(w.env, A(), { classIds: [A().classes.p3b] }))).status).toBe(403);
    expect((await A().as.scopedOut.post('homework/assignments', assignmentBody(w.env, A(), { classIds: [A().classes.p3a] }))).status).toBe(403);
    expect((await A().clerk.post('homework/assignments', assignmentBody(w.env, A(), { classIds: [A().classes.p3a] }))).status).toBe(403);
  });

  it('HW-05 添加 offers each subject with exactly the classes the caller may assign it to', async () => {
    const options = async (agent: typeof w.A.zhang) => {
      const res = await agent.get('homework/assignments/options');
      expect(res.status).toBe(200);
      return Object.fromEntries(res.body.subjects.map((s: { id: string; classes: { id: string }[] }) => [s.id, s.classes.map((c) => c.id).sort()]));
    };
    const { classes: c, subjects: s } = A();
    // 李老師 teaches 數學 in 小三甲班 and 小三乙班 (homeroom of 小三甲班 gives no subject)
    expect(await options(A().as.teacher)).toEqual({ [s.math]: [c.p3a, c.p3b].sort() });
    // 張老師: 中文 in both 小三 classes (and 英文 in 小一甲班)
    expect((await options(A().zhang))[s.chinese]).toEqual([c.p3a, c.p3b].sort());
    // a scoped admin: every subject in its class, plus what it teaches
    expect((await options(A().as.scopedIn))[s.math]).toEqual([c.p3a]);
    // super admins: every class for every enabled subject
    expect((await options(A().as.super))[s.math]).toContain(c.p1a);
    // what is offered is what create accepts: a class offered to 李老師 for 中文 does not exist
    expect((await options(A().as.teacher))[s.chinese]).toBeUndefined();
    expect((await A().as.parent.get('homework/assignments/options')).status).toBe(403);
  });

  it('HW-04 only a completed definition of the same subject can be assigned (400 naming definitionId)', async () => {
    const before = await homeworkState(w.env, A());
    const cases: [Record<string, unknown>, string][] = [
      [{ definitionId: A().defs.draft }, 'definition_not_completed'],
      [{ definitionId: A().defs.chinese }, 'definition_other_subject'],
      [{ definitionId: 'nosuchdefinition' }, 'unknown_ref'],
    ];
    for (const [over, code] of cases) {
      const res = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), over));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code, field: 'definitionId' });
    }
    const cls = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), { classIds: ['nosuchclass'] }));
    expect(cls.body.error).toMatchObject({ code: 'unknown_ref', field: 'classIds' });
    expect(await homeworkState(w.env, A())).toEqual(before);
  });

  it('HW-05 保存草稿 with 定時發送 keeps a draft; 發佈 sends at once and ignores the scheduled time', async () => {
    const draft = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), { publish: false, scheduledAt: inHours(2), classIds: [A().classes.p3a, A().classes.p3a] }));
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', scheduledAt: inHours(2), counts: { students: 0 }, actions: ['edit', 'details', 'delete'] });
    expect(draft.body.classes).toHaveLength(1);
    expect(await messagesAbout(w.env, A(), draft.body.id)).toEqual([]);
    const past = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), { publish: false, scheduledAt: inHours(-1) }));
    expect(past.status).toBe(400);
    expect(past.body.error).toMatchObject({ code: 'homework_schedule_past', field: 'scheduledAt' });
    const now = await A().as.teacher.post('homework/assignments', assignmentBody(w.env, A(), { publish: true, scheduledAt: inHours(-1) }));
    expect(now.body).toMatchObject({ status: 'published', scheduledAt: null });
  });
});

describe('HW-06 states', () => {
  it('HW-06 發佈 a draft once: publishing twice is 409 and sends nothing more', async () => {
    const id = await createAssignment(w.env, A(), { publish: false });
    const first = await A().as.teacher.post(`homework/assignments/${id}/publish`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'published', counts: { students: 4 } });
    const sent = await messagesAbout(w.env, A(), id);
    expect(sent).toHaveLength(4);
    const before = await homeworkState(w.env, A());
    const again = await A().as.teacher.post(`homework/assignments/${id}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('assignment_published');
    expect(await homeworkState(w.env, A())).toEqual(before);
  });

  it('HW-06 a draft cannot be reminded or closed; a published homework cannot be deleted', async () => {
    const draft = await createAssignment(w.env, A(), { publish: false });
    const before = await homeworkState(w.env, A());
    expect((await A().as.teacher.post(`homework/assignments/${draft}/remind`)).body.error.code).toBe('assignment_draft');
    expect((await A().as.teacher.post(`homework/assignments/${draft}/close`)).body.error.code).toBe('assignment_draft');
    const published = await createAssignment(w.env, A());
    const mid = await homeworkState(w.env, A());
    const del = await A().as.teacher.delete(`homework/assignments/${published}`);
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe('assignment_published');
    expect(await homeworkState(w.env, A())).toEqual(mid);
    expect(before.assignments.some((a) => a.id === draft)).toBe(true);
    expect((await A().as.teacher.delete(`homework/assignments/${draft}`)).status).toBe(204);
    expect(await (await db()).$count(hwAssignments, eq(hwAssignments.id, draft))).toBe(0);
    expect(await audit(draft)).toEqual(['homework.create', 'homework.delete']);
    expect((await A().as.teacher.get(`homework/assignments/${draft}`)).status).toBe(404);
  });

  it('HW-06 提醒 reaches only those who have not submitted, and each press is a new reminder', async () => {
    const id = await createAssignment(w.env, A());
    await submitRight(A(), id);
    const st = A().students;
    const first = await A().as.teacher.post(`homework/assignments/${id}/remind`);
    expect(first.body).toEqual({ number: 1, reminded: 3 });
    const second = await A().as.teacher.post(`homework/assignments/${id}/remind`);
    expect(second.body).toEqual({ number: 2, reminded: 3 });
    const reminders = (await messagesAbout(w.env, A(), id)).filter((m) => m.key.includes(':remind:')).map((m) => m.key);
    expect(reminders.sort()).toEqual(
      [1, 2].flatMap((n) => [st.chan, st.lam, st.ng].map((s) => `homework:${id}:remind:${n}:${s}`)).sort(),
    );
    expect(reminders.some((k) => k.endsWith(st.huang))).toBe(false);
    expect(await audit(id)).toEqual(['homework.create', 'homework.publish', 'homework.remind', 'homework.remind']);
  });

  it('HW-06 in 反饋 the homework can still be edited (title, deadline), reminded and closed', async () => {
    const id = await createAssignment(w.env, A());
    await (await db()).update(hwAssignments).set({ status: 'feedback' }).where(eq(hwAssignments.id, id));
    const row = await A().as.teacher.get(`homework/assignments/${id}`);
    expect(row.body.actions).toEqual(['edit', 'remind', 'details', 'close']);
    expect((await A().as.teacher.patch(`homework/assignments/${id}`, { title: '反饋中' })).body.title).toBe('反饋中');
    expect((await A().as.teacher.post(`homework/assignments/${id}/remind`)).body).toEqual({ number: 1, reminded: 4 });
    expect((await A().as.teacher.post(`homework/assignments/${id}/publish`)).body.error.code).toBe('assignment_published');
    expect((await A().as.teacher.post(`homework/assignments/${id}/close`)).body.status).toBe('closed');
  });

  it('HW-10 封存: 已完結, and nothing can change any more', async () => {
    const id = await createAssignment(w.env, A());
    const closed = await A().as.teacher.post(`homework/assignments/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', actions: ['details'] });
    expect(closed.body.closedAt).toBe(w.env.clock.now().toISOString());
    const before = await homeworkState(w.env, A());
    const tries = [
      () => A().as.teacher.patch(`homework/assignments/${id}`, { title: '改名' }),
      () => A().as.teacher.post(`homework/assignments/${id}/remind`),
      () => A().as.teacher.post(`homework/assignments/${id}/publish`),
      () => A().as.teacher.post(`homework/assignments/${id}/close`),
      () => A().as.teacher.delete(`homework/assignments/${id}`),
      () => A().as.super.patch(`homework/assignments/${id}`, { deadline: inHours(48) }),
    ];
    for (const t of tries) {
      const res = await t();
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('assignment_closed');
    }
    expect(await homeworkState(w.env, A())).toEqual(before);
    expect(await audit(id)).toEqual(['homework.create', 'homework.publish', 'homework.close']);
  });
});

describe('編輯', () => {
  it('HW-05 a draft changes everything; a published homework only its title, deadline and reminder time', async () => {
    const id = await createAssignment(w.env, A(), { publish: false });
    const draft = await A().as.teacher.patch(`homework/assignments/${id}`, { definitionId: A().defs.mixed, classIds: [A().classes.p3b], kind: 'upload', scheduledAt: inHours(3) });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ definition: { id: A().defs.mixed }, totalScore: 8, kind: 'upload', classes: [{ id: A().classes.p3b }], scheduledAt: inHours(3) });
    const bad = await A().as.teacher.patch(`homework/assignments/${id}`, { classIds: [A().classes.p1a] });
    expect(bad.status).toBe(403);
    expect(bad.body.error.field).toBe('classIds');
    await A().as.teacher.post(`homework/assignments/${id}/publish`);
    const ok = await A().as.teacher.patch(`homework/assignments/${id}`, { title: '新標題', deadline: inHours(72), remindAt: inHours(24), classIds: [A().classes.p3b] });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: '新標題', deadline: inHours(72), remindAt: inHours(24) });
    for (const [field, value] of [
      ['classIds', [A().classes.p3a]],
      ['definitionId', A().defs.auto],
      ['kind', 'answer'],
      ['subjectId', A().subjects.chinese],
    ] as const) {
      const res = await A().as.teacher.patch(`homework/assignments/${id}`, { [field]: value });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'assignment_field_locked', field });
    }
    const row = await (await db()).select().from(hwAssignments).where(eq(hwAssignments.id, id)).get();
    expect(row).toMatchObject({ title: '新標題', definitionId: A().defs.mixed, kind: 'upload' });
    expect(await audit(id)).toEqual(['homework.create', 'homework.update', 'homework.publish', 'homework.update']);
  });
});

describe('lists', () => {
  it('X-01 學生作業 is searchable, filtered and paged; rows carry the caller’s actions', async () => {
    const tag = `清單${Date.now()}`;
    const p3a = await createAssignment(w.env, A(), { title: `${tag} 甲`, classIds: [A().classes.p3a] });
    const both = await createAssignment(w.env, A(), { title: `${tag} 甲乙`, publish: false });
    const upload = await createAssignment(w.env, A(), { title: `${tag} 上傳`, kind: 'upload', classIds: [A().classes.p3b] });
    const list = (a = A().as.teacher, q = '') => a.get(`homework/assignments?q=${encodeURIComponent(tag)}${q}`);
    const all = await list();
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([upload, both, p3a]);
    expect((await list(A().as.teacher, '&status=draft')).body.items.map((r: { id: string }) => r.id)).toEqual([both]);
    expect((await list(A().as.teacher, '&kind=upload')).body.items.map((r: { id: string }) => r.id)).toEqual([upload]);
    expect((await list(A().as.teacher, `&classId=${A().classes.p3a}`)).body.total).toBe(2);
    expect((await list(A().as.teacher, `&subjectId=${A().subjects.chinese}`)).body.total).toBe(0);
    const paged = await list(A().as.teacher, '&pageSize=2&page=2');
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.body.items.map((r: { id: string }) => r.id)).toEqual([p3a]);
    expect((await list(A().as.super, '&mine=1')).body.total).toBe(0);
    // 張老師 teaches in both classes: he sees the published ones and the draft, read-only
    const zhang = await list(A().zhang);
    expect(zhang.body.items.map((r: { actions: string[] }) => r.actions)).toEqual([['details'], ['details'], ['details']]);
    // the scoped admin of 小三甲班 manages what is given to 小三甲班 only
    const scoped = await list(A().as.scopedIn);
    expect(scoped.body.items.map((r: { id: string; actions: string[] }) => [r.id, r.actions])).toEqual([
      [both, ['details']],
      [p3a, ['edit', 'remind', 'publishScores', 'details', 'close']],
    ]);
    expect((await list(A().as.scopedOut)).body.total).toBe(0);
    expect((await list(A().clerk)).body.total).toBe(0);
  });

  it('X-01 功課 on the phone: the homework running on a Macao day, and only what I made or teach', async () => {
    const tag = `日期${Date.now()}`;
    // the test clock's day in Macao, and the days around it
    const macau = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
    const now = w.env.clock.now().getTime();
    const [yesterday, today, tomorrow] = [macau(now - 24 * HOUR), macau(now), macau(now + 24 * HOUR)];
    const open = await createAssignment(w.env, A(), { title: `${tag} 無期限`, deadline: null });
    const dueSoon = await createAssignment(w.env, A(), { title: `${tag} 兩天`, deadline: inHours(48) });
    const ids = async (query: string, a = A().as.teacher) =>
      (await a.get(`homework/assignments?q=${encodeURIComponent(tag)}${query}`)).body.items.map((r: { id: string }) => r.id).sort();
    expect(await ids(`&day=${today}`)).toEqual([open, dueSoon].sort());
    // not made yet the day before
    expect(await ids(`&day=${yesterday}`)).toEqual([]);
    expect(await ids(`&day=${tomorrow}`)).toEqual([open, dueSoon].sort());
    // past its deadline: not running four days on, the one without a deadline still is
    expect(await ids(`&day=${macau(now + 4 * 24 * HOUR)}`)).toEqual([open]);
    expect((await A().as.teacher.get('homework/assignments?day=30-02-2026')).body.error.field).toBe('day');
    // taught=1: the super admin made none and teaches none; 張老師 teaches both 小三 classes
    expect(await ids('&taught=1', A().as.super)).toEqual([]);
    expect(await ids('&taught=1', A().zhang)).toEqual([open, dueSoon].sort());
    expect(await ids('&taught=1')).toEqual([open, dueSoon].sort());
  });

  it('答題詳情 lists each student with class, status, score, late and attempts; searchable and filtered', async () => {
    const id = await createAssignment(w.env, A(), { deadline: inHours(0.5) });
    await submitRight(A(), id);
    w.env.clock.advance(HOUR);
    await submitRight(A(), id, A().lamStudent);
    const res = await A().as.teacher.get(`homework/assignments/${id}/submissions`);
    expect(res.body.total).toBe(4);
    expect(res.body.items.map((r: { student: { name: string }; className: string }) => [r.className, r.student.name])).toEqual([
      ['小三甲班', '陳嘉欣'],
      ['小三甲班', '黃小明'],
      ['小三乙班', '吳思穎'],
      ['小三乙班', '林子軒'],
    ]);
    expect(res.body.items[1]).toMatchObject({ status: 'submitted', score: 12, late: false, attemptCount: 1 });
    expect(res.body.items[3]).toMatchObject({ status: 'submitted', score: 12, late: true, attemptCount: 1 });
    expect(res.body.items[0]).toMatchObject({ status: 'not_started', score: null, late: false, attemptCount: 0 });
    const q = await A().as.teacher.get(`homework/assignments/${id}/submissions?q=${encodeURIComponent('小明')}`);
    expect(q.body.items.map((r: { student: { name: string } }) => r.student.name)).toEqual(['黃小明']);
    expect((await A().as.teacher.get(`homework/assignments/${id}/submissions?status=submitted`)).body.total).toBe(2);
    expect((await A().as.teacher.get(`homework/assignments/${id}/submissions?classId=${A().classes.p3b}&pageSize=1`)).body).toMatchObject({ total: 2, pageSize: 1 });
    const row = await A().as.teacher.get(`homework/assignments/${id}`);
    expect(row.body.counts).toEqual({ students: 4, submitted: 2, graded: 0 });
    const sub = await (await db()).select().from(hwSubmissions).where(and(eq(hwSubmissions.assignmentId, id), eq(hwSubmissions.studentId, A().students.lam))).get();
    expect(sub?.status).toBe('submitted');
  });
});
