import { sendDueNotices } from '../api/src/notices/send-scheduled';
import { defineJob } from './define';

const BATCH = 50;
const MAX_BATCHES = 20;

/** N-01 定時發送: every minute, sends the scheduled home-school notices that are due, each once. */
export default defineJob({
  id: 'send-scheduled-notices',
  cron: '* * * * *',
  async run({ ctx }) {
    const total = { notices: 0, recipients: 0 };
    for (let i = 0; i < MAX_BATCHES; i++) {
      const sent = await sendDueNotices(ctx, BATCH);
      total.notices += sent.notices;
      total.recipients += sent.recipients;
      if (sent.notices < BATCH) break;
    }
    return total;
  },
});
