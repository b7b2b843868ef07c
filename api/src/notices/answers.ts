import type { NoticeAnswer, NoticeQuestion } from '../../../db/schema';
import { ApiError } from '../lib/errors';

/**
 * N-09 checks a recipient's answers against the notice's questions: every key a question,
 * each value of its question's type (a choice among its options, at most `maxFiles` files,
 * exactly `blanks` blanks), every required question answered. Returns the answers as stored;
 * an empty answer is no answer. Pure: file ownership is the caller's check.
 */
export function checkAnswers(questions: NoticeQuestion[], answers: Record<string, NoticeAnswer>): Record<string, NoticeAnswer> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers)) {
    if (!byId.has(key)) throw new ApiError('unknown_field', { field: `answers.${key}`, params: { field: `answers.${key}` } });
  }
  const out: Record<string, NoticeAnswer> = {};
  for (const q of questions) {
    const field = `answers.${q.id}`;
    const value = normalize(q, answers[q.id], field);
    if (value === undefined) {
      if (q.required) throw new ApiError('notice_answer_required', { field, params: { field } });
      continue;
    }
    out[q.id] = value;
  }
  if (Object.keys(out).length === 0) throw new ApiError('notice_answer_required', { field: 'answers', params: { field: 'answers' } });
  return out;
}

const bad = (field: string) => new ApiError('notice_answer_invalid', { field, params: { field } });
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function normalize(q: NoticeQuestion, value: NoticeAnswer | undefined, field: string): NoticeAnswer | undefined {
  if (value === undefined || value === null) return undefined;
  const options = new Set((q.options ?? []).map((o) => o.id));
  switch (q.type) {
    case 'single':
      if (typeof value !== 'string') throw bad(field);
      if (value === '') return undefined;
      if (!options.has(value)) throw bad(field);
      return value;
    case 'multiple':
      if (!strings(value)) throw bad(field);
      if (value.length === 0) return undefined;
      if (new Set(value).size !== value.length || value.some((v) => !options.has(v))) throw bad(field);
      return value;
    case 'short': {
      if (typeof value !== 'string') throw bad(field);
      const text = value.trim();
      return text === '' ? undefined : text;
    }
    case 'true_false':
      if (typeof value !== 'boolean') throw bad(field);
      return value;
    case 'file':
      if (!strings(value)) throw bad(field);
      if (value.length === 0) return undefined;
      if (value.length > (q.maxFiles ?? 1) || new Set(value).size !== value.length) throw bad(field);
      return value;
    case 'fill': {
      if (!strings(value) || value.length !== (q.blanks ?? 1)) throw bad(field);
      const blanks = value.map((b) => b.trim());
      if (blanks.every((b) => b === '')) return undefined;
      // a required fill-in needs every blank
      if (q.required && blanks.some((b) => b === '')) throw new ApiError('notice_answer_required', { field, params: { field } });
      return blanks;
    }
  }
}

/** The file ids among answers (file-upload questions), with the field that holds each. */
export function answerFileIds(questions: NoticeQuestion[], answers: Record<string, NoticeAnswer>): { id: string; field: string }[] {
  return questions
    .filter((q) => q.type === 'file' && Array.isArray(answers[q.id]))
    .flatMap((q) => (answers[q.id] as string[]).map((id, i) => ({ id, field: `answers.${q.id}.${i}` })));
}
