import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { b08ClassLinks, classes, grades, students } from '../../../db/schema';
import type { B01Entry } from './b01-format';

/** Why a record cannot be applied (PRM-04), in the order the preview lists them. */
export const ANOMALIES = ['malformed', 'duplicate', 'unknown_class', 'not_subscribed'] as const;
export type Anomaly = (typeof ANOMALIES)[number];

export interface MatchedEntry extends B01Entry {
  studentId: string | null;
  classId: string | null;
  anomalies: Anomaly[];
}

/**
 * Matches the records of a file against the school: each class by the B08 sync's memory of
 * the bureau's names (or a B08 class of that name in the year), each student by card among
 * the school's current and former (alumni) students; a transferred student must subscribe
 * anew (SUB-06) so counts as not subscribed. A card twice in the file is a duplicate each time.
 */
export async function matchB01(db: SchoolDbOrTx, schoolYear: string, entries: B01Entry[]): Promise<MatchedEntry[]> {
  const classKey = (gradeCode: string, className: string) => `${gradeCode}\u0000${className}`;
  const byKey = new Map<string, string>();
  const links = await db
    .select({ classId: b08ClassLinks.classId, gradeCode: b08ClassLinks.gradeCode, name: b08ClassLinks.bureauClassName })
    .from(b08ClassLinks)
    .where(and(eq(b08ClassLinks.schoolYear, schoolYear), ne(b08ClassLinks.audience, 'parents')))
    .all();
  for (const l of links) byKey.set(classKey(l.gradeCode, l.name), l.classId);
  const named = await db
    .select({ id: classes.id, name: classes.name, gradeCode: grades.code })
    .from(classes)
    .innerJoin(grades, eq(grades.id, classes.gradeId))
    .where(and(eq(classes.schoolYear, schoolYear), eq(classes.source, 'b08'), ne(classes.audience, 'parents')))
    .all();
  for (const c of named) if (c.gradeCode && !byKey.has(classKey(c.gradeCode, c.name))) byKey.set(classKey(c.gradeCode, c.name), c.id);

  const roster = await db
    .select({ id: students.id, educationId: students.educationId, tempNumber: students.tempNumber })
    .from(students)
    .where(inArray(students.status, ['active', 'alumni']))
    .all();
  const byCard = new Map<string, string>();
  for (const s of roster) {
    if (s.educationId) byCard.set(s.educationId, s.id);
    if (s.tempNumber) byCard.set(s.tempNumber, s.id);
  }
  const seen = new Map<string, number>();
  for (const e of entries) if (!e.malformed) seen.set(e.educationId, (seen.get(e.educationId) ?? 0) + 1);

  return entries.map((e) => {
    if (e.malformed) return { ...e, studentId: null, classId: null, anomalies: ['malformed'] };
    const anomalies: Anomaly[] = [];
    if ((seen.get(e.educationId) ?? 0) > 1) anomalies.push('duplicate');
    const classId = byKey.get(classKey(e.gradeCode, e.className)) ?? null;
    if (!classId) anomalies.push('unknown_class');
    const studentId = byCard.get(e.educationId) ?? null;
    if (!studentId) anomalies.push('not_subscribed');
    return { ...e, studentId, classId, anomalies };
  });
}
