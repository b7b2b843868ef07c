import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import * as v from 'valibot';
import { QuestionContent } from '../question-types';
import {
  acceptedAnswers,
  choiceContent,
  ids,
  matchingContent,
  oneLine,
  type ParsedQuestion,
  plainText,
  readOne,
  refuse,
  tidyText,
  UnreadableFile,
} from './parsed';

/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format) → bank questions. Types:
 * multichoice (single="true" → single, else multiple: options with fraction > 0 are right),
 * truefalse, shortanswer (fraction 100 answers are accepted), matching (a subquestion with
 * empty text is a distractor), essay (→ short answer marked by hand; "noinline" with
 * attachments → file upload), ordering (qtype_ordering: the answers' sort order). A
 * shortanswer carrying our `<blanks>` extension is a fill question (see `serializeMoodleXml`).
 * category and description are skipped; every other type is refused per question.
 * HTML text becomes plain text.
 */

type Node = Record<string, unknown>;

const ARRAYS = new Set(['quiz.question', 'quiz.question.answer', 'quiz.question.subquestion', 'quiz.question.blanks.blank', 'quiz.question.blanks.blank.text']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // numeric character references (&#233;) are plain XML; named HTML ones are common in exports
  htmlEntities: true,
  isArray: (_name, jPath) => ARRAYS.has(String(jPath)),
});

const SKIPPED = new Set(['category', 'description']);

/** The text content of an element (or of its `<text>` child), '' when absent. */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') {
    const n = node as Node;
    if ('text' in n) return textOf(n.text);
    if (typeof n['#text'] === 'string') return n['#text'];
  }
  return '';
}
const attr = (node: unknown, name: string): string => (node && typeof node === 'object' ? String((node as Node)[`@_${name}`] ?? '') : '');
const list = (node: unknown): Node[] => (Array.isArray(node) ? (node as Node[]) : []);

/** Text of an element in its declared format: HTML (the default) is stripped, plain kept. */
function formatted(node: unknown, fallback = 'html'): string {
  const format = attr(node, 'format') || fallback;
  const raw = textOf(node);
  return format === 'plain_text' || format === 'markdown' ? tidyText(raw) : plainText(raw);
}
const fraction = (node: unknown): number => Number(attr(node, 'fraction') || '0');

// Moodle's importer takes a missing <single> as true
const isSingle = (q: Node) => q.single === undefined || ['true', '1'].includes(textOf(q.single).trim().toLowerCase());

function multichoice(q: Node): QuestionContent {
  const single = isSingle(q);
  const answers = list(q.answer).map((a) => ({ text: oneLine(formatted(a)), weight: fraction(a) }));
  // a single-answer question with partial credit would be marked differently here
  if (single && answers.some((a) => a.weight > 0 && a.weight < 100)) refuse('partial_credit');
  return choiceContent(single ? 'single' : 'multiple', answers.map((a) => ({ text: a.text, right: single ? a.weight >= 100 : a.weight > 0 })));
}

function truefalse(q: Node): QuestionContent {
  const right = list(q.answer).find((a) => fraction(a) >= 100);
  if (!right) refuse('no_right_answer');
  return { type: 'true_false', body: {}, answerKey: { value: oneLine(textOf(right)).toLowerCase() === 'true' } };
}

function shortanswer(q: Node): QuestionContent {
  const blanks = list((q.blanks as Node | undefined)?.blank);
  if (blanks.length) {
    return { type: 'fill', body: { blanks: blanks.length }, answerKey: { blanks: blanks.map((b) => (Array.isArray(b.text) ? b.text.map((t) => oneLine(textOf(t))) : [])) } };
  }
  // shortanswer answers are compared as typed in Moodle: never HTML
  const accepted = acceptedAnswers(list(q.answer).map((a) => ({ text: oneLine(textOf(a)), weight: fraction(a) })));
  return { type: 'short', body: {}, answerKey: { accepted } };
}

function matching(q: Node): QuestionContent {
  return matchingContent(list(q.subquestion).map((s) => ({ left: oneLine(formatted(s)), right: oneLine(textOf(s.answer)) })));
}

function essay(q: Node): QuestionContent {
  const attachments = Number(textOf(q.attachments).trim() || '0');
  if (textOf(q.responseformat).trim() === 'noinline' && attachments !== 0) {
    // -1 is "unlimited" in Moodle; the bank allows up to 10 files
    return { type: 'file', body: { maxFiles: attachments < 0 ? 10 : Math.min(10, Math.max(1, Math.trunc(attachments))) }, answerKey: {} };
  }
  return { type: 'short', body: {}, answerKey: { accepted: [] } };
}

function ordering(q: Node): QuestionContent {
  const answers = list(q.answer).map((a, i) => ({ text: oneLine(formatted(a)), position: fraction(a), i }));
  // qtype_ordering keeps each item's right position in `fraction`; without distinct ones, file order
  const positioned = new Set(answers.map((a) => a.position)).size === answers.length && answers.every((a) => a.position > 0);
  const inOrder = positioned ? [...answers].sort((a, b) => a.position - b.position) : answers;
  const itemIds = ids('o', inOrder.length);
  return { type: 'ordering', body: { items: inOrder.map((a, i) => ({ id: itemIds[i], text: a.text })) }, answerKey: { order: itemIds } };
}

const READERS: Record<string, (q: Node) => QuestionContent> = { multichoice, truefalse, shortanswer, matching, essay, ordering };
const PLANNED: Record<string, string> = { truefalse: 'true_false', shortanswer: 'short', matching: 'matching', essay: 'short', ordering: 'ordering' };

/**
 * Reads a Moodle XML quiz file. A file that is not well-formed XML, declares a DOCTYPE (entity
 * tricks; Moodle never writes one) or is not a `<quiz>` throws UnreadableFile; each question
 * is then read on its own.
 */
export function parseMoodleXml(xml: string): ParsedQuestion[] {
  const source = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(source)) throw new UnreadableFile('DOCTYPE is not allowed');
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new UnreadableFile(`line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const doc = parser.parse(source) as Node;
  if (!('quiz' in doc)) throw new UnreadableFile('the root element is not <quiz>');
  // an empty <quiz></quiz> parses as a string
  const questions = list(typeof doc.quiz === 'object' && doc.quiz ? (doc.quiz as Node).question : undefined);
  const out: ParsedQuestion[] = [];
  for (const q of questions) {
    const type = attr(q, 'type');
    if (SKIPPED.has(type)) continue;
    const text = formatted(q.questiontext);
    const name = oneLine(textOf(q.name)) || oneLine(text).slice(0, 60);
    const base = { index: out.length + 1, name, type: type === 'multichoice' ? (isSingle(q) ? 'single' : 'multiple') : (PLANNED[type] ?? (type || 'unknown')), text };
    const read = READERS[type];
    out.push(readOne(base, () => (read ? read(q) : refuse('unsupported_type', { type: type || '?' }))));
  }
  return out;
}

/** A bank question as the export reads it. */
export interface ExportedQuestion {
  text: string;
  type: string;
  body: Record<string, unknown>;
  answerKey: Record<string, unknown>;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false });
// XML 1.0 cannot carry most control characters, even escaped
const xmlSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const plain = (s: string) => ({ '@_format': 'plain_text', text: xmlSafe(s) });
const answer = (fractionValue: number | string, text: string, format = 'plain_text') => ({
  '@_fraction': String(fractionValue),
  '@_format': format,
  text: xmlSafe(text),
  feedback: plain(''),
});
/** Moodle stores fractions with 7 decimals (0.3333333) and writes them as percent (33.33333). */
const share = (n: number) => String(Math.round((100 / n) * 1e5) / 1e5);

function questionXml(q: ExportedQuestion, content: QuestionContent): Node {
  const firstLine = q.text.split('\n')[0] ?? '';
  const base = (type: string): Node => ({
    '@_type': type,
    name: { text: xmlSafe(firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine) },
    questiontext: plain(q.text),
    generalfeedback: plain(''),
    defaultgrade: '1',
    penalty: '0',
    hidden: '0',
  });
  const essayOf = (files: number): Node => ({
    ...base('essay'),
    responseformat: files ? 'noinline' : 'editor',
    responserequired: files ? '0' : '1',
    responsefieldlines: '10',
    attachments: String(files),
    attachmentsrequired: files ? '1' : '0',
    graderinfo: plain(''),
    responsetemplate: plain(''),
  });
  switch (content.type) {
    case 'single':
    case 'multiple': {
      const isRight = (id: string) => (content.type === 'single' ? content.answerKey.optionId === id : content.answerKey.optionIds.includes(id));
      const right = content.type === 'single' ? '100' : share(content.answerKey.optionIds.length);
      // wrong options of a multiple question take everything back, as the bank's marking does
      const wrong = content.type === 'single' ? '0' : '-100';
      const answers = content.body.options.map((o) => answer(isRight(o.id) ? right : wrong, o.text));
      return { ...base('multichoice'), single: String(content.type === 'single'), shuffleanswers: 'true', answernumbering: 'abc', answer: answers };
    }
    case 'true_false':
      return { ...base('truefalse'), answer: [answer(content.answerKey.value ? 100 : 0, 'true', 'moodle_auto_format'), answer(content.answerKey.value ? 0 : 100, 'false', 'moodle_auto_format')] };
    case 'short':
      if (content.answerKey.accepted.length === 0) return essayOf(0);
      return { ...base('shortanswer'), usecase: '0', answer: content.answerKey.accepted.map((a) => answer(100, a, 'moodle_auto_format')) };
    case 'fill':
      // Moodle grades the first blank's answers; our <blanks> carries every blank (see the JSDoc)
      return {
        ...base('shortanswer'),
        usecase: '0',
        answer: content.answerKey.blanks[0].map((a) => answer(100, a, 'moodle_auto_format')),
        blanks: { blank: content.answerKey.blanks.map((accepted) => ({ text: accepted.map(xmlSafe) })) },
      };
    case 'file':
      return essayOf(content.body.maxFiles);
    case 'matching': {
      const rights = new Map(content.body.right.map((r) => [r.id, r.text]));
      const used = new Set(Object.values(content.answerKey.pairs));
      const pairs = content.body.left.map((l) => ({ '@_format': 'plain_text', text: xmlSafe(l.text), answer: { text: xmlSafe(rights.get(content.answerKey.pairs[l.id]) ?? '') } }));
      const distractors = content.body.right.filter((r) => !used.has(r.id)).map((r) => ({ '@_format': 'plain_text', text: '', answer: { text: xmlSafe(r.text) } }));
      return { ...base('matching'), shuffleanswers: 'true', subquestion: [...pairs, ...distractors] };
    }
    case 'ordering': {
      const texts = new Map(content.body.items.map((i) => [i.id, i.text]));
      // qtype_ordering stores each item's right position (from 1) in `fraction`
      const answers = content.answerKey.order.map((id, i) => answer(i + 1, texts.get(id) ?? '', 'moodle_auto_format'));
      return { ...base('ordering'), layouttype: 'VERTICAL', selecttype: 'ALL', selectcount: '0', gradingtype: 'ABSOLUTE_POSITION', showgrading: 'SHOW', answer: answers };
    }
  }
}

/**
 * Bank questions → a Moodle XML quiz (text as plain_text, so line breaks survive). Mapping:
 * single/multiple → multichoice (multiple: right options share 100 %, wrong ones -100 %),
 * true_false → truefalse, short → shortanswer (no accepted answers: essay), file → essay
 * with attachments and no inline text, matching → matching (unused right items as
 * distractors), ordering → qtype_ordering. A fill question becomes a shortanswer with its
 * `____` text and the first blank's answers — what Moodle itself grades — plus a `<blanks>`
 * element (ignored by Moodle) holding every blank's accepted answers, from which
 * `parseMoodleXml` restores the fill question exactly. Cloze was not used: the importer
 * refuses cloze, and this keeps a one-blank fill a plain, working Moodle shortanswer.
 * A row whose content does not pass QuestionContent is left out rather than written wrong.
 */
export function serializeMoodleXml(questions: readonly ExportedQuestion[]): string {
  const out: Node[] = [];
  for (const q of questions) {
    const parsed = v.safeParse(QuestionContent, { type: q.type, body: q.body, answerKey: q.answerKey });
    if (parsed.success) out.push(questionXml(q, parsed.output));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ quiz: { question: out } })}`;
}
