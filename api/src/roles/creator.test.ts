import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { controlAudit, schools } from '../../../db/control/schema';
import { adminScopes, auditLog, members } from '../../../db/schema';
import { provisionSchool } from '../operator/provision-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { deleteLocalSchoolDb } from './delete-local-db';
import { setSchoolDbDeleter } from './dissolve-school';
import { agentOf, type Role, type SchoolIds, seedSchool, signInAll } from './test-school';

const A = 'A-001';
const B = 'B-002';
let env: TestEnv;
let ids: SchoolIds;
let agents: Record<Role, Agent>;
beforeEach(async () => {
  env = await createTestEnv();
  setSchoolDbDeleter(env.deps, deleteLocalSchoolDb);
  ids = await seedSchool(env, A);
  await seedSchool(env, B);
  agents = await signInAll(env, A);
});
afterEach(() => env.close());

async function roles() {
  const { db } = await env.deps.schools.get(A);
  return {
    roles: await db.select({ id: members.id, role: members.adminRole }).from(members).orderBy(members.id).all(),
    scopes: await db.$count(adminScopes),
    audit: await db.$count(auditLog),
  };
}

describe('ADM-01 transfer creator (轉讓創建人)', () => {
  it('ADM-01 X-02 the creator hands the role to an admin and becomes a super admin; both are told', async () => {
    const res = await agents.creator.post('roles/transfer-creator', { memberId: ids.scopedIn });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      creator: { member: { id: ids.scopedIn }, role: 'creator', scope: { departmentIds: [], classIds: [], apps: [] } },
      formerCreator: { member: { id: ids.creator }, role: 'super' },
    });
    expect((await agents.scopedIn.get('roles/me')).body).toMatchObject({ role: 'creator', canDissolve: true, canTransferCreator: true, manageAll: true });
    expect((await agents.creator.get('roles/me')).body).toMatchObject({ role: 'super', canDissolve: false, canTransferCreator: false });
    // the former creator can no longer dissolve nor transfer
    expect((await agents.creator.post('roles/dissolve', { confirmCode: A })).status).toBe(403);
    expect((await agents.creator.post('roles/transfer-creator', { memberId: ids.super })).status).toBe(403);
    const titles = async (a: Agent) => (await a.get('messages')).body.items.map((m: { title: string }) => m.title);
    expect(await titles(agents.scopedIn)).toContain('你已成為創建人');
    expect(await titles(agents.creator)).toContain('你已轉讓創建人，現為超級管理員');
    const { db } = await env.deps.schools.get(A);
    const audit = (await db.select().from(auditLog).all()).filter((a) => a.action === 'creator.transfer');
    expect(audit.map((a) => [a.targetId, (a.before as { role: string }).role, (a.after as { role: string }).role])).toEqual([
      [ids.scopedIn, 'scoped', 'creator'],
      [ids.creator, 'creator', 'super'],
    ]);
    // exactly one creator
    expect((await db.select().from(members).where(eq(members.adminRole, 'creator')).all()).map((m) => m.id)).toEqual([ids.scopedIn]);
  });

  it('ADM-01 only to an existing admin, only by the creator; refused input changes nothing', async () => {
    const before = await roles();
    for (const memberId of [ids.teacher, ids.parent, ids.creator, 'nobody']) {
      const res = await agents.creator.post('roles/transfer-creator', { memberId });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'not_admin', field: 'memberId' });
    }
    expect((await agents.creator.post('roles/transfer-creator', {})).body.error.field).toBe('memberId');
    expect((await agents.super.post('roles/transfer-creator', { memberId: ids.super })).status).toBe(403);
    expect((await agents.scopedIn.post('roles/transfer-creator', { memberId: ids.scopedIn })).status).toBe(403);
    expect(await roles()).toEqual(before);
  });
});

describe('ID-05 dissolve the organisation (解散組織)', () => {
  const dbFile = (code: string) => join(env.dir, `${code}.db`);

  it('ID-05 a wrong code, or anyone but the creator, changes nothing', async () => {
    const before = await env.deps.control.db.select().from(schools).all();
    for (const confirmCode of ['a-001', ' A-001', 'A-001 ', B, '']) {
      const res = await agents.creator.post('roles/dissolve', { confirmCode });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'confirm_code_mismatch', field: 'confirmCode' });
    }
    expect((await agents.creator.post('roles/dissolve', {})).body.error.field).toBe('confirmCode');
    for (const role of ['super', 'scopedIn', 'teacher', 'parent'] as const) {
      expect((await agents[role].post('roles/dissolve', { confirmCode: A })).status).toBe(403);
    }
    expect(await env.deps.control.db.select().from(schools).all()).toEqual(before);
    expect(await env.deps.control.db.select().from(controlAudit).where(eq(controlAudit.action, 'school.dissolve')).all()).toEqual([]);
    expect(existsSync(dbFile(A))).toBe(true);
    expect((await agents.creator.get('roles/me')).status).toBe(200);
  });

  it('ID-05 the right code dissolves the school: gone for every request, files and database deleted, the other school fine', async () => {
    const upload = await agents.creator.raw('POST', 'files?name=a.txt', { body: 'hello', headers: { 'content-type': 'text/plain' } });
    const { db } = await env.deps.schools.get(A);
    const [{ storageKey }] = await db.query.files.findMany();
    expect(upload.status).toBe(201);
    expect(await env.deps.platform.files.get(storageKey)).not.toBeNull();
    const other = agentOf(env, B);
    await other.signIn('admin', 'password1');
    // a WAL and shared-memory file may or may not exist at this moment; make sure both are there
    for (const suffix of ['-wal', '-shm']) if (!existsSync(`${dbFile(A)}${suffix}`)) writeFileSync(`${dbFile(A)}${suffix}`, '');

    const res = await agents.creator.post('roles/dissolve', { confirmCode: A });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code: A, databaseDeleted: true });
    expect(res.headers.get('set-cookie')).toMatch(/sc_session=;/);

    for (const role of ['creator', 'teacher', 'parent'] as const) expect((await agents[role].get('roles/me')).status).toBe(404);
    expect((await agentOf(env, A).json('GET', `/api/s/${A}/info`)).status).toBe(404);
    expect((await agentOf(env, A).signIn('admin', 'password1')).status).toBe(404);
    for (const suffix of ['', '-wal', '-shm']) expect(existsSync(`${dbFile(A)}${suffix}`)).toBe(false);
    expect(await env.deps.platform.files.get(storageKey)).toBeNull();

    const row = await env.deps.control.db.select().from(schools).where(eq(schools.code, A)).get();
    expect(row?.status).toBe('dissolved');
    const audit = await env.deps.control.db.select().from(controlAudit).all();
    expect(audit.find((a) => a.action === 'school.dissolve')).toMatchObject({ targetId: A, before: { status: 'active' }, after: { status: 'dissolved', by: { memberId: ids.creator } } });
    expect(audit.find((a) => a.action === 'school.db.deleted')).toMatchObject({ targetId: A, after: { files: 1 } });

    // the other school and its signed-in member are untouched
    expect((await other.get('roles/me')).body.role).toBe('creator');
    expect((await other.get('roles/admins')).body.total).toBe(4);
    expect(existsSync(dbFile(B))).toBe(true);

    // the code is a tombstone: it cannot be provisioned again
    const again = provisionSchool(env.deps, { code: A, nameZh: 'x', creator: { name: 'x', account: 'x', areaCode: '853', phone: '66999999', password: 'password9' } });
    await expect(again).rejects.toMatchObject({ code: 'school_exists' });
  });

  it('ID-05 a remote database is left for the operator, recorded in the control audit', async () => {
    await env.deps.control.db.update(schools).set({ dbUrl: 'libsql://a-001.example.turso.io', dbTokenSecret: 'A_TOKEN' }).where(eq(schools.code, A));
    env.deps.registry.invalidate(A);
    const deleter = vi.fn(async () => undefined);
    setSchoolDbDeleter(env.deps, deleter);
    const res = await agents.creator.post('roles/dissolve', { confirmCode: A });
    expect(res.body).toEqual({ code: A, databaseDeleted: false });
    expect(deleter).not.toHaveBeenCalled();
    const pending = await env.deps.control.db.select().from(controlAudit).where(eq(controlAudit.action, 'school.db.delete-pending')).get();
    expect(pending).toMatchObject({ targetId: A, after: { dbUrl: 'libsql://a-001.example.turso.io', dbTokenSecret: 'A_TOKEN' } });
    expect((await agents.creator.get('roles/me')).status).toBe(404);
  });

  it('ID-05 the local deleter only deletes school database files', async () => {
    await expect(deleteLocalSchoolDb('libsql://x.turso.io')).rejects.toThrow();
    await expect(deleteLocalSchoolDb(`file:${join(env.dir, 'control.sqlite')}`)).rejects.toThrow();
    expect(existsSync(join(env.dir, 'control.db'))).toBe(true);
  });
});
