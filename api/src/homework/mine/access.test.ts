import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../home-school/fixture';
import { answer, answersOf, createAssignment, createHomeworkWorld, type HomeworkWorld, homeworkState, RIGHT_ANSWERS } from '../fixture';

/**
 * Who may call /homework/mine: parents and students (their own homework); anonymous 401,
 * staff 403 (they use /assignments). Tenant isolation and X-03 bad answers.
 */

let w: HomeworkWorld;
let id: string;
beforeAll(async () => {
  w = await createHomeworkWorld();
  id = await createAssignment(w.env, w.A);
});
afterAll(() => w.close());

const ROLES: Role[] = ['anonymous', 'parent', 'student', 'teacher', 'scopedIn', 'scopedOut', 'super', 'creator'];
const ROUTES: { name: string; method: 'GET' | 'PUT'; path: () => string; body?: () => unknown }[] = [
  { name: 'GET /mine', method: 'GET', path: () => 'homework/mine' },
  { name: 'GET /mine/:id', method: 'GET', path: () => `homework/mine/${id}?studentId=${w.A.students.huang}` },
  { name: 'PUT /mine/:id (save)', method: 'PUT', path: () => `homework/mine/${id}`, body: () => ({ answers: {}, submit: false, studentId: w.A.students.huang }) },
];

describe.each(ROUTES)('$name', (r) => {
  it.each(ROLES)('as %s', async (role) => {
    const res = await w.A.as[role].json(r.method, r.path(), r.body?.());
    if (role === 'anonymous') return expect(res.status).toBe(401);
    if (role === 'parent' || role === 'student') return expect(res.status).toBe(200);
    expect(res.status).toBe(403);
  });
});

describe('tenant isolation', () => {
  it('school B’s homework through school A is 404 and unchanged', async () => {
    const other = await createAssignment(w.env, w.B);
    const before = await homeworkState(w.env, w.B);
    expect((await w.A.as.student.get(`homework/mine/${other}`)).status).toBe(404);
    expect((await answer(w.A.as.student, other, { answers: {}, submit: true })).status).toBe(404);
    expect((await w.A.as.parent.get(`homework/mine?studentId=${w.B.students.huang}`)).status).toBe(404);
    expect((await w.A.as.student.get('homework/mine')).body.items.some((r: { id: string }) => r.id === other)).toBe(false);
    expect(await homeworkState(w.env, w.B)).toEqual(before);
  });
});

describe('X-03 bad answers', () => {
  const q = () => w.A.q;
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ['a question not in the homework', () => ({ answers: { [w.A.q.essay]: 'x' }, submit: true }), 'unknown_field', `answers.${'essay'}`],
    ['a single choice given as a number', () => ({ answers: { [q().single]: 3 }, submit: true }), 'invalid_field', 'answers.single'],
    ['a true/false given as text', () => ({ answers: { [q().trueFalse]: 'true' }, submit: false }), 'invalid_field', 'answers.trueFalse'],
    ['a fill with a number in a blank', () => ({ answers: { [q().fill]: [12] }, submit: true }), 'invalid_field', 'answers.fill.0'],
    ['a matching with a bad id', () => ({ answers: { [q().matching]: { l1: 'R 1' } }, submit: true }), 'invalid_field', 'answers.matching.l1'],
    ['no submit', () => ({ answers: {} }), 'invalid_field', 'submit'],
    ['a privileged field', () => ({ answers: {}, submit: true, score: 100 }), 'unknown_field', 'score'],
    ['answers that are a list', () => ({ answers: [], submit: true }), 'invalid_field', 'answers'],
  ];
  it.each(cases)('PUT with %s is 400 naming the field, nothing written', async (_, body, code, field) => {
    const before = await homeworkState(w.env, w.A);
    const res = await w.A.as.student.json('PUT', `homework/mine/${id}`, body());
    expect(res.status).toBe(400);
    // fields name question ids: map them back to the fixture's keys to compare
    const named = String(res.body.error.field).replace(/[0-9a-z]{26}/, (qid) => Object.entries(w.A.q).find(([, v]) => v === qid)?.[0] ?? qid);
    expect({ code: res.body.error.code, field: named }).toEqual({ code, field });
    expect(await homeworkState(w.env, w.A)).toEqual(before);
  });

  it('an upload question holds at most its maxFiles, and only the answerer’s files', async () => {
    const mixed = await createAssignment(w.env, w.A, { definitionId: w.A.defs.mixed });
    const before = await homeworkState(w.env, w.A);
    const many = await answer(w.A.as.student, mixed, { answers: { [w.A.q.file]: ['f1', 'f2', 'f3'] }, submit: false });
    expect(many.body.error).toMatchObject({ code: 'invalid_field', field: `answers.${w.A.q.file}` });
    const unknown = await answer(w.A.as.student, mixed, { answers: { [w.A.q.file]: ['nosuchfile'] }, submit: false });
    expect(unknown.body.error).toMatchObject({ code: 'unknown_ref', field: `answers.${w.A.q.file}` });
    expect(await homeworkState(w.env, w.A)).toEqual(before);
    const ok = await answer(w.A.as.student, mixed, { answers: answersOf(w.A, RIGHT_ANSWERS, ['single']), submit: false });
    expect(ok.status).toBe(200);
  });
});
