import { and, asc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import {
  auditLog,
  hwAssignmentClasses,
  hwAssignments,
  hwAttempts,
  hwDefinitionItems,
  hwDefinitions,
  hwQuestions,
  hwSections,
  hwSubmissions,
  messages,
} from '../../../db/schema';
import { type Role, type SchoolFixture, seedSchool, signInAll, signInPhone } from '../home-school/fixture';
import { DAY } from '../lib/clock';
import { newId } from '../lib/ids';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import type { QuestionContent } from './question-types';

/**
 * A homework world for the assignment, grading and benchmark tests: two schools (the demo
 * home-school contacts of home-school/fixture.ts), every role signed in on both, and completed
 * definitions inserted directly (no dependency on the bank or definition routes).
 *
 * In each school: 李老師 (`teacher`) teaches 數學 in 小三甲班 (黃小明, 陳嘉欣) and 小三乙班
 * (林子軒, 吳思穎 — no own member: her mother is told); 張老師 teaches 中文 in both and is
 * homeroom teacher of 小三乙班.
 */

/** The questions of the fixture, by a readable key. */
export const QUESTIONS = {
  single: { text: '1+2=?', content: { type: 'single', body: { options: [{ id: 'o1', text: '1' }, { id: 'o2', text: '2' }, { id: 'o3', text: '3' }] }, answerKey: { optionId: 'o3' } } },
  multiple: { text: '哪些是偶數？', content: { type: 'multiple', body: { options: [{ id: 'o1', text: '2' }, { id: 'o2', text: '3' }, { id: 'o3', text: '4' }] }, answerKey: { optionIds: ['o1', 'o3'] } } },
  trueFalse: { text: '5 大於 3', content: { type: 'true_false', body: {}, answerKey: { value: true } } },
  ordering: { text: '由小到大排列', content: { type: 'ordering', body: { items: [{ id: 'a', text: '3' }, { id: 'b', text: '1' }, { id: 'c', text: '2' }] }, answerKey: { order: ['b', 'c', 'a'] } } },
  matching: { text: '配對', content: { type: 'matching', body: { left: [{ id: 'l1', text: '一' }, { id: 'l2', text: '二' }], right: [{ id: 'r1', text: '1' }, { id: 'r2', text: '2' }, { id: 'r3', text: '3' }] }, answerKey: { pairs: { l1: 'r1', l2: 'r2' } } } },
  fill: { text: '3 × 4 = ____', content: { type: 'fill', body: { blanks: 1 }, answerKey: { blanks: [['12', '十二']] } } },
  short: { text: '10 的一半是多少？', content: { type: 'short', body: {}, answerKey: { accepted: ['5', '五'] } } },
  essay: { text: '說說你怎樣計算 12 ÷ 3。', content: { type: 'short', body: {}, answerKey: { accepted: [] } } },
  file: { text: '上傳你的算草紙', content: { type: 'file', body: { maxFiles: 2 }, answerKey: {} } },
} satisfies Record<string, { text: string; content: QuestionContent }>;
export type QuestionKey = keyof typeof QUESTIONS;

/** Right answers of every auto-marked question (what a full-marks attempt sends). */
export const RIGHT_ANSWERS: Partial<Record<QuestionKey, unknown>> = {
  single: 'o3',
  multiple: ['o1', 'o3'],
  trueFalse: true,
  ordering: ['b', 'c', 'a'],
  matching: { l1: 'r1', l2: 'r2' },
  fill: ['12'],
  short: '5',
  essay: '先想 3 × 4 = 12，所以是 4。',
};
/** Wrong answers of the same questions. */
export const WRONG_ANSWERS: Partial<Record<QuestionKey, unknown>> = {
  single: 'o1',
  multiple: ['o2'],
  trueFalse: false,
  ordering: ['a', 'b', 'c'],
  matching: { l1: 'r2', l2: 'r1' },
  fill: ['7'],
  short: '6',
  essay: '不知道',
};

/** Scores of the questions in the scored definitions. */
export const SCORES: Record<QuestionKey, number> = { single: 2, multiple: 2, trueFalse: 1, ordering: 2, matching: 2, fill: 1, short: 2, essay: 3, file: 3 };

/** The definitions of one school: what each is for. */
export interface FixtureDefinitions {
  /** 數學, scored, every question auto-marked (total 12): a submission gets its score at once (HW-07). */
  auto: string;
  /** 數學, scored, with a hand-graded short answer and an upload question in a sub-section (total 8). */
  mixed: string;
  /** 數學, not scored. */
  unscored: string;
  /** 數學, still a draft: cannot be assigned (HW-04). */
  draft: string;
  /** 中文, completed: another subject than 數學. */
  chinese: string;
}

export interface HomeworkSchool {
  fx: SchoolFixture;
  code: string;
  /** One agent per role of home-school/fixture.ts (parent 黃爸爸, student 黃小明). */
  as: Record<Role, Agent>;
  /** 張老師 (teaches 中文 in both classes), 梁文員 (staff, not a teacher), 陳媽媽 (two children), 陳嘉欣, 林子軒. */
  zhang: Agent;
  clerk: Agent;
  chanParent: Agent;
  chanStudent: Agent;
  lamStudent: Agent;
  /** Question ids by key (the same questions serve every definition). */
  q: Record<QuestionKey, string>;
  defs: FixtureDefinitions;
  classes: { p3a: string; p3b: string; p1a: string };
  subjects: { math: string; chinese: string };
  students: { huang: string; chan: string; chanBoy: string; lam: string; ng: string };
}

export interface HomeworkWorld {
  env: TestEnv;
  A: HomeworkSchool;
  B: HomeworkSchool;
  close(): Promise<void>;
}

/** Inserts a definition with its sections and items; `sections` lists question keys per section. */
async function insertDefinition(
  db: SchoolDbOrTx,
  now: Date,
  input: { title: string; subjectId: string; creator: { id: string; name: string }; scored: boolean; completed: boolean; sections: { title: string; sub?: boolean; items: string[] }[] },
  scoreOf: (questionId: string) => number,
): Promise<string> {
  const id = newId(now.getTime());
  let total = 0;
  await db.insert(hwDefinitions).values({
    id,
    title: input.title,
    subjectId: input.subjectId,
    scored: input.scored,
    status: input.completed ? 'completed' : 'draft',
    creatorId: input.creator.id,
    creatorName: input.creator.name,
    createdAt: now,
    updatedAt: now,
    completedAt: input.completed ? now : null,
  });
  let lastTop: string | null = null;
  for (const [si, s] of input.sections.entries()) {
    const sectionId = newId(now.getTime());
    await db.insert(hwSections).values({ id: sectionId, definitionId: id, parentId: s.sub ? lastTop : null, title: s.title, sortOrder: si });
    if (!s.sub) lastTop = sectionId;
    for (const [ii, questionId] of s.items.entries()) {
      const score = input.scored ? scoreOf(questionId) : null;
      total += score ?? 0;
      await db.insert(hwDefinitionItems).values({ id: newId(now.getTime()), definitionId: id, sectionId, questionId, score, sortOrder: ii });
    }
  }
  if (input.scored && input.completed) {
    await db.update(hwDefinitions).set({ totalScore: total }).where(eq(hwDefinitions.id, id));
  }
  return id;
}

/** Seeds the published questions and the five definitions of one school. */
export async function seedHomework(db: SchoolDbOrTx, now: Date, fx: SchoolFixture): Promise<Pick<HomeworkSchool, 'q' | 'defs'>> {
  const math = fx.hs.subjects.MATH;
  const creator = { id: fx.members.teacher, name: '李老師' };
  const q = {} as Record<QuestionKey, string>;
  const keyOf = new Map<string, QuestionKey>();
  const insertQuestion = async (key: QuestionKey, subjectId: string) => {
    const { text, content } = QUESTIONS[key];
    const id = newId(now.getTime());
    await db.insert(hwQuestions).values({
      id,
      subjectId,
      type: content.type,
      text,
      body: content.body,
      answerKey: content.answerKey,
      attachmentIds: [],
      status: 'published',
      creatorId: creator.id,
      creatorName: creator.name,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    });
    return id;
  };
  for (const key of Object.keys(QUESTIONS) as QuestionKey[]) {
    q[key] = await insertQuestion(key, math);
    keyOf.set(q[key], key);
  }
  const chiQuestion = await insertQuestion('short', fx.hs.subjects.CHI);
  const scoreOf = (id: string) => SCORES[keyOf.get(id) ?? 'short'];
  const base = { subjectId: math, creator, scored: true, completed: true };
  const autoItems = ['single', 'multiple', 'trueFalse', 'ordering', 'matching', 'fill', 'short'] as const;
  const defs: FixtureDefinitions = {
    auto: await insertDefinition(db, now, { ...base, title: '第一章 練習', sections: [{ title: '第一章', items: autoItems.map((k) => q[k]) }] }, scoreOf),
    mixed: await insertDefinition(
      db,
      now,
      {
        ...base,
        title: '第二章 練習',
        sections: [
          { title: '第二章', items: [q.single, q.essay] },
          { title: '附件', sub: true, items: [q.file] },
        ],
      },
      scoreOf,
    ),
    unscored: await insertDefinition(db, now, { ...base, scored: false, title: '課堂小測', sections: [{ title: '小測', items: [q.single, q.trueFalse] }] }, scoreOf),
    draft: await insertDefinition(db, now, { ...base, completed: false, title: '未完成', sections: [{ title: '草稿', items: [q.single] }] }, scoreOf),
    chinese: await insertDefinition(
      db,
      now,
      { ...base, subjectId: fx.hs.subjects.CHI, creator: { id: fx.members.zhang, name: '張老師' }, title: '中文練習', sections: [{ title: '一', items: [chiQuestion] }] },
      () => 5,
    ),
  };
  return { q, defs };
}

async function school(env: TestEnv, code: string): Promise<HomeworkSchool> {
  const fx = await seedSchool(env, code);
  const ctx = await env.ctx(code);
  const { q, defs } = await ctx.db.transaction((tx) => seedHomework(tx, env.clock.now(), fx));
  env.clock.advance(61_000);
  const as = await signInAll(env, code);
  const zhang = env.agent(code);
  await zhang.signIn('zhang', 'password3');
  const clerk = env.agent(code);
  await clerk.signIn('clerk', 'password6');
  const chanParent = await signInPhone(env, code, '66000102');
  const chanStudent = await signInPhone(env, code, '66000202');
  const lamStudent = await signInPhone(env, code, '66000203');
  const c = fx.hs.classes;
  const st = fx.hs.students;
  return {
    fx,
    code,
    as,
    zhang,
    clerk,
    chanParent,
    chanStudent,
    lamStudent,
    q,
    defs,
    classes: { p3a: c['小三甲班'], p3b: c['小三乙班'], p1a: c['小一甲班'] },
    subjects: { math: fx.hs.subjects.MATH, chinese: fx.hs.subjects.CHI },
    students: { huang: st['黃小明'], chan: st['陳嘉欣'], chanBoy: st['陳嘉豪'], lam: st['林子軒'], ng: st['吳思穎'] },
  };
}

/** Two schools, A-001 and B-002, everyone signed in. Call `close()` in afterAll. */
export async function createHomeworkWorld(): Promise<HomeworkWorld> {
  const env = await createTestEnv();
  const A = await school(env, 'A-001');
  const B = await school(env, 'B-002');
  return { env, A, B, close: () => env.close() };
}

/** The body of POST /homework/assignments: 數學 `auto` to 小三甲班 + 小三乙班, deadline in 2 days, published. */
export function assignmentBody(env: TestEnv, s: HomeworkSchool, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '數學作業',
    subjectId: s.subjects.math,
    definitionId: s.defs.auto,
    kind: 'answer',
    classIds: [s.classes.p3a, s.classes.p3b],
    deadline: new Date(env.clock.now().getTime() + 2 * DAY).toISOString(),
    publish: true,
    ...over,
  };
}

/** Creates an assignment as 李老師 (or `by`); returns its id. Throws on anything but 201. */
export async function createAssignment(env: TestEnv, s: HomeworkSchool, over: Record<string, unknown> = {}, by: Agent = s.as.teacher): Promise<string> {
  const res = await by.post('homework/assignments', assignmentBody(env, s, over));
  if (res.status !== 201) throw new Error(`create assignment: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Answers keyed by question id from answers keyed by fixture key. */
export function answersOf(s: HomeworkSchool, byKey: Partial<Record<QuestionKey, unknown>>, only?: QuestionKey[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, a] of Object.entries(byKey) as [QuestionKey, unknown][]) if (!only || only.includes(k)) out[s.q[k]] = a;
  return out;
}

/** The auto-marked questions of the `auto` definition. */
export const AUTO_KEYS: QuestionKey[] = ['single', 'multiple', 'trueFalse', 'ordering', 'matching', 'fill', 'short'];

/**
 * Saves or submits as a student (their own agent) or a parent (`studentId` of their child).
 * Returns the response as is, so tests can check refusals.
 */
export function answer(agent: Agent, assignmentId: string, body: { answers: Record<string, unknown>; submit: boolean; studentId?: string; fileIds?: string[] }) {
  return agent.json('PUT', `homework/mine/${assignmentId}`, body);
}

/** Submits full marks on the `auto` definition as 黃小明 (or `agent`); throws on anything but 200. */
export async function submitRight(s: HomeworkSchool, assignmentId: string, agent: Agent = s.as.student, studentId?: string) {
  const res = await answer(agent, assignmentId, { answers: answersOf(s, RIGHT_ANSWERS, AUTO_KEYS), submit: true, studentId });
  if (res.status !== 200) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The homework messages about an assignment: key, recipient, title. */
export async function messagesAbout(env: TestEnv, s: HomeworkSchool, assignmentId: string) {
  const { db } = await env.ctx(s.code);
  return db
    .select({ key: messages.dedupeKey, memberId: messages.memberId, title: messages.title, body: messages.body, refType: messages.refType, source: messages.source })
    .from(messages)
    .where(and(eq(messages.refId, assignmentId), eq(messages.source, 'homework')))
    .orderBy(asc(messages.dedupeKey), asc(messages.memberId))
    .all();
}

/** Rows an assignment's verbs may change, to prove a refusal changed nothing. */
export async function homeworkState(env: TestEnv, s: HomeworkSchool) {
  const { db } = await env.ctx(s.code);
  return {
    assignments: await db.select().from(hwAssignments).orderBy(asc(hwAssignments.id)).all(),
    classes: await db.select().from(hwAssignmentClasses).orderBy(asc(hwAssignmentClasses.assignmentId), asc(hwAssignmentClasses.classId)).all(),
    submissions: await db.select().from(hwSubmissions).orderBy(asc(hwSubmissions.id)).all(),
    attempts: await db.select().from(hwAttempts).orderBy(asc(hwAttempts.id)).all(),
    messages: await db.$count(messages),
    audit: await db.$count(auditLog),
  };
}
