import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, confidentialViews, settings } from '../../../db/schema';
import { agentOf, ROLES, type Role, type SchoolIds, seedSchool, signInAll } from '../roles/test-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { maskConfidential } from './confidential';

const A = 'A-001';
const B = 'B-002';
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

async function views(code = A) {
  const { db } = await env.deps.schools.get(code);
  return db.select().from(confidentialViews).orderBy(confidentialViews.id).all();
}

describe('ADM-04 confidential member fields', () => {
  it('ADM-04 maskConfidential hides each confidential field that has a value and lists it', () => {
    const row = { id: 'm1', name: '李老師', areaCode: '853', phone: '66000002', account: null as string | null };
    expect(maskConfidential(row, ['phone', 'account', 'email'])).toEqual({ ...row, phone: null, account: null, confidential: ['phone'] });
    expect(maskConfidential(row, [])).toEqual({ ...row, confidential: [] });
    expect(row.phone).toBe('66000002');
  });

  it('ADM-04 X-02 PATCH /settings/security sets the confidential fields; bad input names the field and changes nothing', async () => {
    const { db } = await env.deps.schools.get(A);
    const before = { settings: await db.select().from(settings).all(), audit: await db.$count(auditLog) };
    for (const [body, field] of [
      [{ confidentialFields: ['name'] }, 'confidentialFields.0'],
      [{ confidentialFields: ['phone', 'phone'] }, 'confidentialFields'],
      [{ confidentialFields: 'phone' }, 'confidentialFields'],
    ] as const) {
      const res = await agents.super.patch('settings/security', body);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect({ settings: await db.select().from(settings).all(), audit: await db.$count(auditLog) }).toEqual(before);
    const ok = await agents.super.patch('settings/security', { confidentialFields: ['phone', 'account'] });
    expect(ok.body).toEqual({ smsSecondFactor: false, watermark: false, hideMemberCount: false, confidentialFields: ['phone', 'account'] });
    expect((await agents.creator.get('settings/security')).body.confidentialFields).toEqual(['phone', 'account']);
    // another setting changed later keeps the fields
    expect((await agents.super.patch('settings/security', { watermark: true })).body.confidentialFields).toEqual(['phone', 'account']);
    const audit = (await db.select().from(auditLog).all()).find((a) => a.action === 'settings.security');
    expect(audit).toMatchObject({ before: { confidentialFields: [] }, after: { confidentialFields: ['phone', 'account'] } });
    expect((await agents.scopedIn.patch('settings/security', { confidentialFields: [] })).status).toBe(403);
  });

  it('ADM-04 settings stored before confidential fields existed still read, with none', async () => {
    const { db } = await env.deps.schools.get(B);
    await db.insert(settings).values({ key: 'security', value: { smsSecondFactor: false, watermark: true, hideMemberCount: true }, updatedAt: env.clock.now() });
    const admin = agentOf(env, B);
    await admin.signIn('super', 'pw-super');
    expect((await admin.get('settings/security')).body).toEqual({ smsSecondFactor: false, watermark: true, hideMemberCount: true, confidentialFields: [] });
  });

  /** Who may reveal whose phone: 通訊錄權限 (super: all; scoped: its departments and classes). */
  const TARGETS: { name: string; member: (s: SchoolIds) => string; allowed: Role[]; hidden: Role[] }[] = [
    { name: 'a teacher in a sub-department of the scope', member: (s) => s.teacher, allowed: ['creator', 'super', 'scopedIn'], hidden: ['scopedOut'] },
    { name: 'a teacher outside the scope', member: (s) => s.teacherOut, allowed: ['creator', 'super', 'scopedOut'], hidden: ['scopedIn'] },
    { name: 'a parent of a class in the scope', member: (s) => s.parent, allowed: ['creator', 'super', 'scopedIn'], hidden: ['scopedOut'] },
  ];
  describe.each(TARGETS)('ADM-04 GET /members/:id/confidential/phone of $name', (target) => {
    it.each(ROLES)('as %s', async (role) => {
      const before = new Set((await views()).map((v) => v.id));
      const res = await agents[role].get(`members/${target.member(ids.A)}/confidential/phone`);
      const added = (await views()).filter((v) => !before.has(v.id));
      if (role === 'anonymous') expect(res.status).toBe(401);
      else if (target.allowed.includes(role)) {
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ memberId: target.member(ids.A), field: 'phone', areaCode: '853' });
        expect(res.body.value).toMatch(/^660001?0\d+$/);
        expect(added).toHaveLength(1);
        expect(added[0]).toMatchObject({ viewerId: ids.A[role as 'super'], memberId: target.member(ids.A), field: 'phone', at: env.clock.now() });
        return;
      } else expect(res.status).toBe(target.hidden.includes(role) ? 404 : 403);
      expect(added).toEqual([]);
    });
  });

  it('ADM-04 account and email; a bad field is a 400, a member of another school a 404, and neither is logged', async () => {
    const before = (await views()).length;
    expect((await agents.super.get(`members/${ids.A.teacher}/confidential/account`)).body).toEqual({ memberId: ids.A.teacher, field: 'account', value: 'teacher' });
    expect((await agents.super.get(`members/${ids.A.teacher}/confidential/email`)).body.value).toBeNull();
    expect((await views()).length).toBe(before + 2);
    const bad = await agents.super.get(`members/${ids.A.teacher}/confidential/name`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('field');
    expect((await agents.creator.get(`members/${ids.B.teacher}/confidential/phone`)).status).toBe(404);
    expect((await agents.creator.get('members/nobody/confidential/phone')).status).toBe(404);
    expect((await views()).length).toBe(before + 2);
    expect(await views(B)).toEqual([]);
  });

  it('ADM-04 X-01 the view log: newest first, searchable by name, by member, paged; super admins only', async () => {
    env.clock.advance(60_000);
    await agents.scopedIn.get(`members/${ids.A.parent}/confidential/phone`);
    const all = await agents.super.get('settings/security/views');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe((await views()).length);
    expect(all.body.items[0]).toMatchObject({ field: 'phone', viewer: { id: ids.A.scopedIn, name: '分級甲' }, member: { id: ids.A.parent, name: '黃爸爸' }, at: env.clock.now().toISOString() });
    const byName = await agents.creator.get(`settings/security/views?q=${encodeURIComponent('分級甲')}`);
    expect(byName.body.items.every((v: { viewer: { name: string }; member: { name: string } }) => v.viewer.name === '分級甲' || v.member.name === '分級甲')).toBe(true);
    const byMember = await agents.creator.get(`settings/security/views?memberId=${ids.A.parent}&pageSize=1`);
    expect(byMember.body).toMatchObject({ pageSize: 1, items: [{ member: { id: ids.A.parent } }] });
    expect(byMember.body.total).toBeGreaterThanOrEqual(3);
    for (const role of ['scopedIn', 'teacher', 'parent'] as const) expect((await agents[role].get('settings/security/views')).status).toBe(403);
    expect((await agents.anonymous.get('settings/security/views')).status).toBe(401);
    expect((await agents.super.get('settings/security/views?sort=at')).status).toBe(400);
  });
});
