import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../question-types';
import { parseMoodleXml, serializeMoodleXml } from './moodle-xml';
import { UnreadableFile } from './parsed';
import { ALL_TYPES, semantic } from './test-questions';

const sample = readFileSync(new URL('./samples/moodle-quiz.xml', import.meta.url), 'utf8');

/** A quiz of one question, written the way Moodle writes them. */
const quiz = (type: string, inner: string, text = '<p>Q?</p>') =>
  `<?xml version="1.0" encoding="UTF-8"?><quiz><question type="${type}"><name><text>N</text></name><questiontext format="html"><text><![CDATA[${text}]]></text></questiontext>${inner}</question></quiz>`;
const ans = (fraction: number | string, text: string) => `<answer fraction="${fraction}" format="html"><text>${text}</text><feedback><text></text></feedback></answer>`;
const only = (xml: string) => {
  const [q] = parseMoodleXml(xml);
  return q;
};

describe('parseMoodleXml', () => {
  it('HW-01 reads every supported type of a real export, skips categories and descriptions, refuses the rest per question', () => {
    const qs = parseMoodleXml(sample);
    expect(qs.map((q) => [q.index, q.name, q.type, q.problem?.reason ?? null])).toEqual([
      [1, 'Capital of Portugal', 'single', null],
      [2, 'Even numbers', 'multiple', null],
      [3, 'Macao SAR', 'true_false', null],
      [4, 'Photosynthesis', 'short', null],
      [5, 'Numbers in Chinese', 'matching', null],
      [6, 'My holiday', 'short', null],
      [7, 'Upload your drawing', 'file', null],
      [8, 'Life cycle', 'ordering', null],
      [9, 'Gap select', 'gapselect', 'unsupported_type'],
    ]);
    const content = Object.fromEntries(qs.map((q) => [q.name, q.content]));
    expect(semantic(content['Capital of Portugal'])).toEqual({ type: 'single', options: ['Porto', 'Lisbon', 'Coimbra & Braga'], right: 'Lisbon' });
    expect(semantic(content['Even numbers'])).toEqual({ type: 'multiple', options: ['2', '3', '4', '5'], right: ['2', '4'] });
    expect(content['Macao SAR']).toEqual({ type: 'true_false', body: {}, answerKey: { value: true } });
    // the 0 % "*" answer only carries feedback in Moodle: it is no accepted answer
    expect(content.Photosynthesis).toEqual({ type: 'short', body: {}, answerKey: { accepted: ['photosynthesis', '光合作用'] } });
    expect(semantic(content['Numbers in Chinese'])).toEqual({ type: 'matching', pairs: { 一: '1', 二: '2', 三: '3' }, right: ['1', '2', '3', '4'] });
    expect(content['My holiday']).toEqual({ type: 'short', body: {}, answerKey: { accepted: [] } });
    expect(content['Upload your drawing']).toEqual({ type: 'file', body: { maxFiles: 3 }, answerKey: {} });
    expect(semantic(content['Life cycle'])).toEqual({ type: 'ordering', order: ['Egg', 'Caterpillar', 'Pupa', 'Butterfly'] });
    expect(qs[8].problem?.params).toEqual({ type: 'gapselect' });
  });

  it('HW-01 turns HTML question text into plain text with its line breaks', () => {
    const qs = parseMoodleXml(sample);
    expect(qs[0].text).toBe('What is the capital of Portugal?\nChoose one.');
    expect(qs[1].text).toBe('Which of these are even?');
    expect(qs[5].text).toBe('Write about your holiday.\nAt least 50 words.');
    const q = only(quiz('truefalse', ans(100, 'false') + ans(0, 'true'), '<p>a &amp; b &lt; c<script>alert(1)</script></p>\n\n  <p>x&nbsp;&#233;</p>'));
    expect(q.text).toBe('a & b < c\nx é');
    expect(q.content).toEqual({ type: 'true_false', body: {}, answerKey: { value: false } });
  });

  it('HW-01 keeps plain_text as typed', () => {
    const xml = quiz('shortanswer', ans(100, 'a &lt;b&gt;'), '').replace('format="html"><text><![CDATA[]]>', 'format="plain_text"><text>x &lt;b&gt; y\nz');
    expect(only(xml)).toMatchObject({ text: 'x <b> y\nz', content: { answerKey: { accepted: ['a <b>'] } } });
  });

  it('HW-01 reads ordering answers by their stored position, else in file order', () => {
    const shuffled = quiz('ordering', ans('3.0000000', 'C') + ans('1.0000000', 'A') + ans('2.0000000', 'B'));
    expect(semantic(only(shuffled).content)).toEqual({ type: 'ordering', order: ['A', 'B', 'C'] });
    const plain = quiz('ordering', ans(0, 'C') + ans(0, 'A'));
    expect(semantic(only(plain).content)).toEqual({ type: 'ordering', order: ['C', 'A'] });
  });

  it('HW-01 a multichoice without <single> is single choice, as in Moodle', () => {
    expect(only(quiz('multichoice', ans(0, 'a') + ans(100, 'b'))).type).toBe('single');
    expect(only(quiz('multichoice', `<single>0</single>${ans(50, 'a')}${ans(50, 'b')}`)).type).toBe('multiple');
  });

  it('HW-01 an essay allowing unlimited attachments and no text is a file question of 10 files', () => {
    const xml = quiz('essay', '<responseformat>noinline</responseformat><attachments>-1</attachments>');
    expect(only(xml).content).toEqual({ type: 'file', body: { maxFiles: 10 }, answerKey: {} });
  });

  it.each([
    ['several right answers of a single choice', quiz('multichoice', `<single>true</single>${ans(100, 'a')}${ans(100, 'b')}`), 'several_right_answers'],
    ['partial credit in a single choice', quiz('multichoice', `<single>true</single>${ans(100, 'a')}${ans(50, 'b')}`), 'partial_credit'],
    ['a multiple choice with no right option', quiz('multichoice', `<single>false</single>${ans(0, 'a')}${ans(-100, 'b')}`), 'no_right_answer'],
    ['one option', quiz('multichoice', `<single>true</single>${ans(100, 'a')}`), 'too_few_options'],
    ['an empty option', quiz('multichoice', `<single>true</single>${ans(100, 'a')}${ans(0, '<p></p>')}`), 'invalid_content'],
    ['true/false without a right answer', quiz('truefalse', ans(0, 'true') + ans(0, 'false')), 'no_right_answer'],
    ['a short answer wildcard', quiz('shortanswer', ans(100, 'photo*')), 'wildcard'],
    ['a short answer with partial credit', quiz('shortanswer', ans(100, 'a') + ans(50, 'b')), 'partial_credit'],
    ['a short answer without a right answer', quiz('shortanswer', ans(0, '*')), 'no_right_answer'],
    ['matching without pairs', quiz('matching', '<subquestion><text></text><answer><text>x</text></answer></subquestion>'), 'no_right_answer'],
    ['a question without text', quiz('truefalse', ans(100, 'true'), '<p> </p>'), 'no_text'],
    ['a question over 2000 characters', quiz('truefalse', ans(100, 'true'), 'x'.repeat(2001)), 'text_too_long'],
    ['cloze', quiz('cloze', '', '{1:SHORTANSWER:=a}'), 'unsupported_type'],
    ['ddwtos', quiz('ddwtos', ''), 'unsupported_type'],
    ['numerical', quiz('numerical', ans(100, '5')), 'unsupported_type'],
    ['a fill whose text does not mark its blanks', quiz('shortanswer', '<blanks><blank><text>a</text></blank></blanks>', 'no blank here'), 'blank_count'],
  ])('HW-01 refuses %s for that question only', (_, xml, reason) => {
    const qs = parseMoodleXml(xml.replace('</quiz>', `<question type="truefalse"><questiontext><text>ok</text></questiontext>${ans(100, 'true')}</question></quiz>`));
    expect(qs).toHaveLength(2);
    expect(qs[0].problem?.reason).toBe(reason);
    expect(qs[0].content).toBeUndefined();
    expect(qs[1].problem).toBeUndefined();
  });

  it.each([
    ['not XML', 'hello, world'],
    ['an unclosed element', '<quiz><question type="truefalse"></quiz>'],
    ['a DOCTYPE with entities', '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">]><quiz>&a;</quiz>'],
    ['another root element', '<?xml version="1.0"?><questions><question type="truefalse"/></questions>'],
  ])('HW-01 refuses a malformed file as a whole: %s', (_, xml) => {
    expect(() => parseMoodleXml(xml)).toThrow(UnreadableFile);
  });

  it('HW-01 names the line of an XML error', () => {
    try {
      parseMoodleXml('<quiz>\n<question type="truefalse">\n</quiz>');
      expect.unreachable();
    } catch (e) {
      expect((e as UnreadableFile).detail).toMatch(/^line 3, column \d+: /);
    }
  });

  it('HW-01 an empty quiz has no questions', () => {
    expect(parseMoodleXml('<quiz></quiz>')).toEqual([]);
    expect(parseMoodleXml('<quiz><question type="category"><category><text>x</text></category></question></quiz>')).toEqual([]);
  });
});

describe('serializeMoodleXml', () => {
  it('HW-01 round trip: every type comes back the same after export → import', () => {
    const xml = serializeMoodleXml(ALL_TYPES.map(({ text, content }) => ({ text, ...content })));
    const back = parseMoodleXml(xml);
    expect(back.map((q) => q.problem ?? null)).toEqual(ALL_TYPES.map(() => null));
    expect(back.map((q) => q.text)).toEqual(ALL_TYPES.map((q) => q.text));
    expect(back.map((q) => semantic(q.content))).toEqual(ALL_TYPES.map((q) => semantic(q.content)));
  });

  it('HW-01 writes what Moodle reads: multichoice fractions, essay attachments, ordering positions, one-blank fill as shortanswer', () => {
    const xml = serializeMoodleXml(ALL_TYPES.map(({ text, content }) => ({ text, ...content })));
    expect(xml).toContain('<single>false</single>');
    expect(xml).toMatch(/<answer fraction="33.33333" format="plain_text">/);
    expect(xml).toMatch(/<answer fraction="-100" format="plain_text">/);
    expect(xml).toContain('<responseformat>noinline</responseformat>');
    expect(xml).toContain('<attachments>2</attachments>');
    expect(xml).toMatch(/<answer fraction="3" format="moodle_auto_format">/);
    // the first blank's answers are the shortanswer's own answers
    expect(xml).toMatch(/<question type="shortanswer">[\s\S]*?<answer fraction="100" format="moodle_auto_format">\s*<text>Macau<\/text>/);
  });

  it('HW-01 escapes what XML cannot carry as is', () => {
    const q = { text: 'a < b & "c" ]]> \u0001d', type: 'true_false', body: {}, answerKey: { value: true } };
    const xml = serializeMoodleXml([q]);
    expect(xml).toContain('a &lt; b &amp;');
    expect(parseMoodleXml(xml)[0].text).toBe('a < b & "c" ]]> d');
  });

  it('HW-01 leaves out a stored row that is not a valid question rather than writing it wrong', () => {
    const bad = { text: 'broken', type: 'single', body: { options: [] }, answerKey: { optionId: 'o1' } };
    const good = { text: 'ok', type: 'true_false', body: {}, answerKey: { value: false } };
    expect(parseMoodleXml(serializeMoodleXml([bad, good])).map((q) => q.text)).toEqual(['ok']);
  });

  it('HW-01 an empty export is a valid empty quiz', () => {
    expect(parseMoodleXml(serializeMoodleXml([]))).toEqual([]);
  });
});

// keeps the fixture honest: it must hold every type of the bank
it('HW-01 the round-trip fixture covers the eight types', () => {
  const types = new Set(ALL_TYPES.map((q) => (q.content as QuestionContent).type));
  expect([...types].sort()).toEqual(['file', 'fill', 'matching', 'multiple', 'ordering', 'short', 'single', 'true_false']);
});
