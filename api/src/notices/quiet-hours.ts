import { TZDate } from '@date-fns/tz';
import type { SchoolDbOrTx } from '../../../db/client';
import { TIME_ZONE } from '../lib/clock';
import { getSetting, type SettingValue } from '../settings/settings';

export { TIME_ZONE };

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * When a message to a parent or student created at `at` may be delivered: at once, or — if
 * `at` falls within the school's quiet hours (Asia/Macau, e.g. 22:00–07:00, possibly across
 * midnight) — at the end of them. Returns null when it goes at once.
 */
export function quietHoursEnd(at: Date, quiet: SettingValue<'quietHours'>): Date | null {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const local = new TZDate(at.getTime(), TIME_ZONE);
  const now = local.getHours() * 60 + local.getMinutes();
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const until = new TZDate(at.getTime(), TIME_ZONE);
  until.setHours(Math.floor(end / 60), end % 60, 0, 0);
  if (until.getTime() <= at.getTime()) until.setDate(until.getDate() + 1);
  return new Date(until.getTime());
}

/** When messages of a notice sent at `at` are due: `at`, or the end of quiet hours unless urgent. */
export async function deliveryTime(db: SchoolDbOrTx, at: Date, urgent: boolean): Promise<Date> {
  if (urgent) return at;
  return quietHoursEnd(at, await getSetting(db, 'quietHours')) ?? at;
}
