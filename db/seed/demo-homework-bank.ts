import * as v from 'valibot';
import type { SchoolDbOrTx } from '../client';
import { hwDefinitionItems, hwDefinitions, hwQuestions, hwSections } from '../schema';
import { newId } from '../../api/src/lib/ids';
import { contentProblem, QuestionContent } from '../../api/src/homework/question-types';

type Subject = 'MATH' | 'CHI' | 'ENG';
interface DemoQuestion {
  key: string;
  subject: Subject;
  text: string;
  content: QuestionContent;
  draft?: boolean;
}

const opts = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i + 1}`, text }));

/** 李老師's questions: every type of HW-01, mostly 數學, a few 中文 and 英文; two drafts. */
const QUESTIONS: DemoQuestion[] = [
  { key: 'single', subject: 'MATH', text: '1+2=?', content: { type: 'single', body: { options: opts('3', '4', '5') }, answerKey: { optionId: 'o1' } } },
  {
    key: 'multiple',
    subject: 'MATH',
    text: '下列哪些是偶數？',
    content: { type: 'multiple', body: { options: opts('2', '3', '4', '7') }, answerKey: { optionIds: ['o1', 'o3'] } },
  },
  { key: 'trueFalse', subject: 'MATH', text: '3+3=9，是否正確？', content: { type: 'true_false', body: {}, answerKey: { value: false } } },
  { key: 'fill', subject: 'MATH', text: '2+2=____，請填寫答案', content: { type: 'fill', body: { blanks: 1 }, answerKey: { blanks: [['4', '四']] } } },
  {
    key: 'ordering',
    subject: 'MATH',
    text: '把下列數字由小到大排列',
    content: { type: 'ordering', body: { items: [{ id: 'a', text: '12' }, { id: 'b', text: '3' }, { id: 'c', text: '8' }] }, answerKey: { order: ['b', 'c', 'a'] } },
  },
  {
    key: 'matching',
    subject: 'MATH',
    text: '把算式和答案配對',
    content: {
      type: 'matching',
      body: { left: [{ id: 'l1', text: '2×3' }, { id: 'l2', text: '4×4' }], right: [{ id: 'r1', text: '6' }, { id: 'r2', text: '16' }, { id: 'r3', text: '8' }] },
      answerKey: { pairs: { l1: 'r1', l2: 'r2' } },
    },
  },
  { key: 'short', subject: 'MATH', text: '10 的一半是多少？', content: { type: 'short', body: {}, answerKey: { accepted: ['5', '五'] } } },
  { key: 'file', subject: 'MATH', text: '請拍照上傳你的計算過程', content: { type: 'file', body: { maxFiles: 3 }, answerKey: {} } },
  { key: 'mathDraft', subject: 'MATH', text: '5×6=?', content: { type: 'single', body: { options: opts('11', '30', '56') }, answerKey: { optionId: 'o2' } }, draft: true },
  { key: 'dog', subject: 'ENG', text: '以下哪個代表狗狗？', content: { type: 'single', body: { options: opts('cat', 'dog', 'bird') }, answerKey: { optionId: 'o2' } } },
  {
    key: 'car',
    subject: 'ENG',
    text: '汽車的英語單詞是什麼？',
    content: { type: 'single', body: { options: opts('car', 'bus', 'bike') }, answerKey: { optionId: 'o1' } },
    draft: true,
  },
  {
    key: 'poem',
    subject: 'CHI',
    text: '請將下列古詩的上下句配對',
    content: {
      type: 'matching',
      body: { left: [{ id: 'l1', text: '床前明月光' }, { id: 'l2', text: '舉頭望明月' }], right: [{ id: 'r1', text: '疑是地上霜' }, { id: 'r2', text: '低頭思故鄉' }] },
      answerKey: { pairs: { l1: 'r1', l2: 'r2' } },
    },
  },
  { key: 'poemFill', subject: 'CHI', text: '床前明月光，疑是____霜。', content: { type: 'fill', body: { blanks: 1 }, answerKey: { blanks: [['地上']] } } },
];

/** The completed definition: two sections, their questions and scores (total 20). */
const COMPLETED: { title: string; items: [key: string, score: number][] }[] = [
  { title: '一、選擇題', items: [['single', 2], ['multiple', 3], ['trueFalse', 2]] },
  { title: '二、計算與應用', items: [['fill', 3], ['ordering', 3], ['matching', 3], ['short', 4]] },
];

export interface DemoHomeworkBankIds {
  questions: Record<string, string>;
  definitions: { completed: string; draft: string };
}

/**
 * The demo school's 題庫 and 作業定義 (HW-01 … HW-04), by 李老師: questions of all eight types
 * in 數學, 中文 and 英文 (two drafts, the rest published), the completed scored 數學 definition
 * 三年級數學練習 (two sections, seven questions, 總分 20) and a draft 數學單元測驗. Runs in the
 * seed's transaction after the home-school contacts (the subjects).
 */
export async function seedDemoHomeworkBank(
  tx: SchoolDbOrTx,
  now: Date,
  ids: { teacher: { id: string; name: string }; subjects: Record<string, string> },
): Promise<DemoHomeworkBankIds> {
  const out: DemoHomeworkBankIds = { questions: {}, definitions: { completed: '', draft: '' } };
  // a minute apart, oldest first, so the newest-first lists show a history
  const at = (i: number) => new Date(now.getTime() - (QUESTIONS.length + 3 - i) * 60_000);
  const rows = QUESTIONS.map((q, i) => {
    const content = v.parse(QuestionContent, q.content);
    if (contentProblem(content)) throw new Error(`demo question ${q.key}: ${contentProblem(content)}`);
    const created = at(i);
    out.questions[q.key] = newId(created.getTime());
    return {
      id: out.questions[q.key],
      subjectId: ids.subjects[q.subject],
      type: content.type,
      text: q.text,
      body: content.body,
      answerKey: content.answerKey,
      attachmentIds: [],
      status: q.draft ? ('draft' as const) : ('published' as const),
      creatorId: ids.teacher.id,
      creatorName: ids.teacher.name,
      createdAt: created,
      updatedAt: created,
      publishedAt: q.draft ? null : created,
    };
  });
  await tx.insert(hwQuestions).values(rows);

  const definition = (title: string, i: number, completed: boolean) => {
    const created = at(QUESTIONS.length + i);
    return {
      id: newId(created.getTime()),
      title,
      subjectId: ids.subjects.MATH,
      scored: true,
      status: completed ? ('completed' as const) : ('draft' as const),
      totalScore: completed ? COMPLETED.flatMap((s) => s.items).reduce((n, [, score]) => n + score, 0) : null,
      creatorId: ids.teacher.id,
      creatorName: ids.teacher.name,
      createdAt: created,
      updatedAt: created,
      completedAt: completed ? created : null,
    };
  };
  const completed = definition('三年級數學練習', 0, true);
  const draft = definition('數學單元測驗', 1, false);
  await tx.insert(hwDefinitions).values([completed, draft]);
  out.definitions = { completed: completed.id, draft: draft.id };

  const sections = COMPLETED.map((s, i) => ({ id: newId(now.getTime()), definitionId: completed.id, parentId: null, title: s.title, sortOrder: i }));
  const draftSection = { id: newId(now.getTime()), definitionId: draft.id, parentId: null, title: '一、附件上傳', sortOrder: 0 };
  await tx.insert(hwSections).values([...sections, draftSection]);
  const items: (typeof hwDefinitionItems.$inferInsert)[] = COMPLETED.flatMap((s, si) =>
    s.items.map(([key, score], i) => ({
      id: newId(now.getTime()),
      definitionId: completed.id,
      sectionId: sections[si].id,
      questionId: out.questions[key],
      score,
      sortOrder: i,
    })),
  );
  // the draft still lacks its score: 完成 would ask for it (HW-04)
  items.push({ id: newId(now.getTime()), definitionId: draft.id, sectionId: draftSection.id, questionId: out.questions.file, score: null, sortOrder: 0 });
  await tx.insert(hwDefinitionItems).values(items);
  return out;
}
