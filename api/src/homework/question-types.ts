import * as v from 'valibot';
import type { QuestionType } from '../../../db/schema/homework';

/**
 * The shapes of the eight question types of HW-01: what the student sees (`body`), the answer
 * key (`answerKey`, never sent to students) and a student's answer. The question bank, the
 * marking, the Moodle XML / GIFT formats and the answer screens all read these.
 *
 * Option, item and blank ids are short and stable within a question (`o1`, `l1`, `r1` …):
 * answers name ids, never positions or texts, so reordering the display never changes a mark.
 */

const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]{0,15}$/));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000));
const Choice = v.strictObject({ id: Id, text: Text });
const Choices = v.pipe(v.array(Choice), v.minLength(2), v.maxLength(26));
/** Accepted texts of a short answer or one blank; compared after normalising (see marking). */
const Accepted = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500))), v.maxLength(20));

/** `body` and `answerKey` per type. */
export const QuestionContent = v.variant('type', [
  /** 單選: one option is right. */
  v.strictObject({ type: v.literal('single'), body: v.strictObject({ options: Choices }), answerKey: v.strictObject({ optionId: Id }) }),
  /** 多選: one or more options are right. */
  v.strictObject({
    type: v.literal('multiple'),
    body: v.strictObject({ options: Choices }),
    answerKey: v.strictObject({ optionIds: v.pipe(v.array(Id), v.minLength(1)) }),
  }),
  /** 排序題: the items, shown shuffled; the key is their right order. */
  v.strictObject({
    type: v.literal('ordering'),
    body: v.strictObject({ items: Choices }),
    answerKey: v.strictObject({ order: v.pipe(v.array(Id), v.minLength(2)) }),
  }),
  /** 簡答題: auto-marked when accepted answers are given, else marked by hand. */
  v.strictObject({ type: v.literal('short'), body: v.strictObject({}), answerKey: v.strictObject({ accepted: Accepted }) }),
  /** 判斷題. */
  v.strictObject({ type: v.literal('true_false'), body: v.strictObject({}), answerKey: v.strictObject({ value: v.boolean() }) }),
  /** 附件上傳題: marked by hand. */
  v.strictObject({
    type: v.literal('file'),
    body: v.strictObject({ maxFiles: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)) }),
    answerKey: v.strictObject({}),
  }),
  /** 配對題: each left item has one right item (right may hold distractors). */
  v.strictObject({
    type: v.literal('matching'),
    body: v.strictObject({ left: Choices, right: Choices }),
    answerKey: v.strictObject({ pairs: v.record(Id, Id) }),
  }),
  /** 填空題: the text marks blanks as `____`; accepted answers per blank, in order. */
  v.strictObject({
    type: v.literal('fill'),
    body: v.strictObject({ blanks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)) }),
    answerKey: v.strictObject({ blanks: v.pipe(v.array(v.pipe(Accepted, v.minLength(1))), v.minLength(1)) }),
  }),
]);
export type QuestionContent = v.InferOutput<typeof QuestionContent>;

/** A student's answer per type (what `hw_attempts.answers[questionId]` holds). */
export const AnswerSchemas = {
  single: Id,
  multiple: v.pipe(v.array(Id), v.maxLength(26)),
  ordering: v.pipe(v.array(Id), v.maxLength(26)),
  short: v.pipe(v.string(), v.maxLength(5000)),
  true_false: v.boolean(),
  /** File ids from the files adapter. */
  file: v.pipe(v.array(v.string()), v.maxLength(10)),
  /** left id → right id. */
  matching: v.record(Id, Id),
  /** One text per blank, in order ('' for a blank left empty). */
  fill: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(20)),
} satisfies Record<QuestionType, v.GenericSchema>;

export type Answer<T extends QuestionType> = v.InferOutput<(typeof AnswerSchemas)[T]>;

/** The types marked automatically on submission (HW-07); `short` only when it has accepted answers. */
export const objectiveTypes: readonly QuestionType[] = ['single', 'multiple', 'true_false', 'ordering', 'matching', 'fill'];

/** Whether a question of this content is marked without a teacher. */
export function isAutoMarked(content: QuestionContent): boolean {
  if (content.type === 'short') return content.answerKey.accepted.length > 0;
  return objectiveTypes.includes(content.type);
}

/**
 * Checks what schemas cannot: the key names ids that exist, a single key is one option, an
 * ordering names every item once, a matching pairs every left item, a fill has a key per
 * blank. Returns the dotted field at fault, or null.
 */
export function contentProblem(content: QuestionContent): string | null {
  const ids = (list: { id: string }[]) => new Set(list.map((o) => o.id));
  const unique = (list: { id: string }[]) => ids(list).size === list.length;
  switch (content.type) {
    case 'single':
      if (!unique(content.body.options)) return 'body.options';
      return ids(content.body.options).has(content.answerKey.optionId) ? null : 'answerKey.optionId';
    case 'multiple': {
      if (!unique(content.body.options)) return 'body.options';
      const known = ids(content.body.options);
      const keys = content.answerKey.optionIds;
      return keys.every((k) => known.has(k)) && new Set(keys).size === keys.length ? null : 'answerKey.optionIds';
    }
    case 'ordering': {
      if (!unique(content.body.items)) return 'body.items';
      const known = ids(content.body.items);
      const order = content.answerKey.order;
      return order.length === known.size && new Set(order).size === order.length && order.every((k) => known.has(k)) ? null : 'answerKey.order';
    }
    case 'matching': {
      if (!unique(content.body.left)) return 'body.left';
      if (!unique(content.body.right)) return 'body.right';
      const left = ids(content.body.left);
      const right = ids(content.body.right);
      const pairs = Object.entries(content.answerKey.pairs);
      return pairs.length === left.size && pairs.every(([l, r]) => left.has(l) && right.has(r)) ? null : 'answerKey.pairs';
    }
    case 'fill':
      return content.answerKey.blanks.length === content.body.blanks ? null : 'answerKey.blanks';
    default:
      return null;
  }
}
