import sanitize from 'sanitize-html';
import * as v from 'valibot';
import { contentProblem, QuestionContent } from '../question-types';

/**
 * What the Moodle XML and GIFT readers produce, and the checks they share: every question of
 * a file becomes a QuestionContent that passes the bank's own checks, or a reason it cannot
 * be imported. Pure, so it runs on Bun and Workers and in unit tests.
 */

/** Why one question of a file cannot be imported (localised in reasons.ts). */
export type ImportReason =
  | 'unsupported_type'
  | 'syntax'
  | 'no_text'
  | 'text_too_long'
  | 'no_right_answer'
  | 'several_right_answers'
  | 'partial_credit'
  | 'wildcard'
  | 'too_few_options'
  | 'blank_count'
  | 'invalid_content';

export interface ImportProblem {
  reason: ImportReason;
  params?: Record<string, string | number>;
}

/** One question of a file: importable (`content`) or refused (`problem`). */
export interface ParsedQuestion {
  /** 1-based position among the file's questions (categories and descriptions are not counted). */
  index: number;
  name: string;
  /** The bank's type, or the file's own type name when that type is refused. */
  type: string;
  text: string;
  content?: QuestionContent;
  problem?: ImportProblem;
}

/** The whole file cannot be read (not XML, not a quiz …): nothing of it is listed. */
export class UnreadableFile extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** A refusal of one question, thrown inside a reader and caught per question. */
export class QuestionRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reason);
  }
}
export const refuse = (reason: ImportReason, params?: Record<string, string | number>): never => {
  throw new QuestionRefused({ reason, params });
};

/** The blank marker of fill questions (question-types.ts). */
export const BLANK = '____';
/** As the bank's question text (bank/schemas.ts). */
const MAX_TEXT = 2000;

/** Plain text with its line breaks: trailing spaces and runs of blank lines dropped. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const LINE_BREAKS = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|blockquote|pre|table|ul|ol)>/gi;

/**
 * The plain text of HTML as the bank stores it: source white space is insignificant in HTML,
 * so it collapses first; paragraphs and <br> become line breaks; script and style vanish.
 */
export function plainText(html: string): string {
  const marked = html.replace(/\s+/g, ' ').replace(LINE_BREAKS, '$&\n');
  const text = sanitize(marked, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return tidyText(text);
}

/** One line (an option, an answer): any white space collapses. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Option ids in file order: o1, o2 … (answers name ids, so they need only be stable here). */
export const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** Checks a built question the way the bank does (schema, then contentProblem) and its text. */
export function checked(text: string, content: QuestionContent): QuestionContent {
  if (!text) refuse('no_text');
  if (text.length > MAX_TEXT) refuse('text_too_long', { max: MAX_TEXT });
  const parsed = v.safeParse(QuestionContent, content);
  if (!parsed.success) {
    const field = (parsed.issues[0].path ?? []).map((p) => String(p.key)).join('.');
    refuse('invalid_content', { field: field || 'body' });
  }
  const out = parsed.output as QuestionContent;
  const field = contentProblem(out);
  if (field) refuse('invalid_content', { field });
  if (out.type === 'fill') {
    const marked = text.split(BLANK).length - 1;
    if (marked !== out.body.blanks) refuse('blank_count', { marked, blanks: out.body.blanks });
  }
  return out;
}

/** Builds a single or multiple choice question from options in file order. */
export function choiceContent(kind: 'single' | 'multiple', options: { text: string; right: boolean }[]): QuestionContent {
  if (options.length < 2) refuse('too_few_options', { min: 2 });
  const optionIds = ids('o', options.length);
  const body = { options: options.map((o, i) => ({ id: optionIds[i], text: o.text })) };
  const right = optionIds.filter((_, i) => options[i].right);
  if (right.length === 0) refuse('no_right_answer');
  if (kind === 'single') {
    if (right.length > 1) refuse('several_right_answers');
    return { type: 'single', body, answerKey: { optionId: right[0] } };
  }
  return { type: 'multiple', body, answerKey: { optionIds: right } };
}

/**
 * Accepted answers from weighted ones (percent): 100 is right, 0 or less is a wrong answer
 * kept only for feedback in Moodle (dropped), anything between is partial credit, which the
 * bank's all-or-nothing short answers cannot hold (refused rather than marked differently).
 * Moodle's `*` wildcard would become a literal star, so it is refused too.
 */
export function acceptedAnswers(answers: { text: string; weight: number }[]): string[] {
  const accepted: string[] = [];
  for (const a of answers) {
    if (a.weight <= 0) continue;
    if (a.weight < 100) refuse('partial_credit');
    if (a.text.includes('*')) refuse('wildcard');
    accepted.push(a.text);
  }
  if (accepted.length === 0) refuse('no_right_answer');
  return accepted;
}

/** Builds a matching question from (left, right) pairs; an empty left is a distractor on the right. */
export function matchingContent(pairs: { left: string; right: string }[]): QuestionContent {
  const rightIds = new Map<string, string>();
  for (const p of pairs) if (p.right && !rightIds.has(p.right)) rightIds.set(p.right, `r${rightIds.size + 1}`);
  const lefts = pairs.filter((p) => p.left);
  if (lefts.length === 0) refuse('no_right_answer');
  const leftIds = ids('l', lefts.length);
  const key: Record<string, string> = {};
  lefts.forEach((p, i) => {
    const r = rightIds.get(p.right);
    if (!r) refuse('no_right_answer');
    else key[leftIds[i]] = r;
  });
  return {
    type: 'matching',
    body: { left: lefts.map((p, i) => ({ id: leftIds[i], text: p.left })), right: [...rightIds].map(([text, id]) => ({ id, text })) },
    answerKey: { pairs: key },
  };
}

/**
 * Runs one question's reader: its content when it passes every check, else the refusal.
 * Anything else a reader throws is a bug and propagates.
 */
export function readOne(base: { index: number; name: string; type: string; text: string }, build: () => QuestionContent): ParsedQuestion {
  try {
    const content = checked(base.text, build());
    return { ...base, type: content.type, content };
  } catch (e) {
    if (e instanceof QuestionRefused) return { ...base, problem: e.problem };
    throw e;
  }
}
