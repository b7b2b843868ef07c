import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequests, auditLog } from '../../../db/schema';
import { ROLES, type Role, type SchoolFixture, signInAll } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';
import { start, subscriptionCounts, subscriptionEnv, verifyPhone } from './test-flow';

/**
 * Who may call the signed-in subscription routes (SUB-01, SUB-03, SUB-04): anonymous → 401,
 * a role the manual does not grant → 403, a request outside the caller's scope → 404; and
 * tenant isolation: school C's requests and drafts through school B are 404 and change nothing.
 */

let env: TestEnv;
let B: SchoolFixture;
let agents: Record<Role, Agent>;
let phoneSeq = 0;

beforeAll(async () => {
  ({ env, schools: [B] } = await subscriptionEnv(['B-888', 'C-001']));
  agents = await signInAll(env, 'B-888');
});
afterAll(() => env.close());

/** A pending admin request of a school (its id), filed through the public flow. */
async function pendingRequest(code: string): Promise<string> {
  const a = env.agent(code);
  const token = await start(a, 'admin', 'staff');
  await verifyPhone(env, a, token, '853', `663000${String(++phoneSeq).padStart(2, '0')}`);
  await a.post(`subscription/drafts/${token}/profile`, { name: `申請人${phoneSeq}` });
  const res = await a.post(`subscription/drafts/${token}/complete`, { tempNumber: `XX6${String(phoneSeq).padStart(4, '0')}`, birthDate: '19800101' });
  expect(res.body.step).toBe('pending');
  const { db } = await env.ctx(code);
  const row = await db.select({ id: adminRequests.id }).from(adminRequests).where(eq(adminRequests.name, `申請人${phoneSeq}`)).get();
  return row?.id ?? '';
}

const admins: Role[] = ['scopedIn', 'scopedOut', 'super', 'creator'];
const supers: Role[] = ['super', 'creator'];
const staff: Role[] = ['teacher', ...admins];

interface Route {
  name: string;
  method: 'GET' | 'POST';
  path: (id: string) => string;
  body?: () => unknown;
  allowed: Role[];
  /** Roles that get 404 rather than 403 (a request outside their scope). */
  hidden?: Role[];
  needsRequest?: boolean;
}

const child = { studentName: '麥家樂', classId: '', relation: '爸爸', educationId: '0918374-3', birthDate: '20090830' };
const ROUTES: Route[] = [
  { name: 'GET qr', method: 'GET', path: () => 'subscription/qr', allowed: staff },
  { name: 'GET mine', method: 'GET', path: () => 'subscription/mine', allowed: [...ROLES.filter((r) => r !== 'anonymous')] },
  { name: 'GET options', method: 'GET', path: () => 'subscription/options', allowed: ['parent', ...staff] },
  { name: 'POST children', method: 'POST', path: () => 'subscription/children', body: () => ({ ...child, classId: B.hs.classes['高三甲班'], educationId: '12' }), allowed: ['parent'] },
  { name: 'POST identities', method: 'POST', path: () => 'subscription/identities', body: () => ({ identity: 'staff', tempNumber: 'XX1', birthDate: '19800101' }), allowed: staff },
  { name: 'GET requests', method: 'GET', path: () => 'subscription/requests', allowed: admins },
  { name: 'GET request', method: 'GET', path: (id) => `subscription/requests/${id}`, allowed: supers, hidden: ['scopedIn', 'scopedOut'], needsRequest: true },
  { name: 'POST approve', method: 'POST', path: (id) => `subscription/requests/${id}/approve`, allowed: supers, hidden: ['scopedIn', 'scopedOut'], needsRequest: true },
  { name: 'POST reject', method: 'POST', path: (id) => `subscription/requests/${id}/reject`, body: () => ({}), allowed: supers, hidden: ['scopedIn', 'scopedOut'], needsRequest: true },
];

describe.each(ROUTES)('$name', (route) => {
  it.each(ROLES)('%s', async (role) => {
    const id = route.needsRequest ? await pendingRequest('B-888') : 'none';
    const before = await subscriptionCounts(env);
    const res = await agents[role].json(route.method, route.path(id), route.method === 'POST' ? (route.body?.() ?? {}) : undefined);
    if (role === 'anonymous') {
      expect(res.status).toBe(401);
    } else if (route.allowed.includes(role)) {
      // allowed callers get through authorization: a success, or a 400 for the deliberately bad bodies
      expect([200, 201, 400]).toContain(res.status);
      if (res.status === 400) expect(res.body.error.field).toBeTruthy();
    } else {
      expect(res.status).toBe(route.hidden?.includes(role) ? 404 : 403);
    }
    if (!(route.allowed.includes(role) && route.needsRequest)) expect(await subscriptionCounts(env)).toEqual(before);
  });
});

describe('scope and tenants', () => {
  it('SUB-01 a scoped admin whose department scope covers the request decides it; the list shows only those', async () => {
    const { db } = await env.ctx('B-888');
    const id = await pendingRequest('B-888');
    const rootId = (await agents.super.get('subscription/options')).body.departments[0].id;
    await env.addMember('B-888', { kind: 'staff', name: '部門管理', account: 'deptadmin', password: 'password9', phone: '66000011', adminRole: 'scoped', scope: { departmentIds: [rootId] } });
    const scoped = env.agent('B-888');
    await scoped.signIn('deptadmin', 'password9');
    expect((await scoped.get('subscription/requests')).body.items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await agents.scopedIn.get('subscription/requests')).body.total).toBe(0);
    const res = await scoped.post(`subscription/requests/${id}/approve`);
    expect(res.status).toBe(200);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, id)).all();
    expect(audit.map((a) => a.action)).toEqual(['subscription.admin-request', 'subscription.approve']);
  });

  it('tenant isolation: a request and a draft of school C through school B are 404 and change nothing', async () => {
    const idC = await pendingRequest('C-001');
    const beforeC = await subscriptionCounts(env, 'C-001');
    expect((await agents.super.post(`subscription/requests/${idC}/approve`)).status).toBe(404);
    expect((await agents.creator.post(`subscription/requests/${idC}/reject`, {})).status).toBe(404);
    expect((await agents.super.get(`subscription/requests/${idC}`)).status).toBe(404);
    const c = env.agent('C-001');
    const tokenC = await start(c, 'family', 'parent');
    const viaB = env.agent('B-888');
    expect((await viaB.get(`subscription/drafts/${tokenC}`)).status).toBe(404);
    expect((await viaB.post(`subscription/drafts/${tokenC}/phone`, { areaCode: '853', phone: '66300099' })).status).toBe(404);
    expect(await subscriptionCounts(env, 'C-001')).toEqual(beforeC);
    const { db } = await env.ctx('C-001');
    expect((await db.select().from(adminRequests).where(eq(adminRequests.id, idC)).get())?.status).toBe('pending');
  });

  it('X-03 bad input on the signed-in routes names the field and changes nothing', async () => {
    const before = await subscriptionCounts(env);
    const bad = await agents.parent.post('subscription/children', { ...child, classId: B.hs.classes['高三甲班'], extra: 1 });
    expect(bad.body.error).toMatchObject({ code: 'unknown_field', field: 'extra' });
    const rel = await agents.parent.post('subscription/children', { ...child, classId: B.hs.classes['高三甲班'], relation: '本人' });
    expect(rel.body.error).toMatchObject({ field: 'relation' });
    expect((await agents.super.get('subscription/requests?status=maybe')).body.error.field).toBe('status');
    expect(await subscriptionCounts(env)).toEqual(before);
  });
});
