import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { campuses, classes, grades, students, studentSearch } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { likePattern, offsetOf, type Page, pageOf } from '../lib/paging';
import { dataVersion, schoolCache } from '../lib/versioned-cache';
import { readableClassIds, requireOpen, requireReadableClass } from './access';
import { guardiansOf } from './guardian-members';
import { presentStudent } from './presenter';

export interface ListStudentsInput {
  page: number;
  pageSize: number;
  q?: string;
  classId?: string;
  joined?: '0' | '1';
  status: 'active' | 'alumni' | 'transferred' | 'all';
}

// a guardian who accepted the invitation (加入) and is still a member
const joinedGuardian = sql`exists (select 1 from guardians g join members m on m.id = g.member_id
  where g.student_id = ${students.id} and m.joined_at is not null and m.status != 'removed')`;

/**
 * CT-02 students of the classes the caller may read (X-01: searched by student name,
 * education ID or temporary number, parent name or phone; paged), each with its guardians.
 */
export async function listStudents(ctx: ServiceContext, input: ListStudentsInput): Promise<Page<StudentView>> {
  const actor = requireOpen(ctx.actor);
  // Admins page back and forth through the same lists: a page is remembered until any write
  // moves the contacts counter (data_versions, kept by triggers). The key holds the caller,
  // whose scope decides the rows.
  const cache = schoolCache<Page<StudentView>>(ctx.school.id, 'students');
  const key = `${actor.memberId}\u0000${JSON.stringify(input)}`;
  const version = await dataVersion(ctx.db, 'contacts');
  const hit = cache.get(key, version);
  if (hit) return hit;
  const page = await queryStudents(ctx, actor, input);
  cache.set(key, version, page);
  return page;
}

type StudentView = ReturnType<typeof presentStudent>;

async function queryStudents(ctx: ServiceContext, actor: ReturnType<typeof requireOpen>, input: ListStudentsInput): Promise<Page<StudentView>> {
  const db = ctx.db;
  if (input.classId) await requireReadableClass(db, actor, input.classId, 'classId');
  const visible = input.classId ? [input.classId] : await readableClassIds(db, actor);
  if (visible !== 'all' && visible.length === 0) return pageOf([], 0, input.page, input.pageSize);
  const p = input.q ? likePattern(input.q.normalize('NFKC')) : null;
  const where = and(
    input.status === 'all' ? undefined : eq(students.status, input.status),
    visible === 'all' ? undefined : inArray(students.classId, visible),
    p
      ? sql`${students.id} in (select ${studentSearch.studentId} from ${studentSearch} where ${studentSearch.text} like ${p} escape '\\')`
      : undefined,
    input.joined === '1' ? joinedGuardian : input.joined === '0' ? sql`not ${joinedGuardian}` : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select({
        student: students,
        cls: { id: classes.id, name: classes.name, schoolYear: classes.schoolYear, gradeName: grades.name, campusName: campuses.name },
      })
      .from(students)
      .leftJoin(classes, eq(classes.id, students.classId))
      .leftJoin(grades, eq(grades.id, classes.gradeId))
      .leftJoin(campuses, eq(campuses.id, grades.campusId))
      .where(where)
      .orderBy(asc(students.name), asc(students.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    db.select({ n: count() }).from(students).where(where).get(),
  ]);
  const links = await guardiansOf(db, rows.map((r) => r.student.id));
  const items = rows.map((r) =>
    presentStudent(
      r.student,
      r.cls?.id && r.cls.name && r.cls.schoolYear && r.cls.gradeName && r.cls.campusName
        ? { id: r.cls.id, name: r.cls.name, schoolYear: r.cls.schoolYear, gradeName: r.cls.gradeName, campusName: r.cls.campusName }
        : null,
      links.filter((g) => g.studentId === r.student.id),
    ),
  );
  return pageOf(items, total?.n ?? 0, input.page, input.pageSize);
}
