import { remindDueAssignments } from '../api/src/homework/assignments/remind-assignment';
import { defineJob } from './define';

const BATCH = 50;
const MAX_BATCHES = 20;

/**
 * HW-05 提醒時間: every minute, reminds those who have not submitted each published homework
 * whose reminder time has come, once per reminder time (`remindedAt` and the outbox keys).
 */
export default defineJob({
  id: 'homework-reminders',
  cron: '* * * * *',
  async run({ ctx }) {
    const total = { assignments: 0, students: 0 };
    for (let i = 0; i < MAX_BATCHES; i++) {
      const sent = await remindDueAssignments(ctx, BATCH);
      total.assignments += sent.assignments;
      total.students += sent.students;
      if (sent.assignments < BATCH) break;
    }
    return total;
  },
});
