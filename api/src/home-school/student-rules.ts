import { and, eq, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { students } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import type { Locale } from '../lib/i18n';

const NOT_FUTURE: Record<Locale, string> = { 'zh-Hant': '不能是將來的日期', en: 'cannot be in the future', pt: 'não pode ser uma data futura' };

/** A birth date after today (the request's clock, Asia/Macau date) is refused naming the field. */
export function checkBirthDate(ctx: ServiceContext, value: string | null | undefined, field = 'birthDate'): void {
  if (!value) return;
  const today = new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (value > today) throw new ApiError('invalid_field', { field, params: { field, detail: NOT_FUTURE[ctx.locale] } });
}

/**
 * ID-02: an education ID (or temporary number) belongs to one student of the school; a second
 * student with it is refused (409 naming the field).
 */
export async function assertIdsFree(
  tx: SchoolDbOrTx,
  ids: { educationId?: string | null; tempNumber?: string | null },
  exceptStudentId: string | null,
): Promise<void> {
  const other = exceptStudentId ? ne(students.id, exceptStudentId) : undefined;
  if (ids.educationId) {
    const taken = await tx.select({ id: students.id }).from(students).where(and(eq(students.educationId, ids.educationId), other)).get();
    if (taken) throw new ApiError('education_id_taken', { field: 'educationId' });
  }
  if (ids.tempNumber) {
    const taken = await tx.select({ id: students.id }).from(students).where(and(eq(students.tempNumber, ids.tempNumber), other)).get();
    if (taken) throw new ApiError('education_id_taken', { field: 'tempNumber' });
  }
}
