import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminScopes, auditLog, departments } from '../../../db/schema';
import { seedDemoDepartments } from '../../../db/seed/demo-departments';
import type { Agent } from '../test/agent';
import { createTestEnv } from '../test/harness';
import { type ContactsWorld, contactsWorld, ROLES, type Role, SCHOOL_A, SCHOOL_B } from './contacts.fixture';

const put = (agent: Agent, path: string, body: unknown) => agent.json('PUT', path, body);
const names = (items: { name: string }[]) => items.map((d) => d.name);

describe('CT-01 departments: who may call what', () => {
  let w: ContactsWorld;
  /** Children made for the table: R (to reorder) with R1, R2; one empty department per role to delete. */
  const extra = { R: '', R1: '', R2: '', empty: {} as Record<Role, string>, emptyB: '' };
  beforeAll(async () => {
    w = await contactsWorld();
    const mk = async (agent: Agent, name: string, parentId: string) => (await agent.post('departments', { name, parentId })).body.id as string;
    extra.R = await mk(w.as.creator, '排序組', w.A.P);
    extra.R1 = await mk(w.as.creator, 'R1', extra.R);
    extra.R2 = await mk(w.as.creator, 'R2', extra.R);
    for (const role of ROLES) extra.empty[role] = await mk(w.as.creator, `空部門-${role}`, w.A.P);
    const bAdmin = w.env.agent(SCHOOL_B);
    await bAdmin.signIn('admin', 'password1');
    extra.emptyB = await mk(bAdmin, '空部門', w.B.P);
  });
  afterAll(() => w.env.close());

  type Call = (agent: Agent, role: Role) => Promise<{ status: number }>;
  const denied = { anonymous: 401, parent: 403, student: 403, teacher: 403 } as const;
  const TABLE: { name: string; call: Call; expect: Record<Role, number> }[] = [
    {
      name: 'GET /departments',
      call: (a) => a.get('departments'),
      expect: { ...denied, teacher: 200, scopedIn: 200, scopedOut: 200, super: 200, creator: 200 },
    },
    {
      name: 'POST /departments',
      call: (a, role) => a.post('departments', { name: `新科組-${role}`, parentId: w.A.PM }),
      expect: { ...denied, scopedIn: 201, scopedOut: 404, super: 201, creator: 201 },
    },
    {
      name: 'PATCH /departments/:id',
      call: (a) => a.patch(`departments/${w.A.PC}`, { name: '中文科組' }),
      expect: { ...denied, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 },
    },
    {
      name: 'POST /departments/reorder',
      call: (a) => a.post('departments/reorder', { parentId: extra.R, ids: [extra.R2, extra.R1] }),
      expect: { ...denied, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 },
    },
    {
      name: 'PUT /departments/:id/heads',
      call: (a) => put(a, `departments/${w.A.PC}/heads`, { memberIds: [w.A.teacher] }),
      expect: { ...denied, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 },
    },
    {
      name: 'DELETE /departments/:id',
      call: (a, role) => a.delete(`departments/${extra.empty[role]}`),
      expect: { ...denied, scopedIn: 204, scopedOut: 404, super: 204, creator: 204 },
    },
  ];

  describe.each(TABLE)('$name', (route) => {
    it.each(ROLES)('CT-01 as %s', async (role) => {
      expect((await route.call(w.as[role], role)).status).toBe(route.expect[role]);
    });
  });

  it('CT-01 a refused delete leaves the department in place', async () => {
    const tree = await w.as.creator.get('departments');
    for (const role of ['parent', 'student', 'teacher', 'scopedOut'] as const) expect(names(tree.body.items)).toContain(`空部門-${role}`);
    for (const role of ['scopedIn', 'super', 'creator'] as const) expect(names(tree.body.items)).not.toContain(`空部門-${role}`);
  });

  it('CT-01 a scoped admin cannot change an ancestor of its scope (403) nor see a department outside it (404)', async () => {
    expect((await w.as.scopedIn.patch(`departments/${w.A.root}`, { name: '改名' })).status).toBe(403);
    expect((await w.as.scopedIn.patch(`departments/${w.A.S}`, { name: '改名' })).status).toBe(404);
    expect((await w.as.scopedIn.patch(`departments/${w.A.SE}`, { name: '改名' })).status).toBe(404);
    expect((await w.as.scopedIn.post('departments', { name: '頂層部門' })).status).toBe(403);
    expect((await put(w.as.scopedIn, `departments/${w.A.SE}/heads`, { memberIds: [] })).status).toBe(404);
    expect((await w.as.scopedIn.delete(`departments/${w.A.S}`)).status).toBe(404);
    const tree = await w.as.creator.get('departments');
    expect(names(tree.body.items)).toContain('中學部');
    expect(tree.body.items.find((d: { id: string }) => d.id === w.A.root).name).toBe(`測試學校 ${SCHOOL_A}`);
  });

  it('CT-01 a scoped admin may not move or delete the department its scope names, only what is below it', async () => {
    expect((await w.as.scopedIn.patch(`departments/${w.A.P}`, { parentId: w.A.S })).status).toBe(403);
    expect((await w.as.scopedIn.delete(`departments/${w.A.P}`)).status).toBe(403);
    expect((await w.as.scopedIn.patch(`departments/${w.A.P}`, { name: '小學部' })).status).toBe(200);
  });

  it('CT-01 a scoped admin cannot move a department of its scope outside it', async () => {
    const res = await w.as.scopedIn.patch(`departments/${w.A.PM}`, { parentId: w.A.S });
    expect(res.status).toBe(404);
    const up = await w.as.scopedIn.patch(`departments/${w.A.PM}`, { parentId: w.A.root });
    expect(up.status).toBe(403);
    const tree = await w.as.creator.get('departments');
    expect(tree.body.items.find((d: { id: string }) => d.id === w.A.PM).parentId).toBe(w.A.P);
  });

  describe('tenant isolation', () => {
    it('CT-01 ids of school B through school A are 404 (path) or unknown (body), and B is unchanged', async () => {
      const before = await w.snapshot(SCHOOL_B);
      const a = w.as.creator;
      expect((await a.patch(`departments/${w.B.PC}`, { name: 'x' })).status).toBe(404);
      expect((await put(a, `departments/${w.B.PC}/heads`, { memberIds: [] })).status).toBe(404);
      expect((await a.delete(`departments/${extra.emptyB}`)).status).toBe(404);
      const create = await a.post('departments', { name: 'x', parentId: w.B.P });
      expect(create.status).toBe(400);
      expect(create.body.error).toMatchObject({ code: 'unknown_ref', field: 'parentId' });
      expect((await a.post('departments/reorder', { parentId: w.B.P, ids: [w.B.PC, w.B.PM] })).status).toBe(400);
      expect((await a.patch(`departments/${w.A.PC}`, { parentId: w.B.P })).status).toBe(400);
      expect((await a.get('departments')).body.items.map((d: { id: string }) => d.id)).not.toContain(w.B.PC);
      expect(await w.snapshot(SCHOOL_B)).toEqual(before);
    });
  });
});

describe('CT-01 departments: the tree', () => {
  let w: ContactsWorld;
  beforeEach(async () => {
    w = await contactsWorld();
  });
  afterEach(() => w.env.close());

  const tree = async (agent?: Agent) => (await (agent ?? w.as.creator).get('departments')).body;
  const audits = async (action: string) => {
    const { db } = await w.env.ctx(SCHOOL_A);
    return db.select().from(auditLog).where(eq(auditLog.action, action)).all();
  };

  it('CT-01 the first call creates the root (named after the school) and the alumni department, once', async () => {
    const env = await createTestEnv();
    try {
      await env.school('C-003');
      const admin = env.agent('C-003');
      await admin.signIn('admin', 'password1');
      const [first, second] = await Promise.all([admin.get('departments'), admin.get('departments')]);
      expect(first.body.items).toEqual(second.body.items);
      expect(first.body.items).toMatchObject([
        { id: first.body.rootId, parentId: null, name: '測試學校 C-003', kind: 'normal', depth: 0 },
        { id: first.body.alumniId, parentId: first.body.rootId, name: '校友', kind: 'alumni', depth: 1 },
      ]);
      const { db } = await env.ctx('C-003');
      expect(await db.$count(departments)).toBe(2);
    } finally {
      await env.close();
    }
  });

  it('CT-01 adds a top-level department and a sub-department, each last among its siblings, audited', async () => {
    const top = await w.as.creator.post('departments', { name: '總務處' });
    expect(top.status).toBe(201);
    expect(top.body).toMatchObject({ name: '總務處', parentId: w.A.root, kind: 'normal' });
    const sub = await w.as.creator.post('departments', { name: '  理科組 ', parentId: w.A.S });
    expect(sub.body).toMatchObject({ name: '理科組', parentId: w.A.S });
    const t = await tree();
    expect(names(t.items.filter((d: { parentId: string }) => d.parentId === w.A.root))).toEqual(['校友', '小學部', '中學部', '總務處']);
    expect(names(t.items.filter((d: { parentId: string }) => d.parentId === w.A.S))).toEqual(['英文科組', '理科組']);
    expect(t.items.find((d: { id: string }) => d.id === sub.body.id).depth).toBe(2);
    expect((await audits('department.create')).map((a) => a.after)).toContainEqual({ name: '理科組', parentId: w.A.S });
  });

  it('CT-01 renames a department, audited with before and after', async () => {
    const res = await w.as.creator.patch(`departments/${w.A.PC}`, { name: '中文組' });
    expect(res.body).toMatchObject({ id: w.A.PC, name: '中文組' });
    const [audit] = await audits('department.update');
    expect(audit).toMatchObject({ targetId: w.A.PC, before: { name: '中文科組' }, after: { name: '中文組' } });
  });

  it('CT-01 moves a department with its sub-departments under another parent, last there, audited', async () => {
    const res = await w.as.creator.patch(`departments/${w.A.P}`, { parentId: w.A.S });
    expect(res.status).toBe(200);
    const t = await tree();
    expect(t.items.map((d: { name: string; depth: number }) => `${d.depth}:${d.name}`)).toEqual([
      `0:測試學校 ${SCHOOL_A}`,
      '1:校友',
      '1:中學部',
      '2:英文科組',
      '2:小學部',
      '3:中文科組',
      '3:數學科組',
    ]);
    const [audit] = await audits('department.move');
    expect(audit).toMatchObject({ targetId: w.A.P, before: { parentId: w.A.root }, after: { parentId: w.A.S } });
  });

  it('CT-01 sets a position with sortOrder and orders siblings with reorder, audited', async () => {
    expect((await w.as.creator.post('departments/reorder', { parentId: w.A.root, ids: [w.A.S, w.A.P, w.A.alumni] })).status).toBe(200);
    let t = await tree();
    expect(names(t.items.filter((d: { depth: number }) => d.depth === 1))).toEqual(['中學部', '小學部', '校友']);
    await w.as.creator.patch(`departments/${w.A.alumni}`, { sortOrder: 0 });
    await w.as.creator.patch(`departments/${w.A.S}`, { sortOrder: 5 });
    t = await tree();
    expect(names(t.items.filter((d: { depth: number }) => d.depth === 1))).toEqual(['校友', '小學部', '中學部']);
    expect((await audits('department.reorder'))[0]).toMatchObject({ targetId: w.A.root, after: { ids: [w.A.S, w.A.P, w.A.alumni] } });
  });

  it('CT-01 sets and clears department heads; the tree shows them, audited', async () => {
    const res = await put(w.as.creator, `departments/${w.A.PC}/heads`, { memberIds: [w.A.teacher] });
    expect(res.body.heads).toEqual([{ id: w.A.teacher, name: '李老師' }]);
    expect((await tree(w.as.teacher)).items.find((d: { id: string }) => d.id === w.A.PC).heads).toEqual([{ id: w.A.teacher, name: '李老師' }]);
    await put(w.as.creator, `departments/${w.A.PC}/heads`, { memberIds: [] });
    expect((await tree()).items.find((d: { id: string }) => d.id === w.A.PC).heads).toEqual([]);
    expect((await audits('department.heads')).map((a) => a.after)).toEqual(expect.arrayContaining([{ heads: [w.A.teacher] }, { heads: [] }]));
  });

  it('CT-01 deletes an empty department, and clears the admin scopes that named it', async () => {
    const { db } = await w.env.ctx(SCHOOL_A);
    await db.insert(adminScopes).values({ memberId: w.A.scopedOut, kind: 'department', ref: w.A.PM });
    expect((await w.as.creator.delete(`departments/${w.A.PM}`)).status).toBe(204);
    expect(names((await tree()).items)).not.toContain('數學科組');
    expect(await db.select().from(adminScopes).where(and(eq(adminScopes.kind, 'department'), eq(adminScopes.ref, w.A.PM))).all()).toEqual([]);
    expect((await audits('department.delete'))[0]).toMatchObject({ targetId: w.A.PM, before: { name: '數學科組', parentId: w.A.P } });
  });

  it('CT-01 a department with members or sub-departments cannot be deleted', async () => {
    const withMember = await w.as.creator.delete(`departments/${w.A.PC}`);
    expect(withMember.status).toBe(409);
    expect(withMember.body.error).toMatchObject({ code: 'department_not_empty', message: '部門內仍有成員或子部門，不能刪除' });
    expect((await w.as.creator.delete(`departments/${w.A.S}`)).body.error.code).toBe('department_not_empty');
    expect(names((await tree()).items)).toEqual(expect.arrayContaining(['中文科組', '中學部']));
  });

  it('CT-01 a department whose only member was removed can be deleted', async () => {
    await w.as.creator.delete(`members/${w.A.teacher}`);
    expect((await w.as.creator.delete(`departments/${w.A.PC}`)).status).toBe(204);
  });

  it('CT-01 the root and the alumni department cannot be deleted nor moved', async () => {
    for (const id of [w.A.root, w.A.alumni]) {
      const del = await w.as.creator.delete(`departments/${id}`);
      expect(del.status).toBe(409);
      expect(del.body.error.code).toBe('department_protected');
    }
    expect((await w.as.creator.patch(`departments/${w.A.alumni}`, { parentId: w.A.P })).body.error).toMatchObject({ code: 'department_protected', field: 'parentId' });
    expect((await w.as.creator.patch(`departments/${w.A.root}`, { parentId: w.A.P })).status).toBe(409);
    expect((await w.as.creator.patch(`departments/${w.A.root}`, { name: '新校名' })).status).toBe(200);
  });

  it('CT-01 member counts include sub-departments, each member once', async () => {
    await w.place(SCHOOL_A, w.A.teacher, w.A.PM);
    const t = await tree();
    const countOf = (id: string) => t.items.find((d: { id: string }) => d.id === id).memberCount;
    expect(countOf(w.A.PC)).toBe(1);
    expect(countOf(w.A.PM)).toBe(1);
    // teacher (PC and PM) once, plus the scoped admin placed in P
    expect(countOf(w.A.P)).toBe(2);
    // and the creator, whom provisioning places in the root
    expect(countOf(w.A.root)).toBe(4);
    expect(countOf(w.A.alumni)).toBe(0);
  });

  it('ADM-04 with hideMemberCount on, non-admins get no member counts; admins still do', async () => {
    expect((await tree(w.as.teacher)).items[0].memberCount).toBe(4);
    await w.as.creator.patch('settings/security', { hideMemberCount: true });
    for (const item of (await tree(w.as.teacher)).items) expect(item).not.toHaveProperty('memberCount');
    expect((await tree(w.as.super)).items[0].memberCount).toBe(4);
    expect((await tree(w.as.scopedIn)).items.find((d: { id: string }) => d.id === w.A.P).memberCount).toBe(2);
  });

  it('CT-01 staff read the whole tree and manage none of it', async () => {
    const t = await tree(w.as.teacher);
    expect(names(t.items)).toEqual([`測試學校 ${SCHOOL_A}`, '校友', '小學部', '中文科組', '數學科組', '中學部', '英文科組']);
    expect(t.items.every((d: { manageable: boolean }) => !d.manageable)).toBe(true);
  });

  it('CT-01 a scoped admin of apps only reads the whole tree as staff do, and manages none of it', async () => {
    await w.env.addMember(SCHOOL_A, { kind: 'staff', name: '應用管理員', account: 'appadmin', password: 'password7', phone: '66000007', adminRole: 'scoped', scope: { apps: ['notices'] } });
    const a = w.env.agent(SCHOOL_A);
    await a.signIn('appadmin', 'password7');
    const t = await tree(a);
    expect(t.items).toHaveLength(7);
    expect(t.items.every((d: { manageable: boolean }) => !d.manageable)).toBe(true);
    expect(t.items[0].memberCount).toBe(4);
    expect((await a.post('departments', { name: '新', parentId: w.A.P })).status).toBe(403);
  });

  it('CT-01 a scoped admin sees its scope and, read-only, the path above it; nothing beside it', async () => {
    const t = await tree(w.as.scopedIn);
    expect(t.items.map((d: { name: string; manageable: boolean }) => `${d.name}:${d.manageable}`)).toEqual([
      `測試學校 ${SCHOOL_A}:false`,
      '小學部:true',
      '中文科組:true',
      '數學科組:true',
    ]);
    expect(t.items[0]).not.toHaveProperty('memberCount');
    expect(t.items[0]).not.toHaveProperty('heads');
    expect(t.items[1]).toHaveProperty('memberCount', 2);
  });

  it('CT-01 a scoped admin manages below its scope: adds, renames, deletes there', async () => {
    const sub = await w.as.scopedIn.post('departments', { name: '常識科組', parentId: w.A.P });
    expect(sub.status).toBe(201);
    expect((await w.as.scopedIn.patch(`departments/${sub.body.id}`, { name: '常識組', parentId: w.A.PC })).status).toBe(200);
    expect((await w.as.scopedIn.delete(`departments/${sub.body.id}`)).status).toBe(204);
  });

  it('CT-01 the demo seed builds the demo school tree and places the staff with titles and heads', async () => {
    const env = await createTestEnv();
    try {
      await env.school('D-004');
      const { db } = await env.ctx('D-004');
      const ids: Record<string, string> = {};
      for (const account of ['teacher', 'zhang', 'ho', 'leung']) {
        ids[account] = await env.addMember('D-004', { kind: 'staff', name: account, account, phone: `6600${String(Object.keys(ids).length + 10).padStart(4, '0')}`, isTeacher: true });
      }
      const admin = env.agent('D-004');
      await admin.signIn('admin', 'password1');
      ids.admin = (await admin.get('auth/me')).body.member.id;
      await db.transaction((tx) => seedDemoDepartments(tx, env.clock.now(), ids));
      const t = (await admin.get('departments')).body;
      // the root is the school itself, made by provisioning with the school's name
      expect(t.items.map((d: { name: string; depth: number }) => `${d.depth}:${d.name}`)).toEqual([
        '0:測試學校 D-004',
        '1:校長室',
        '1:教務處',
        '1:學生事務處',
        '1:總務處',
        '1:小學部',
        '2:中文科組',
        '2:數學科組',
        '2:英文科組',
        '1:中學部',
        '2:中文科組',
        '2:數學科組',
        '2:英文科組',
        '2:理科組',
        '1:校友',
      ]);
      const teacher = (await admin.get(`members/${ids.teacher}`)).body;
      expect(teacher).toMatchObject({ title: '中文科老師', headOf: [teacher.departments[0].id] });
      expect(teacher.departments.map((d: { name: string }) => d.name)).toEqual(['中文科組', '中文科組']);
      expect(t.items[1]).toMatchObject({ name: '校長室', heads: [{ id: ids.admin, name: '創建人' }] });
    } finally {
      await env.close();
    }
  });
});

describe('CT-01 departments: bad input changes nothing (X-03)', () => {
  let w: ContactsWorld;
  beforeAll(async () => {
    w = await contactsWorld();
  });
  afterAll(() => w.env.close());

  const cases: { name: string; call: () => Promise<{ status: number; body: { error: { code: string; field?: string } } }>; status: number; code: string; field?: string }[] = [
    { name: 'an empty name', call: () => w.as.creator.post('departments', { name: '   ' }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a name with a slash', call: () => w.as.creator.post('departments', { name: 'a/b' }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a missing name', call: () => w.as.creator.post('departments', { parentId: w.A.P }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'an unknown parent', call: () => w.as.creator.post('departments', { name: '新', parentId: 'nope' }), status: 400, code: 'unknown_ref', field: 'parentId' },
    { name: 'a privileged field', call: () => w.as.creator.post('departments', { name: '新', kind: 'alumni' }), status: 400, code: 'unknown_field', field: 'kind' },
    { name: 'a twin name under the same parent', call: () => w.as.creator.post('departments', { name: '中文科組', parentId: w.A.P }), status: 409, code: 'department_name_taken', field: 'name' },
    { name: 'a rename onto a sibling name', call: () => w.as.creator.patch(`departments/${w.A.PM}`, { name: '中文科組' }), status: 409, code: 'department_name_taken', field: 'name' },
    { name: 'a move under a descendant', call: () => w.as.creator.patch(`departments/${w.A.P}`, { parentId: w.A.PC }), status: 400, code: 'department_cycle', field: 'parentId' },
    { name: 'a move under itself', call: () => w.as.creator.patch(`departments/${w.A.P}`, { parentId: w.A.P }), status: 400, code: 'department_cycle', field: 'parentId' },
    { name: 'a move onto an unknown parent', call: () => w.as.creator.patch(`departments/${w.A.P}`, { parentId: 'nope' }), status: 400, code: 'unknown_ref', field: 'parentId' },
    { name: 'an empty change', call: () => w.as.creator.patch(`departments/${w.A.P}`, {}), status: 400, code: 'invalid_field' },
    { name: 'a negative sortOrder', call: () => w.as.creator.patch(`departments/${w.A.P}`, { sortOrder: -1 }), status: 400, code: 'invalid_field', field: 'sortOrder' },
    { name: 'a reorder missing a child', call: () => w.as.creator.post('departments/reorder', { parentId: w.A.P, ids: [w.A.PC] }), status: 400, code: 'incomplete_list', field: 'ids' },
    {
      name: 'a reorder naming a child twice',
      call: () => w.as.creator.post('departments/reorder', { parentId: w.A.P, ids: [w.A.PC, w.A.PC] }),
      status: 400,
      code: 'incomplete_list',
      field: 'ids',
    },
    {
      name: 'a reorder naming a department of another parent',
      call: () => w.as.creator.post('departments/reorder', { parentId: w.A.P, ids: [w.A.PC, w.A.SE] }),
      status: 400,
      code: 'incomplete_list',
      field: 'ids',
    },
    {
      name: 'a head who is not a member',
      call: () => put(w.as.creator, `departments/${w.A.PM}/heads`, { memberIds: [w.A.teacher] }),
      status: 400,
      code: 'head_not_member',
      field: 'memberIds',
    },
    { name: 'heads not a list', call: () => put(w.as.creator, `departments/${w.A.PC}/heads`, { memberIds: w.A.teacher }), status: 400, code: 'invalid_field', field: 'memberIds' },
    { name: 'an unknown department', call: () => w.as.creator.patch('departments/nope', { name: 'x' }), status: 404, code: 'not_found' },
  ];

  it.each(cases)('CT-01 $name → $status $code', async (c) => {
    const before = await w.snapshot(SCHOOL_A);
    const res = await c.call();
    expect(res.status).toBe(c.status);
    expect(res.body.error.code).toBe(c.code);
    if (c.field) expect(res.body.error.field).toBe(c.field);
    expect(await w.snapshot(SCHOOL_A)).toEqual(before);
  });

  it('X-03 the message names the field in the caller language', async () => {
    const a = w.env.agent(SCHOOL_A);
    await a.signIn('admin', 'password1');
    a.language = 'en';
    const res = await a.patch(`departments/${w.A.P}`, { parentId: w.A.PC });
    expect(res.body.error.message).toBe('A department cannot move under itself or one of its sub-departments');
  });
});
