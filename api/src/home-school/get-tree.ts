import { asc, eq, sql } from 'drizzle-orm';
import { campuses, classes, grades } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { readableClassIds, requireOpen } from './access';
import { presentTree } from './presenter';

export interface ClassCounts {
  students: number;
  joined: number;
  parents: number;
}

/**
 * CT-02 the campus → grade → class tree with, per class, its active students, how many of
 * them have a guardian who joined, and its parents. A scoped admin sees its scope (a grade
 * or campus in scope shows even while empty, so classes can be added to it); a teacher the
 * classes they teach; super admins everything.
 */
export async function getTree(ctx: ServiceContext, input: { schoolYear?: string }) {
  const actor = requireOpen(ctx.actor);
  const db = ctx.db;
  const visible = await readableClassIds(db, actor);
  const [campusRows, gradeRows, classRows, countRows] = await Promise.all([
    db.select().from(campuses).orderBy(asc(campuses.sortOrder), asc(campuses.name)).all(),
    db
      .select()
      .from(grades)
      .where(input.schoolYear ? eq(grades.schoolYear, input.schoolYear) : undefined)
      .orderBy(asc(grades.sortOrder), asc(grades.name))
      .all(),
    db.select().from(classes).orderBy(asc(classes.sortOrder), asc(classes.name)).all(),
    db.all<{ classId: string; students: number; joined: number; parents: number }>(sql`
      select s.class_id as classId,
             count(distinct s.id) as students,
             count(distinct case when m.joined_at is not null then s.id end) as joined,
             count(distinct case when g.relation != '本人' then m.id end) as parents
      from students s
      left join guardians g on g.student_id = s.id
      left join members m on m.id = g.member_id and m.status != 'removed'
      where s.status = 'active' and s.class_id is not null
      group by s.class_id`),
  ]);
  const counts = new Map(countRows.map((r) => [r.classId, { students: Number(r.students), joined: Number(r.joined), parents: Number(r.parents) }]));
  const all = visible === 'all';
  const seen = new Set(all ? [] : visible);
  const scope = new Set(actor.adminRole === 'scoped' ? actor.scope.classIds : []);
  const shownClasses = classRows.filter((c) => all || seen.has(c.id));
  const gradeShown = (g: (typeof gradeRows)[number]) =>
    all || scope.has(g.id) || scope.has(g.campusId) || shownClasses.some((c) => c.gradeId === g.id);
  const shownGrades = gradeRows.filter(gradeShown);
  const shownCampuses = campusRows.filter((c) => all || scope.has(c.id) || shownGrades.some((g) => g.campusId === c.id));
  return presentTree(shownCampuses, shownGrades, shownClasses, counts);
}
