import { sendDueAnnouncements } from '../api/src/announcements/send-scheduled';
import { defineJob } from './define';

const BATCH = 50;
const MAX_BATCHES = 20;

/** ANN-01 定時發送: every minute, sends the scheduled staff announcements that are due, each once. */
export default defineJob({
  id: 'send-scheduled-announcements',
  cron: '* * * * *',
  async run({ ctx }) {
    const total = { announcements: 0, recipients: 0 };
    for (let i = 0; i < MAX_BATCHES; i++) {
      const sent = await sendDueAnnouncements(ctx, BATCH);
      total.announcements += sent.announcements;
      total.recipients += sent.recipients;
      if (sent.announcements < BATCH) break;
    }
    return total;
  },
});
