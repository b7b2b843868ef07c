import { deliverDue } from '../api/src/messages/deliver';
import { defineJob } from './define';

const BATCH = 200;
const MAX_BATCHES = 25;

/** The outbox delivery loop: every minute, send what is due through WeCom / WeChat. */
export default defineJob({
  id: 'deliver-messages',
  cron: '* * * * *',
  async run({ ctx }) {
    let sent = 0;
    for (let i = 0; i < MAX_BATCHES; i++) {
      const report = await deliverDue(ctx, { limit: BATCH });
      sent += report.sent;
      if (report.claimed < BATCH) break;
    }
    return { sent };
  },
});
