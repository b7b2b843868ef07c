import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../api/src/lib/clock';
import { createTestEnv, type TestEnv } from '../api/src/test/harness';
import { defineJob, type JobRun } from './define';
import { isDue, runJobs } from './runner';

let env: TestEnv;
beforeEach(async () => {
  env = await createTestEnv();
  await env.school('B-888');
  await env.school('C-001');
});
afterEach(() => env.close());

function recorder(cron: string, fail = () => false) {
  const runs: { school: string; from: string; to: string }[] = [];
  const job = defineJob({
    id: `test-${cron}`,
    cron,
    async run({ ctx, window }: JobRun) {
      if (fail()) throw new Error('crash half-way');
      runs.push({ school: ctx.school.code, from: window.from.toISOString(), to: window.to.toISOString() });
    },
  });
  return { job, runs };
}

describe('job runner', () => {
  it('evaluates cron in Asia/Macau', () => {
    const job = defineJob({ id: 'x', cron: '0 17 * * *', run: async () => undefined });
    // 17:00 in Macao is 09:00 UTC
    expect(isDue(job, new Date('2026-11-28T08:59:00Z'), new Date('2026-11-28T09:00:00Z'))).toBe(true);
    expect(isDue(job, new Date('2026-11-28T09:00:00Z'), new Date('2026-11-28T09:30:00Z'))).toBe(false);
  });

  it('runs a due job once per active school, and not again for the same minute', async () => {
    const { job, runs } = recorder('* * * * *');
    const at = env.clock.now();
    await runJobs(env.deps, at, [job]);
    await runJobs(env.deps, at, [job]);
    expect(runs.map((r) => r.school).sort()).toEqual(['B-888', 'C-001']);
  });

  it('two overlapping runs: one runs, the other finds it locked or done', async () => {
    const { job, runs } = recorder('* * * * *');
    const at = env.clock.now();
    const results = (await Promise.all([runJobs(env.deps, at, [job]), runJobs(env.deps, at, [job])])).flat();
    expect(results.filter((r) => r.status === 'done')).toHaveLength(2);
    expect(runs).toHaveLength(2);
  });

  it('catches up after downtime and after a crash, never skipping the window', async () => {
    let crash = false;
    const { job, runs } = recorder('0 * * * *', () => crash);
    const t0 = new Date('2026-11-28T02:00:00Z');
    await runJobs(env.deps, t0, [job]);
    runs.length = 0;
    // down for three hours: one run covers the whole window
    const t1 = new Date(t0.getTime() + 3 * HOUR + 5 * MINUTE);
    crash = true;
    const failed = await runJobs(env.deps, t1, [job]);
    expect(failed.every((r) => r.status === 'failed')).toBe(true);
    crash = false;
    const t2 = new Date(t1.getTime() + MINUTE);
    await runJobs(env.deps, t2, [job]);
    expect(runs.filter((r) => r.school === 'B-888')).toEqual([{ school: 'B-888', from: t0.toISOString(), to: t2.toISOString() }]);
  });

  it('a suspended school is not run', async () => {
    const op = await env.deps.registry.row('C-001');
    expect(op).not.toBeNull();
    const { schools } = await import('../db/control/schema');
    const { eq } = await import('drizzle-orm');
    await env.deps.control.db.update(schools).set({ status: 'suspended' }).where(eq(schools.code, 'C-001'));
    env.deps.registry.invalidate('C-001');
    const { job, runs } = recorder('* * * * *');
    await runJobs(env.deps, env.clock.now(), [job]);
    expect(runs.map((r) => r.school)).toEqual(['B-888']);
  });
});
