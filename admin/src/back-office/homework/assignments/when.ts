/**
 * The form's date-times are Macao time (UTC+8, no daylight saving) whatever the browser's
 * zone: `2026-11-30T18:00` in a datetime-local field is 18:00 in Macao.
 */
export function toInstant(local: string): string | null {
  return local ? new Date(`${local}:00+08:00`).toISOString() : null;
}

/** An instant as a datetime-local value in Macao time. */
export function toLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16);
}
