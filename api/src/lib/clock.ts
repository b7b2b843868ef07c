import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The only source of "now" for services and jobs, so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts at `start`, moves only when told. */
export class TestClock implements Clock {
  #t: number;
  constructor(start: Date | string) {
    this.#t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#t);
  }
  set(at: Date | string): void {
    this.#t = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.#t += ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The schools' time zone: every time-of-day rule and every date shown is Macao's. */
export const TIME_ZONE = 'Asia/Macau';

/** A moment as Macao reads it: `2026-11-30 18:00`. */
export const macauTime = (d: Date): string => format(new TZDate(d.getTime(), TIME_ZONE), 'yyyy-MM-dd HH:mm');

/** The instants a Macao day (`YYYY-MM-DD`) starts and ends at (the end is the next day's start). */
export function macauDay(day: string): { start: Date; end: Date } {
  const [y, m, d] = day.split('-').map(Number);
  return { start: new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime()), end: new Date(new TZDate(y, m - 1, d + 1, TIME_ZONE).getTime()) };
}
