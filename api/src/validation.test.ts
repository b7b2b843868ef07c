import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, settings } from '../../db/schema';
import type { Agent } from './test/agent';
import { createTestEnv, type TestEnv } from './test/harness';

let env: TestEnv;
let admin: Agent;
beforeEach(async () => {
  env = await createTestEnv();
  await env.school('B-888');
  admin = env.agent('B-888');
  await admin.signIn('admin', 'password1');
});
afterEach(() => env.close());

async function counts() {
  const ctx = await env.ctx('B-888');
  return { audit: await ctx.db.$count(auditLog), settings: await ctx.db.$count(settings) };
}

describe('X-03 bad input', () => {
  it('X-03 a wrong type names the field and changes nothing', async () => {
    const before = await counts();
    const res = await admin.patch('settings/security', { smsSecondFactor: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_field', field: 'smsSecondFactor' });
    expect(res.body.error.message).toContain('smsSecondFactor');
    expect(await counts()).toEqual(before);
  });

  it('X-03 an unknown or privileged field is refused by name', async () => {
    const res = await env.agent('B-888').post('auth/sign-in', { login: 'admin', password: 'password1', adminRole: 'super' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'unknown_field', field: 'adminRole' });
    const q = await admin.get('members?page=1&role=creator');
    expect(q.body.error).toMatchObject({ code: 'unknown_field', field: 'role' });
  });

  it('X-03 a missing field is named, in English when asked', async () => {
    const a = env.agent('B-888');
    a.language = 'en';
    const res = await a.post('auth/code', { areaCode: '853' });
    expect(res.body.error).toMatchObject({ field: 'phone', message: 'The field "phone" is not valid: is required' });
  });

  it('X-03 malformed JSON is a 400', async () => {
    const res = await admin.raw('PATCH', 'settings/security', { body: '{"watermark": tru', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
  });

  it('X-03 an oversize body is a 413 and changes nothing', async () => {
    const before = await counts();
    const res = await admin.raw('PATCH', 'settings/security', {
      body: JSON.stringify({ watermark: true, padding: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });

  it('X-01 paging parameters are checked', async () => {
    expect((await admin.get('members?pageSize=1000')).body.error).toMatchObject({ code: 'invalid_field', field: 'pageSize' });
    expect((await admin.get('members?page=0')).body.error).toMatchObject({ field: 'page' });
    expect((await admin.get('members?page=abc')).body.error).toMatchObject({ field: 'page' });
  });

  it('an error never carries a stack trace', async () => {
    const res = await admin.get('members/%00');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
  });
});

describe('X-01 lists are searchable and paged', () => {
  it('X-01 members: search, filter and pages', async () => {
    for (let i = 0; i < 25; i++) await env.addMember('B-888', { kind: 'parent', name: `家長${String(i).padStart(2, '0')}`, phone: `6610${String(i).padStart(4, '0')}` });
    const p1 = await admin.get('members?kind=parent&pageSize=10');
    expect(p1.body).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    expect(p1.body.items).toHaveLength(10);
    const p3 = await admin.get('members?kind=parent&pageSize=10&page=3');
    expect(p3.body.items).toHaveLength(5);
    expect((await admin.get('members?q=家長07')).body.total).toBe(1);
    expect((await admin.get('members?q=%25')).body.total).toBe(0);
  });

  it('X-02 the audit log records a status change with before and after, newest first, paged', async () => {
    const id = await env.addMember('B-888', { kind: 'staff', name: '李老師', phone: '66000002' });
    await admin.post(`members/${id}/disable`);
    await admin.post(`members/${id}/enable`);
    const log = await admin.get('audit?pageSize=1');
    expect(log.body.total).toBe(2);
    expect(log.body.items[0]).toMatchObject({ action: 'member.enable', actorName: '創建人', targetId: id, before: { status: 'disabled' }, after: { status: 'active' } });
    expect((await admin.get('audit?q=disable')).body.items[0].action).toBe('member.disable');
  });
});
