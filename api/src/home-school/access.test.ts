import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { students } from '../../../db/schema';
import { newId } from '../lib/ids';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { ROLES, type Role, type SchoolFixture, seedSchool, signInAll } from './fixture';

/**
 * CT-02 / CT-03 who may call each home-school route: anonymous → 401, a role the SPEC does not
 * grant → 403 (route) or 404 (a record it may not see); and tenant isolation (school B's ids
 * through school A are 404, and change nothing).
 */

let env: TestEnv;
let A: SchoolFixture;
let B: SchoolFixture;
let agents: Record<Role, Agent>;
let counter = 0;

beforeAll(async () => {
  env = await createTestEnv();
  A = await seedSchool(env, 'A-001');
  B = await seedSchool(env, 'B-002');
  agents = await signInAll(env, 'A-001');
});
afterAll(() => env.close());

/** A throwaway active student of 小三甲班 (in scopedIn's scope) for destructive routes. */
async function freshStudent(f: SchoolFixture): Promise<string> {
  const ctx = await env.ctx(f.code);
  const id = newId();
  const now = env.clock.now();
  await ctx.db.insert(students).values({ id, name: `臨時${++counter}`, classId: f.hs.classes['小三甲班'], createdAt: now, updatedAt: now });
  return id;
}

const staffOpen: Role[] = ['teacher', 'scopedIn', 'scopedOut', 'super', 'creator'];
const admins: Role[] = ['scopedIn', 'scopedOut', 'super', 'creator'];
const supers: Role[] = ['super', 'creator'];
const inScope: Role[] = ['scopedIn', 'super', 'creator'];
const readers: Role[] = ['teacher', 'scopedIn', 'super', 'creator'];

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: (f: SchoolFixture, fresh: string) => string;
  body?: (f: SchoolFixture) => unknown;
  allowed: Role[];
  /** Names a record of the school, so school B's can be tried through A. */
  byId?: boolean;
  /** Needs a new student each call (it deletes, transfers …). */
  fresh?: boolean;
}

const cls = (f: SchoolFixture) => f.hs.classes['小三甲班'];
const huang = (f: SchoolFixture) => f.hs.students['黃小明'];
const ROUTES: Route[] = [
  { name: 'GET tree', method: 'GET', path: () => 'home-school/tree', allowed: staffOpen },
  { name: 'POST campuses', method: 'POST', path: () => 'home-school/campuses', body: () => ({ name: '分校' }), allowed: supers },
  { name: 'PATCH campuses/:id', byId: true, method: 'PATCH', path: (f) => `home-school/campuses/${f.hs.campusId}`, body: () => ({ name: '本校' }), allowed: supers },
  { name: 'DELETE campuses/:id (not empty)', byId: true, method: 'DELETE', path: (f) => `home-school/campuses/${f.hs.campusId}`, allowed: supers },
  {
    name: 'POST grades',
    method: 'POST',
    path: () => 'home-school/grades',
    body: (f) => ({ campusId: f.hs.campusId, name: '幼一', code: 'K1', schoolYear: '2026/2027' }),
    allowed: supers,
  },
  { name: 'PATCH grades/:id', byId: true, method: 'PATCH', path: (f) => `home-school/grades/${f.hs.grades['小三']}`, body: () => ({ sortOrder: 2 }), allowed: supers },
  { name: 'DELETE grades/:id (not empty)', byId: true, method: 'DELETE', path: (f) => `home-school/grades/${f.hs.grades['小三']}`, allowed: supers },
  { name: 'POST classes', method: 'POST', path: () => 'home-school/classes', body: (f) => ({ gradeId: f.hs.grades['小三'], name: `小三丙班${++counter}` }), allowed: supers },
  { name: 'PATCH classes/:id', byId: true, method: 'PATCH', path: (f) => `home-school/classes/${cls(f)}`, body: () => ({ sortOrder: 0 }), allowed: inScope },
  { name: 'DELETE classes/:id (not empty)', byId: true, method: 'DELETE', path: (f) => `home-school/classes/${cls(f)}`, allowed: inScope },
  { name: 'GET classes/:id/invite-qr.svg', byId: true, method: 'GET', path: (f) => `home-school/classes/${cls(f)}/invite-qr.svg`, allowed: readers },
  { name: 'GET classes/:id/teachers', byId: true, method: 'GET', path: (f) => `home-school/classes/${cls(f)}/teachers`, allowed: readers },
  {
    name: 'PUT classes/:id/teachers',
    byId: true,
    method: 'PUT',
    path: (f) => `home-school/classes/${cls(f)}/teachers`,
    body: (f) => ({
      homeroom: [f.members.teacher],
      subjects: [
        { memberId: f.members.teacher, subjectId: f.hs.subjects.MATH },
        { memberId: f.members.zhang, subjectId: f.hs.subjects.CHI },
      ],
    }),
    allowed: inScope,
  },
  { name: 'GET subjects', method: 'GET', path: () => 'home-school/subjects', allowed: staffOpen },
  { name: 'POST subjects', method: 'POST', path: () => 'home-school/subjects', body: () => ({ name: '音樂', code: `MUS${++counter}` }), allowed: supers },
  { name: 'PATCH subjects/:id', byId: true, method: 'PATCH', path: (f) => `home-school/subjects/${f.hs.subjects.MATH}`, body: () => ({ name: '數學' }), allowed: supers },
  { name: 'GET students', method: 'GET', path: () => 'home-school/students', allowed: staffOpen },
  { name: 'GET students/:id', byId: true, method: 'GET', path: (f) => `home-school/students/${huang(f)}`, allowed: readers },
  { name: 'POST students', method: 'POST', path: () => 'home-school/students', body: (f) => ({ name: '新同學', classId: cls(f) }), allowed: inScope },
  { name: 'PATCH students/:id', byId: true, method: 'PATCH', path: (f) => `home-school/students/${huang(f)}`, body: () => ({ name: '黃小明' }), allowed: inScope },
  {
    name: 'POST students/set-class',
    method: 'POST',
    path: () => 'home-school/students/set-class',
    body: (f) => ({ studentIds: [huang(f)], classId: cls(f) }),
    allowed: inScope,
  },
  { name: 'DELETE students/:id', byId: true, fresh: true, method: 'DELETE', path: (_, s) => `home-school/students/${s}`, allowed: inScope },
  {
    name: 'POST students/:id/transfer',
    byId: true,
    fresh: true,
    method: 'POST',
    path: (_, s) => `home-school/students/${s}/transfer`,
    body: () => ({ toSchool: '另一學校' }),
    allowed: inScope,
  },
  { name: 'POST students/:id/alumni', byId: true, fresh: true, method: 'POST', path: (_, s) => `home-school/students/${s}/alumni`, allowed: inScope },
  { name: 'GET transfers', method: 'GET', path: () => 'home-school/transfers', allowed: admins },
  { name: 'GET students/export.xlsx', method: 'GET', path: () => 'home-school/students/export.xlsx', allowed: admins },
  { name: 'GET students/import-template.xlsx', method: 'GET', path: () => 'home-school/students/import-template.xlsx', allowed: admins },
  { name: 'POST students/import (empty)', method: 'POST', path: () => 'home-school/students/import', allowed: admins },
  { name: 'GET alumni-qr.svg', method: 'GET', path: () => 'home-school/alumni-qr.svg', allowed: admins },
  { name: 'POST alumni/bind (no alumnus here)', method: 'POST', path: () => 'home-school/alumni/bind', allowed: [] },
  { name: 'GET my-children', method: 'GET', path: () => 'home-school/my-children', allowed: ['parent', 'student'] },
];

async function call(agent: Agent, route: Route, target: SchoolFixture) {
  const fresh = route.fresh ? await freshStudent(target) : '';
  return agent.json(route.method, `/api/s/A-001/${route.path(target, fresh)}`, route.body?.(target));
}

describe.each(ROUTES)('CT-02 $name', (route) => {
  it.each(ROLES)('as %s', async (role) => {
    const res = await call(agents[role], route, A);
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (route.allowed.includes(role)) expect([200, 201, 204, 400, 409]).toContain(res.status);
    else expect([403, 404]).toContain(res.status);
  });
});

describe('tenant isolation', () => {
  it.each(ROUTES.filter((r) => r.byId))('school B ids through school A are 404: $name', async (route) => {
    const res = await call(agents.creator, route, B);
    expect(res.status).toBe(404);
  });

  it('ids of school B inside a body are 404 naming the field, and change nothing in B', async () => {
    const a = agents.creator;
    expect((await a.post('home-school/students', { name: '越界', classId: cls(B) })).body.error).toMatchObject({ code: 'not_found', field: 'classId' });
    const moved = await a.post('home-school/students/set-class', { studentIds: [huang(B)], classId: cls(A) });
    expect(moved.body.error).toMatchObject({ code: 'not_found', field: 'studentIds' });
    const teachers = await a.json('PUT', `home-school/classes/${cls(A)}/teachers`, { homeroom: [B.members.teacher], subjects: [] });
    expect(teachers.body.error).toMatchObject({ code: 'not_found', field: 'homeroom.0' });
    const grade = await a.post('home-school/grades', { campusId: B.hs.campusId, name: '越界', schoolYear: '2026/2027' });
    expect(grade.body.error).toMatchObject({ code: 'not_found', field: 'campusId' });
    const bAdmin = env.agent('B-002');
    await bAdmin.signIn('admin', 'password1');
    const bHuang = await bAdmin.get(`home-school/students/${huang(B)}`);
    expect(bHuang.body.class.id).toBe(cls(B));
  });

  it('a parent of school A sees only their own children, never B’s', async () => {
    const res = await agents.parent.get('home-school/my-children');
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([huang(A)]);
  });
});
