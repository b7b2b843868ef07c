import { runAlumniRule } from '../api/src/promotion/alumni-rule';
import { defineJob } from './define';

/**
 * PRM-06, daily at 04:30 (Asia/Macau): a school that has not updated through B01 within a
 * week of the new year's B08 sync gets its missing subscribed students moved to the alumni,
 * and the leavers of 初三, 高一, 高二, 高三 invited to 教青社區. Idempotent: each student once.
 */
export default defineJob({
  id: 'promotion-alumni',
  cron: '30 4 * * *',
  run: ({ ctx }) => runAlumniRule(ctx),
});
