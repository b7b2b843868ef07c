import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARENT_PHONES, type SchoolFixture, STUDENT_PHONES, signInPhone } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import { cls, FORM, NOTICE_ROLES, type NoticeRole, type NoticeWorld, noticeBody, noticeWorld, send, tableCounts, upload } from './fixture';

/**
 * Who may call each notice route (N-01 … N-09, manual §3): anonymous → 401; a route the role
 * may not use → 403; a notice or receipt it may not see → 404. A teacher sends only to classes
 * they teach and reads what they sent or were CC'd on; parents see only their own children's
 * notices; the app's admins see all. Tenant isolation: school B's ids through A are 404.
 */

let w: NoticeWorld;
const made: Record<string, { notice: string; receipt: string; studentReceipt: string; file: string }> = {};

/** A notice of school f by its teacher, CC 張老師, with a form and an attachment. */
async function world(f: SchoolFixture, agents: { teacher: Agent; parent: Agent; student: Agent }) {
  const file = await upload(agents.teacher, 'agenda.txt', 'text');
  const notice = await send(
    agents.teacher,
    noticeBody(f, { recipients: { classIds: [cls(f)], audience: 'both' }, questions: FORM, attachmentIds: [file], ccMemberIds: [f.members.zhang] }),
  );
  const receiptOf = async (a: Agent) => ((await a.get('notices/inbox')).body.items as { id: string; noticeId: string }[]).find((i) => i.noticeId === notice)?.id ?? '';
  return { notice, receipt: await receiptOf(agents.parent), studentReceipt: await receiptOf(agents.student), file };
}

beforeAll(async () => {
  w = await noticeWorld();
  made.A = await world(w.A, w.agents);
  const b = { teacher: w.env.agent('B-002'), parent: w.env.agent('B-002'), student: w.env.agent('B-002') };
  await b.teacher.signIn('teacher', 'password2');
  b.parent = await signInPhone(w.env, 'B-002', PARENT_PHONES.huang);
  b.student = await signInPhone(w.env, 'B-002', STUDENT_PHONES.huang);
  made.B = await world(w.B, b);
});
afterAll(() => w.env.close());

type Ids = (typeof made)['A'];
interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: (ids: Ids, fresh: string) => string;
  body?: (f: SchoolFixture) => unknown;
  /** Role → expected status; roles not named get the default of the route's side. */
  allowed: NoticeRole[];
  /** `staff`: parents and students 403, other staff 404; `inbox`: staff 403, other families 404. */
  side: 'staff' | 'inbox';
  /** Staff who may read but not act (CC'd): 403. */
  readOnly?: NoticeRole[];
  /** A new notice per call (close, recall change it). */
  fresh?: boolean;
  byId?: boolean;
}

const staff: NoticeRole[] = ['teacher', 'cc', 'scopedIn', 'scopedOut', 'super', 'creator'];
const readers: NoticeRole[] = ['teacher', 'cc', 'super', 'creator'];
const managers: NoticeRole[] = ['teacher', 'super', 'creator'];
const senders: NoticeRole[] = ['teacher', 'cc', 'scopedIn', 'super', 'creator'];

const ROUTES: Route[] = [
  { name: 'GET notices (我發送的)', method: 'GET', path: () => 'notices', allowed: staff, side: 'staff' },
  { name: 'GET notices?box=cc', method: 'GET', path: () => 'notices?box=cc', allowed: staff, side: 'staff' },
  { name: 'GET notices?box=shared', method: 'GET', path: () => 'notices?box=shared', allowed: ['super', 'creator'], side: 'staff', readOnly: ['teacher', 'cc', 'scopedIn', 'scopedOut'] },
  { name: 'POST notices/preview', method: 'POST', path: () => 'notices/preview', body: (f) => noticeBody(f), allowed: senders, side: 'staff' },
  { name: 'POST notices', method: 'POST', path: () => 'notices', body: (f) => noticeBody(f), allowed: senders, side: 'staff' },
  { name: 'GET notices/:id', byId: true, method: 'GET', path: (i) => `notices/${i.notice}`, allowed: readers, side: 'staff' },
  { name: 'GET notices/:id/recipients', byId: true, method: 'GET', path: (i) => `notices/${i.notice}/recipients`, allowed: readers, side: 'staff' },
  { name: 'GET notices/:id/export.xlsx', byId: true, method: 'GET', path: (i) => `notices/${i.notice}/export.xlsx`, allowed: readers, side: 'staff' },
  { name: 'GET notices/:id/files/:fileId', byId: true, method: 'GET', path: (i) => `notices/${i.notice}/files/${i.file}`, allowed: readers, side: 'staff' },
  { name: 'POST notices/:id/copy', byId: true, method: 'POST', path: (i) => `notices/${i.notice}/copy`, allowed: readers, side: 'staff' },
  { name: 'POST notices/:id/remind', byId: true, method: 'POST', path: (i) => `notices/${i.notice}/remind`, allowed: managers, readOnly: ['cc'], side: 'staff' },
  { name: 'POST notices/:id/close', byId: true, fresh: true, method: 'POST', path: (_, n) => `notices/${n}/close`, allowed: managers, readOnly: ['cc'], side: 'staff' },
  { name: 'POST notices/:id/recall', byId: true, fresh: true, method: 'POST', path: (_, n) => `notices/${n}/recall`, allowed: managers, readOnly: ['cc'], side: 'staff' },
  { name: 'GET notices/inbox', method: 'GET', path: () => 'notices/inbox', allowed: ['parent', 'student'], side: 'inbox' },
  { name: 'GET notices/inbox/:id', byId: true, method: 'GET', path: (i) => `notices/inbox/${i.receipt}`, allowed: ['parent'], side: 'inbox' },
  { name: 'GET notices/inbox/:id (the student’s own)', byId: true, method: 'GET', path: (i) => `notices/inbox/${i.studentReceipt}`, allowed: ['student'], side: 'inbox' },
  { name: 'POST notices/inbox/:id/confirm', byId: true, method: 'POST', path: (i) => `notices/inbox/${i.receipt}/confirm`, allowed: ['parent'], side: 'inbox' },
  { name: 'PUT notices/inbox/:id/answers', byId: true, method: 'PUT', path: (i) => `notices/inbox/${i.receipt}/answers`, body: () => ({ answers: { q1: 'o1' } }), allowed: ['parent'], side: 'inbox' },
  { name: 'GET notices/inbox/:id/files/:fileId', byId: true, method: 'GET', path: (i) => `notices/inbox/${i.receipt}/files/${i.file}`, allowed: ['parent'], side: 'inbox' },
];

function expected(route: Route, role: NoticeRole): number[] {
  if (role === 'anonymous') return [401];
  if (route.allowed.includes(role)) return route.method === 'POST' && route.path(made.A, '').endsWith('notices') ? [201] : [200];
  if (route.readOnly?.includes(role)) return [403];
  const family = role === 'parent' || role === 'student';
  if (route.side === 'staff') return family ? [403] : [404];
  return family ? [404] : [403];
}

async function call(agent: Agent, route: Route, ids: Ids, f: SchoolFixture) {
  const fresh = route.fresh ? await send(w.agents.teacher, noticeBody(w.A, { ccMemberIds: [w.A.members.zhang] })) : '';
  return agent.json(route.method, `/api/s/A-001/${route.path(ids, fresh)}`, route.body?.(f));
}

describe.each(ROUTES)('$name', (route) => {
  it.each(NOTICE_ROLES)('as %s', async (role) => {
    const res = await call(w.agents[role], route, made.A, w.A);
    expect(expected(route, role)).toContain(res.status);
  });
});

describe('tenant isolation', () => {
  it.each(ROUTES.filter((r) => r.byId && !r.fresh))('school B ids through school A are 404: $name', async (route) => {
    const who = route.side === 'inbox' ? (route.allowed.includes('student') ? w.agents.student : w.agents.parent) : w.agents.creator;
    const res = await call(who, route, made.B, w.A);
    expect(res.status).toBe(404);
  });

  it.each([
    ['a class', (f: SchoolFixture) => ({ recipients: { classIds: [cls(f)], audience: 'parents' } }), 'recipients.classIds.0'],
    ['a student', (f: SchoolFixture) => ({ recipients: { studentIds: [f.hs.students['黃小明']], audience: 'parents' } }), 'recipients.studentIds.0'],
    ['a CC', (f: SchoolFixture) => ({ ccMemberIds: [f.members.zhang] }), 'ccMemberIds.0'],
    ['an attachment', () => ({ attachmentIds: [made.B.file] }), 'attachmentIds.0'],
  ])('%s of school B in a notice of school A is 404 naming the field, and nothing changes in either', async (_, over, field) => {
    const before = { a: await tableCounts(w.env, 'A-001'), b: await tableCounts(w.env, 'B-002') };
    const res = await w.agents.creator.post('notices', { ...noticeBody(w.A), ...over(w.B) });
    expect(res.status).toBe(404);
    expect(res.body.error.field).toBe(field);
    expect({ a: await tableCounts(w.env, 'A-001'), b: await tableCounts(w.env, 'B-002') }).toEqual(before);
  });
});

describe('role rules', () => {
  it('a teacher sends only to classes they teach: another class is 404 naming the field', async () => {
    const res = await w.agents.teacher.post('notices', noticeBody(w.A, { recipients: { classIds: [cls(w.A), cls(w.A, '小一甲班')], audience: 'parents' } }));
    expect([res.status, res.body.error.field]).toEqual([404, 'recipients.classIds.1']);
  });

  it('a scoped admin sends to the classes of its scope only; the app’s admins to any class', async () => {
    expect((await w.agents.scopedIn.post('notices/preview', noticeBody(w.A))).status).toBe(200);
    expect((await w.agents.scopedOut.post('notices/preview', noticeBody(w.A))).status).toBe(404);
    expect((await w.agents.scopedOut.post('notices/preview', noticeBody(w.A, { recipients: { classIds: [cls(w.A, '小一乙班')], audience: 'parents' } }))).status).toBe(200);
    expect((await w.agents.super.post('notices/preview', noticeBody(w.A, { recipients: { classIds: [cls(w.A, '高三乙班')], audience: 'parents' } }))).status).toBe(200);
  });

  it('an admin sees every notice (分享給我的); a teacher only what they sent or were CC’d on', async () => {
    const byZhang = await send(w.agents.cc, noticeBody(w.A, { title: '張老師的通知' }));
    expect((await w.agents.creator.get(`notices/${byZhang}`)).status).toBe(200);
    expect((await w.agents.teacher.get(`notices/${byZhang}`)).status).toBe(404);
    const shared = await w.agents.super.get(`notices?box=shared&q=${encodeURIComponent('張老師的通知')}`);
    expect(shared.body.items.map((i: { id: string }) => i.id)).toEqual([byZhang]);
  });
});
