import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../src/deps';
import { createEdgeDeps } from '../../src/edge';
import { createWorker } from '../../src/worker';

describe('Worker scheduled', () => {
  it('Should run the jobs at the controller time, kept alive by waitUntil', async () => {
    const runs: { deps: Deps; at: Date }[] = [];
    let finish = () => {};
    const runScheduled = vi.fn(async (deps: Deps, at: Date) => {
      await new Promise<void>((resolve) => (finish = resolve));
      runs.push({ deps, at });
    });
    const worker = createWorker({ makeDeps: createEdgeDeps, runScheduled });
    const scheduledTime = new Date('2026-09-01T00:30:00.000Z');
    const controller = createScheduledController({ scheduledTime, cron: '* * * * *' });
    const ctx = createExecutionContext();

    await worker.scheduled(controller, env, ctx);
    // scheduled() returns at once; the run continues under ctx.waitUntil
    expect(runScheduled).toHaveBeenCalledTimes(1);
    expect(runs).toEqual([]);
    finish();
    await waitOnExecutionContext(ctx);

    expect(runs).toHaveLength(1);
    expect(runs[0].at.toISOString()).toBe(scheduledTime.toISOString());
    expect(runs[0].deps.config.publicUrl).toBe('https://campus.test');
  });

  it('Should share one set of dependencies between fetch and scheduled', async () => {
    const makeDeps = vi.fn(createEdgeDeps);
    const seen: Deps[] = [];
    const worker = createWorker({ makeDeps, runScheduled: async (deps) => void seen.push(deps) });
    const ctx = createExecutionContext();
    await worker.fetch(new Request('https://campus.test/api/health'), env, ctx);
    for (const minute of [0, 1]) {
      await worker.scheduled(createScheduledController({ scheduledTime: Date.UTC(2026, 8, 1, 0, minute), cron: '* * * * *' }), env, ctx);
    }
    await waitOnExecutionContext(ctx);
    expect(makeDeps).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
