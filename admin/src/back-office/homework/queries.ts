import { query } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { type AssignmentQuery, type DefinitionQuery, homeworkApi, type QuestionQuery, type SubmissionQuery } from '../../lib/homework-client';

/** The cached reads of the 功課 screens; a change revalidates the keys it touched. */
export const enabledSubjects = query((school: string) => homeworkApi(school).subjects.enabled(), 'hw-subjects-enabled');
export const listQuestions = query((school: string, q: QuestionQuery) => homeworkApi(school).questions.list(q), 'hw-questions');
export const getQuestion = query((school: string, id: string) => homeworkApi(school).questions.get(id), 'hw-question');
export const listDefinitions = query((school: string, q: DefinitionQuery) => homeworkApi(school).definitions.list(q), 'hw-definitions');
export const getDefinition = query((school: string, id: string) => homeworkApi(school).definitions.get(id), 'hw-definition');
export const listAssignments = query((school: string, q: AssignmentQuery) => homeworkApi(school).assignments.list(q), 'hw-assignments');
export const getAssignment = query((school: string, id: string) => homeworkApi(school).assignments.get(id), 'hw-assignment');
export const listSubmissions = query((school: string, id: string, q: SubmissionQuery) => homeworkApi(school).assignments.submissions(id, q), 'hw-submissions');
export const getSubmission = query((school: string, id: string, sub: string) => homeworkApi(school).assignments.submission(id, sub), 'hw-submission');
export const myTeaching = query((school: string) => homeworkApi(school).teaching(), 'hw-teaching');

/** The note a screen leaves for the list it returns to (已保存 …), shown once. */
export const [flash, setFlash] = createSignal('');
/** Reads the note and clears it. */
export function takeFlash(): string {
  const note = flash();
  setFlash('');
  return note;
}
