import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcements, appVisibility, auditLog, members, memberTags, tags } from '../../../db/schema';
import { newId } from '../lib/ids';
import { ROLES, type Role, type SchoolIds, seedSchool, signInAll } from '../roles/test-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

const A = 'A-001';
const B = 'B-002';

/** Everything a tag route could change in a school. */
async function snapshot(env: TestEnv, code: string) {
  const { db } = await env.deps.schools.get(code);
  return {
    tags: await db.select().from(tags).orderBy(tags.id).all(),
    memberTags: await db.select().from(memberTags).orderBy(memberTags.tagId, memberTags.memberId).all(),
    visibility: await db.select().from(appVisibility).orderBy(appVisibility.appKey, appVisibility.ref).all(),
    ranges: await db.select({ id: announcements.id, range: announcements.range }).from(announcements).orderBy(announcements.id).all(),
    audit: await db.$count(auditLog),
  };
}

describe('CT-01 tags routes: who may call them', () => {
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

  /** A fresh tag of school A (so each role deletes its own). */
  const freshTag = async (name: string) => {
    const { db } = await env.deps.schools.get(A);
    const id = newId();
    await db.insert(tags).values({ id, name, createdAt: env.clock.now() });
    return id;
  };
  /** The teacher (in the scoped admin's 教務處 › 中文科) carries the tag again. */
  const retag = async () => {
    const { db } = await env.deps.schools.get(A);
    await db.insert(memberTags).values({ memberId: ids.A.teacher, tagId: ids.A.tag }).onConflictDoNothing();
  };

  /** The teacher carries the tag no more (so giving it is a change). */
  const untag = async () => {
    const { db } = await env.deps.schools.get(A);
    await db.delete(memberTags).where(and(eq(memberTags.memberId, ids.A.teacher), eq(memberTags.tagId, ids.A.tag)));
  };

  const staff = { teacher: 200, scopedIn: 200, scopedOut: 200, super: 200, creator: 200 };
  const supers = (status: number) => ({ super: status, creator: status });
  type Route = { name: string; method: string; path: (role: Role) => Promise<string> | string; body?: (role: Role) => unknown; allowed: Partial<Record<Role, number>>; refused: number[] };
  const ROUTES: Route[] = [
    { name: 'GET tags', method: 'GET', path: () => 'tags', allowed: staff, refused: [403] },
    { name: 'GET tags/:id', method: 'GET', path: () => `tags/${ids.A.tag}`, allowed: staff, refused: [403] },
    { name: 'POST tags', method: 'POST', path: () => 'tags', body: (r) => ({ name: `新標籤 ${r}` }), allowed: supers(201), refused: [403] },
    { name: 'PATCH tags/:id', method: 'PATCH', path: () => `tags/${ids.A.tag}`, body: (r) => ({ name: `班主任 ${r}` }), allowed: supers(200), refused: [403] },
    { name: 'DELETE tags/:id', method: 'DELETE', path: async (r) => `tags/${await freshTag(`待刪 ${r}`)}`, allowed: supers(204), refused: [403] },
    { name: 'GET tags/:id/members', method: 'GET', path: () => `tags/${ids.A.tag}/members`, allowed: { scopedIn: 200, scopedOut: 200, ...supers(200) }, refused: [403] },
    // the teacher sits in the in-scope scoped admin's departments, not in the other's
    { name: 'POST tags/:id/members', method: 'POST', path: async () => (await untag(), `tags/${ids.A.tag}/members`), body: () => ({ memberIds: [ids.A.teacher] }), allowed: { scopedIn: 200, ...supers(200) }, refused: [403] },
    {
      name: 'DELETE tags/:id/members/:memberId',
      method: 'DELETE',
      path: async () => (await retag(), `tags/${ids.A.tag}/members/${ids.A.teacher}`),
      // outside its scope the member is not there for the other scoped admin
      allowed: { scopedIn: 204, scopedOut: 404, ...supers(204) },
      refused: [403],
    },
  ];

  describe.each(ROUTES)('$name', (route) => {
    it.each(ROLES)('CT-01 as %s', async (role) => {
      const path = await route.path(role);
      const before = await snapshot(env, A);
      const res = await agents[role].json(route.method, path, route.body?.(role));
      if (role === 'anonymous') expect(res.status).toBe(401);
      else if (route.allowed[role] !== undefined) expect(res.status).toBe(route.allowed[role]);
      else expect(route.refused).toContain(res.status);
      if (res.status >= 300) expect(await snapshot(env, A)).toEqual(before);
      else if (route.method !== 'GET') expect((await snapshot(env, A)).audit).toBe(before.audit + 1);
    });
  });

  it('CT-01 tenant isolation: school B\'s tags and members are unknown through school A', async () => {
    const c = agents.creator;
    const beforeA = await snapshot(env, A);
    const beforeB = await snapshot(env, B);
    for (const [method, path, body] of [
      ['GET', `tags/${ids.B.tag}`],
      ['PATCH', `tags/${ids.B.tag}`, { name: '別校' }],
      ['DELETE', `tags/${ids.B.tag}`],
      ['GET', `tags/${ids.B.tag}/members`],
      ['POST', `tags/${ids.B.tag}/members`, { memberIds: [ids.A.teacher] }],
      ['DELETE', `tags/${ids.B.tag}/members/${ids.B.teacher}`],
      ['DELETE', `tags/${ids.A.tag}/members/${ids.B.teacher}`],
    ] as const) {
      expect((await c.json(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    const foreign = await c.post(`tags/${ids.A.tag}/members`, { memberIds: [ids.A.teacherOut, ids.B.teacherOut] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toMatchObject({ code: 'unknown_ref', field: 'memberIds.1' });
    const listed = await c.get('tags?pageSize=100');
    expect(listed.body.items.map((t: { id: string }) => t.id)).not.toContain(ids.B.tag);
    expect(await snapshot(env, A)).toEqual(beforeA);
    expect(await snapshot(env, B)).toEqual(beforeB);
  });
});

describe('X-03 tags: bad input is refused naming the field, and nothing changes', () => {
  let env: TestEnv;
  let agents: Record<Role, Agent>;
  let ids: SchoolIds;
  let removed: string;
  beforeAll(async () => {
    env = await createTestEnv();
    ids = await seedSchool(env, A);
    agents = await signInAll(env, A);
    removed = await env.addMember(A, { kind: 'staff', name: '離職老師', phone: '66000099' });
    const { db } = await env.deps.schools.get(A);
    await db.update(members).set({ status: 'removed' }).where(eq(members.id, removed));
  });
  afterAll(() => env.close());

  const CASES: { name: string; as?: Role; method: string; path: () => string; body?: () => unknown; status: number; code: string; field?: string }[] = [
    { name: 'no name', method: 'POST', path: () => 'tags', body: () => ({}), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a blank name', method: 'POST', path: () => 'tags', body: () => ({ name: '   ' }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a name of 31 characters', method: 'POST', path: () => 'tags', body: () => ({ name: '長'.repeat(31) }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a control character', method: 'POST', path: () => 'tags', body: () => ({ name: '級組\u0007長' }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a name that is not text', method: 'POST', path: () => 'tags', body: () => ({ name: 7 }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'an unknown field', method: 'POST', path: () => 'tags', body: () => ({ name: '級組長', memberIds: [] }), status: 400, code: 'unknown_field', field: 'memberIds' },
    { name: 'a name taken', method: 'POST', path: () => 'tags', body: () => ({ name: ' 班主任 ' }), status: 409, code: 'tag_name_taken', field: 'name' },
    { name: 'a rename to nothing', method: 'PATCH', path: () => `tags/${ids.tag}`, body: () => ({ name: '' }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a page size past 100', method: 'GET', path: () => 'tags?pageSize=1000', status: 400, code: 'invalid_field', field: 'pageSize' },
    { name: 'a page that is not a number', method: 'GET', path: () => `tags/${ids.tag}/members?page=x`, status: 400, code: 'invalid_field', field: 'page' },
    { name: 'no members', method: 'POST', path: () => `tags/${ids.tag}/members`, body: () => ({ memberIds: [] }), status: 400, code: 'invalid_field', field: 'memberIds' },
    { name: 'an unknown member after a good one', method: 'POST', path: () => `tags/${ids.tag}/members`, body: () => ({ memberIds: [ids.teacherOut, 'nobody'] }), status: 400, code: 'unknown_ref', field: 'memberIds.1' },
    { name: 'a removed member', method: 'POST', path: () => `tags/${ids.tag}/members`, body: () => ({ memberIds: [removed] }), status: 400, code: 'unknown_ref', field: 'memberIds.0' },
    { name: 'a parent', method: 'POST', path: () => `tags/${ids.tag}/members`, body: () => ({ memberIds: [ids.teacherOut, ids.parent] }), status: 400, code: 'tag_member_not_staff', field: 'memberIds.1' },
    { name: 'a student', method: 'POST', path: () => `tags/${ids.tag}/members`, body: () => ({ memberIds: [ids.student] }), status: 400, code: 'tag_member_not_staff', field: 'memberIds.0' },
    // one member outside the scoped admin's departments refuses the whole batch
    { name: 'a batch reaching outside the scope', as: 'scopedIn', method: 'POST', path: () => `tags/${ids.tag}/members`, body: () => ({ memberIds: [ids.super, ids.teacherOut] }), status: 403, code: 'forbidden' },
    { name: 'a member without the tag', method: 'DELETE', path: () => `tags/${ids.tag}/members/${ids.teacherOut}`, status: 404, code: 'not_found' },
  ];

  it.each(CASES)('X-03 $name → $status $code', async (c) => {
    const before = await snapshot(env, A);
    const res = await agents[c.as ?? 'creator'].json(c.method, c.path(), c.body?.());
    expect(res.status).toBe(c.status);
    expect(res.body.error.code).toBe(c.code);
    if (c.field) expect(res.body.error.field).toBe(c.field);
    expect(res.body.error.message).not.toBe('');
    expect(await snapshot(env, A)).toEqual(before);
  });

  it('X-03 the refusal speaks the caller\'s language', async () => {
    const admin = agents.creator;
    admin.language = 'en';
    const res = await admin.post('tags', { name: '班主任' });
    admin.language = 'zh-Hant';
    expect(res.body.error.message).toBe('A tag named "班主任" already exists');
  });
});
