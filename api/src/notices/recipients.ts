import { and, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classes, guardians, members, type NoticeTargets, students } from '../../../db/schema';
import type { Actor } from '../lib/context';
import { ApiError } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { classIdsInScope, taughtClassIds } from '../home-school/teaching';
import { canTargetClass, canTargetWholeSchool, isNoticeAdmin } from './policy';

/** One recipient of a notice: a member (parent, or the student's own account) for one student. */
export interface RecipientRow {
  studentId: string;
  studentName: string;
  classId: string | null;
  className: string;
  memberId: string;
  kind: 'parent' | 'student';
  relation: string;
  locale: Locale;
}

const CHUNK = 500;

/**
 * N-01 checks what a sender addressed: the whole school only for the app's admins (403 naming
 * the field); classes and students only within the classes the sender manages or teaches
 * (CT-03) — anything else, including another school's ids, is a 404 naming the field.
 */
export async function checkTargets(db: SchoolDbOrTx, actor: Actor, t: NoticeTargets): Promise<void> {
  if (!t.wholeSchool && t.classIds.length === 0 && t.studentIds.length === 0) throw new ApiError('notice_no_recipients', { field: 'recipients' });
  if (t.wholeSchool && !canTargetWholeSchool(actor)) throw new ApiError('forbidden', { field: 'recipients.wholeSchool' });
  const allowed = isNoticeAdmin(actor)
    ? new Set<string>()
    : new Set([...(await classIdsInScope(actor, db)), ...(actor.isTeacher ? await taughtClassIds(db, actor.memberId) : [])]);
  if (t.classIds.length > 0) {
    const found = new Set((await db.select({ id: classes.id }).from(classes).where(inArray(classes.id, t.classIds)).all()).map((r) => r.id));
    t.classIds.forEach((id, i) => {
      if (!found.has(id) || !canTargetClass(actor, id, allowed)) throw new ApiError('not_found', { field: `recipients.classIds.${i}` });
    });
  }
  const byId = new Map<string, { classId: string | null; status: string }>();
  for (let i = 0; i < t.studentIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: students.id, classId: students.classId, status: students.status })
      .from(students)
      .where(inArray(students.id, t.studentIds.slice(i, i + CHUNK)))
      .all();
    for (const r of rows) byId.set(r.id, r);
  }
  t.studentIds.forEach((id, i) => {
    const s = byId.get(id);
    const field = `recipients.studentIds.${i}`;
    if (!s || !canTargetClass(actor, s.classId, allowed)) throw new ApiError('not_found', { field });
    if (s.status !== 'active') throw new ApiError('student_not_active', { field });
  });
}

function targetedStudents(t: NoticeTargets): SQL | undefined {
  if (t.wholeSchool) return eq(students.status, 'active');
  const parts = [
    t.classIds.length ? inArray(students.classId, t.classIds) : undefined,
    t.studentIds.length ? inArray(students.id, t.studentIds) : undefined,
  ].filter((p) => p !== undefined);
  return parts.length ? and(eq(students.status, 'active'), or(...parts)) : undefined;
}

/** The members a notice reaches: active, and parents and/or students' own accounts as the audience says. */
export function recipientsWhere(t: NoticeTargets, audience: 'parents' | 'students' | 'both'): SQL | undefined {
  const where = targetedStudents(t);
  if (!where) return undefined;
  const kinds: ('parent' | 'student')[] = audience === 'both' ? ['parent', 'student'] : audience === 'parents' ? ['parent'] : ['student'];
  return and(where, eq(members.status, 'active'), inArray(members.kind, kinds));
}

/**
 * The recipients of a notice, resolved through the guardians: for each active student
 * addressed, each active member linked to them — parents (relation other than 本人) and/or
 * the student's own account — one row per member per student (N-09). Also how many students
 * were addressed, reached or not.
 */
export async function resolveRecipients(db: SchoolDbOrTx, t: NoticeTargets, audience: 'parents' | 'students' | 'both') {
  const where = recipientsWhere(t, audience);
  if (!where) return { rows: [] as RecipientRow[], students: 0 };
  const found = await db
    .select({
      studentId: students.id,
      studentName: students.name,
      classId: students.classId,
      className: classes.name,
      memberId: members.id,
      kind: members.kind,
      relation: guardians.relation,
      locale: members.preferredLocale,
    })
    .from(students)
    .innerJoin(guardians, eq(guardians.studentId, students.id))
    .innerJoin(members, eq(members.id, guardians.memberId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(where)
    .orderBy(classes.name, students.name, students.id, members.name)
    .all();
  const total = await db.select({ n: count() }).from(students).where(targetedStudents(t)).get();
  const rows: RecipientRow[] = found.map((r) => ({
    ...r,
    className: r.className ?? '',
    kind: r.kind === 'student' ? 'student' : 'parent',
    locale: r.locale ?? 'zh-Hant',
  }));
  return { rows, students: total?.n ?? 0 };
}

/** How many receipts a notice to `t` would have now (a scheduled notice is checked with it). */
export async function countRecipients(db: SchoolDbOrTx, t: NoticeTargets, audience: 'parents' | 'students' | 'both'): Promise<number> {
  const where = recipientsWhere(t, audience);
  if (!where) return 0;
  const row = await db
    .select({ n: count() })
    .from(students)
    .innerJoin(guardians, eq(guardians.studentId, students.id))
    .innerJoin(members, eq(members.id, guardians.memberId))
    .where(where)
    .get();
  return row?.n ?? 0;
}
