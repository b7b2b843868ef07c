import * as v from 'valibot';
import { contentProblem, QuestionContent as ContentSchema } from '../../../../../api/src/homework/question-types';
import { countBlanks, type QuestionContent, type QuestionType } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';

/**
 * The question editor's model: what the teacher edits per type (HW-01), and its conversion to
 * and from the API's `body` / `answerKey` (api/src/homework/question-types.ts). Ordering items
 * and matching right items get random ids and are stored shuffled, so neither the order in
 * `body` nor the ids give the answer away.
 */
export interface Choice {
  id: string;
  text: string;
}
export interface EditorState {
  type: QuestionType;
  /** 單選 / 多選. */
  options: Choice[];
  /** The right option ids (one for 單選). */
  answers: string[];
  /** 排序題, in the right order. */
  items: Choice[];
  /** 簡答題: accepted answers (none: marked by hand). */
  accepted: string[];
  /** 判斷題. */
  truth: boolean | null;
  /** 附件上傳題. */
  maxFiles: number;
  /** 配對題: each left item with its right match. */
  pairs: { left: Choice; right: Choice }[];
  /** 配對題: extra right items. */
  distractors: Choice[];
  /** 填空題: accepted answers per blank, "a|b". */
  blanks: string[];
}

const random = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 8)}`;
/** A fresh id for a new option (`o4`), item or pair side (random). */
export function newChoice(kind: 'o' | 'i' | 'l' | 'r', taken: Choice[]): Choice {
  if (kind === 'o') {
    const n = Math.max(0, ...taken.map((c) => Number(c.id.slice(1)) || 0)) + 1;
    return { id: `o${n}`, text: '' };
  }
  let id = random(kind);
  while (taken.some((c) => c.id === id)) id = random(kind);
  return { id, text: '' };
}

/** A new question of a type, with what that type needs (two empty options, one pair …). */
export function blankState(type: QuestionType): EditorState {
  const options = [newChoice('o', [])];
  options.push(newChoice('o', options));
  const items = [newChoice('i', [])];
  items.push(newChoice('i', items));
  const pairs = [0, 1].map(() => ({ left: newChoice('l', []), right: newChoice('r', []) }));
  return { type, options, answers: [], items, accepted: [''], truth: null, maxFiles: 1, pairs, distractors: [], blanks: [''] };
}

/** A, B, C … */
export const letter = (i: number) => String.fromCharCode(65 + i);

function shuffled<T>(list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  // a shuffle that leaves the right order gives nothing away only by chance: rotate it
  if (out.length > 1 && out.every((x, i) => x === list[i])) out.push(out.shift() as T);
  return out;
}

const clean = (c: Choice): Choice => ({ id: c.id, text: c.text.trim() });
const accepted = (s: string) => s.split('|').map((a) => a.trim()).filter(Boolean);

/** The `type`, `body` and `answerKey` the API takes. */
export function toContent(s: EditorState, text: string): QuestionContent {
  switch (s.type) {
    case 'single':
      return { type: 'single', body: { options: s.options.map(clean) }, answerKey: { optionId: s.answers[0] ?? '' } };
    case 'multiple':
      return { type: 'multiple', body: { options: s.options.map(clean) }, answerKey: { optionIds: s.answers.filter((a) => s.options.some((o) => o.id === a)) } };
    case 'ordering':
      return { type: 'ordering', body: { items: shuffled(s.items.map(clean)) }, answerKey: { order: s.items.map((i) => i.id) } };
    case 'short':
      return { type: 'short', body: {}, answerKey: { accepted: s.accepted.map((a) => a.trim()).filter(Boolean) } };
    case 'true_false':
      return { type: 'true_false', body: {}, answerKey: { value: s.truth ?? true } };
    case 'file':
      return { type: 'file', body: { maxFiles: s.maxFiles }, answerKey: {} };
    case 'matching':
      return {
        type: 'matching',
        body: { left: s.pairs.map((p) => clean(p.left)), right: shuffled([...s.pairs.map((p) => clean(p.right)), ...s.distractors.map(clean)]) },
        answerKey: { pairs: Object.fromEntries(s.pairs.map((p) => [p.left.id, p.right.id])) },
      };
    case 'fill': {
      const n = countBlanks(text);
      return { type: 'fill', body: { blanks: n }, answerKey: { blanks: Array.from({ length: n }, (_, i) => accepted(s.blanks[i] ?? '')) } };
    }
  }
}

/** The editor's model of a stored question. */
export function fromContent(c: QuestionContent): EditorState {
  const s = blankState(c.type);
  switch (c.type) {
    case 'single':
      return { ...s, options: c.body.options, answers: [c.answerKey.optionId] };
    case 'multiple':
      return { ...s, options: c.body.options, answers: c.answerKey.optionIds };
    case 'ordering': {
      const byId = new Map(c.body.items.map((i) => [i.id, i]));
      return { ...s, items: c.answerKey.order.flatMap((id) => (byId.has(id) ? [byId.get(id) as Choice] : [])) };
    }
    case 'short':
      return { ...s, accepted: c.answerKey.accepted.length ? c.answerKey.accepted : [''] };
    case 'true_false':
      return { ...s, truth: c.answerKey.value };
    case 'file':
      return { ...s, maxFiles: c.body.maxFiles };
    case 'matching': {
      const right = new Map(c.body.right.map((r) => [r.id, r]));
      const used = new Set(Object.values(c.answerKey.pairs));
      const pairs = c.body.left.map((l) => ({ left: l, right: right.get(c.answerKey.pairs[l.id]) ?? { id: c.answerKey.pairs[l.id], text: '' } }));
      return { ...s, pairs, distractors: c.body.right.filter((r) => !used.has(r.id)) };
    }
    case 'fill':
      return { ...s, blanks: c.answerKey.blanks.map((b) => b.join('|')) };
  }
}

/** Where an error shows in the editor: the text, the per-type part, or above the buttons. */
export type EditorField = 'text' | 'subjectId' | 'content' | 'answer' | 'attachments' | 'form';

/** What is missing, in the teacher's words, before the API is asked (null: nothing). */
export function editorProblems(s: EditorState, text: string, subjectId: string): Partial<Record<EditorField, string>> | null {
  const p: Partial<Record<EditorField, string>> = {};
  if (!text.trim()) p.text = t('hw.q.needText');
  if (!subjectId) p.subjectId = t('hw.pickSubject');
  const blank = (list: Choice[]) => list.some((c) => !c.text.trim());
  const dup = (list: Choice[]) => new Set(list.map((c) => c.text.trim())).size !== list.length;
  if (s.type === 'single' || s.type === 'multiple') {
    if (blank(s.options)) p.content = t('hw.q.needOptions');
    else if (dup(s.options)) p.content = t('hw.q.duplicate');
    if (s.answers.length === 0) p.answer = t('hw.q.needAnswer');
  }
  if (s.type === 'ordering' && (s.items.length < 2 || blank(s.items))) p.content = t('hw.q.needItems');
  if (s.type === 'matching' && (blank(s.pairs.flatMap((x) => [x.left, x.right])) || blank(s.distractors))) p.content = t('hw.q.needPairs');
  if (s.type === 'true_false' && s.truth === null) p.answer = t('hw.q.needTruth');
  if (s.type === 'fill') {
    const n = countBlanks(text);
    if (n === 0) p.content = t('hw.q.needBlank');
    else if (s.blanks.slice(0, n).length < n || s.blanks.slice(0, n).some((b) => accepted(b).length === 0)) p.answer = t('hw.q.needBlanks');
  }
  if (Object.keys(p).length) return p;
  // the API's own checks, so that the two never disagree
  const content = toContent(s, text);
  const parsed = v.safeParse(ContentSchema, content);
  if (!parsed.success || contentProblem(parsed.output)) return { content: t('error.invalid') };
  return null;
}

/** Which part of the editor an API error's field (`body.options.1.text`, `answerKey.optionId`) belongs to. */
export function fieldOf(apiField: string | undefined): EditorField {
  if (!apiField) return 'form';
  if (apiField === 'text' || apiField === 'subjectId') return apiField;
  if (apiField.startsWith('answerKey')) return 'answer';
  if (apiField.startsWith('body') || apiField === 'type') return 'content';
  if (apiField.startsWith('attachmentIds')) return 'attachments';
  return 'form';
}
