import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hwAssignments } from '../../../../db/schema';
import type { Agent } from '../../test/agent';
import { assignmentBody, createAssignment, createHomeworkWorld, type HomeworkSchool, type HomeworkWorld, homeworkState } from '../fixture';

/**
 * Who may call each 學生作業 route: anonymous 401; parents and students 403 (they use /mine);
 * staff who may not see an assignment 404; staff who see it but may not act on it 403. The
 * assignments here are given to 小三甲班 only, so the scoped admin of 小三甲班 manages them.
 * Tenant isolation: school B's assignments through school A are 404 and change nothing.
 */

let w: HomeworkWorld;
beforeAll(async () => {
  w = await createHomeworkWorld();
});
afterAll(() => w.close());

type Who = 'anonymous' | 'parent' | 'student' | 'teacher' | 'zhang' | 'clerk' | 'scopedIn' | 'scopedOut' | 'super' | 'creator';
const WHO: Who[] = ['anonymous', 'parent', 'student', 'teacher', 'zhang', 'clerk', 'scopedIn', 'scopedOut', 'super', 'creator'];
const agentOf = (s: HomeworkSchool, who: Who): Agent => (who === 'zhang' ? s.zhang : who === 'clerk' ? s.clerk : s.as[who]);

/** 李老師 (creator of them), the scoped admin of 小三甲班, creator and super admins. */
const managers: Who[] = ['teacher', 'scopedIn', 'super', 'creator'];
/** …and 張老師, who teaches 中文 in 小三甲班: read-only. */
const viewers: Who[] = [...managers, 'zhang'];
const staff: Who[] = ['teacher', 'zhang', 'clerk', 'scopedIn', 'scopedOut', 'super', 'creator'];

type Kind = 'draft' | 'published';
interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path, given a fresh assignment of the kind named (or none). */
  path: (id: string) => string;
  body?: (s: HomeworkSchool) => unknown;
  fresh?: Kind;
  /** Who gets 2xx; the other staff get 404 (cannot see) or 403 (see, may not act). */
  allowed: Who[];
  /** Staff who see it but are refused (403). */
  seeOnly?: Who[];
}

const p3a = (s: HomeworkSchool) => ({ classIds: [s.classes.p3a] });
const ROUTES: Route[] = [
  { name: 'GET /assignments', method: 'GET', path: () => 'homework/assignments', allowed: staff },
  {
    name: 'POST /assignments',
    method: 'POST',
    path: () => 'homework/assignments',
    body: (s) => assignmentBody(w.env, s, p3a(s)),
    allowed: managers,
    seeOnly: ['zhang', 'clerk', 'scopedOut'],
  },
  { name: 'GET /:id', method: 'GET', path: (id) => `homework/assignments/${id}`, fresh: 'published', allowed: viewers },
  { name: 'PATCH /:id', method: 'PATCH', path: (id) => `homework/assignments/${id}`, body: () => ({ title: '改' }), fresh: 'published', allowed: managers, seeOnly: ['zhang'] },
  { name: 'DELETE /:id', method: 'DELETE', path: (id) => `homework/assignments/${id}`, fresh: 'draft', allowed: managers, seeOnly: ['zhang'] },
  { name: 'POST /:id/publish', method: 'POST', path: (id) => `homework/assignments/${id}/publish`, fresh: 'draft', allowed: managers, seeOnly: ['zhang'] },
  { name: 'POST /:id/remind', method: 'POST', path: (id) => `homework/assignments/${id}/remind`, fresh: 'published', allowed: managers, seeOnly: ['zhang'] },
  { name: 'POST /:id/close', method: 'POST', path: (id) => `homework/assignments/${id}/close`, fresh: 'published', allowed: managers, seeOnly: ['zhang'] },
  { name: 'GET /:id/submissions', method: 'GET', path: (id) => `homework/assignments/${id}/submissions`, fresh: 'published', allowed: viewers },
];

const fresh = (s: HomeworkSchool, kind: Kind | undefined) => (kind ? createAssignment(w.env, s, { ...p3a(s), publish: kind === 'published' }) : Promise.resolve(''));
const call = (a: Agent, r: Route, s: HomeworkSchool, id: string) => a.json(r.method, r.path(id), r.body?.(s));

describe.each(ROUTES)('$name', (r) => {
  it.each(WHO)('as %s', async (who) => {
    const s = w.A;
    const id = await fresh(s, r.fresh);
    const res = await call(agentOf(s, who), r, s, id);
    if (who === 'anonymous') return expect(res.status).toBe(401);
    if (who === 'parent' || who === 'student') return expect(res.status).toBe(403);
    if (r.allowed.includes(who)) return expect(res.status).toBeLessThan(300);
    expect(res.status).toBe(r.seeOnly?.includes(who) ? 403 : 404);
  });
});

describe('tenant isolation', () => {
  it.each(ROUTES.filter((r) => r.fresh))('$name: school B’s assignment through school A is 404 and unchanged', async (r) => {
    const id = await fresh(w.B, r.fresh);
    const before = await homeworkState(w.env, w.B);
    for (const who of ['super', 'creator', 'teacher'] as const) {
      const res = await call(w.A.as[who], r, w.A, id);
      expect(res.status).toBe(404);
    }
    expect(await homeworkState(w.env, w.B)).toEqual(before);
  });

  it('school A’s list holds none of school B’s assignments', async () => {
    const id = await createAssignment(w.env, w.B, { title: '乙校作業' });
    const res = await w.A.as.super.get(`homework/assignments?q=${encodeURIComponent('乙校')}`);
    expect(res.body.total).toBe(0);
    expect((await w.B.as.super.get(`homework/assignments/${id}`)).status).toBe(200);
  });

  it('HW-05 a definition or class of school B cannot be named in school A (400), nothing written', async () => {
    const before = await homeworkState(w.env, w.A);
    const def = await w.A.as.super.post('homework/assignments', assignmentBody(w.env, w.A, { definitionId: w.B.defs.auto }));
    expect(def.body.error).toMatchObject({ code: 'unknown_ref', field: 'definitionId' });
    const cls = await w.A.as.super.post('homework/assignments', assignmentBody(w.env, w.A, { classIds: [w.B.classes.p3a] }));
    expect(cls.body.error).toMatchObject({ code: 'unknown_ref', field: 'classIds' });
    expect(await homeworkState(w.env, w.A)).toEqual(before);
  });
});

describe('X-03 bad input', () => {
  const cases: [string, (s: HomeworkSchool) => Record<string, unknown>, string, string][] = [
    ['no title', (s) => ({ ...assignmentBody(w.env, s), title: undefined }), 'invalid_field', 'title'],
    ['blank title', (s) => assignmentBody(w.env, s, { title: '   ' }), 'invalid_field', 'title'],
    ['no class', (s) => assignmentBody(w.env, s, { classIds: [] }), 'invalid_field', 'classIds'],
    ['a kind that does not exist', (s) => assignmentBody(w.env, s, { kind: 'essay' }), 'invalid_field', 'kind'],
    ['a date that is not one', (s) => assignmentBody(w.env, s, { deadline: '下星期' }), 'invalid_field', 'deadline'],
    ['publish left out', (s) => ({ ...assignmentBody(w.env, s), publish: undefined }), 'invalid_field', 'publish'],
    ['a privileged field', (s) => assignmentBody(w.env, s, { status: 'closed' }), 'unknown_field', 'status'],
    ['a privileged field', (s) => assignmentBody(w.env, s, { creatorId: s.fx.members.zhang }), 'unknown_field', 'creatorId'],
  ];
  it.each(cases)('POST with %s is 400 naming the field, nothing written', async (_, body, code, field) => {
    const before = await homeworkState(w.env, w.A);
    const res = await w.A.as.teacher.post('homework/assignments', body(w.A));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code, field });
    expect(await homeworkState(w.env, w.A)).toEqual(before);
  });

  it('PATCH with bad fields is 400 naming the field, nothing written', async () => {
    const id = await createAssignment(w.env, w.A, { publish: false });
    const before = await homeworkState(w.env, w.A);
    for (const [body, field] of [
      [{ title: '' }, 'title'],
      [{ remindAt: 'soon' }, 'remindAt'],
      [{ status: 'published' }, 'status'],
      [{ scheduledAt: new Date(w.env.clock.now().getTime() - 1000).toISOString() }, 'scheduledAt'],
    ] as const) {
      const res = await w.A.as.teacher.patch(`homework/assignments/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect(await homeworkState(w.env, w.A)).toEqual(before);
    const row = await (await w.env.ctx('A-001')).db.select().from(hwAssignments).where(eq(hwAssignments.id, id)).get();
    expect(row?.status).toBe('draft');
  });

  it('bad list queries are 400 naming the field', async () => {
    expect((await w.A.as.teacher.get('homework/assignments?status=open')).body.error.field).toBe('status');
    expect((await w.A.as.teacher.get('homework/assignments?pageSize=1000')).body.error.field).toBe('pageSize');
    expect((await w.A.as.teacher.get('homework/assignments?colour=red')).body.error).toMatchObject({ code: 'unknown_field', field: 'colour' });
  });
});
