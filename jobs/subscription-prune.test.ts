import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardCheckFailures, subscriptionDrafts } from '../db/schema';
import { DAY, HOUR, MINUTE } from '../api/src/lib/clock';
import { createTestEnv, type TestEnv } from '../api/src/test/harness';
import { runJobs } from './runner';
import subscriptionPrune from './subscription-prune';

let env: TestEnv;
beforeEach(async () => {
  env = await createTestEnv();
  await env.school('B-888');
});
afterEach(() => env.close());

describe('subscription-prune', () => {
  it('drops expired drafts and day-old card failures, keeps live ones; twice and overlapping alike', async () => {
    const a = env.agent('B-888');
    const old = await a.post('subscription/drafts', { kind: 'family', termsAccepted: true, identity: 'parent' });
    expect(old.status).toBe(201);
    const { db } = await env.ctx('B-888');
    await db.insert(cardCheckFailures).values({ id: 'f1', cardNumber: '1234567-8', at: new Date(env.clock.now().getTime() - DAY - HOUR), ip: null });
    await db.insert(cardCheckFailures).values({ id: 'f2', cardNumber: '1234567-8', at: env.clock.now(), ip: null });
    env.clock.advance(20 * MINUTE);
    // made before the first one expired, so its own sweep leaves the first one for the job
    const live = await a.post('subscription/drafts', { kind: 'staff', termsAccepted: true, identity: 'teacher' });
    env.clock.advance(15 * MINUTE);
    expect(await db.$count(subscriptionDrafts)).toBe(2);
    const at = env.clock.now();
    await Promise.all([runJobs(env.deps, at, [subscriptionPrune], { force: true }), runJobs(env.deps, at, [subscriptionPrune], { force: true })]);
    await runJobs(env.deps, at, [subscriptionPrune], { force: true });
    expect((await db.select({ kind: subscriptionDrafts.kind }).from(subscriptionDrafts).all()).map((d) => d.kind)).toEqual(['staff']);
    expect((await db.select({ id: cardCheckFailures.id }).from(cardCheckFailures).all()).map((f) => f.id)).toEqual(['f2']);
    expect((await a.get(`subscription/drafts/${live.body.token}`)).status).toBe(200);
  });
});
