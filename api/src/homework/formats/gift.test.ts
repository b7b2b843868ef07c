import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGift } from './gift';
import { semantic } from './test-questions';

const sample = readFileSync(new URL('./samples/questions.gift', import.meta.url), 'utf8');
const one = (text: string) => {
  const qs = parseGift(text);
  expect(qs).toHaveLength(1);
  return qs[0];
};

describe('parseGift', () => {
  it('HW-01 reads every case of the sample file, in order', () => {
    const qs = parseGift(sample);
    expect(qs.map((q) => [q.index, q.name, q.type, q.problem?.reason ?? null])).toEqual([
      [1, 'Capital of Portugal', 'single', null],
      [2, 'Even numbers', 'multiple', null],
      [3, 'Sun', 'true_false', null],
      [4, 'Moon', 'true_false', null],
      [5, 'Matching', 'matching', null],
      [6, 'Short answer', 'short', null],
      [7, 'Fill in', 'fill', null],
      [8, 'Missing word', 'single', null],
      [9, 'Essay', 'short', null],
      [10, 'Numerical', 'numerical', 'unsupported_type'],
      [11, 'Escapes', 'single', null],
      [12, 'Choose the prime number:', 'single', null],
      [13, 'Line break', 'true_false', null],
    ]);
    const [capital, even, sun, moon, matching, short, fill, missing, essay, , escapes, html, lineBreak] = qs;
    // feedback (#…) and general feedback (####…) are dropped
    expect(semantic(capital.content)).toEqual({ type: 'single', options: ['Lisbon', 'Porto', 'Coimbra'], right: 'Lisbon' });
    expect(capital.text).toBe('What is the capital of Portugal?');
    expect(semantic(even.content)).toEqual({ type: 'multiple', options: ['2', '4', '3', '5'], right: ['2', '4'] });
    expect(sun.content).toEqual({ type: 'true_false', body: {}, answerKey: { value: true } });
    expect(moon.content).toEqual({ type: 'true_false', body: {}, answerKey: { value: false } });
    expect(semantic(matching.content)).toEqual({ type: 'matching', pairs: { 一: '1', 二: '2', 三: '3' }, right: ['1', '2', '3', '4'] });
    expect(short.content).toEqual({ type: 'short', body: {}, answerKey: { accepted: ['曹雪芹', 'Cao Xueqin'] } });
    expect(fill).toMatchObject({ text: 'Macao returned to China in ____ and is a special administrative region.', content: { type: 'fill', body: { blanks: 1 }, answerKey: { blanks: [['1999']] } } });
    expect(missing.text).toBe('The cat sat on the ____.');
    expect(semantic(missing.content)).toEqual({ type: 'single', options: ['chair', 'mat', 'table'], right: 'mat' });
    expect(essay.content).toEqual({ type: 'short', body: {}, answerKey: { accepted: [] } });
    expect(escapes.text).toBe('Which one is written 1=1 {really}: yes?');
    expect(semantic(escapes.content)).toEqual({ type: 'single', options: ['a~b', 'c#d', 'e'], right: 'a~b' });
    expect(html.text).toBe('Choose the prime number:');
    expect(lineBreak.text).toBe('First line\nsecond line');
  });

  it('HW-01 comments, categories and blank lines separate nothing but questions; CRLF files read alike', () => {
    const text = '// a comment\r\n$CATEGORY: tom/x\r\n\r\n\r\n::A::One? {T}\r\n// between\r\n\r\n::B::Two? {=2 =two}\r\n';
    expect(parseGift(text).map((q) => [q.name, q.type])).toEqual([
      ['A', 'true_false'],
      ['B', 'short'],
    ]);
    expect(parseGift('// only comments\n\n$CATEGORY: x\n')).toEqual([]);
  });

  it('HW-01 an answer block spread over lines, a name from the text when none is given', () => {
    const q = one('Pick one\n{\n  =yes # right\n  ~no\n}');
    expect(q.name).toBe('Pick one');
    expect(semantic(q.content)).toEqual({ type: 'single', options: ['yes', 'no'], right: 'yes' });
  });

  it('HW-01 weights: a positive weight is right in a multiple choice; negative ones stay wrong in a single choice', () => {
    expect(semantic(one('Q {~%33.3%a ~%33.3%b ~%33.4%c ~%-100%d}').content)).toEqual({ type: 'multiple', options: ['a', 'b', 'c', 'd'], right: ['a', 'b', 'c'] });
    expect(semantic(one('Q {=a ~%-50%b ~c}').content)).toEqual({ type: 'single', options: ['a', 'b', 'c'], right: 'a' });
    // a short answer's 0 % answer only gives feedback in Moodle
    expect(one('Q {=%100%a =%0%b}').content).toEqual({ type: 'short', body: {}, answerKey: { accepted: ['a'] } });
  });

  it('HW-01 true/false in every spelling, with feedback', () => {
    for (const [block, value] of [['T', true], ['TRUE', true], ['F', false], ['FALSE', false], ['true', true], ['F#no#yes', false], ['T####general', true]] as const) {
      expect(one(`Q {${block}}`).content).toEqual({ type: 'true_false', body: {}, answerKey: { value } });
    }
  });

  it('HW-01 a fill-in blank may open or close the question', () => {
    expect(one('{=Macau =Macao} is a city.')).toMatchObject({ text: '____ is a city.', type: 'fill' });
    expect(one('It costs {=5} patacas')).toMatchObject({ text: 'It costs ____ patacas', content: { answerKey: { blanks: [['5']] } } });
  });

  it('HW-01 matching with a distractor and a shared right item', () => {
    const q = one('Match {=a -> 1 =b -> 1 =c -> 2 = -> 9}');
    expect(semantic(q.content)).toEqual({ type: 'matching', pairs: { a: '1', b: '1', c: '2' }, right: ['1', '2', '9'] });
  });

  it('HW-01 a question without an answer block is a description: skipped', () => {
    expect(parseGift('Just some instructions.\n\n::Q::Real? {T}').map((q) => q.name)).toEqual(['Q']);
  });

  it('HW-01 [html] text is stripped to plain text; other formats keep < as typed', () => {
    expect(one('[html]<p>a &amp; b</p><p>c</p> {T}').text).toBe('a & b\nc');
    expect(one('::m::[markdown]Is 1 < 2? {T}').text).toBe('Is 1 < 2?');
    expect(one('Is 3 > 2 and 1 < 2? {T}').text).toBe('Is 3 > 2 and 1 < 2?');
  });

  it.each([
    ['numerical', 'Q {#5:0.1}', 'unsupported_type'],
    ['numerical ranges', 'Q {#1..5}', 'unsupported_type'],
    ['an unclosed block', 'Q {=a ~b', 'syntax'],
    ['a closing brace before the opening one', 'Q } {=a}', 'syntax'],
    ['a nested block', 'Q {=a {~b}}', 'syntax'],
    ['two answer blocks', 'Q {=a ~b} and {=c ~d}', 'syntax'],
    ['an answer not starting with = or ~', 'Q {four}', 'syntax'],
    ['a matching pair without ->', 'Q {=a -> 1 =b}', 'syntax'],
    ['two right answers of a single choice', 'Q {=a =b ~c}', 'several_right_answers'],
    ['partial credit in a single choice', 'Q {=a ~%50%b}', 'partial_credit'],
    ['partial credit in a short answer', 'Q {=a =%50%b}', 'partial_credit'],
    ['partial credit in a fill-in', 'Q {=a =%50%b} after', 'partial_credit'],
    ['a wildcard', 'Q {=photo*}', 'wildcard'],
    ['a multiple choice without a right option', 'Q {~a ~b ~c}', 'no_right_answer'],
    ['one option', 'Q {=a ~}', 'invalid_content'],
    ['a question without text', '::n:: {T}', 'no_text'],
    ['a fill-in whose text already holds ____', 'Write ____ and {=x} here', 'blank_count'],
  ])('HW-01 refuses %s for that question only', (_, text, reason) => {
    const qs = parseGift(`${text}\n\n::ok::Fine? {T}`);
    expect(qs.map((q) => q.problem?.reason ?? null)).toEqual([reason, null]);
    expect(qs[0].content).toBeUndefined();
  });
});
