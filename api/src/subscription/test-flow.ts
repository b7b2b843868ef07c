import { expect } from 'vitest';
import { adminRequests, guardians, members, messages, students, subscriptions } from '../../../db/schema';
import { seedSchool, type SchoolFixture } from '../home-school/fixture';
import { createDemoBureau } from '../platform/bureau/demo';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

/**
 * Helpers for the subscription tests: a demo school with the demo bureau (B-888's cards),
 * and the mobile flow driven step by step through the API as the phone would.
 */

export async function subscriptionEnv(codes: string[] = ['B-888']): Promise<{ env: TestEnv; schools: SchoolFixture[] }> {
  const env = await createTestEnv({ bureau: createDemoBureau() });
  const schools = [];
  for (const code of codes) schools.push(await seedSchool(env, code));
  return { env, schools };
}

/** 同意 with a kind and identity; the draft's token. */
export async function start(a: Agent, kind: 'admin' | 'staff' | 'family', identity: string): Promise<string> {
  const res = await a.post('subscription/drafts', { kind, termsAccepted: true, identity });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.token;
}

/** 手機 (+ 驗證碼 when one is sent); each phone's code a minute apart, as the SMS limit wants. */
export async function verifyPhone(env: TestEnv, a: Agent, token: string, areaCode: string, phone: string): Promise<void> {
  env.clock.advance(61_000);
  const res = await a.post(`subscription/drafts/${token}/phone`, areaCode === '86' ? { areaCode, phone, phoneConfirm: phone } : { areaCode, phone });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  if (!res.body.codeSent) return;
  const code = await a.post(`subscription/drafts/${token}/code`, { code: env.sms.lastCode(phone) });
  expect(code.status, JSON.stringify(code.body)).toBe(200);
}

/** A family draft up to the card step, for a B08 class. */
export async function familyUpToCard(env: TestEnv, a: Agent, f: SchoolFixture, phone: string, child: { studentName: string; cls: string; relation?: string }, identity = 'parent') {
  const token = await start(a, 'family', identity);
  await verifyPhone(env, a, token, '853', phone);
  const profile = await a.post(`subscription/drafts/${token}/profile`, {
    studentName: child.studentName,
    classId: f.hs.classes[child.cls],
    ...(identity === 'parent' ? { relation: child.relation ?? '媽媽' } : {}),
  });
  expect(profile.status, JSON.stringify(profile.body)).toBe(200);
  return token;
}

/** Row counts of everything a subscription may write: a refusal must leave them all as they were. */
export async function subscriptionCounts(env: TestEnv, code = 'B-888') {
  const { db } = await env.ctx(code);
  return {
    members: await db.$count(members),
    students: await db.$count(students),
    guardians: await db.$count(guardians),
    subscriptions: await db.$count(subscriptions),
    requests: await db.$count(adminRequests),
    messages: await db.$count(messages),
  };
}
