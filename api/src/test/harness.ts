import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openControlDb } from '../../../db/client';
import { localClientFactory } from '../../../db/local-client';
import { migrations as controlMigrations } from '../../../db/control/migrations';
import { migrate } from '../../../db/migrate';
import { createApp } from '../app';
import { createDeps, type Deps } from '../deps';
import { TestClock } from '../lib/clock';
import { systemContext, type ServiceContext } from '../lib/context';
import { insertMember, type MemberInput } from '../members/insert-member';
import { toSchool } from '../operator/registry';
import { provisionSchool } from '../operator/provision-school';
import { createMemoryFileStore } from '../platform/files/memory';
import type { Channel, OutgoingMessage, Platform, SmsSender } from '../platform/types';
import { Agent } from './agent';

/** An SMS sender that keeps what it sent, so tests can read the codes. */
export function recordingSms(): SmsSender & { sent: { phone: string; text: string }[]; lastCode(phone: string): string } {
  const sent: { phone: string; text: string }[] = [];
  return {
    sent,
    async send(m) {
      sent.push({ phone: m.phone, text: m.text });
    },
    lastCode(phone) {
      const m = [...sent].reverse().find((s) => s.phone === phone);
      const code = m?.text.match(/\d{6}/)?.[0];
      if (!code) throw new Error(`no code sent to ${phone}`);
      return code;
    },
  };
}

/** A channel that records what it was asked to send and answers as told. */
export function recordingChannel(name: 'wecom' | 'wechat'): Channel & { sent: OutgoingMessage[]; answer: Channel['send'] | null } {
  const ch = {
    name,
    sent: [] as OutgoingMessage[],
    answer: null as Channel['send'] | null,
    async send(message: OutgoingMessage, config: Parameters<Channel['send']>[1]) {
      ch.sent.push(message);
      return ch.answer ? ch.answer(message, config) : { ok: true as const };
    },
  };
  return ch;
}

export interface TestEnv {
  dir: string;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  clock: TestClock;
  sms: ReturnType<typeof recordingSms>;
  channels: { wecom: ReturnType<typeof recordingChannel>; wechat: ReturnType<typeof recordingChannel> };
  /** Provisions a school with its creator `admin` / `password1` (phone 66000001). */
  school(code: string): Promise<void>;
  addMember(code: string, input: MemberInput): Promise<string>;
  /** A service context for a school, as the system (jobs) sees it. */
  ctx(code: string): Promise<ServiceContext>;
  agent(code: string): Agent;
  close(): Promise<void>;
}

/** A whole app on temporary libSQL files, with a test clock and recording adapters. */
export async function createTestEnv(overrides: Partial<Platform> = {}): Promise<TestEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-test-'));
  const control = openControlDb(localClientFactory, { url: `file:${join(dir, 'control.db')}` });
  await migrate(control.client, controlMigrations);
  const clock = new TestClock('2026-11-28T02:00:00Z');
  const sms = recordingSms();
  const channels = { wecom: recordingChannel('wecom'), wechat: recordingChannel('wechat') };
  const unusedOAuth = {
    authorizeUrl: () => 'http://oauth.invalid/',
    identify: async () => null,
  };
  const platform: Platform = {
    files: createMemoryFileStore(),
    channels,
    oauth: { wecom: { name: 'wecom', ...unusedOAuth }, wechat: { name: 'wechat', ...unusedOAuth } },
    sms,
    bureau: {
      checkEducationId: async () => ({ ok: false, reason: 'not_found' }),
      b08Classes: async () => [],
      calendar: async () => [],
    },
    ...overrides,
  };
  const deps = createDeps({
    control,
    clientFactory: localClientFactory,
    platform,
    clock,
    config: {
      publicUrl: 'http://localhost',
      secureCookies: false,
      secrets: {},
      locateSchoolDb: (code) => ({ url: `file:${join(dir, `${code}.db`)}`, tokenSecret: null }),
    },
  });
  const app = createApp(deps);
  return {
    dir,
    deps,
    app,
    clock,
    sms,
    channels,
    async school(code) {
      await provisionSchool(deps, {
        code,
        nameZh: `測試學校 ${code}`,
        creator: { name: '創建人', account: 'admin', areaCode: '853', phone: '66000001', password: 'password1' },
      });
    },
    async addMember(code, input) {
      const { db } = await deps.schools.get(code);
      return insertMember(db, input, clock.now());
    },
    async ctx(code) {
      const row = await deps.registry.row(code);
      if (!row) throw new Error(`no school ${code}`);
      const { db } = await deps.schools.get(code);
      return systemContext(deps, toSchool(row), db);
    },
    agent: (code) => new Agent(app, code),
    async close() {
      await deps.schools.closeAll();
      control.client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
