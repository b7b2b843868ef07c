import type { Deps } from '../api/src/deps';
import { runScheduled } from './index';

/**
 * The in-process scheduler of the Bun server: wakes at each minute boundary and runs the
 * due jobs. A run still going when the next minute comes is not started twice; the job
 * locks in the databases also protect against a second process.
 */
export function startScheduler(deps: Deps, now: () => number = Date.now): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    schedule();
    if (running) return;
    running = true;
    try {
      await runScheduled(deps, new Date(now()));
    } catch (e) {
      console.error('scheduled run failed', e);
    } finally {
      running = false;
    }
  };
  const schedule = () => {
    const t = now();
    timer = setTimeout(tick, 60_000 - (t % 60_000) + 50);
  };
  schedule();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
