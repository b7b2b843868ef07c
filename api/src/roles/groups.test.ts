import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminGroupMembers, adminGroups, adminGroupScopes, auditLog, members } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { type Role, type SchoolIds, seedSchool, signInAll } from './test-school';

let env: TestEnv;
let ids: SchoolIds;
let agents: Record<Role, Agent>;
beforeEach(async () => {
  env = await createTestEnv();
  ids = await seedSchool(env, 'A-001');
  agents = await signInAll(env, 'A-001');
});
afterEach(() => env.close());

async function state() {
  const { db } = await env.deps.schools.get('A-001');
  return {
    roles: await db.select({ id: members.id, role: members.adminRole }).from(members).orderBy(members.id).all(),
    groups: await db.select().from(adminGroups).all(),
    scopes: await db.select().from(adminGroupScopes).orderBy(adminGroupScopes.ref).all(),
    members: await db.select().from(adminGroupMembers).orderBy(adminGroupMembers.memberId).all(),
    audit: await db.$count(auditLog),
  };
}

describe('ADM-01 management groups (管理組)', () => {
  it('ADM-01 a group lends its scope to its members; a member not yet an admin becomes a scoped admin', async () => {
    const res = await agents.super.post('roles/groups', {
      name: '中學部管理組',
      scope: { classIds: [ids.classOut], apps: ['homework'] },
      memberIds: [ids.teacher, ids.scopedIn],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '中學部管理組', scope: { departmentIds: [], classIds: [ids.classOut], apps: ['homework'] } });
    expect(res.body.members.map((m: { id: string }) => m.id).sort()).toEqual([ids.teacher, ids.scopedIn].sort());
    // the teacher is a scoped admin now, with the group's scope (own scope empty)
    expect((await agents.teacher.get('roles/me')).body).toMatchObject({ role: 'scoped', scope: { classIds: [ids.classOut], apps: ['homework'] } });
    // an admin already scoped keeps its own scope and gains the group's
    const me = (await agents.scopedIn.get('roles/me')).body;
    expect(me.scope.classIds.sort()).toEqual([ids.classIn, ids.classOut].sort());
    expect(me.scope.apps.sort()).toEqual(['homework', 'notices']);
    const admins = await agents.super.get('roles/admins?q=李老師');
    expect(admins.body.items[0]).toMatchObject({ role: 'scoped', groups: [{ id: res.body.id, name: '中學部管理組' }] });
    const titles = (await agents.teacher.get('messages')).body.items.map((m: { title: string }) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['你已被設為分級管理員', '你已被加入管理組「中學部管理組」']));
    const { db } = await env.deps.schools.get('A-001');
    const audit = await db.select().from(auditLog).all();
    expect(audit.map((a) => a.action).sort()).toEqual(['admin-group.create', 'admin.add']);
  });

  it('ADM-01 changing a group\'s scope or members applies to its members at once; deleting it keeps them scoped admins', async () => {
    const created = await agents.super.post('roles/groups', { name: 'G', scope: { classIds: [ids.classOut] }, memberIds: [ids.teacher] });
    const id = created.body.id;
    expect((await agents.teacher.get('roles/me')).body.scope.classIds).toEqual([ids.classOut]);

    const changed = await agents.creator.patch(`roles/groups/${id}`, { name: 'G2', scope: { departmentIds: [ids.deptOut] } });
    expect(changed.body).toMatchObject({ name: 'G2', scope: { departmentIds: [ids.deptOut], classIds: [] } });
    expect((await agents.teacher.get('roles/me')).body.scope).toEqual({ departmentIds: [ids.deptOut], classIds: [], apps: [] });

    const emptied = await agents.creator.patch(`roles/groups/${id}`, { memberIds: [ids.teacherOut] });
    expect(emptied.body.members.map((m: { id: string }) => m.id)).toEqual([ids.teacherOut]);
    expect((await agents.teacher.get('roles/me')).body).toMatchObject({ role: 'scoped', scope: { departmentIds: [] } });

    const { db } = await env.deps.schools.get('A-001');
    const update = (await db.select().from(auditLog).all()).filter((a) => a.action === 'admin-group.update');
    expect(update[0]).toMatchObject({ before: { name: 'G', scope: { classIds: [ids.classOut] } }, after: { name: 'G2', scope: { departmentIds: [ids.deptOut] } } });
    expect(update[1]).toMatchObject({ before: { memberIds: [ids.teacher] }, after: { memberIds: [ids.teacherOut] } });

    expect((await agents.super.delete(`roles/groups/${id}`)).status).toBe(204);
    expect((await agents.super.get('roles/groups')).body.total).toBe(0);
    expect((await agents.super.get(`roles/admins?q=陳老師`)).body.items[0]).toMatchObject({ role: 'scoped', groups: [] });
    expect((await agents.super.delete(`roles/groups/${id}`)).status).toBe(404);
  });

  it('ADM-01 a group holds staff scoped admins only, and its references must exist; bad input changes nothing', async () => {
    const before = await state();
    const s = agents.super;
    const cases = [
      [{ name: 'x', memberIds: [ids.parent] }, 'not_staff', 'memberIds'],
      [{ name: 'x', memberIds: [ids.super] }, 'super_in_group', 'memberIds'],
      [{ name: 'x', memberIds: ['nobody'] }, 'unknown_ref', 'memberIds'],
      [{ name: 'x', scope: { departmentIds: ['nope'] }, memberIds: [ids.teacher] }, 'unknown_ref', 'scope.departmentIds'],
      [{ name: 'x', scope: { classIds: ['nope'] }, memberIds: [ids.teacher] }, 'unknown_ref', 'scope.classIds'],
      [{ name: '', memberIds: [ids.teacher] }, 'invalid_field', 'name'],
      [{ name: 'x', memberIds: [ids.teacher], role: 'super' }, 'unknown_field', 'role'],
    ] as const;
    for (const [body, code, field] of cases) {
      const res = await s.post('roles/groups', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ code, field });
    }
    const g = await s.post('roles/groups', { name: 'ok', memberIds: [ids.teacher] });
    const mid = await state();
    expect((await s.patch(`roles/groups/${g.body.id}`, { memberIds: [ids.teacher, ids.student] })).body.error.field).toBe('memberIds');
    expect((await s.patch(`roles/groups/${g.body.id}`, { scope: { apps: ['nope'] } })).body.error.field).toBe('scope.apps.0');
    expect(await state()).toEqual(mid);
    expect(before.groups).toEqual([]);
  });

  it('ADM-01 groups are listed with scopes and members, searchable and paged', async () => {
    await agents.super.post('roles/groups', { name: '小學部', memberIds: [ids.teacher] });
    await agents.super.post('roles/groups', { name: '中學部', scope: { apps: ['leave'] } });
    const all = await agents.creator.get('roles/groups');
    expect(all.body).toMatchObject({ total: 2, page: 1 });
    const one = await agents.creator.get('roles/groups?q=小學&pageSize=1');
    expect(one.body).toMatchObject({ total: 1, items: [{ name: '小學部', members: [{ id: ids.teacher, name: '李老師' }] }] });
    expect((await agents.creator.get('roles/groups?page=2&pageSize=1')).body.items[0].name).toBe('小學部');
  });
});
