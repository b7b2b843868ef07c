import { and, asc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../client';
import { hwAssignmentClasses, hwAssignments, hwAttempts, hwDefinitions, hwSubmissions, students } from '../schema';
import { publishDraft } from '../../api/src/homework/assignments/publish-assignment';
import { loadDefinitionQuestions } from '../../api/src/homework/definitions/load-definition';
import { markAttempt } from '../../api/src/homework/marking';
import type { QuestionContent } from '../../api/src/homework/question-types';
import { DAY } from '../../api/src/lib/clock';
import type { ServiceContext } from '../../api/src/lib/context';
import { newId } from '../../api/src/lib/ids';

/** 黃小明's answers to the demo definition by question text: mostly right, one slip. */
const ANSWERS_BY_TEXT: Record<string, unknown> = {
  '1+2=?': 'o1',
  '下列哪些是偶數？': ['o1', 'o3'],
  '3+3=9，是否正確？': false,
  '2+2=____，請填寫答案': ['4'],
  '把下列數字由小到大排列': ['b', 'a', 'c'],
  '把算式和答案配對': { l1: 'r1', l2: 'r2' },
  '10 的一半是多少？': '五',
};

/**
 * The demo school's 學生作業 (HW-05 … HW-07), after the bank of demo-homework-bank.ts: 李老師's
 * published 三年級數學練習 for 小三甲班 (黃小明 and 陳嘉欣 told; 黃小明 has handed in one
 * attempt, auto-marked) and a draft of the same for 小三甲班 and 小三乙班. Published through
 * the same code as the API, in the seed's transaction.
 */
export async function seedDemoHomework(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  ids: { teacher: { id: string; name: string }; classes: Record<string, string>; students: Record<string, string> },
): Promise<{ published: string; draft: string } | null> {
  const definition = await tx
    .select()
    .from(hwDefinitions)
    .where(and(eq(hwDefinitions.status, 'completed'), eq(hwDefinitions.creatorId, ids.teacher.id)))
    .orderBy(asc(hwDefinitions.createdAt))
    .get();
  if (!definition) return null;
  const now = ctx.clock.now();
  const assignment = (title: string, classIds: string[], created: Date) => ({
    row: {
      id: newId(created.getTime()),
      title,
      subjectId: definition.subjectId,
      definitionId: definition.id,
      kind: 'answer' as const,
      scored: definition.scored,
      totalScore: definition.totalScore,
      deadline: new Date(now.getTime() + 3 * DAY),
      remindAt: new Date(now.getTime() + 2 * DAY),
      creatorId: ids.teacher.id,
      creatorName: ids.teacher.name,
      createdAt: created,
      updatedAt: created,
    },
    classIds,
  });
  const published = assignment('數學作業：三年級數學練習', [ids.classes['小三甲班']], new Date(now.getTime() - 60_000));
  const draft = assignment('數學作業（草稿）：三年級數學練習', [ids.classes['小三甲班'], ids.classes['小三乙班']], now);
  for (const a of [published, draft]) {
    await tx.insert(hwAssignments).values(a.row);
    await tx.insert(hwAssignmentClasses).values(a.classIds.map((classId) => ({ assignmentId: a.row.id, classId })));
  }
  await publishDraft(tx, ctx, published.row.id);

  const huang = ids.students['黃小明'];
  const submission = await tx
    .select()
    .from(hwSubmissions)
    .where(and(eq(hwSubmissions.assignmentId, published.row.id), eq(hwSubmissions.studentId, huang)))
    .get();
  const loaded = await loadDefinitionQuestions(tx, definition.id);
  if (submission && loaded) {
    const items = loaded.sections.flatMap((s) => s.items);
    const answers = Object.fromEntries(items.flatMap((i) => (i.question.text in ANSWERS_BY_TEXT ? [[i.question.id, ANSWERS_BY_TEXT[i.question.text]]] : [])));
    const questions = items.map((i) => ({
      id: i.question.id,
      content: { type: i.question.type, body: i.question.body, answerKey: i.question.answerKey } as QuestionContent,
      score: definition.scored ? i.score : null,
    }));
    const m = markAttempt(questions, answers);
    const score = definition.scored && m.complete ? m.autoScore : null;
    const own = await tx.select({ memberId: students.memberId }).from(students).where(eq(students.id, huang)).get();
    await tx.insert(hwAttempts).values({
      id: newId(now.getTime()),
      submissionId: submission.id,
      number: 1,
      answers,
      fileIds: [],
      status: 'submitted',
      submittedAt: now,
      late: false,
      marks: m.marks,
      score,
      byMemberId: own?.memberId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.update(hwSubmissions).set({ status: 'submitted', score, attemptCount: 1, updatedAt: now }).where(eq(hwSubmissions.id, submission.id));
  }
  return { published: published.row.id, draft: draft.row.id };
}
