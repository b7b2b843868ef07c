import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminGroupMembers, adminGroups, adminGroupScopes, adminScopes, auditLog, members, messages } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { agentOf, ROLES, type Role, type SchoolIds, seedSchool, signInAll } from './test-school';

/** Everything a role change writes, to prove that refused or bad input changed nothing. */
async function snapshot(env: TestEnv, code: string) {
  const { db } = await env.deps.schools.get(code);
  return {
    roles: await db.select({ id: members.id, role: members.adminRole }).from(members).orderBy(members.id).all(),
    scopes: await db.select().from(adminScopes).orderBy(adminScopes.memberId, adminScopes.ref).all(),
    groups: await db.select().from(adminGroups).orderBy(adminGroups.id).all(),
    groupScopes: await db.$count(adminGroupScopes),
    groupMembers: await db.$count(adminGroupMembers),
    audit: await db.$count(auditLog),
    messages: await db.$count(messages),
  };
}

async function audits(env: TestEnv, code: string, action: string) {
  const { db } = await env.deps.schools.get(code);
  return (await db.select().from(auditLog).all()).filter((a) => a.action === action);
}

const A = 'A-001';
const B = 'B-002';

describe('ADM-01 roles routes: who may call them', () => {
  let env: TestEnv;
  let agents: Record<Role, Agent>;
  const ids = {} as Record<'A' | 'B', SchoolIds>;
  beforeAll(async () => {
    env = await createTestEnv();
    ids.A = await seedSchool(env, A);
    ids.B = await seedSchool(env, B);
    agents = await signInAll(env, A);
  });
  afterAll(() => env.close());

  interface Route {
    name: string;
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    path: (s: SchoolIds) => string;
    body?: (s: SchoolIds) => unknown;
    /** Roles granted the route and the status they get (a 4xx here is a business rule after authorization). */
    allowed: Partial<Record<Role, number>>;
    /** What the other signed-in roles get. */
    refused: number[];
  }
  const supers = (status: number) => ({ super: status, creator: status });
  const everyone = Object.fromEntries(ROLES.filter((r) => r !== 'anonymous').map((r) => [r, 200]));
  const ROUTES: Route[] = [
    { name: 'GET permissions', method: 'GET', path: () => 'roles/permissions', allowed: everyone, refused: [] },
    { name: 'GET me', method: 'GET', path: () => 'roles/me', allowed: everyone, refused: [] },
    { name: 'GET admins', method: 'GET', path: () => 'roles/admins', allowed: supers(200), refused: [403] },
    // an unknown member: past authorization, a 400 naming memberId
    { name: 'POST admins', method: 'POST', path: () => 'roles/admins', body: () => ({ memberId: 'nobody', role: 'super' }), allowed: supers(400), refused: [403] },
    { name: 'PATCH admins/:id (no change)', method: 'PATCH', path: (s) => `roles/admins/${s.scopedOut}`, body: () => ({ role: 'scoped' }), allowed: supers(200), refused: [403] },
    { name: 'DELETE admins/:id (not an admin)', method: 'DELETE', path: (s) => `roles/admins/${s.teacher}`, allowed: supers(404), refused: [403] },
    { name: 'GET groups', method: 'GET', path: () => 'roles/groups', allowed: supers(200), refused: [403] },
    { name: 'POST groups', method: 'POST', path: () => 'roles/groups', body: () => ({ name: 'g', memberIds: ['nobody'] }), allowed: supers(400), refused: [403] },
    { name: 'PATCH groups/:id', method: 'PATCH', path: () => 'roles/groups/nothing', body: () => ({ name: 'g' }), allowed: supers(404), refused: [403] },
    { name: 'DELETE groups/:id', method: 'DELETE', path: () => 'roles/groups/nothing', allowed: supers(404), refused: [403] },
    // 設備管理權限: the teacher sits in the in-scope department's sub-department
    { name: 'GET devices/:id', method: 'GET', path: (s) => `roles/devices/${s.teacher}`, allowed: { ...supers(200), scopedIn: 200, scopedOut: 404 }, refused: [403] },
    { name: 'DELETE devices/:id', method: 'DELETE', path: (s) => `roles/devices/${s.teacherOut}`, allowed: { ...supers(204), scopedOut: 204, scopedIn: 404 }, refused: [403] },
    { name: 'POST transfer-creator', method: 'POST', path: () => 'roles/transfer-creator', body: (s) => ({ memberId: s.teacher }), allowed: { creator: 400 }, refused: [403] },
    { name: 'POST dissolve (wrong code)', method: 'POST', path: () => 'roles/dissolve', body: () => ({ confirmCode: 'B-002' }), allowed: { creator: 400 }, refused: [403] },
  ];

  describe.each(ROUTES)('$name', (route) => {
    it.each(ROLES)('as %s', async (role) => {
      const before = await snapshot(env, A);
      const res = await agents[role].json(route.method, route.path(ids.A), route.body?.(ids.A));
      if (role === 'anonymous') expect(res.status).toBe(401);
      else if (route.allowed[role] !== undefined) expect(res.status).toBe(route.allowed[role]);
      else expect(route.refused).toContain(res.status);
      // a refused or rejected call changes nothing (sign-outs of devices are not in the snapshot)
      if (res.status >= 300) expect(await snapshot(env, A)).toEqual(before);
    });
  });

  it('ADM-01 tenant isolation: ids of school B through school A are 404 (or an unknown reference), and B is unchanged', async () => {
    const before = await snapshot(env, B);
    const c = agents.creator;
    expect((await c.patch(`roles/admins/${ids.B.scopedIn}`, { role: 'super' })).status).toBe(404);
    expect((await c.delete(`roles/admins/${ids.B.super}`)).status).toBe(404);
    expect((await c.get(`roles/devices/${ids.B.teacher}`)).status).toBe(404);
    expect((await c.delete(`roles/devices/${ids.B.teacher}`)).status).toBe(404);
    const add = await c.post('roles/admins', { memberId: ids.B.teacher, role: 'super' });
    expect(add.body.error).toMatchObject({ code: 'unknown_ref', field: 'memberId' });
    const scoped = await c.post('roles/admins', { memberId: ids.A.teacher, role: 'scoped', scope: { departmentIds: [ids.B.deptIn] } });
    expect(scoped.body.error).toMatchObject({ code: 'unknown_ref', field: 'scope.departmentIds' });
    expect((await c.post('roles/transfer-creator', { memberId: ids.B.super })).body.error.code).toBe('not_admin');
    expect((await c.get('roles/admins')).body.items.map((a: { member: { id: string } }) => a.member.id)).not.toContain(ids.B.super);
    expect(await snapshot(env, B)).toEqual(before);
  });

  it('ADM-01 lists admins searchable and paged, creator first, scoped admins with their scopes', async () => {
    const all = await agents.super.get('roles/admins');
    expect(all.body).toMatchObject({ page: 1, pageSize: 20, total: 4 });
    expect(all.body.items.map((a: { role: string }) => a.role)).toEqual(['creator', 'super', 'scoped', 'scoped']);
    const found = await agents.super.get('roles/admins?q=分級甲');
    expect(found.body.total).toBe(1);
    expect(found.body.items[0]).toMatchObject({ role: 'scoped', scope: { departmentIds: [ids.A.deptIn], classIds: [ids.A.classIn], apps: ['notices'] }, groups: [] });
    expect(found.body.items[0].member).not.toHaveProperty('phone');
    expect((await agents.super.get('roles/admins?role=creator&pageSize=1')).body).toMatchObject({ total: 1, items: [{ member: { id: ids.A.creator } }] });
    expect((await agents.super.get('roles/admins?role=nobody')).status).toBe(400);
  });
});

describe('ADM-01 admin roles', () => {
  let env: TestEnv;
  let ids: SchoolIds;
  let agents: Record<Role, Agent>;
  beforeEach(async () => {
    env = await createTestEnv();
    ids = await seedSchool(env, A);
    agents = await signInAll(env, A);
  });
  afterEach(() => env.close());

  const titles = async (agent: Agent) => (await agent.get('messages')).body.items.map((m: { title: string }) => m.title);

  it('ADM-01 X-02 a super admin makes a teacher a scoped admin: audited, told, and in force at once', async () => {
    expect((await agents.teacher.get('roles/me')).body.role).toBe('normal');
    const scope = { departmentIds: [ids.deptOut], classIds: [ids.classOut], apps: ['leave', 'leave'] };
    const res = await agents.super.post('roles/admins', { memberId: ids.teacher, role: 'scoped', scope });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ member: { id: ids.teacher }, role: 'scoped', scope: { ...scope, apps: ['leave'] } });
    // the teacher's cached session was dropped: the next request already knows the new role
    const me = await agents.teacher.get('roles/me');
    expect(me.body).toMatchObject({ role: 'scoped', backOffice: true, manageAll: false, scope: { departmentIds: [ids.deptOut] } });
    expect((await agents.teacher.get('apps')).status).toBe(200);
    expect(await titles(agents.teacher)).toContain('你已被設為分級管理員');
    const [row] = await audits(env, A, 'admin.add');
    expect(row).toMatchObject({ actorId: ids.super, targetId: ids.teacher, before: { role: null }, after: { role: 'scoped', scope: { ...scope, apps: ['leave'] } } });
  });

  it('ADM-01 only staff can be admins; scope references must exist; bad input changes nothing', async () => {
    const before = await snapshot(env, A);
    const c = agents.creator;
    expect((await c.post('roles/admins', { memberId: ids.parent, role: 'super' })).body.error).toMatchObject({ code: 'not_staff', field: 'memberId' });
    expect((await c.post('roles/admins', { memberId: ids.student, role: 'scoped' })).status).toBe(400);
    const bad = [
      [{ departmentIds: ['nope'] }, 'scope.departmentIds'],
      [{ classIds: [ids.classIn, 'nope'] }, 'scope.classIds'],
      [{ apps: ['contacts'] }, 'scope.apps.0'],
      [{ departmentIds: [ids.deptIn], rooms: [] }, 'scope.rooms'],
    ] as const;
    for (const [scope, field] of bad) {
      const res = await c.post('roles/admins', { memberId: ids.teacher, role: 'scoped', scope });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await c.post('roles/admins', { memberId: ids.teacher, role: 'super', scope: {} })).body.error).toMatchObject({ code: 'scope_only_scoped', field: 'scope' });
    expect((await c.post('roles/admins', { memberId: ids.teacher, role: 'creator' })).body.error.field).toBe('role');
    const dup = await c.post('roles/admins', { memberId: ids.super, role: 'scoped' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'admin_exists', field: 'memberId' });
    expect(await snapshot(env, A)).toEqual(before);
  });

  it('ADM-01 a scoped admin grants nothing, not even within its scope', async () => {
    const before = await snapshot(env, A);
    const res = await agents.scopedIn.post('roles/admins', { memberId: ids.teacher, role: 'scoped', scope: { departmentIds: [ids.deptIn] } });
    expect(res.status).toBe(403);
    expect((await agents.scopedIn.patch(`roles/admins/${ids.scopedOut}`, { role: 'super' })).status).toBe(403);
    expect(await snapshot(env, A)).toEqual(before);
  });

  it('ADM-01 X-02 PATCH changes role and scope with before/after; the admin is told each time', async () => {
    const up = await agents.super.patch(`roles/admins/${ids.scopedIn}`, { role: 'super' });
    expect(up.body).toMatchObject({ role: 'super', scope: { departmentIds: [], classIds: [], apps: [] } });
    expect((await agents.scopedIn.get('roles/me')).body).toMatchObject({ role: 'super', manageAll: true, scope: null });
    const down = await agents.super.patch(`roles/admins/${ids.scopedIn}`, { role: 'scoped', scope: { apps: ['homework'] } });
    expect(down.body).toMatchObject({ role: 'scoped', scope: { apps: ['homework'] } });
    const scopeOnly = await agents.super.patch(`roles/admins/${ids.scopedIn}`, { scope: { classIds: [ids.classOut] } });
    expect(scopeOnly.body.scope).toEqual({ departmentIds: [], classIds: [ids.classOut], apps: [] });
    expect((await agents.scopedIn.get('roles/me')).body.scope).toEqual({ departmentIds: [], classIds: [ids.classOut], apps: [] });
    const rows = await audits(env, A, 'admin.update');
    expect(rows.map((r) => [(r.before as { role: string }).role, (r.after as { role: string }).role])).toEqual([
      ['scoped', 'super'],
      ['super', 'scoped'],
      ['scoped', 'scoped'],
    ]);
    expect(await titles(agents.scopedIn)).toEqual(expect.arrayContaining(['你已被設為超級管理員', '你已被設為分級管理員', '你的管理範圍已更新']));
    const before = await snapshot(env, A);
    expect((await agents.super.patch(`roles/admins/${ids.super}`, { role: 'super', scope: { apps: [] } })).body.error.code).toBe('scope_only_scoped');
    expect((await agents.super.patch(`roles/admins/${ids.teacher}`, { role: 'super' })).status).toBe(404);
    expect(await snapshot(env, A)).toEqual(before);
  });

  it('ADM-01 the creator is never changed nor removed here', async () => {
    const before = await snapshot(env, A);
    const patch = await agents.super.patch(`roles/admins/${ids.creator}`, { role: 'scoped' });
    expect(patch.status).toBe(403);
    expect(patch.body.error.code).toBe('creator_protected');
    expect((await agents.creator.delete(`roles/admins/${ids.creator}`)).status).toBe(403);
    expect(await snapshot(env, A)).toEqual(before);
  });

  it('ADM-01 DELETE makes an admin a normal user again, who loses the admin console at once', async () => {
    expect((await agents.scopedIn.get('apps')).status).toBe(200);
    expect((await agents.super.delete(`roles/admins/${ids.scopedIn}`)).status).toBe(204);
    expect((await agents.scopedIn.get('apps')).status).toBe(403);
    expect((await agents.scopedIn.get('roles/me')).body).toMatchObject({ role: 'normal', backOffice: false, permissions: { backOffice: 'no' } });
    expect(await titles(agents.scopedIn)).toContain('你已不再是管理員');
    const [row] = await audits(env, A, 'admin.remove');
    expect(row).toMatchObject({ targetId: ids.scopedIn, before: { role: 'scoped', scope: { apps: ['notices'] } }, after: { role: null } });
  });

  it('ADM-01 devices: an admin sees a member\'s sessions and signs them out everywhere', async () => {
    const list = await agents.scopedIn.get(`roles/devices/${ids.teacher}`);
    expect(list.body.items).toEqual([expect.objectContaining({ surface: 'back-office' })]);
    expect((await agents.scopedIn.delete(`roles/devices/${ids.teacher}`)).status).toBe(204);
    expect((await agents.teacher.get('auth/me')).status).toBe(401);
    expect((await audits(env, A, 'member.sign-out-devices'))[0]).toMatchObject({ targetId: ids.teacher, before: { sessions: 1 } });
  });

  it('ADM-01 a fresh member agent confirms the role reaches a new sign-in too', async () => {
    await agents.creator.post('roles/admins', { memberId: ids.teacherOut, role: 'super' });
    const a = agentOf(env, A);
    expect((await a.signIn('teacher2', 'pw-teacher2')).body.member.adminRole).toBe('super');
  });
});
