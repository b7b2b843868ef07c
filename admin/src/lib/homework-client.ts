import type { QuestionContent } from '../../../api/src/homework/question-types';
import type { QuestionMarks } from '../../../db/schema/homework';
import { type Id, type ListQuery, type Page, schoolFetch } from './client';
import { type DownloadedFile, fileNameOf, type Subject } from './contacts-client';

/**
 * Typed client of 功課 (SPEC §3.7 HW-01..12, TT-07; docs/HOMEWORK.md): 科目, 題庫, 作業定義,
 * 學生作業 and grading for the back-office, and `/homework/mine` for the students' phones (the
 * mobile 功課 app imports this file too: keep the names stable).
 */

export type { QuestionContent, QuestionMarks, Subject };

/** The eight question types of HW-01, in the manual's order. */
export const QUESTION_TYPES = ['single', 'multiple', 'ordering', 'short', 'true_false', 'file', 'matching', 'fill'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** `body` / `answerKey` of one type. */
export type ContentOf<T extends QuestionType> = Extract<QuestionContent, { type: T }>;
/** A student's answer per type (api/src/homework/question-types.ts AnswerSchemas). */
export interface AnswerByType {
  single: string;
  multiple: string[];
  ordering: string[];
  short: string;
  true_false: boolean;
  file: string[];
  matching: Record<string, string>;
  fill: string[];
}
export type AnswerValue = AnswerByType[QuestionType];

/** A blank of a 填空題 in its text, as the API counts them (api/src/homework/formats/parsed.ts). */
export const BLANK = '____';
/** The text of a 填空題 cut at its blanks: n blanks give n + 1 pieces. */
export const splitBlanks = (text: string): string[] => text.split(BLANK);
/** How many blanks a 填空題's text marks. */
export const countBlanks = (text: string): number => splitBlanks(text).length - 1;

export interface Named {
  id: Id;
  name: string;
}
/** A file as the homework routes hand it out (`url` opens it for the caller). */
export interface HwFile {
  id: Id;
  name: string;
  size: number;
  url: string;
  contentType?: string;
}
/** What POST /files answers. */
export interface UploadedFile {
  id: Id;
  name: string;
  size: number;
  contentType: string;
  createdAt: string;
}

// 科目 (TT-07) ───────────────────────────────────────────────────────────────────────────
export interface SubjectInput {
  name: string;
  code: string;
  enabled?: boolean;
}
export interface SubjectQuery extends ListQuery {
  /** '1' enabled only, '0' disabled only. */
  enabled?: '' | '0' | '1';
}

// 題庫 ─────────────────────────────────────────────────────────────────────────────────────
export type QuestionStatus = 'draft' | 'published';
export interface QuestionRow {
  id: Id;
  text: string;
  type: QuestionType;
  status: QuestionStatus;
  subject: Named;
  creator: Named;
  createdAt: string;
  updatedAt?: string;
  publishedAt?: string | null;
  /** How many definitions hold it (a used question cannot be deleted). */
  usedBy: number;
}
export type QuestionDetail = QuestionRow & QuestionContent & { attachments: HwFile[] };
export type QuestionInput = { subjectId: Id; text: string; attachmentIds?: Id[]; publish?: boolean } & QuestionContent;
export type QuestionPatch = Partial<{ subjectId: Id; text: string; attachmentIds: Id[]; publish: boolean } & QuestionContent>;
export interface QuestionQuery extends ListQuery {
  subjectId?: string;
  type?: string;
  status?: string;
  creatorId?: string;
  /** Only my own questions. */
  mine?: boolean | string;
}
export type ImportFormat = 'moodle' | 'gift';
export interface ImportedQuestion {
  /** 1-based position in the file. */
  index: number;
  /** Set once imported. */
  id?: Id;
  reason?: string;
  name: string;
  type: QuestionType | string;
  text: string;
  error?: string;
}
export interface ImportResult {
  questions: ImportedQuestion[];
  imported: number;
}

// 作業定義 ─────────────────────────────────────────────────────────────────────────────────
export type DefinitionStatus = 'draft' | 'completed';
export interface DefinitionRow {
  id: Id;
  title: string;
  subject: Named;
  scored: boolean;
  status: DefinitionStatus;
  totalScore: number | null;
  creator: Named;
  createdAt: string;
  updatedAt?: string;
  completedAt?: string | null;
  questionCount: number;
}
export interface DefinitionItem {
  id: Id;
  questionId: Id;
  type: QuestionType;
  text: string;
  score: number | null;
  sortOrder: number;
}
export interface DefinitionSection {
  id: Id;
  parentId: Id | null;
  title: string;
  sortOrder: number;
  items: DefinitionItem[];
}
export interface DefinitionDetail extends DefinitionRow {
  sections: DefinitionSection[];
}
export interface DefinitionQuery extends ListQuery {
  subjectId?: string;
  status?: string;
  scored?: string;
  mine?: boolean | string;
}

// 學生作業 ─────────────────────────────────────────────────────────────────────────────────
export type AssignmentStatus = 'draft' | 'published' | 'feedback' | 'closed';
export type AssignmentKind = 'answer' | 'upload';
export type AssignmentAction = 'edit' | 'remind' | 'publishScores' | 'details' | 'close' | 'delete';
export interface AssignmentClass {
  id: Id;
  name: string;
  gradeName: string;
}
export interface AssignmentRow {
  id: Id;
  title: string;
  subject: Named;
  kind: AssignmentKind;
  classes: AssignmentClass[];
  deadline: string | null;
  remindAt: string | null;
  scheduledAt: string | null;
  scored: boolean;
  totalScore: number | null;
  status: AssignmentStatus;
  counts: { students: number; submitted: number; graded: number };
  /** What the caller may do with it now (the row's 操作). */
  actions: AssignmentAction[];
  creator: Named;
  createdAt: string;
}
export interface AssignmentDetail extends AssignmentRow {
  definition: { id: Id; title: string };
  remindedAt: string | null;
  publishedAt: string | null;
  scoresPublishedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
}
export interface AssignmentInput {
  title: string;
  subjectId: Id;
  definitionId: Id;
  kind: AssignmentKind;
  classIds: Id[];
  deadline?: string | null;
  remindAt?: string | null;
  /** 定時發送: honoured only when saved as a draft. */
  scheduledAt?: string | null;
  /** true sends now (and ignores scheduledAt). */
  publish: boolean;
}
export type AssignmentPatch = Partial<Omit<AssignmentInput, 'publish'>>;
export interface AssignmentQuery extends ListQuery {
  subjectId?: string;
  status?: string;
  kind?: string;
  classId?: string;
  mine?: boolean | string;
  /** `1`: mine and those of classes I teach. */
  taught?: '1';
  /** YYYY-MM-DD: running that day (Asia/Macau). */
  day?: string;
}
/** What I teach: subjects, each with the classes I teach it in (HW-05). */
export interface TeachingSubject extends Named {
  classes: AssignmentClass[];
}

// 答題詳情 / 批改 ──────────────────────────────────────────────────────────────────────────
export type SubmissionStatus = 'not_started' | 'saved' | 'submitted' | 'graded' | 'correction';
export type Verdict = 'done' | 'correction';
export interface SubmissionRow {
  id: Id;
  student: Named;
  classId: Id;
  className: string;
  status: SubmissionStatus;
  score: number | null;
  late: boolean;
  attemptCount: number;
  updatedAt: string;
}
export interface SubmissionQuery extends ListQuery {
  status?: string;
  classId?: string;
}
/** A question of a homework as the grader sees it: content, key and its score in the definition. */
export type GradingQuestion = { id: Id; itemId: Id; text: string; score: number | null; attachments: HwFile[] } & QuestionContent;
export interface GradingSection {
  id: Id;
  parentId: Id | null;
  title: string;
  questions: GradingQuestion[];
}
/** Earlier names of the two (kept: the mobile screens use them). */
export type HwQuestion = GradingQuestion;
export type HwSection = GradingSection;
/** A mark of one question: auto-marked or given by the teacher. */
export type QuestionMark = QuestionMarks[string];
/** 第N次作答 (HW-09): handed-in attempts only on the teacher's side. */
export interface Attempt {
  number: number;
  status: 'saved' | 'submitted';
  answers: Record<Id, unknown>;
  files: HwFile[];
  marks: QuestionMarks;
  score: number | null;
  late: boolean;
  submittedAt: string | null;
}
/** What every grading view says of the assignment. */
export interface AssignmentSummary {
  id: Id;
  title: string;
  kind: AssignmentKind;
  scored: boolean;
  totalScore: number | null;
  status: AssignmentStatus;
  scoresPublishedAt: string | null;
}
/** 查看 (HW-07): one student's homework for grading. */
export interface SubmissionDetail {
  id: Id;
  student: Named;
  classId: Id;
  className: string;
  status: SubmissionStatus;
  score: number | null;
  remark: string;
  verdict: Verdict | null;
  attemptCount: number;
  gradedAt: string | null;
  updatedAt: string;
  assignment: AssignmentSummary;
  sections: GradingSection[];
  attempts: Attempt[];
  /** Managers of an open (published / feedback) homework with something handed in. */
  canGrade: boolean;
  prevId: Id | null;
  nextId: Id | null;
}
export interface GradeInput {
  marks: Record<Id, { score?: number | null; remark?: string }>;
  remark: string;
  verdict: Verdict;
}
/** 成績單 (HW-11): per question the answer that counts, its mark, out of its score. */
export interface Transcript {
  id: Id;
  student: Named;
  className: string;
  status: SubmissionStatus;
  score: number | null;
  remark: string;
  verdict: Verdict | null;
  attemptCount: number;
  assignment: AssignmentSummary;
  totalScore: number | null;
  attempt: { number: number; late: boolean; submittedAt: string | null; score: number | null } | null;
  sections: {
    id: Id;
    parentId: Id | null;
    title: string;
    questions: (GradingQuestion & { answer: unknown; mark: { score: number | null; correct: boolean | null; auto: boolean; remark: string } | null })[];
  }[];
  files: HwFile[];
  /** Student side: a correction is handed in and not yet graded. */
  pending: boolean;
}

// 功課 on the phone (/homework/mine) ───────────────────────────────────────────────────────
export interface MineRow {
  id: Id;
  submissionId: Id;
  student: Named;
  title: string;
  subject: Named;
  kind: AssignmentKind;
  deadline: string | null;
  status: AssignmentStatus;
  /** 已批改 only once the scores are published to the student. */
  submissionStatus: SubmissionStatus;
  scored: boolean;
  totalScore: number | null;
  /** Only once 發佈分數. */
  score: number | null;
  late: boolean;
  canSubmit: boolean;
  publishedAt: string | null;
  updatedAt: string;
}
/** A question as the student sees it: no key; ordering items shuffled per student. */
export interface MineQuestion {
  questionId: Id;
  type: QuestionType;
  text: string;
  body: Record<string, unknown>;
  score: number | null;
  attachments: HwFile[];
}
export interface MineSection {
  id: Id;
  parentId: Id | null;
  title: string;
  items: MineQuestion[];
}
export interface MineAttempt {
  number: number;
  status: 'saved' | 'submitted';
  answers: Record<Id, unknown>;
  files: HwFile[];
  submittedAt: string | null;
  late: boolean;
  /** Only once released to the student. */
  marks: QuestionMarks | null;
  score: number | null;
  updatedAt: string;
}
export interface MineDetail {
  id: Id;
  title: string;
  subject: Named;
  kind: AssignmentKind;
  deadline: string | null;
  status: AssignmentStatus;
  scored: boolean;
  totalScore: number | null;
  student: Named;
  submission: {
    id: Id;
    status: SubmissionStatus;
    score: number | null;
    remark: string;
    verdict: Verdict | null;
    late: boolean;
    attemptCount: number;
    scoresVisible: boolean;
    canSubmit: boolean;
  };
  sections: MineSection[];
  attempts: MineAttempt[];
}
export interface MineSave {
  studentId?: Id;
  answers: Record<Id, AnswerValue>;
  fileIds?: Id[];
  submit: boolean;
}

function qs(query: object): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    s.set(k, v === true ? '1' : String(v));
  }
  const text = s.toString();
  return text ? `?${text}` : '';
}
const one = encodeURIComponent;

/** The homework API of one school. */
export function homeworkApi(school: string) {
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await schoolFetch(school, method, path, body === undefined ? {} : { json: body });
    if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
    return (await res.json()) as T;
  };
  const file = async (path: string, fallback: string): Promise<DownloadedFile> => {
    const res = await schoolFetch(school, 'GET', path);
    return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition'), fallback) };
  };
  const hw = '/homework';
  const q = (id: Id) => `${hw}/questions/${one(id)}`;
  const d = (id: Id) => `${hw}/definitions/${one(id)}`;
  const a = (id: Id) => `${hw}/assignments/${one(id)}`;
  const s = (id: Id, sub: Id) => `${a(id)}/submissions/${one(sub)}`;

  return {
    /** TT-07 科目 (GET for staff; changes for super admins). */
    subjects: {
      list: (query: SubjectQuery = {}) => json<Page<Subject>>('GET', `/home-school/subjects${qs(query)}`),
      /** Every enabled subject (for pickers and filters). */
      enabled: () => json<Page<Subject>>('GET', '/home-school/subjects?enabled=1&pageSize=100').then((p) => p.items),
      create: (input: SubjectInput) => json<Subject>('POST', '/home-school/subjects', input),
      update: (id: Id, patch: Partial<SubjectInput>) => json<Subject>('PATCH', `/home-school/subjects/${one(id)}`, patch),
    },
    questions: {
      list: (query: QuestionQuery = {}) => json<Page<QuestionRow>>('GET', `${hw}/questions${qs(query)}`),
      get: (id: Id) => json<QuestionDetail>('GET', q(id)),
      create: (input: QuestionInput) => json<QuestionDetail>('POST', `${hw}/questions`, input),
      update: (id: Id, patch: QuestionPatch) => json<QuestionDetail>('PATCH', q(id), patch),
      publish: (id: Id) => json<QuestionDetail>('POST', `${q(id)}/publish`),
      remove: (id: Id) => json<void>('DELETE', q(id)),
      /** Moodle XML / GIFT: `dryRun` previews; a file with any bad question imports nothing (400 import_refused, details.questions). */
      import: (input: { format: ImportFormat; subjectId: Id; text: string; dryRun: boolean }) => json<ImportResult>('POST', `${hw}/questions/import`, input),
      /** Moodle XML of one subject's questions (optionally one type / status). */
      export: (query: { subjectId: Id; type?: string; status?: string }) => file(`${hw}/questions/export${qs(query)}`, 'questions.xml'),
    },
    definitions: {
      list: (query: DefinitionQuery = {}) => json<Page<DefinitionRow>>('GET', `${hw}/definitions${qs(query)}`),
      get: (id: Id) => json<DefinitionDetail>('GET', d(id)),
      create: (input: { title: string; subjectId: Id; scored: boolean }) => json<DefinitionDetail>('POST', `${hw}/definitions`, input),
      update: (id: Id, patch: { title?: string; scored?: boolean }) => json<DefinitionRow>('PATCH', d(id), patch),
      remove: (id: Id) => json<void>('DELETE', d(id)),
      complete: (id: Id) => json<DefinitionDetail>('POST', `${d(id)}/complete`),
      copy: (id: Id) => json<DefinitionDetail>('POST', `${d(id)}/copy`),
      addSection: (id: Id, input: { title: string; parentId?: Id | null }) => json<DefinitionDetail>('POST', `${d(id)}/sections`, input),
      updateSection: (id: Id, sectionId: Id, patch: { title?: string; sortOrder?: number }) =>
        json<DefinitionDetail>('PATCH', `${d(id)}/sections/${one(sectionId)}`, patch),
      removeSection: (id: Id, sectionId: Id) => json<DefinitionDetail>('DELETE', `${d(id)}/sections/${one(sectionId)}`),
      addItems: (id: Id, sectionId: Id, questionIds: Id[]) => json<DefinitionDetail>('POST', `${d(id)}/sections/${one(sectionId)}/items`, { questionIds }),
      /** 批量設置分數: every item of the section gets `score`. */
      scoreSection: (id: Id, sectionId: Id, score: number) => json<DefinitionDetail>('POST', `${d(id)}/sections/${one(sectionId)}/score`, { score }),
      updateItem: (id: Id, itemId: Id, patch: { score?: number | null; sortOrder?: number }) => json<DefinitionDetail>('PATCH', `${d(id)}/items/${one(itemId)}`, patch),
      removeItem: (id: Id, itemId: Id) => json<DefinitionDetail>('DELETE', `${d(id)}/items/${one(itemId)}`),
    },
    assignments: {
      list: (query: AssignmentQuery = {}) => json<Page<AssignmentRow>>('GET', `${hw}/assignments${qs(query)}`),
      get: (id: Id) => json<AssignmentDetail>('GET', a(id)),
      create: (input: AssignmentInput) => json<AssignmentDetail>('POST', `${hw}/assignments`, input),
      update: (id: Id, patch: AssignmentPatch) => json<AssignmentDetail>('PATCH', a(id), patch),
      remove: (id: Id) => json<void>('DELETE', a(id)),
      publish: (id: Id) => json<AssignmentDetail>('POST', `${a(id)}/publish`),
      /** 提醒: those who have not submitted. */
      remind: (id: Id) => json<{ reminded?: number }>('POST', `${a(id)}/remind`),
      /** 發佈分數 (HW-08) → 反饋; `told` counts who was told what. */
      publishScores: (id: Id) => json<AssignmentDetail & { told?: { graded: number; correction: number; late: number } }>('POST', `${a(id)}/publish-scores`),
      /** 封存 (HW-10) → 已完結. */
      close: (id: Id) => json<AssignmentDetail>('POST', `${a(id)}/close`),
      submissions: (id: Id, query: SubmissionQuery = {}) => json<Page<SubmissionRow>>('GET', `${a(id)}/submissions${qs(query)}`),
      submission: (id: Id, submissionId: Id) => json<SubmissionDetail>('GET', s(id, submissionId)),
      /** 保存 the grading of a submission. */
      grade: (id: Id, submissionId: Id, input: GradeInput) => json<SubmissionDetail>('PUT', `${s(id, submissionId)}/grade`, input),
      /** 成績單 of one student. */
      transcript: (id: Id, submissionId: Id) => json<Transcript>('GET', `${s(id, submissionId)}/transcript`),
      /** 導出Excel: a 總覽 sheet and one per class, filtered as the list is. */
      export: (id: Id, query: Omit<SubmissionQuery, 'page' | 'pageSize'> = {}) => file(`${a(id)}/export${qs(query)}`, 'homework.xlsx'),
    },
    /**
     * HW-05: the subjects I may assign, each with the classes I may assign it to, computed by
     * the API with the rule its create check uses (teachers where they teach the subject;
     * scoped admins also their classes; creator and super admins every class).
     */
    teaching: async (): Promise<TeachingSubject[]> => (await json<{ subjects: TeachingSubject[] }>('GET', `${hw}/assignments/options`)).subjects,
    /** 功課 on the phone: a student's own homework, or a parent's for a child (`studentId`). */
    mine: {
      list: (query: ListQuery & { studentId?: Id; status?: '' | 'published' | 'feedback' | 'closed' } = {}) => json<Page<MineRow>>('GET', `${hw}/mine${qs(query)}`),
      get: (assignmentId: Id, studentId?: Id) => json<MineDetail>('GET', `${hw}/mine/${one(assignmentId)}${qs({ studentId })}`),
      /** Save (`submit: false`) or submit; submitting auto-marks the objective questions. */
      save: (assignmentId: Id, input: MineSave) => json<MineDetail>('PUT', `${hw}/mine/${one(assignmentId)}`, input),
      /** 成績單 once scores are published. */
      transcript: (assignmentId: Id, studentId?: Id) => json<Transcript>('GET', `${hw}/mine/${one(assignmentId)}/transcript${qs({ studentId })}`),
    },
    /** POST /files: the body is the file (attachments, answers of 附件上傳題). */
    upload: async (f: File): Promise<UploadedFile> => {
      const res = await schoolFetch(school, 'POST', `/files?name=${one(f.name)}`, { bytes: f, contentType: f.type || 'application/octet-stream' });
      return (await res.json()) as UploadedFile;
    },
  };
}

export type HomeworkApi = ReturnType<typeof homeworkApi>;

