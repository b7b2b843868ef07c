import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, members, memberTags, tags } from '../../../db/schema';
import { nameTakenError } from './tag-rows';
import { type Role, type SchoolIds, seedSchool, signInAll } from '../roles/test-school';
import { adminTagId } from '../subscription/approve-request';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

const A = 'A-001';

describe('CT-01 tags: add, list, rename, members, audit', () => {
  let env: TestEnv;
  let agents: Record<Role, Agent>;
  let ids: SchoolIds;
  beforeAll(async () => {
    env = await createTestEnv();
    ids = await seedSchool(env, A);
    agents = await signInAll(env, A);
  });
  afterAll(() => env.close());

  const db = async () => (await env.deps.schools.get(A)).db;
  const names = (page: { items: { name: string }[] }) => page.items.map((t) => t.name);

  it('CT-01 an admin adds a tag with its name trimmed; a name is taken whatever its letter case', async () => {
    const admin = agents.creator;
    const made = await admin.post('tags', { name: '  級組長 ' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: '級組長', builtIn: false, memberCount: 0 });
    expect((await admin.post('tags', { name: '級組長' })).body.error).toMatchObject({ code: 'tag_name_taken', field: 'name' });
    expect((await admin.post('tags', { name: 'Form Tutors' })).status).toBe(201);
    expect((await admin.post('tags', { name: 'form tutors' })).status).toBe(409);
  });

  it('CT-01 two admins adding one name at once: the unique index\'s refusal is the same 409', async () => {
    const clash = await (await db()).insert(tags).values({ id: 'clash', name: '級組長', createdAt: env.clock.now() }).catch((e: unknown) => e);
    expect(nameTakenError(clash, '級組長')).toMatchObject({ code: 'tag_name_taken', field: 'name', status: 409 });
    const other = new Error('disk full');
    expect(nameTakenError(other, '級組長')).toBe(other);
  });

  it('X-01 the list is searched by name and paged, 管理員 first, with member counts', async () => {
    const admin = agents.creator;
    for (const name of ['科主任', '管理員', '校務委員']) expect((await admin.post('tags', { name })).status).toBe(201);
    const all = await admin.get('tags?pageSize=100');
    expect(all.body.total).toBe(6);
    expect(all.body.items[0]).toMatchObject({ name: '管理員', builtIn: true });
    expect(all.body.items.find((t: { id: string }) => t.id === ids.tag)).toMatchObject({ name: '班主任', memberCount: 1 });
    expect(names((await admin.get(`tags?q=${encodeURIComponent('主任')}`)).body)).toEqual(['班主任', '科主任']);
    // % and _ are searched for themselves
    expect((await admin.get(`tags?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
    const second = await admin.get('tags?pageSize=2&page=2');
    expect(second.body).toMatchObject({ page: 2, pageSize: 2, total: 6 });
    expect(names(second.body)).toEqual(names({ items: all.body.items.slice(2, 4) }));
  });

  it('SUB-01 the built-in 管理員 tag is the one approval gives; it is never renamed or deleted, but takes members', async () => {
    const admin = agents.creator;
    const builtIn = (await admin.get(`tags?q=${encodeURIComponent('管理員')}`)).body.items[0];
    const found = await (await db()).transaction((tx) => adminTagId(tx, env.clock.now()));
    expect(found).toBe(builtIn.id);
    expect((await admin.patch(`tags/${builtIn.id}`, { name: '管理組' })).body.error.code).toBe('tag_builtin');
    expect((await admin.delete(`tags/${builtIn.id}`)).body.error.code).toBe('tag_builtin');
    expect((await admin.get(`tags/${builtIn.id}`)).body).toMatchObject({ name: '管理員', builtIn: true });
    const added = await admin.post(`tags/${builtIn.id}/members`, { memberIds: [ids.super] });
    expect(added.body).toMatchObject({ added: [ids.super], tag: { memberCount: 1 } });
  });

  it('CT-01 a rename keeps the members; the same name again changes nothing', async () => {
    const admin = agents.creator;
    const audits = await (await db()).$count(auditLog);
    expect((await admin.patch(`tags/${ids.tag}`, { name: '班主任' })).status).toBe(200);
    expect(await (await db()).$count(auditLog)).toBe(audits);
    const renamed = await admin.patch(`tags/${ids.tag}`, { name: ' 班主任組 ' });
    expect(renamed.body).toMatchObject({ id: ids.tag, name: '班主任組', memberCount: 1 });
    expect((await admin.patch(`tags/${ids.tag}`, { name: '科主任' })).body.error.code).toBe('tag_name_taken');
  });

  it('CT-01 a scoped admin sees and sets the tag of the members of its departments only', async () => {
    expect((await agents.creator.post(`tags/${ids.tag}/members`, { memberIds: [ids.teacherOut, ids.teacher] })).body.added).toEqual([ids.teacherOut]);
    const memberNames = async (who: Role, q = '') => (await agents[who].get(`tags/${ids.tag}/members?q=${encodeURIComponent(q)}`)).body.items.map((m: { name: string }) => m.name);
    expect(await memberNames('creator')).toEqual(['李老師', '陳老師']);
    expect(await memberNames('scopedIn')).toEqual(['李老師']);
    expect(await memberNames('scopedOut')).toEqual(['陳老師']);
    expect(await memberNames('creator', '陳')).toEqual(['陳老師']);
    const one = (await agents.creator.get(`tags/${ids.tag}/members`)).body.items[0];
    expect(one).toEqual({ id: ids.teacher, name: '李老師', title: '', status: 'active', identities: ['teacher'], departments: [{ id: ids.deptInSub, name: '中文科' }], joined: true });
    expect((await agents.scopedIn.delete(`tags/${ids.tag}/members/${ids.teacherOut}`)).status).toBe(404);
    expect((await agents.scopedOut.delete(`tags/${ids.tag}/members/${ids.teacherOut}`)).status).toBe(204);
    expect((await agents.creator.get(`tags/${ids.tag}`)).body.memberCount).toBe(1);
  });

  it('CT-01 a removed member neither counts nor shows', async () => {
    const d = await db();
    const gone = await env.addMember(A, { kind: 'staff', name: '離職老師', phone: '66000098' });
    await d.insert(memberTags).values({ memberId: gone, tagId: ids.tag });
    await d.update(members).set({ status: 'removed' }).where(eq(members.id, gone));
    expect((await agents.creator.get(`tags/${ids.tag}`)).body.memberCount).toBe(1);
    expect((await agents.creator.get(`tags/${ids.tag}/members`)).body.total).toBe(1);
  });

  it('ADM-04 staff see no member counts when the school hides them; admins still do', async () => {
    expect((await agents.teacher.get(`tags/${ids.tag}`)).body.memberCount).toBe(1);
    expect((await agents.creator.patch('settings/security', { hideMemberCount: true })).status).toBe(200);
    expect((await agents.teacher.get(`tags/${ids.tag}`)).body.memberCount).toBeNull();
    expect((await agents.teacher.get('tags')).body.items.every((t: { memberCount: unknown }) => t.memberCount === null)).toBe(true);
    expect((await agents.scopedIn.get(`tags/${ids.tag}`)).body.memberCount).toBe(1);
    await agents.creator.patch('settings/security', { hideMemberCount: false });
  });

  it('X-02 every change of a tag is in the audit log, with who and what', async () => {
    const admin = agents.super;
    // audit ids sort by time: the test clock moves a second between steps
    const step = async (p: Promise<{ status: number }>) => (expect((await p).status).toBeLessThan(300), env.clock.advance(1000));
    const made = (await admin.post('tags', { name: '臨時' })).body;
    env.clock.advance(1000);
    await step(admin.patch(`tags/${made.id}`, { name: '臨時小組' }));
    await step(admin.post(`tags/${made.id}/members`, { memberIds: [ids.teacher] }));
    await step(admin.delete(`tags/${made.id}/members/${ids.teacher}`));
    await step(admin.post(`tags/${made.id}/members`, { memberIds: [ids.teacherOut] }));
    await step(admin.delete(`tags/${made.id}`));
    const rows = await (await db())
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'tag'), eq(auditLog.targetId, made.id)))
      .orderBy(asc(auditLog.id))
      .all();
    expect(rows.map((r) => [r.action, r.actorName])).toEqual([
      ['tag.create', '超管'],
      ['tag.rename', '超管'],
      ['tag.members.add', '超管'],
      ['tag.members.remove', '超管'],
      ['tag.members.add', '超管'],
      ['tag.delete', '超管'],
    ]);
    expect(rows[1]).toMatchObject({ before: { name: '臨時' }, after: { name: '臨時小組' } });
    expect(rows[2].after).toEqual({ name: '臨時小組', memberIds: [ids.teacher] });
    expect(rows[5].before).toEqual({ name: '臨時小組', memberIds: [ids.teacherOut], apps: [], announcements: [] });
    expect(await (await db()).select().from(memberTags).where(eq(memberTags.tagId, made.id)).all()).toEqual([]);
  });
});
