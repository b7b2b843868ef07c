import type { ServiceContext } from '../api/src/lib/context';

/** What a job run gets for one school: the context and the window of time it covers. */
export interface JobRun {
  ctx: ServiceContext;
  /** From the end of the last finished run (or one minute ago on the first) to now. */
  window: { from: Date; to: Date };
}

/**
 * A scheduled job: one file each under jobs/. `run` is called once per active school when
 * the cron (Asia/Macau) has a match in the window; it must be idempotent (outbox keys,
 * state columns) because a run that crashed is repeated.
 */
export interface Job {
  id: string;
  /** Five-field cron, evaluated in Asia/Macau. */
  cron: string;
  /** How long one school's run may hold the job's lock. */
  leaseMs?: number;
  run(job: JobRun): Promise<unknown>;
}

export const defineJob = (job: Job): Job => job;
