import { lt } from 'drizzle-orm';
import { cardCheckFailures, subscriptionDrafts } from '../db/schema';
import { DAY } from '../api/src/lib/clock';
import { defineJob } from './define';

/** Nightly: expired subscription drafts and card-check failures older than a day (the lock looks back an hour). */
export default defineJob({
  id: 'subscription-prune',
  cron: '23 3 * * *',
  async run({ ctx }) {
    const now = ctx.clock.now();
    await ctx.db.delete(subscriptionDrafts).where(lt(subscriptionDrafts.expiresAt, now));
    await ctx.db.delete(cardCheckFailures).where(lt(cardCheckFailures.at, new Date(now.getTime() - DAY)));
  },
});
