import { inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { files } from '../../../../db/schema';
import type { DefinitionSection } from '../definitions/load-definition';
import type { AssignmentRow } from '../assignments/access';
import type { AttemptRow, SubmissionRow } from './submission-access';

/** A file as the homework routes hand it out; `url` downloads it for the caller. */
export interface FileView {
  id: string;
  name: string;
  size: number;
  contentType: string;
  url: string;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The ids of the files an attempt holds: 附件上傳 uploads and the answers of file questions. */
export function attemptFileIds(a: Pick<AttemptRow, 'fileIds' | 'answers'>, fileQuestionIds: readonly string[]): string[] {
  const out = new Set(a.fileIds);
  for (const qid of fileQuestionIds) {
    const answer = a.answers[qid];
    if (Array.isArray(answer)) for (const id of answer) if (typeof id === 'string') out.add(id);
  }
  return [...out];
}

/** Question files and uploads of a homework, by id: one read (ids chunked under the bound limit). */
export async function fileViews(db: SchoolDbOrTx, ids: readonly string[], urlOf: (id: string) => string): Promise<Map<string, FileView>> {
  const out = new Map<string, FileView>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .select({ id: files.id, name: files.name, size: files.size, contentType: files.contentType })
      .from(files)
      .where(inArray(files.id, unique.slice(i, i + 500)))
      .all();
    for (const f of rows) out.set(f.id, { ...f, url: urlOf(f.id) });
  }
  return out;
}

const known = (views: Map<string, FileView>, ids: readonly string[]): FileView[] => ids.flatMap((id) => views.get(id) ?? []);

/** The question ids of the file-upload questions of a definition. */
export const fileQuestionIds = (sections: readonly DefinitionSection[]): string[] =>
  sections.flatMap((s) => s.items.filter((i) => i.question.type === 'file').map((i) => i.questionId));

/** Every file id a grading view may show: question attachments and the attempts' uploads. */
export function viewFileIds(sections: readonly DefinitionSection[], attempts: readonly AttemptRow[]): string[] {
  const fq = fileQuestionIds(sections);
  return [...sections.flatMap((s) => s.items.flatMap((i) => i.question.attachmentIds)), ...attempts.flatMap((a) => attemptFileIds(a, fq))];
}

/** The sections with their questions; the answer key only for staff (`withKeys`). */
export function presentSections(sections: readonly DefinitionSection[], withKeys: boolean, views: Map<string, FileView>) {
  return sections.map((s) => ({
    id: s.id,
    parentId: s.parentId,
    title: s.title,
    questions: s.items.map((i) => ({
      id: i.questionId,
      itemId: i.itemId,
      type: i.question.type,
      text: i.question.text,
      body: i.question.body,
      ...(withKeys ? { answerKey: i.question.answerKey } : {}),
      score: i.score,
      attachments: known(views, i.question.attachmentIds),
    })),
  }));
}

/** 第N次作答: answers, files, marks, score, late, when it was handed in. */
export function presentAttempt(a: AttemptRow, fileQuestions: readonly string[], views: Map<string, FileView>) {
  return {
    number: a.number,
    status: a.status,
    answers: a.answers,
    files: known(views, attemptFileIds(a, fileQuestions)),
    marks: a.marks,
    score: a.score,
    late: a.late,
    submittedAt: iso(a.submittedAt),
  };
}

/** What every grading view says of the assignment. */
export function assignmentSummary(a: AssignmentRow) {
  return { id: a.id, title: a.title, kind: a.kind, scored: a.scored, totalScore: a.totalScore, status: a.status, scoresPublishedAt: iso(a.scoresPublishedAt) };
}

/** What every grading view says of the student's homework. */
export function submissionSummary(s: SubmissionRow) {
  return {
    id: s.id,
    student: { id: s.studentId, name: s.studentName },
    classId: s.classId,
    className: s.className,
    status: s.status,
    score: s.score,
    remark: s.remark,
    verdict: s.verdict,
    attemptCount: s.attemptCount,
    gradedAt: iso(s.gradedAt),
    updatedAt: s.updatedAt.toISOString(),
  };
}
