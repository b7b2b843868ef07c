import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apps, appVisibility, auditLog, workbenchGroups, workbenchItems } from '../../../db/schema';
import { seedDemoApps } from '../../../db/seed/demo-apps';
import { APP_IN, APP_OUT, ROLES, type Role, type SchoolIds, seedSchool, signInAll } from '../roles/test-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { CATALOGUE } from './catalogue';

const A = 'A-001';
const B = 'B-002';

async function snapshot(env: TestEnv, code: string) {
  const { db } = await env.deps.schools.get(code);
  return {
    apps: await db.select().from(apps).orderBy(apps.key).all(),
    visibility: await db.select().from(appVisibility).orderBy(appVisibility.appKey, appVisibility.ref).all(),
    groups: await db.select().from(workbenchGroups).orderBy(workbenchGroups.id).all(),
    items: await db.select().from(workbenchItems).orderBy(workbenchItems.groupId, workbenchItems.appKey).all(),
    audit: await db.$count(auditLog),
  };
}

async function seedApps(env: TestEnv, code: string): Promise<string> {
  const { db } = await env.deps.schools.get(code);
  await db.transaction((tx) => seedDemoApps(tx, env.clock.now()));
  return (await db.select().from(workbenchGroups).get())?.id ?? '';
}

describe('APP-01 APP-02 apps routes: who may call them', () => {
  let env: TestEnv;
  let agents: Record<Role, Agent>;
  const ids = {} as Record<'A' | 'B', SchoolIds>;
  const groups = {} as Record<'A' | 'B', string>;
  beforeAll(async () => {
    env = await createTestEnv();
    ids.A = await seedSchool(env, A);
    ids.B = await seedSchool(env, B);
    groups.A = await seedApps(env, A);
    groups.B = await seedApps(env, B);
    agents = await signInAll(env, A);
  });
  afterAll(() => env.close());

  const supers = (status: number) => ({ super: status, creator: status });
  const admins = { creator: 200, super: 200, scopedIn: 200, scopedOut: 200 };
  const everyone = Object.fromEntries(ROLES.filter((r) => r !== 'anonymous').map((r) => [r, 200]));
  const ROUTES: { name: string; method: string; path: string | (() => string); body?: unknown; allowed: Partial<Record<Role, number>>; refused: number[] }[] = [
    { name: 'GET apps', method: 'GET', path: 'apps', allowed: admins, refused: [403] },
    { name: 'PATCH apps/:key (in the scoped admin\'s scope)', method: 'PATCH', path: `apps/${APP_IN}`, body: { enabled: true }, allowed: { ...supers(200), scopedIn: 200 }, refused: [403] },
    { name: 'PATCH apps/:key (unknown app)', method: 'PATCH', path: 'apps/contacts', body: { enabled: true }, allowed: {}, refused: [404] },
    { name: 'GET apps/workbench', method: 'GET', path: 'apps/workbench', allowed: everyone, refused: [] },
    { name: 'GET apps/workbench/groups', method: 'GET', path: 'apps/workbench/groups', allowed: supers(200), refused: [403] },
    { name: 'POST apps/workbench/groups', method: 'POST', path: 'apps/workbench/groups', body: { name: '常用', appKeys: ['messages'] }, allowed: supers(201), refused: [403] },
    // the list must name every group: an empty one is a 400 past authorization
    { name: 'POST apps/workbench/groups/reorder', method: 'POST', path: 'apps/workbench/groups/reorder', body: { groupIds: [] }, allowed: supers(400), refused: [403] },
    { name: 'PATCH apps/workbench/groups/:id', method: 'PATCH', path: () => `apps/workbench/groups/${groups.A}`, body: { name: '智慧校園 / Macao Smart Campus' }, allowed: supers(200), refused: [403] },
    { name: 'PUT apps/workbench/groups/:id/items', method: 'PUT', path: 'apps/workbench/groups/nothing/items', body: { appKeys: ['notices'] }, allowed: supers(404), refused: [403] },
    { name: 'DELETE apps/workbench/groups/:id', method: 'DELETE', path: 'apps/workbench/groups/nothing', allowed: supers(404), refused: [403] },
  ];

  describe.each(ROUTES)('$name', (route) => {
    it.each(ROLES)('as %s', async (role) => {
      const before = await snapshot(env, A);
      const path = typeof route.path === 'function' ? route.path() : route.path;
      const res = await agents[role].json(route.method, path, route.body);
      if (role === 'anonymous') expect(res.status).toBe(401);
      else if (route.allowed[role] !== undefined) expect(res.status).toBe(route.allowed[role]);
      else expect(route.refused).toContain(res.status);
      if (res.status >= 300) expect(await snapshot(env, A)).toEqual(before);
    });
  });

  it('APP-01 APP-02 tenant isolation: school B\'s groups and references are unknown through school A', async () => {
    const before = await snapshot(env, B);
    const c = agents.creator;
    expect((await c.patch(`apps/workbench/groups/${groups.B}`, { name: 'x' })).status).toBe(404);
    expect((await c.json('PUT', `apps/workbench/groups/${groups.B}/items`, { appKeys: [] })).status).toBe(404);
    expect((await c.delete(`apps/workbench/groups/${groups.B}`)).status).toBe(404);
    for (const [range, field] of [
      [{ departmentIds: [ids.B.deptIn] }, 'visibleRange.departmentIds'],
      [{ memberIds: [ids.B.teacher] }, 'visibleRange.memberIds'],
      [{ tagIds: [ids.B.tag] }, 'visibleRange.tagIds'],
    ] as const) {
      expect((await c.patch('apps/leave', { visibleRange: range })).body.error).toMatchObject({ code: 'unknown_ref', field });
    }
    const reorder = await c.post('apps/workbench/groups/reorder', { groupIds: [groups.B] });
    expect(reorder.body.error).toMatchObject({ code: 'unknown_ref', field: 'groupIds' });
    expect(await snapshot(env, B)).toEqual(before);
  });
});

describe('APP-01 the school\'s apps', () => {
  let env: TestEnv;
  let ids: SchoolIds;
  let agents: Record<Role, Agent>;
  beforeEach(async () => {
    env = await createTestEnv();
    ids = await seedSchool(env, A);
    agents = await signInAll(env, A);
  });
  afterEach(() => env.close());

  it('APP-01 lists every catalogue app, in order, disabled until enabled; a scoped admin may change only its apps', async () => {
    const res = await agents.scopedIn.get('apps?pageSize=100');
    expect(res.body.total).toBe(CATALOGUE.length);
    expect(res.body.items.map((a: { key: string }) => a.key)).toEqual(CATALOGUE.map((a) => a.key));
    expect(res.body.items.find((a: { key: string }) => a.key === 'calendar')).toEqual({
      key: 'calendar',
      name: { 'zh-Hant': '校曆', en: 'School Calendar', pt: 'Calendário Escolar' },
      audience: 'all',
      enabled: false,
      parentsAllowed: false,
      visibleRange: { departmentIds: [], memberIds: [], tagIds: [] },
      manageable: false,
    });
    expect(res.body.items.filter((a: { manageable: boolean }) => a.manageable).map((a: { key: string }) => a.key)).toEqual([APP_IN]);
    expect((await agents.super.get('apps?q=校曆')).body.items.map((a: { key: string }) => a.key)).toEqual(['calendar']);
    expect((await agents.super.get('apps?q=homework')).body.total).toBe(1);
    expect((await agents.super.get('apps?page=2&pageSize=10')).body.items).toHaveLength(CATALOGUE.length - 10);
  });

  it('APP-01 X-02 an admin enables an app, opens it to parents and sets its visible range; audited', async () => {
    const range = { departmentIds: [ids.deptIn], memberIds: [ids.teacherOut], tagIds: [ids.tag] };
    const res = await agents.super.patch('apps/leave', { enabled: true, parentsAllowed: true, visibleRange: range });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'leave', enabled: true, parentsAllowed: true, visibleRange: range });
    expect((await agents.super.patch('apps/leave', { enabled: false })).body).toMatchObject({ enabled: false, parentsAllowed: true, visibleRange: range });
    const { db } = await env.deps.schools.get(A);
    const rows = (await db.select().from(auditLog).all()).filter((a) => a.action === 'app.update');
    expect(rows[0]).toMatchObject({ targetId: 'leave', before: { enabled: false, parentsAllowed: false }, after: { enabled: true, parentsAllowed: true, visibleRange: range } });
    expect(rows[1]).toMatchObject({ before: { enabled: true }, after: { enabled: false } });
  });

  it('APP-01 refused input changes nothing: staff-only apps, unknown references, unknown fields', async () => {
    const before = await snapshot(env, A);
    const s = agents.super;
    const cases = [
      ['back-office', { parentsAllowed: true }, 'staff_only_app', 'parentsAllowed'],
      ['attendance', { enabled: true, parentsAllowed: true }, 'staff_only_app', 'parentsAllowed'],
      ['leave', { visibleRange: { departmentIds: ['nope'] } }, 'unknown_ref', 'visibleRange.departmentIds'],
      ['leave', { visibleRange: { memberIds: [ids.parent] } }, 'unknown_ref', 'visibleRange.memberIds'],
      ['leave', { visibleRange: { tagIds: ['nope'] } }, 'unknown_ref', 'visibleRange.tagIds'],
      ['leave', { enabled: 'yes' }, 'invalid_field', 'enabled'],
      ['leave', { enabled: true, order: 1 }, 'unknown_field', 'order'],
    ] as const;
    for (const [key, body, code, field] of cases) {
      const res = await s.patch(`apps/${key}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ code, field });
    }
    expect((await s.patch('apps/nothing', { enabled: true })).status).toBe(404);
    expect(await snapshot(env, A)).toEqual(before);
  });

  it('APP-01 管理範圍: a scoped admin names only departments and members inside its scope, never the whole school', async () => {
    const before = await snapshot(env, A);
    const a = agents.scopedIn;
    expect((await a.patch(`apps/${APP_IN}`, { visibleRange: { departmentIds: [ids.deptOut] } })).status).toBe(403);
    expect((await a.patch(`apps/${APP_IN}`, { visibleRange: { memberIds: [ids.teacherOut] } })).status).toBe(403);
    expect((await a.patch(`apps/${APP_OUT}`, { enabled: true })).status).toBe(403);
    // a tag reaches across the school, an empty range is every staff member: both beyond its scope
    expect((await a.patch(`apps/${APP_IN}`, { visibleRange: { departmentIds: [ids.deptIn], tagIds: [ids.tag] } })).status).toBe(403);
    expect((await a.patch(`apps/${APP_IN}`, { visibleRange: {} })).status).toBe(403);
    expect(await snapshot(env, A)).toEqual(before);
    const ok = await a.patch(`apps/${APP_IN}`, { enabled: true, visibleRange: { departmentIds: [ids.deptInSub], memberIds: [ids.teacher] } });
    expect(ok.status).toBe(200);
  });
});
