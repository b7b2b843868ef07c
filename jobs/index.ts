import type { Deps } from '../api/src/deps';
import type { Job } from './define';
import deliverMessages from './deliver-messages';
import homeworkReminders from './homework-reminders';
import homeworkScheduledSend from './homework-scheduled-send';
import prune from './prune';
import promotionAlumni from './promotion-alumni';
import sendScheduledAnnouncements from './send-scheduled-announcements';
import sendScheduledNotices from './send-scheduled-notices';
import { runJobs } from './runner';
import subscriptionPrune from './subscription-prune';

/** Every scheduled job. A module adds its jobs here. */
export const jobs: Job[] = [sendScheduledNotices, sendScheduledAnnouncements, homeworkScheduledSend, homeworkReminders, deliverMessages, prune, promotionAlumni, subscriptionPrune];

/** The scheduled entry both runtimes call: Bun each minute, Workers on each cron trigger. */
export function runScheduled(deps: Deps, at: Date) {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  return runJobs(deps, minute, jobs);
}
