import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schools } from '../../../db/control/schema';
import { deliverDue, LEASE_MS } from '../messages/deliver';
import { enqueueMessages } from '../messages/enqueue';
import { createWechatChannel } from '../platform/channels/wechat';
import { createWecomChannel } from '../platform/channels/wecom';
import { createWecomClient } from '../platform/channels/wecom-api';
import { type FakeWecom, startFakeWecom } from '../platform/channels/fake-wecom';
import { createWechatOAuth } from '../platform/oauth/wechat';
import { createWecomOAuth } from '../platform/oauth/wecom';
import { putSetting } from '../settings/settings';
import { createTestEnv, type TestEnv } from '../test/harness';

let env: TestEnv;
let fake: FakeWecom;
let teacherId: string;

beforeEach(async () => {
  fake = startFakeWecom();
  const client = createWecomClient({ baseUrl: fake.baseUrl, fetch: fake.fetch });
  env = await createTestEnv({
    channels: { wecom: createWecomChannel({ client }), wechat: createWechatChannel({ client }) },
    oauth: {
      wecom: createWecomOAuth({ client, authorizeBase: fake.baseUrl }),
      wechat: createWechatOAuth({ client, authorizeBase: fake.baseUrl }),
    },
  });
  await env.school('B-888');
  await env.deps.control.db.update(schools).set({ wecomCorpId: 'ww0000demo' }).where(eq(schools.code, 'B-888'));
  env.deps.registry.invalidate('B-888');
  const ctx = await env.ctx('B-888');
  await putSetting(ctx.db, 'channels', { agentId: '1000002', secret: 'app-secret', wechatEnabled: true }, env.clock.now());
  teacherId = await env.addMember('B-888', { kind: 'staff', name: '李老師', phone: '66000002', wecomUserId: 'LiTeacher' });
  await env.addMember('B-888', { kind: 'parent', name: '黃爸爸', phone: '66000101', schoolUserId: 'parent-huang' });
});
afterEach(async () => {
  fake.close();
  await env.close();
});

/** Follows the OAuth dance: our start → the fake's authorize → our callback. */
async function oauth(provider: 'wecom' | 'wechat') {
  const a = env.agent('B-888');
  const start = await a.raw('GET', `auth/oauth/${provider}/start`);
  expect(start.status).toBe(302);
  const authorize = start.headers.get('location') ?? '';
  expect(authorize).toContain('appid=ww0000demo');
  const back = await fake.fetch(authorize, { redirect: 'manual' });
  const callback = new URL(back.headers.get('location') ?? '');
  expect(callback.pathname).toBe(`/api/s/B-888/auth/oauth/${provider}/callback`);
  const done = await a.raw('GET', callback.pathname + callback.search);
  return { a, done };
}

describe('WeCom and WeChat sign-in (OAuth)', () => {
  it('signs a staff member in through WeCom and opens the mobile app', async () => {
    fake.signInAs({ userid: 'LiTeacher' });
    const { a, done } = await oauth('wecom');
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/admin/B-888/m');
    const me = await a.get('auth/me');
    expect(me.body).toMatchObject({ member: { name: '李老師' }, surface: 'mobile' });
  });

  it('signs a parent in through the school (家校) identity', async () => {
    fake.signInAs({ parent_userid: 'parent-huang' });
    const { a } = await oauth('wechat');
    expect((await a.get('auth/me')).body.member.name).toBe('黃爸爸');
  });

  it('refuses an unknown user and a forged state', async () => {
    fake.signInAs({ userid: 'stranger' });
    const { done } = await oauth('wecom');
    expect(done.status).toBe(401);
    const code = fake.issueCode({ userid: 'LiTeacher' });
    const forged = await env.agent('B-888').raw('GET', `auth/oauth/wecom/callback?code=${code}&state=abc`);
    expect(forged.status).toBe(401);
  });
});

describe('outbox through the fake WeCom', () => {
  it('X-04 a crash between send and mark-sent: the message is sent again with the same key and WeCom shows it once', async () => {
    const ctx = await env.ctx('B-888');
    await ctx.db.transaction((tx) => enqueueMessages(tx, ctx, [{ memberId: teacherId, dedupeKey: 'n1', source: 'notices', title: '家長會', body: '星期五 18:00' }]));
    await expect(
      deliverDue(ctx, {
        afterSend: () => {
          throw new Error('crash');
        },
      }),
    ).rejects.toThrow();
    env.clock.advance(LEASE_MS + 1);
    expect((await deliverDue(ctx)).sent).toBe(1);
    expect(fake.sent).toHaveLength(1);
    expect(fake.suppressed).toHaveLength(1);
    expect(fake.sent[0].body).toMatchObject({ touser: 'LiTeacher', msgtype: 'text', enable_duplicate_check: 1 });
  });
});
