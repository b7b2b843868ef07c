import { Cron } from 'croner';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { jobRuns } from '../db/schema';
import type { SchoolDb } from '../db/client';
import type { Deps } from '../api/src/deps';
import { MINUTE } from '../api/src/lib/clock';
import { systemContext } from '../api/src/lib/context';
import { newToken } from '../api/src/lib/ids';
import { toSchool } from '../api/src/operator/registry';
import type { Job } from './define';

export const TIME_ZONE = 'Asia/Macau';

export interface JobResult {
  school: string;
  job: string;
  status: 'done' | 'skipped' | 'locked' | 'failed';
  error?: string;
}

/** Whether `job` has a cron match after `last` and at or before `at`. */
export function isDue(job: Job, last: Date | null, at: Date): boolean {
  const cron = new Cron(job.cron, { timezone: TIME_ZONE, paused: true });
  const from = last ?? new Date(at.getTime() - MINUTE);
  const next = cron.nextRun(from);
  return next !== null && next.getTime() <= at.getTime();
}

/**
 * Runs every due job for every active school: the Bun scheduler calls this each minute and
 * the Worker's scheduled() on each cron trigger. Per school and job, a lock in that school's
 * database keeps two runs from overlapping; `lastRunAt` moves only when a run finishes, so
 * a crashed or missed run is caught up by the next one.
 */
export async function runJobs(deps: Deps, at: Date, jobs: Job[], options: { force?: boolean } = {}): Promise<JobResult[]> {
  const owner = newToken();
  const results: JobResult[] = [];
  const schools = (await deps.registry.all()).filter((s) => s.status === 'active');
  for (const row of schools) {
    let db: SchoolDb;
    try {
      db = (await deps.schools.get(row.code)).db;
    } catch (e) {
      for (const job of jobs) results.push({ school: row.code, job: job.id, status: 'failed', error: String(e) });
      continue;
    }
    const ctx = systemContext(deps, toSchool(row), db);
    for (const job of jobs) {
      results.push({ school: row.code, job: job.id, ...(await runOne(ctx.db, job, at, owner, options.force ?? false, () => ctx)) });
    }
  }
  return results;
}

async function runOne(
  db: SchoolDb,
  job: Job,
  at: Date,
  owner: string,
  force: boolean,
  context: () => ReturnType<typeof systemContext>,
): Promise<Omit<JobResult, 'school' | 'job'>> {
  await db.insert(jobRuns).values({ jobId: job.id }).onConflictDoNothing();
  const state = await db.select().from(jobRuns).where(eq(jobRuns.jobId, job.id)).get();
  if (!force && !isDue(job, state?.lastRunAt ?? null, at)) return { status: 'skipped' };
  const lease = job.leaseMs ?? 5 * MINUTE;
  const claimed = await db
    .update(jobRuns)
    .set({ lockedUntil: new Date(at.getTime() + lease), lockOwner: owner })
    .where(and(eq(jobRuns.jobId, job.id), or(isNull(jobRuns.lockedUntil), lte(jobRuns.lockedUntil, at))))
    .returning({ lastRunAt: jobRuns.lastRunAt });
  if (claimed.length === 0) return { status: 'locked' };
  const from = claimed[0].lastRunAt ?? new Date(at.getTime() - MINUTE);
  try {
    await job.run({ ctx: context(), window: { from, to: at } });
    await db
      .update(jobRuns)
      .set({ lastRunAt: sql`max(coalesce(${jobRuns.lastRunAt}, 0), ${at.getTime()})`, lockedUntil: null, lockOwner: null })
      .where(and(eq(jobRuns.jobId, job.id), eq(jobRuns.lockOwner, owner)));
    return { status: 'done' };
  } catch (e) {
    await db.update(jobRuns).set({ lockedUntil: null, lockOwner: null }).where(and(eq(jobRuns.jobId, job.id), eq(jobRuns.lockOwner, owner)));
    console.error(`job ${job.id} failed`, e);
    return { status: 'failed', error: e instanceof Error ? e.message : String(e) };
  }
}
