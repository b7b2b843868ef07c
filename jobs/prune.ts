import { lt } from 'drizzle-orm';
import { rateLimits, smsCodes } from '../db/schema';
import { pruneSessions } from '../api/src/auth/sessions';
import { DAY } from '../api/src/lib/clock';
import { pruneRateLimits } from '../api/src/lib/rate-limit';
import { defineJob } from './define';

/** Nightly clean-up of expired sessions, used SMS codes and old rate-limit windows. */
export default defineJob({
  id: 'prune',
  cron: '17 3 * * *',
  async run({ ctx }) {
    const now = ctx.clock.now();
    await pruneSessions(ctx.db, now);
    await pruneRateLimits(ctx.db, rateLimits, now.getTime() - DAY);
    await ctx.db.delete(smsCodes).where(lt(smsCodes.expiresAt, new Date(now.getTime() - DAY)));
  },
});
