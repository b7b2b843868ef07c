import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { apps, auditLog, workbenchGroups, workbenchItems } from '../../../db/schema';
import { DEMO_WORKBENCH_GROUP, seedDemoApps } from '../../../db/seed/demo-apps';
import { agentOf, type Role, type SchoolIds, seedSchool, signInAll } from '../roles/test-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { CATALOGUE } from './catalogue';

const A = 'A-001';
let env: TestEnv;
let ids: SchoolIds;
let agents: Record<Role, Agent>;
let teacherOut: Agent;
let group: string;
beforeEach(async () => {
  env = await createTestEnv();
  ids = await seedSchool(env, A);
  const { db } = await env.deps.schools.get(A);
  await db.transaction((tx) => seedDemoApps(tx, env.clock.now()));
  group = (await db.select().from(workbenchGroups).get())?.id ?? '';
  agents = await signInAll(env, A);
  teacherOut = agentOf(env, A);
  await teacherOut.signIn('teacher2', 'pw-teacher2');
});
afterEach(() => env.close());

/** The app keys a member's workbench shows, group by group. */
async function workbench(agent: Agent): Promise<Record<string, string[]>> {
  const res = await agent.get('apps/workbench');
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.groups.map((g: { name: string; apps: { key: string }[] }) => [g.name, g.apps.map((a) => a.key)]));
}
const keys = async (agent: Agent) => (await workbench(agent))[DEMO_WORKBENCH_GROUP] ?? [];

describe('APP-02 the mobile workbench', () => {
  it('APP-02 the demo seed: one group 智慧校園 / Macao Smart Campus, apps in the manual\'s order; 管理後台 for admins only', async () => {
    const all = CATALOGUE.map((a) => a.key);
    expect(await workbench(agents.creator)).toEqual({ [DEMO_WORKBENCH_GROUP]: all });
    expect(await keys(agents.scopedIn)).toEqual(all);
    expect(await keys(agents.teacher)).toEqual(all.filter((k) => k !== 'back-office'));
    expect(all.slice(0, 8)).toEqual(['messages', 'leave', 'attendance', 'timetable', 'homework', 'courses', 'mailbox', 'support']);
    // parents and students: the apps the manual opens to 家長學生, nothing staff-only
    const family = ['messages', 'leave', 'timetable', 'homework', 'courses', 'mailbox', 'site', 'calendar', 'resources', 'notices'];
    expect(await keys(agents.parent)).toEqual(family);
    expect(await keys(agents.student)).toEqual(family);
    const tile = (await agents.parent.get('apps/workbench')).body.groups[0].apps[0];
    expect(tile).toEqual({ key: 'messages', name: { 'zh-Hant': '消息提醒', en: 'Reminder', pt: 'Lembretes' } });
  });

  it('APP-02 visible range by department (sub-departments included), by member and by tag', async () => {
    await agents.super.patch('apps/leave', { visibleRange: { departmentIds: [ids.deptIn] } });
    expect(await keys(agents.teacher)).toContain('leave');
    expect(await keys(teacherOut)).not.toContain('leave');
    // an admin outside the range does not see it either: the range is about the person
    expect(await keys(agents.creator)).not.toContain('leave');
    // parents are not staff: the range does not apply, parentsAllowed does
    expect(await keys(agents.parent)).toContain('leave');

    await agents.super.patch('apps/leave', { visibleRange: { memberIds: [ids.teacherOut] } });
    expect(await keys(agents.teacher)).not.toContain('leave');
    expect(await keys(teacherOut)).toContain('leave');

    await agents.super.patch('apps/leave', { visibleRange: { tagIds: [ids.tag] } });
    expect(await keys(agents.teacher)).toContain('leave');
    expect(await keys(teacherOut)).not.toContain('leave');

    await agents.super.patch('apps/leave', { visibleRange: {} });
    expect(await keys(teacherOut)).toContain('leave');
  });

  it('APP-01 APP-02 a disabled app, or one not open to parents, is not on the workbench', async () => {
    await agents.super.patch('apps/homework', { enabled: false });
    await agents.super.patch('apps/calendar', { parentsAllowed: false });
    for (const a of [agents.creator, agents.teacher, agents.parent]) expect(await keys(a)).not.toContain('homework');
    expect(await keys(agents.teacher)).toContain('calendar');
    expect(await keys(agents.parent)).not.toContain('calendar');
  });

  it('APP-02 a group is named in the viewer’s language: 智慧校園 / Macao Smart Campus / Campus Inteligente de Macau', async () => {
    const names = async (language: string) => {
      agents.teacher.language = language;
      const res = await agents.teacher.get('apps/workbench');
      agents.teacher.language = 'zh-Hant';
      return res.body.groups.map((g: { name: string }) => g.name);
    };
    expect(await names('zh-Hant')).toEqual([DEMO_WORKBENCH_GROUP]);
    expect(await names('en')).toEqual(['Macao Smart Campus']);
    expect(await names('pt')).toEqual(['Campus Inteligente de Macau']);
    const created = await agents.super.post('apps/workbench/groups', { name: '常用', translations: { en: 'Favourites' }, appKeys: ['messages'] });
    expect(created.body.translations).toEqual({ en: 'Favourites' });
    expect(await names('en')).toEqual(['Macao Smart Campus', 'Favourites']);
    // no Portuguese name: the zh-Hant one
    expect(await names('pt')).toEqual(['Campus Inteligente de Macau', '常用']);
    const renamed = await agents.super.patch(`apps/workbench/groups/${created.body.id}`, { translations: { en: 'Shortcuts', pt: 'Atalhos' } });
    expect(renamed.body).toMatchObject({ name: '常用', translations: { en: 'Shortcuts', pt: 'Atalhos' } });
    expect((await agents.super.post('apps/workbench/groups', { name: 'x', translations: { fr: 'y' } })).body.error.field).toBe('translations.fr');
    expect((await agents.super.delete(`apps/workbench/groups/${created.body.id}`)).status).toBe(204);
  });

  it('APP-02 X-02 groups: create, set their apps in order, reorder, rename, delete; the workbench follows', async () => {
    const s = agents.super;
    const created = await s.post('apps/workbench/groups', { name: '常用', appKeys: ['notices', 'messages'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '常用', sortOrder: 1, appKeys: ['notices', 'messages'] });
    const id = created.body.id;
    expect(Object.keys(await workbench(agents.teacher))).toEqual([DEMO_WORKBENCH_GROUP, '常用']);

    const items = await s.json('PUT', `apps/workbench/groups/${id}/items`, { appKeys: ['messages', 'leave', 'notices'] });
    expect(items.body.appKeys).toEqual(['messages', 'leave', 'notices']);
    expect((await workbench(agents.parent))['常用']).toEqual(['messages', 'leave', 'notices']);

    expect((await s.post('apps/workbench/groups/reorder', { groupIds: [id, group] })).status).toBe(200);
    expect(Object.keys(await workbench(agents.teacher))).toEqual(['常用', DEMO_WORKBENCH_GROUP]);
    expect((await s.get('apps/workbench/groups')).body.items.map((g: { id: string }) => g.id)).toEqual([id, group]);

    expect((await s.patch(`apps/workbench/groups/${id}`, { name: 'Favourites' })).body.name).toBe('Favourites');
    expect((await s.delete(`apps/workbench/groups/${id}`)).status).toBe(204);
    expect(Object.keys(await workbench(agents.teacher))).toEqual([DEMO_WORKBENCH_GROUP]);

    const { db } = await env.deps.schools.get(A);
    const actions = (await db.select().from(auditLog).all()).map((a) => a.action);
    expect(actions).toEqual(['workbench-group.create', 'workbench-group.items', 'workbench-group.reorder', 'workbench-group.update', 'workbench-group.delete']);
  });

  it('APP-02 an app put in a group is not enabled by that; an empty group is not shown', async () => {
    const { db } = await env.deps.schools.get(A);
    await db.delete(workbenchItems);
    expect((await agents.teacher.get('apps/workbench')).body.groups).toEqual([]);
    // an app the school never configured
    await db.delete(apps).where(eq(apps.key, 'transfers'));
    const put = await agents.super.json('PUT', `apps/workbench/groups/${group}/items`, { appKeys: ['transfers'] });
    expect(put.body.appKeys).toEqual(['transfers']);
    expect((await agents.teacher.get('apps/workbench')).body.groups).toEqual([]);
    expect((await agents.super.get('apps?q=transfers')).body.items[0]).toMatchObject({ key: 'transfers', enabled: false });
  });

  it('APP-02 bad group input changes nothing', async () => {
    const s = agents.super;
    const { db } = await env.deps.schools.get(A);
    const before = { groups: await db.select().from(workbenchGroups).all(), items: await db.select().from(workbenchItems).all(), audit: await db.$count(auditLog) };
    const cases = [
      ['POST', 'apps/workbench/groups', { name: '' }, 'name'],
      ['POST', 'apps/workbench/groups', { name: 'x', appKeys: ['nope'] }, 'appKeys.0'],
      ['POST', 'apps/workbench/groups', { name: 'x', appKeys: ['leave', 'leave'] }, 'appKeys'],
      ['PUT', `apps/workbench/groups/${group}/items`, { appKeys: ['leave', 'leave'] }, 'appKeys'],
      ['PUT', `apps/workbench/groups/${group}/items`, {}, 'appKeys'],
      ['PATCH', `apps/workbench/groups/${group}`, { name: 'x', sortOrder: 3 }, 'sortOrder'],
      ['POST', 'apps/workbench/groups/reorder', { groupIds: [group, group] }, 'groupIds'],
      ['POST', 'apps/workbench/groups/reorder', { groupIds: ['nope'] }, 'groupIds'],
    ] as const;
    for (const [method, path, body, field] of cases) {
      const res = await s.json(method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect({ groups: await db.select().from(workbenchGroups).all(), items: await db.select().from(workbenchItems).all(), audit: await db.$count(auditLog) }).toEqual(before);
  });
});
