import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operators } from '../../../db/control/schema';
import { hashPassword } from '../lib/crypto';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

let env: TestEnv;
let op: Agent;

const newSchool = {
  code: 'c-123',
  nameZh: '新學校',
  nameEn: 'New School',
  creator: { name: '校長', account: 'head', areaCode: '853', phone: '66001111', password: 'long-password' },
};

beforeEach(async () => {
  env = await createTestEnv();
  await env.deps.control.db.insert(operators).values({ id: 'op1', account: 'operator', name: '營運', passwordHash: await hashPassword('operator-pass'), createdAt: env.clock.now() });
  op = env.agent('-');
  const res = await op.post('/api/operator/sign-in', { account: 'operator', password: 'operator-pass' });
  op.csrfToken = res.body.csrfToken;
});
afterEach(() => env.close());

describe('operator: schools registry', () => {
  it('provisions a school: database migrated, creator can sign in, listed in the registry', async () => {
    const res = await op.post('/api/operator/schools', newSchool);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'C-123', name: { 'zh-Hant': '新學校', en: 'New School' }, status: 'active' });
    const head = env.agent('C-123');
    expect((await head.signIn('head', 'long-password')).body.member.adminRole).toBe('creator');
    expect((await op.get('/api/operator/schools?q=新')).body.total).toBe(1);
    expect((await op.get('/api/operator/schools/C-123')).body.dbUrl).toMatch(/^file:.*C-123\.db$/);
  });

  it('refuses a school code that exists, and bad input naming the field, changing nothing', async () => {
    await op.post('/api/operator/schools', newSchool);
    expect((await op.post('/api/operator/schools', newSchool)).body.error).toMatchObject({ code: 'school_exists', field: 'code' });
    const bad = await op.post('/api/operator/schools', { ...newSchool, code: 'D-1', creator: { ...newSchool.creator, password: 'short' } });
    expect(bad.body.error).toMatchObject({ code: 'invalid_field', field: 'creator.password' });
    expect((await op.get('/api/operator/schools')).body.total).toBe(1);
  });

  it('a suspended school answers 404 and its sessions stop working', async () => {
    await op.post('/api/operator/schools', newSchool);
    const head = env.agent('C-123');
    await head.signIn('head', 'long-password');
    expect((await op.patch('/api/operator/schools/C-123', { status: 'suspended' })).status).toBe(200);
    expect((await head.get('auth/me')).status).toBe(404);
    await op.patch('/api/operator/schools/C-123', { status: 'active' });
    expect((await head.get('auth/me')).status).toBe(200);
  });

  it('requires an operator: anonymous 401, a school admin is not an operator, writes need the CSRF token', async () => {
    const anon = env.agent('-');
    expect((await anon.get('/api/operator/schools')).status).toBe(401);
    expect((await anon.post('/api/operator/schools', newSchool)).status).toBe(401);
    await env.school('B-888');
    const admin = env.agent('B-888');
    await admin.signIn('admin', 'password1');
    expect((await admin.get('/api/operator/schools')).status).toBe(401);
    const noCsrf = await op.raw('POST', '/api/operator/schools', { body: JSON.stringify(newSchool), headers: { 'content-type': 'application/json' }, csrf: false });
    expect(noCsrf.status).toBe(403);
  });

  it('wrong operator password is a 401 on the password field', async () => {
    const res = await env.agent('-').post('/api/operator/sign-in', { account: 'operator', password: 'nope' });
    expect(res.body.error).toMatchObject({ code: 'bad_credentials', field: 'password' });
  });
});
