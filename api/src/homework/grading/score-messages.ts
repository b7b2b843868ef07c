import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { guardians, members, students } from '../../../../db/schema';
import type { Locale } from '../../lib/i18n';
import type { NewMessage } from '../../messages/enqueue';

/**
 * The messages of HW-08 發佈分數 and of 退回訂正 (manual §9): a submitter is told the
 * homework is graded or needs correcting, a non-submitter to hand it in late. A student with
 * their own member is told themself; otherwise their guardians are (in their own language).
 */

export type ScoreNotice = 'graded' | 'correction' | 'late';

const TITLES: Record<ScoreNotice, Record<Locale, string>> = {
  graded: { 'zh-Hant': '作業已完成批改', en: 'Homework graded', pt: 'Trabalho de casa corrigido' },
  correction: { 'zh-Hant': '作業需要訂正，請訂正後再次提交', en: 'Homework to correct and hand in again', pt: 'Trabalho de casa a corrigir e entregar de novo' },
  late: { 'zh-Hant': '作業尚未提交，請補交', en: 'Homework not handed in: please hand it in late', pt: 'Trabalho de casa não entregue: entregue-o em atraso' },
};
const SCORE: Record<Locale, string> = { 'zh-Hant': '分數', en: 'Score', pt: 'Pontuação' };

/** Someone to tell about one student's homework. */
export interface Recipient {
  studentId: string;
  studentName: string;
  memberId: string;
  locale: Locale;
}

/**
 * Who is told about each student: the student's own active member, else their active
 * guardians. Two reads for any number of students (ids chunked under SQLite's bound limit).
 */
export async function recipientsOf(db: SchoolDbOrTx, studentIds: readonly string[]): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for (let i = 0; i < studentIds.length; i += 500) {
    const ids = studentIds.slice(i, i + 500);
    const own = await db
      .select({ studentId: students.id, studentName: students.name, memberId: members.id, locale: members.preferredLocale })
      .from(students)
      .innerJoin(members, and(eq(members.id, students.memberId), eq(members.status, 'active')))
      .where(inArray(students.id, ids))
      .all();
    const told = new Set(own.map((r) => r.studentId));
    const rest = ids.filter((id) => !told.has(id));
    const family = rest.length
      ? await db
          .select({ studentId: students.id, studentName: students.name, memberId: members.id, locale: members.preferredLocale })
          .from(guardians)
          .innerJoin(students, eq(students.id, guardians.studentId))
          .innerJoin(members, and(eq(members.id, guardians.memberId), eq(members.status, 'active')))
          .where(inArray(guardians.studentId, rest))
          .all()
      : [];
    for (const r of [...own, ...family]) out.push({ ...r, locale: r.locale ?? 'zh-Hant' });
  }
  return out;
}

/** The message for one recipient; `key` names the occurrence (see the callers). */
export function scoreMessage(
  r: Recipient,
  kind: ScoreNotice,
  a: { id: string; title: string; scored: boolean; totalScore: number | null },
  score: number | null,
  key: string,
): NewMessage {
  const shown = kind === 'graded' && a.scored && score !== null;
  return {
    memberId: r.memberId,
    dedupeKey: key,
    source: 'homework',
    title: `【${r.studentName}】${TITLES[kind][r.locale]}：${a.title}`.slice(0, 300),
    body: shown ? `${SCORE[r.locale]}：${score}${a.totalScore === null ? '' : ` / ${a.totalScore}`}` : '',
    refType: 'homework',
    refId: a.id,
  };
}

/**
 * The occurrence a message names: a grading is told once per attempt and verdict (a double
 * click, or grading the same attempt again, tells nobody twice; 需訂正 after 完結 is news),
 * the call to hand in late once per student.
 */
export function scoreMessageKey(assignmentId: string, kind: ScoreNotice, studentId: string, attempt: number | null): string {
  return kind === 'late' ? `homework:${assignmentId}:late:${studentId}` : `homework:${assignmentId}:${kind}:${studentId}:${attempt ?? 0}`;
}
