/** Dates and scores as the 功課 screens write them (Macao time, UTC+8 all year). */

const MACAU = 'Asia/Macau';

/** "2026-11-30" of a moment, in Macao. */
export function macauDay(date: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: MACAU, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The moments a Macao day starts and ends. */
export function dayRange(day: string): { start: number; end: number } {
  const start = Date.parse(`${day}T00:00:00+08:00`);
  return { start, end: start + 86_400_000 };
}

/** A `datetime-local` value (Macao time) as an ISO instant; '' gives null. */
export function toInstant(local: string): string | null {
  if (!local) return null;
  const t = Date.parse(`${local.length === 16 ? `${local}:00` : local}+08:00`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** 7.5, 8, 10.25: no trailing zeros. */
export const fmtScore = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100));

/** Whether a deadline has passed. */
export const isPast = (iso: string | null | undefined, now = Date.now()): boolean => !!iso && Date.parse(iso) < now;
