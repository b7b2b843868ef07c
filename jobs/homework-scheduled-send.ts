import { publishDueAssignments } from '../api/src/homework/assignments/publish-assignment';
import { defineJob } from './define';

const BATCH = 50;
const MAX_BATCHES = 20;

/**
 * HW-05 定時發送: every minute, publishes the homework drafts whose `scheduledAt` has come,
 * each once (the claim draft → published and its messages are one transaction).
 */
export default defineJob({
  id: 'homework-scheduled-send',
  cron: '* * * * *',
  async run({ ctx }) {
    const total = { assignments: 0, students: 0 };
    for (let i = 0; i < MAX_BATCHES; i++) {
      const sent = await publishDueAssignments(ctx, BATCH);
      total.assignments += sent.assignments;
      total.students += sent.students;
      if (sent.assignments < BATCH) break;
    }
    return total;
  },
});
