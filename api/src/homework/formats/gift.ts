import type { QuestionContent } from '../question-types';
import { acceptedAnswers, BLANK, choiceContent, matchingContent, oneLine, type ParsedQuestion, plainText, readOne, refuse, tidyText } from './parsed';

/**
 * GIFT (https://docs.moodle.org/en/GIFT_format) → bank questions. Questions are separated by
 * blank lines; lines starting with `//` are comments; `$CATEGORY:` lines are ignored;
 * `::name::` names a question and `[html]` (or `[moodle]`, `[plain]`, `[markdown]`) sets its
 * text format — only HTML is stripped, since `<` is common in plain maths. `\~ \= \# \{ \} \:
 * \\` are literal characters and `\n` a line break. Each question has one answer block:
 * - `{}` essay → short answer marked by hand; `{#…}` numerical → refused;
 * - `{=right ~wrong}` (any `=`) → single choice; only `~` answers → multiple choice, those
 *   with a positive `%weight%` being right (`{~%50%a ~%50%b ~%-100%c}`);
 * - `{=a -> b =c -> d}` → matching (`= -> x` adds a distractor x);
 * - `{T}` `{TRUE}` `{F}` `{FALSE}` → true/false;
 * - `{=x =y}` → short answer with accepted answers; with text after the block
 *   (`2 + 2 = {=4 =four} in arithmetic`) → a fill question whose blank is `____`.
 * Text after any other kind of block also puts `____` where the block was (Moodle's
 * "missing word"). `#feedback` and `####general feedback` are dropped: the bank has none.
 * Partial credit the bank cannot mark (a `%50%` short answer or single choice) is refused.
 */

// Escaped characters hide behind private-use ones while the block is cut up, then come back
const ESCAPES: Record<string, string> = { '\\': '\uE000', '~': '\uE001', '=': '\uE002', '#': '\uE003', '{': '\uE004', '}': '\uE005', ':': '\uE006' };
const UNESCAPE = Object.fromEntries(Object.entries(ESCAPES).map(([c, p]) => [p, c]));
const protect = (s: string) => s.replace(/\\([\\~=#{}:n])/g, (_, c: string) => (c === 'n' ? '\n' : ESCAPES[c]));
const restore = (s: string) => s.replace(/[\uE000-\uE006]/g, (p) => UNESCAPE[p]);

type Format = 'html' | 'moodle' | 'plain' | 'markdown';

/** One answer of a block: its marker, weight (percent, if given) and text, feedback cut off. */
interface Answer {
  marker: '=' | '~';
  weight: number | null;
  text: string;
}

function answersOf(block: string, format: Format): Answer[] {
  const parts = block.split(/(?=[=~])/);
  if (parts[0] && !/^[=~]/.test(parts[0]) && parts[0].trim()) refuse('syntax', { detail: 'an answer must start with = or ~' });
  return parts
    .filter((p) => /^[=~]/.test(p))
    .map((p) => {
      const body = p.slice(1).split('#')[0];
      const w = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(body);
      const raw = restore(w ? body.slice(w[0].length) : body);
      return { marker: p[0] as '=' | '~', weight: w ? Number(w[1]) : null, text: oneLine(format === 'html' ? plainText(raw) : raw) };
    });
}

function multichoice(block: string, format: Format): QuestionContent {
  const answers = answersOf(block, format);
  // Moodle's rule: an `=` makes it single choice; otherwise weights say which are right
  if (answers.some((a) => a.marker === '=')) {
    if (answers.some((a) => (a.marker === '=' ? (a.weight ?? 100) < 100 : (a.weight ?? 0) > 0))) refuse('partial_credit');
    return choiceContent('single', answers.map((a) => ({ text: a.text, right: a.marker === '=' })));
  }
  return choiceContent('multiple', answers.map((a) => ({ text: a.text, right: (a.weight ?? 0) > 0 })));
}

function matching(block: string, format: Format): QuestionContent {
  const pairs = answersOf(block, format).map((a) => {
    const at = a.text.indexOf('->');
    if (at < 0) refuse('syntax', { detail: 'a matching pair needs ->' });
    return { left: a.text.slice(0, at).trim(), right: a.text.slice(at + 2).trim() };
  });
  return matchingContent(pairs);
}

function classify(block: string, format: Format, fill: boolean): QuestionContent {
  const trimmed = block.trim();
  if (trimmed === '') return { type: 'short', body: {}, answerKey: { accepted: [] } };
  if (trimmed.startsWith('#')) return refuse('unsupported_type', { type: 'numerical' });
  if (trimmed.includes('~')) return multichoice(trimmed, format);
  if (trimmed.includes('=') && trimmed.includes('->')) return matching(trimmed, format);
  const tf = /^(T|TRUE|F|FALSE)$/i.exec(trimmed.split('#')[0].trim());
  if (tf) return { type: 'true_false', body: {}, answerKey: { value: tf[1].toUpperCase().startsWith('T') } };
  const accepted = acceptedAnswers(answersOf(trimmed, format).map((a) => ({ text: a.text, weight: a.weight ?? 100 })));
  return fill ? { type: 'fill', body: { blanks: 1 }, answerKey: { blanks: [accepted] } } : { type: 'short', body: {}, answerKey: { accepted } };
}

/** The type a block is meant to be, for the list when it is refused. */
function plannedType(block: string): string {
  const t = block.trim();
  if (t === '') return 'short';
  if (t.startsWith('#')) return 'numerical';
  if (t.includes('~')) return t.includes('=') ? 'single' : 'multiple';
  if (t.includes('->')) return 'matching';
  return /^(T|TRUE|F|FALSE)\b/i.test(t) ? 'true_false' : 'short';
}

/** Splits the file into question blocks: blank lines separate, comment lines vanish. */
function blocksOf(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    if (line.trim().startsWith('//')) continue;
    if (line.trim() === '') {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
    } else if (!/^\s*\$CATEGORY:/.test(line)) current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

function readBlock(source: string, index: number): ParsedQuestion | null {
  let s = protect(source).trim();
  const named = /^::([\s\S]*?)::/.exec(s);
  const name = named ? oneLine(restore(named[1])) : '';
  if (named) s = s.slice(named[0].length).trim();
  const formatted = /^\[(html|moodle|plain|markdown)\]/i.exec(s);
  const format = (formatted?.[1].toLowerCase() ?? 'moodle') as Format;
  if (formatted) s = s.slice(formatted[0].length);
  const asText = (raw: string) => (format === 'html' ? plainText(restore(raw)) : tidyText(restore(raw)));
  const open = s.indexOf('{');
  const close = s.indexOf('}', open + 1);
  // no answer block: Moodle's "description", which the bank has no use for
  if (open < 0 && !s.includes('}')) return null;
  const after = close < 0 ? '' : s.slice(close + 1);
  const fill = after.trim() !== '';
  const text = open < 0 ? asText(s) : asText(fill ? `${s.slice(0, open)}${BLANK}${after}` : s.slice(0, open));
  const block = open < 0 || close < 0 ? '' : s.slice(open + 1, close);
  const base = { index, name: name || oneLine(text).slice(0, 60), type: plannedType(block), text };
  return readOne(base, () => {
    if (open < 0 || close < 0 || s.indexOf('}') < open) refuse('syntax', { detail: 'unbalanced { }' });
    if (block.includes('{') || /[{}]/.test(after)) refuse('syntax', { detail: 'one answer block { } per question' });
    return classify(block, format, fill);
  });
}

/** Reads a GIFT file, question by question (GIFT has no file-level syntax to fail on). */
export function parseGift(text: string): ParsedQuestion[] {
  const out: ParsedQuestion[] = [];
  // the placeholders must not already be in the text
  for (const block of blocksOf(text.replace(/[\uE000-\uE006]/g, ''))) {
    const q = readBlock(block, out.length + 1);
    if (q) out.push(q);
  }
  return out;
}
