import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../test/agent';
import { createAssignment, createHomeworkWorld, type HomeworkSchool, type HomeworkWorld, submitRight } from '../fixture';
import { grade, snapshot, submissionOf } from './grading-fixture';

/**
 * Who may use the grading routes (docs/HOMEWORK.md; assignments/policy.ts): the assignment's
 * creator (李老師) and creator / super admins act; teachers of its classes (張老師) and a scoped
 * admin holding one of its classes only view; other staff and out-of-scope admins do not see
 * it (404); parents and students never reach /assignments (403); anonymous 401. Another
 * school's ids are 404.
 */

type Who = 'anonymous' | 'parent' | 'student' | 'teacher' | 'zhang' | 'clerk' | 'scopedIn' | 'scopedOut' | 'super' | 'creator';
const VIEW: Record<Who, number> = { anonymous: 401, parent: 403, student: 403, teacher: 200, zhang: 200, clerk: 404, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 };
const MANAGE: Record<Who, number> = { ...VIEW, zhang: 403, scopedIn: 403 };
const WHO = Object.keys(VIEW) as Who[];

let w: HomeworkWorld;
let A: HomeworkSchool;
let B: HomeworkSchool;
let id: string;
let sid: string;
const agent = (who: Who): Agent => (who === 'zhang' ? A.zhang : who === 'clerk' ? A.clerk : who === 'anonymous' ? w.env.agent(A.code) : A.as[who]);

beforeAll(async () => {
  w = await createHomeworkWorld();
  A = w.A;
  B = w.B;
  id = await createAssignment(w.env, A);
  await submitRight(A, id);
  sid = await submissionOf(w.env, A, id, A.students.huang);
}, 60_000);
afterAll(() => w.close());

describe.each(WHO)('grading routes as %s', (who) => {
  const base = () => `homework/assignments/${id}`;
  it(`查看 (HW-07) → ${VIEW[who]}`, async () => {
    expect((await agent(who).get(`${base()}/submissions/${sid}`)).status).toBe(VIEW[who]);
  });
  it(`成績單 (HW-11) → ${VIEW[who]}`, async () => {
    expect((await agent(who).get(`${base()}/submissions/${sid}/transcript`)).status).toBe(VIEW[who]);
  });
  it(`導出Excel (HW-11) → ${VIEW[who]}`, async () => {
    expect((await agent(who).raw('GET', `${base()}/export`)).status).toBe(VIEW[who]);
  });
  it(`保存 a grade (HW-07) → ${MANAGE[who]}, and a refusal changes nothing`, async () => {
    const before = await snapshot(w.env, A, id);
    const res = await grade(agent(who), id, sid, { marks: {}, remark: `由 ${who} 批改`, verdict: 'done' });
    expect(res.status).toBe(MANAGE[who]);
    if (res.status !== 200) expect(await snapshot(w.env, A, id)).toEqual(before);
    else expect(res.body.remark).toBe(`由 ${who} 批改`);
  });
  it(`發佈分數 (HW-08) → ${MANAGE[who]}, and a refusal changes nothing`, async () => {
    const own = await createAssignment(w.env, A, { classIds: [A.classes.p3a, A.classes.p3b] });
    const before = await snapshot(w.env, A, own);
    const res = await agent(who).post(`homework/assignments/${own}/publish-scores`);
    expect(res.status).toBe(MANAGE[who]);
    if (res.status !== 200) expect(await snapshot(w.env, A, own)).toEqual(before);
    else expect(res.body.status).toBe('feedback');
  });
});

describe('tenant isolation', () => {
  it("another school's assignment and submission ids are 404, whoever asks", async () => {
    const bId = await createAssignment(w.env, B);
    await submitRight(B, bId);
    const bSid = await submissionOf(w.env, B, bId, B.students.huang);
    const before = await snapshot(w.env, B, bId);
    for (const a of [A.as.super, A.as.creator, A.as.teacher]) {
      expect((await a.get(`homework/assignments/${bId}/submissions/${bSid}`)).status).toBe(404);
      expect((await a.get(`homework/assignments/${bId}/submissions/${bSid}/transcript`)).status).toBe(404);
      expect((await a.get(`homework/assignments/${bId}/export`)).status).toBe(404);
      expect((await grade(a, bId, bSid, { marks: {}, remark: '', verdict: 'done' })).status).toBe(404);
      expect((await a.post(`homework/assignments/${bId}/publish-scores`)).status).toBe(404);
      // a submission of B under an assignment of A
      expect((await a.get(`homework/assignments/${id}/submissions/${bSid}`)).status).toBe(404);
      expect((await grade(a, id, bSid, { marks: {}, remark: '', verdict: 'done' })).status).toBe(404);
    }
    expect((await A.as.student.get(`homework/mine/${bId}/transcript`)).status).toBe(404);
    expect(await snapshot(w.env, B, bId)).toEqual(before);
  });

  it("a submission of another assignment of the same school is 404 under this one", async () => {
    const other = await createAssignment(w.env, A, { classIds: [A.classes.p3a] });
    const otherSid = await submissionOf(w.env, A, other, A.students.huang);
    expect((await A.as.teacher.get(`homework/assignments/${id}/submissions/${otherSid}`)).status).toBe(404);
    expect((await grade(A.as.teacher, id, otherSid, { marks: {}, remark: '', verdict: 'done' })).status).toBe(404);
  });
});
