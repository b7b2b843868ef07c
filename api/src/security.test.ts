import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema';
import { enqueueMessages } from './messages/enqueue';
import type { Agent } from './test/agent';
import { createTestEnv, type TestEnv } from './test/harness';

/**
 * Security tables over every school route: who may call it (anonymous → 401, a role the SPEC
 * does not grant → 403 or 404), and tenant isolation (a member of one school never reaches
 * another school's records).
 */
type Role = 'anonymous' | 'parent' | 'student' | 'teacher' | 'scoped' | 'super' | 'creator';
const ROLES: Role[] = ['anonymous', 'parent', 'student', 'teacher', 'scoped', 'super', 'creator'];

let env: TestEnv;
const agents = {} as Record<Role, Agent>;
const ids = {} as Record<'A' | 'B', { teacher: string; parent: string; message: string; file: string }>;

async function seedSchool(code: string) {
  await env.school(code);
  const teacher = await env.addMember(code, { kind: 'staff', name: '李老師', account: 'teacher', password: 'password2', phone: '66000002', isTeacher: true });
  const parent = await env.addMember(code, { kind: 'parent', name: '黃爸爸', phone: '66000101' });
  await env.addMember(code, { kind: 'student', name: '黃小明', phone: '66000201' });
  await env.addMember(code, { kind: 'staff', name: '分級', account: 'scoped', password: 'password4', phone: '66000004', adminRole: 'scoped', scope: { apps: ['notices'] } });
  await env.addMember(code, { kind: 'staff', name: '超管', account: 'super', password: 'password5', phone: '66000005', adminRole: 'super' });
  const ctx = await env.ctx(code);
  await ctx.db.transaction((tx) => enqueueMessages(tx, ctx, [{ memberId: parent, dedupeKey: 'x', source: 'test', title: 'hello' }]));
  const message = (await ctx.db.select().from(messages).get())?.id ?? '';
  const admin = env.agent(code);
  await admin.signIn('admin', 'password1');
  const up = await admin.raw('POST', 'files?name=a.txt', { body: 'hello file', headers: { 'content-type': 'text/plain' } });
  const file = (await up.json()).id;
  return { teacher, parent, message, file };
}

beforeAll(async () => {
  env = await createTestEnv();
  ids.A = await seedSchool('A-001');
  ids.B = await seedSchool('B-002');
  for (const role of ROLES) agents[role] = env.agent('A-001');
  await agents.teacher.signIn('teacher', 'password2');
  await agents.scoped.signIn('scoped', 'password4');
  await agents.super.signIn('super', 'password5');
  await agents.creator.signIn('admin', 'password1');
  await agents.parent.signInWithCode('853', '66000101', (p) => env.sms.lastCode(p));
  env.clock.advance(61_000);
  await agents.student.signInWithCode('853', '66000201', (p) => env.sms.lastCode(p));
});
afterAll(() => env.close());

interface Route {
  name: string;
  /** Names a record of the school (so another school's id can be tried). */
  byId?: boolean;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (school: 'A' | 'B') => string;
  body?: unknown;
  /** Roles that may call it; others get 401 (anonymous) or 403/404. */
  allowed: Role[];
}

const all: Role[] = ['parent', 'student', 'teacher', 'scoped', 'super', 'creator'];
const supers: Role[] = ['super', 'creator'];
const ROUTES: Route[] = [
  { name: 'auth/me', method: 'GET', path: () => 'auth/me', allowed: all },
  { name: 'messages', method: 'GET', path: () => 'messages', allowed: all },
  { name: 'messages/read-all', method: 'POST', path: () => 'messages/read-all', allowed: all },
  { name: 'members', method: 'GET', path: () => 'members', allowed: supers },
  { name: 'members/:id', byId: true, method: 'GET', path: (s) => `members/${ids[s].teacher}`, allowed: supers },
  { name: 'members/:id/enable', byId: true, method: 'POST', path: (s) => `members/${ids[s].teacher}/enable`, allowed: supers },
  { name: 'departments', method: 'GET', path: () => 'departments', allowed: ['teacher', 'scoped', 'super', 'creator'] },
  { name: 'members/export.xlsx', method: 'GET', path: () => 'members/export.xlsx', allowed: supers },
  { name: 'audit', method: 'GET', path: () => 'audit', allowed: supers },
  { name: 'settings/security', method: 'GET', path: () => 'settings/security', allowed: supers },
  { name: 'settings/security', method: 'PATCH', path: () => 'settings/security', body: { watermark: true }, allowed: supers },
  { name: 'files/:id', byId: true, method: 'GET', path: (s) => `files/${ids[s].file}`, allowed: ['creator', 'super'] },
];

function call(agent: Agent, route: Route, school: 'A' | 'B') {
  return agent.json(route.method, `/api/s/${school === 'A' ? 'A-001' : 'B-002'}/${route.path(school)}`, route.body);
}

describe.each(ROUTES)('$method $name', (route) => {
  it.each(ROLES)('as %s', async (role) => {
    const res = await call(agents[role], route, 'A');
    if (role === 'anonymous') expect(res.status).toBe(401);
    else if (route.allowed.includes(role)) expect(res.status).toBeLessThan(300);
    else expect([403, 404]).toContain(res.status);
  });
});

describe('tenant isolation', () => {
  it.each(ROUTES.filter((r) => r.byId))('a creator of A gets 404 for B ids through A: $method $name', async (route) => {
    const res = await call(agents.creator, { ...route, path: () => route.path('B') }, 'A');
    expect(res.status).toBe(404);
  });

  it('a session of school A is nobody at school B, even if its cookie is sent there', async () => {
    const a = agents.creator;
    const token = a.cookies.get('sc_session')?.value ?? '';
    const intruder = env.agent('B-002');
    intruder.cookies.set('sc_session', { value: token, path: '/api/s/B-002' });
    intruder.csrfToken = a.csrfToken;
    for (const route of ROUTES) expect((await call(intruder, route, 'B')).status).toBe(401);
  });

  it('a message of school B cannot be marked read from school A', async () => {
    expect((await agents.parent.post(`messages/${ids.B.message}/read`)).status).toBe(404);
  });

  it('removing a member of B through A changes nothing in B', async () => {
    expect((await agents.creator.delete(`members/${ids.B.teacher}`)).status).toBe(404);
    const bAdmin = env.agent('B-002');
    await bAdmin.signIn('admin', 'password1');
    expect((await bAdmin.get(`members/${ids.B.teacher}`)).body.status).toBe('active');
  });

  it('an unknown or malformed school code is a 404', async () => {
    expect((await agents.creator.json('GET', '/api/s/Z-999/info')).status).toBe(404);
    expect((await agents.creator.json('GET', '/api/s/..%2Fetc/info')).status).toBe(404);
  });
});

describe('role rules', () => {
  it('nobody disables the creator, and nobody disables themself', async () => {
    const members = await agents.super.get('members?q=創建人');
    const creatorId = members.body.items[0].id;
    expect((await agents.super.post(`members/${creatorId}/disable`)).status).toBe(403);
    const me = await agents.super.get('auth/me');
    expect((await agents.super.post(`members/${me.body.member.id}/disable`)).status).toBe(403);
  });
});
