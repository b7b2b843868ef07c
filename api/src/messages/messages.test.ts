import { eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schools } from '../../../db/control/schema';
import { messages } from '../../../db/schema';
import { runJobs } from '../../../jobs/runner';
import deliverMessages from '../../../jobs/deliver-messages';
import { MINUTE } from '../lib/clock';
import { putSetting } from '../settings/settings';
import { createTestEnv, type TestEnv } from '../test/harness';
import { deliverDue, LEASE_MS } from './deliver';
import { enqueueMessages } from './enqueue';
import { hideMessages } from './hide-messages';

let env: TestEnv;
let teacherId: string;
let parentId: string;

async function configureChannels(code: string) {
  await env.deps.control.db.update(schools).set({ wecomCorpId: 'ww123456' }).where(eq(schools.code, code));
  env.deps.registry.invalidate(code);
  const ctx = await env.ctx(code);
  await putSetting(ctx.db, 'channels', { agentId: '1000002', secret: 's3cret', wechatEnabled: true }, env.clock.now());
}

beforeEach(async () => {
  env = await createTestEnv();
  await env.school('B-888');
  teacherId = await env.addMember('B-888', { kind: 'staff', name: '李老師', phone: '66000002', isTeacher: true, wecomUserId: 'li' });
  parentId = await env.addMember('B-888', { kind: 'parent', name: '黃爸爸', phone: '66000101', schoolUserId: 'wx-huang' });
});
afterEach(() => env.close());

async function send(keys: string[], memberId = teacherId, deliverAfter?: Date) {
  const ctx = await env.ctx('B-888');
  return ctx.db.transaction((tx) =>
    enqueueMessages(
      tx,
      ctx,
      keys.map((k) => ({ memberId, dedupeKey: k, source: 'test', title: `標題 ${k}`, body: '內容', deliverAfter })),
    ),
  );
}

describe('outbox', () => {
  it('X-04 stores the same message to the same person for the same occurrence once', async () => {
    expect(await send(['notice:1'])).toBe(1);
    expect(await send(['notice:1', 'notice:2'])).toBe(1);
    const ctx = await env.ctx('B-888');
    expect(await ctx.db.$count(messages)).toBe(2);
  });

  it('writes 3,000 messages in one transaction', async () => {
    const ctx = await env.ctx('B-888');
    const n = await ctx.db.transaction((tx) =>
      enqueueMessages(tx, ctx, Array.from({ length: 3000 }, (_, i) => ({ memberId: parentId, dedupeKey: `bulk:${i}`, source: 'test', title: 't' }))),
    );
    expect(n).toBe(3000);
  });

  it('keeps messages in-app only while the school has no WeCom set up', async () => {
    await send(['a']);
    const report = await deliverDue(await env.ctx('B-888'));
    expect(report).toMatchObject({ claimed: 1, skipped: 1, sent: 0 });
    expect(env.channels.wecom.sent).toHaveLength(0);
  });

  it('sends staff messages through WeCom and parent messages through WeChat school notifications', async () => {
    await configureChannels('B-888');
    await send(['a']);
    await send(['b'], parentId);
    const report = await deliverDue(await env.ctx('B-888'));
    expect(report.sent).toBe(2);
    expect(env.channels.wecom.sent.map((m) => m.to.wecomUserId)).toEqual(['li']);
    expect(env.channels.wechat.sent.map((m) => m.to.schoolUserId)).toEqual(['wx-huang']);
  });

  it('X-04 a job run twice, and two runs at once, deliver one message per key', async () => {
    await configureChannels('B-888');
    await send(['k1', 'k2', 'k3']);
    const at = env.clock.now();
    const [a, b] = await Promise.all([runJobs(env.deps, at, [deliverMessages]), runJobs(env.deps, at, [deliverMessages])]);
    await runJobs(env.deps, at, [deliverMessages]);
    expect([...a, ...b].filter((r) => r.status === 'done')).toHaveLength(1);
    expect(env.channels.wecom.sent.map((m) => m.title).sort()).toEqual(['標題 k1', '標題 k2', '標題 k3']);
    env.clock.advance(MINUTE);
    await runJobs(env.deps, env.clock.now(), [deliverMessages]);
    expect(env.channels.wecom.sent).toHaveLength(3);
  });

  it('a crash between send and mark-sent loses nothing: the row is claimed again after its lease', async () => {
    await configureChannels('B-888');
    await send(['crash']);
    const ctx = await env.ctx('B-888');
    await expect(
      deliverDue(ctx, {
        afterSend: () => {
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect((await deliverDue(ctx)).claimed).toBe(0);
    env.clock.advance(LEASE_MS + 1);
    const report = await deliverDue(ctx);
    expect(report.sent).toBe(1);
    const [first, second] = env.channels.wecom.sent;
    // the channel gets the same key twice and de-duplicates (WeCom's duplicate check)
    expect(second.key).toBe(first.key);
    const row = await ctx.db.select().from(messages).get();
    expect(row?.status).toBe('sent');
  });

  it('retries with backoff and gives up after the last attempt', async () => {
    await configureChannels('B-888');
    await send(['retry']);
    env.channels.wecom.answer = async () => ({ ok: false, retry: true, error: 'busy' });
    const ctx = await env.ctx('B-888');
    expect((await deliverDue(ctx)).retried).toBe(1);
    expect((await deliverDue(ctx)).claimed).toBe(0);
    env.clock.advance(MINUTE);
    expect((await deliverDue(ctx)).retried).toBe(1);
    env.channels.wecom.answer = async () => ({ ok: false, retry: false, error: 'invalid user' });
    env.clock.advance(2 * MINUTE);
    expect((await deliverDue(ctx)).failed).toBe(1);
    const row = await ctx.db.select().from(messages).get();
    expect(row).toMatchObject({ status: 'failed', lastError: 'invalid user', attempts: 3 });
  });
});

describe('消息提醒 message list', () => {
  it('lists my due messages newest first with the unread count, and marks them read', async () => {
    await send(['m1']);
    env.clock.advance(MINUTE);
    await send(['m2']);
    await send(['later'], teacherId, new Date(env.clock.now().getTime() + 60 * MINUTE));
    await send(['other'], parentId);
    await env.addMember('B-888', { kind: 'staff', name: 'T', account: 'teacher', password: 'password2', phone: '66000009' });
    const admin = env.agent('B-888');
    await admin.signIn('admin', 'password1');
    expect((await admin.get('messages')).body.total).toBe(0);

    const t = env.agent('B-888');
    await t.signInWithCode('853', '66000002', (p) => env.sms.lastCode(p));
    const list = await t.get('messages');
    expect(list.body.items.map((m: { title: string }) => m.title)).toEqual(['標題 m2', '標題 m1']);
    expect(list.body.unread).toBe(2);
    expect((await t.post(`messages/${list.body.items[1].id}/read`)).status).toBe(204);
    expect((await t.get('messages?unread=1')).body.items.map((m: { title: string }) => m.title)).toEqual(['標題 m2']);
    expect((await t.get('messages?q=m1')).body.total).toBe(1);
    // another member's message does not exist for me
    const ctx = await env.ctx('B-888');
    const others = await ctx.db.select().from(messages).where(eq(messages.memberId, parentId)).get();
    expect((await t.post(`messages/${others?.id}/read`)).status).toBe(404);
    expect((await t.post('messages/read-all')).status).toBe(204);
    expect((await t.get('messages')).body.unread).toBe(0);
  });
});

describe('withdrawn messages (a recalled notice)', () => {
  async function hide(prefix: string) {
    const ctx = await env.ctx('B-888');
    return ctx.db.transaction((tx) => hideMessages(tx, like(messages.dedupeKey, `${prefix}%`), env.clock.now()));
  }

  it('N-06 a withdrawn message is kept, but out of the list, the unread count, read-all and delivery', async () => {
    await configureChannels('B-888');
    await send(['keep', 'gone:1', 'gone:2']);
    expect(await hide('gone:')).toBe(2);
    // hiding again changes nothing
    expect(await hide('gone:')).toBe(0);
    const ctx = await env.ctx('B-888');
    const rows = await ctx.db.select().from(messages).where(like(messages.dedupeKey, 'gone:%')).all();
    expect(rows.map((r) => [r.status, r.hiddenAt?.getTime()])).toEqual([
      ['skipped', env.clock.now().getTime()],
      ['skipped', env.clock.now().getTime()],
    ]);
    const report = await deliverDue(ctx);
    expect(report).toMatchObject({ claimed: 1, sent: 1 });
    expect(env.channels.wecom.sent.map((m) => m.title)).toEqual(['標題 keep']);
    // the key still holds: the same occurrence is never stored (nor sent) again
    expect(await send(['gone:1'])).toBe(0);

    const t = env.agent('B-888');
    await t.signInWithCode('853', '66000002', (p) => env.sms.lastCode(p));
    const list = await t.get('messages');
    expect(list.body.items.map((m: { title: string }) => m.title)).toEqual(['標題 keep']);
    expect([list.body.total, list.body.unread]).toEqual([1, 1]);
    expect((await t.post(`messages/${rows[0].id}/read`)).status).toBe(404);
    await t.post('messages/read-all');
    const after = await ctx.db.select().from(messages).where(like(messages.dedupeKey, 'gone:%')).all();
    expect(after.map((r) => r.readAt)).toEqual([null, null]);
  });

  it('a message withdrawn before its time (quiet hours) is never delivered when the time comes', async () => {
    await configureChannels('B-888');
    await send(['held:1'], parentId, new Date(env.clock.now().getTime() + 60 * MINUTE));
    await hide('held:');
    env.clock.advance(61 * MINUTE);
    expect((await deliverDue(await env.ctx('B-888'))).claimed).toBe(0);
    expect(env.channels.wechat.sent).toHaveLength(0);
  });
});
