import { describe, expect, it } from 'vitest';
import { markAnswer, markAttempt, normaliseAnswer } from './marking';
import type { QuestionContent } from './question-types';

const opts = (...ids: string[]) => ids.map((id) => ({ id, text: `option ${id}` }));

const single: QuestionContent = { type: 'single', body: { options: opts('o1', 'o2', 'o3') }, answerKey: { optionId: 'o2' } };
const multiple: QuestionContent = { type: 'multiple', body: { options: opts('o1', 'o2', 'o3', 'o4') }, answerKey: { optionIds: ['o1', 'o2', 'o3'] } };
const trueFalse: QuestionContent = { type: 'true_false', body: {}, answerKey: { value: false } };
const ordering: QuestionContent = { type: 'ordering', body: { items: opts('a', 'b', 'c', 'd') }, answerKey: { order: ['a', 'b', 'c', 'd'] } };
const matching: QuestionContent = {
  type: 'matching',
  body: { left: opts('l1', 'l2', 'l3', 'l4'), right: opts('r1', 'r2', 'r3', 'r4', 'r5') },
  answerKey: { pairs: { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r4' } },
};
const fill: QuestionContent = { type: 'fill', body: { blanks: 3 }, answerKey: { blanks: [['Macau', 'Macao', '澳門'], ['1999'], ['12月20日', 'December 20']] } };
const short: QuestionContent = { type: 'short', body: {}, answerKey: { accepted: ['Photosynthesis', '光合作用'] } };
const essay: QuestionContent = { type: 'short', body: {}, answerKey: { accepted: [] } };
const file: QuestionContent = { type: 'file', body: { maxFiles: 3 }, answerKey: {} };

describe('normaliseAnswer', () => {
  it('HW-07 folds full-width characters, case, white space and a trailing full stop', () => {
    expect(normaliseAnswer('ＡＢＣ１２')).toBe('abc12');
    expect(normaliseAnswer('  New\t  York\n City. ')).toBe('new york city');
    expect(normaliseAnswer('光合作用。')).toBe('光合作用');
    expect(normaliseAnswer('Ｍａｃａｕ．')).toBe('macau');
    // only one stop is ignored, and only at the end
    expect(normaliseAnswer('a.b..')).toBe('a.b.');
  });
});

describe('markAnswer', () => {
  it('HW-07 single choice: all or nothing', () => {
    expect(markAnswer(single, 'o2', 5)).toEqual({ score: 5, correct: true });
    expect(markAnswer(single, 'o1', 5)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 true/false: all or nothing', () => {
    expect(markAnswer(trueFalse, false, 2)).toEqual({ score: 2, correct: true });
    expect(markAnswer(trueFalse, true, 2)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 multiple: full for the exact set in any order, partial only without a wrong option', () => {
    expect(markAnswer(multiple, ['o3', 'o1', 'o2'], 6)).toEqual({ score: 6, correct: true });
    expect(markAnswer(multiple, ['o1', 'o2'], 6)).toEqual({ score: 4, correct: false });
    expect(markAnswer(multiple, ['o1'], 10)).toEqual({ score: 3.33, correct: false });
    expect(markAnswer(multiple, ['o1', 'o2', 'o3', 'o4'], 6)).toEqual({ score: 0, correct: false });
    expect(markAnswer(multiple, ['o1', 'o4'], 6)).toEqual({ score: 0, correct: false });
    expect(markAnswer(multiple, [], 6)).toEqual({ score: 0, correct: false });
    // a repeated id counts once
    expect(markAnswer(multiple, ['o1', 'o1', 'o1'], 6)).toEqual({ score: 2, correct: false });
    // an id that is no option is a wrong choice
    expect(markAnswer(multiple, ['o1', 'zz'], 6)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 ordering: full when exact, else the share of items in their right position', () => {
    expect(markAnswer(ordering, ['a', 'b', 'c', 'd'], 4)).toEqual({ score: 4, correct: true });
    expect(markAnswer(ordering, ['a', 'b', 'd', 'c'], 4)).toEqual({ score: 2, correct: false });
    expect(markAnswer(ordering, ['b', 'a', 'c', 'd'], 10)).toEqual({ score: 5, correct: false });
    expect(markAnswer(ordering, ['d', 'c', 'b', 'a'], 4)).toEqual({ score: 0, correct: false });
    expect(markAnswer(ordering, ['b', 'c', 'd', 'a'], 4)).toEqual({ score: 0, correct: false });
    // a partial order: what is placed counts
    expect(markAnswer(ordering, ['a', 'b'], 4)).toEqual({ score: 2, correct: false });
  });

  it('HW-07 ordering: every permutation scores its share of right positions', () => {
    const items = ['a', 'b', 'c', 'd'];
    const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    for (const p of perms(items)) {
      const right = p.filter((x, i) => x === items[i]).length;
      expect(markAnswer(ordering, p, 8)).toEqual({ score: right * 2, correct: right === 4 });
    }
  });

  it('HW-07 ordering: a repeated or unknown item scores 0 (cannot farm positions)', () => {
    expect(markAnswer(ordering, ['a', 'a', 'a', 'a'], 4)).toEqual({ score: 0, correct: false });
    expect(markAnswer(ordering, ['a', 'b', 'c', 'x'], 4)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 matching: the share of left items matched right, in any key order', () => {
    expect(markAnswer(matching, { l4: 'r4', l3: 'r3', l2: 'r2', l1: 'r1' }, 8)).toEqual({ score: 8, correct: true });
    expect(markAnswer(matching, { l1: 'r1', l2: 'r2', l3: 'r4', l4: 'r3' }, 8)).toEqual({ score: 4, correct: false });
    expect(markAnswer(matching, { l1: 'r5', l2: 'r5', l3: 'r5', l4: 'r5' }, 8)).toEqual({ score: 0, correct: false });
    expect(markAnswer(matching, { l1: 'r1' }, 8)).toEqual({ score: 2, correct: false });
    expect(markAnswer(matching, {}, 8)).toEqual({ score: 0, correct: false });
    // extra keys that are no left item change nothing
    expect(markAnswer(matching, { l1: 'r1', zz: 'r2' }, 8)).toEqual({ score: 2, correct: false });
  });

  it('HW-07 fill: the share of blanks right, any accepted answer of each blank', () => {
    expect(markAnswer(fill, ['Macau', '1999', '12月20日'], 6)).toEqual({ score: 6, correct: true });
    expect(markAnswer(fill, ['澳門', '1999', 'december 20.'], 6)).toEqual({ score: 6, correct: true });
    expect(markAnswer(fill, ['Macao', '2000', ''], 6)).toEqual({ score: 2, correct: false });
    expect(markAnswer(fill, ['Hong Kong', '１９９９', ' DECEMBER   20 '], 6)).toEqual({ score: 4, correct: false });
    expect(markAnswer(fill, ['Macau'], 6)).toEqual({ score: 2, correct: false });
    expect(markAnswer(fill, [], 6)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 short answer with accepted answers: all or nothing after normalising', () => {
    expect(markAnswer(short, '  PHOTOSYNTHESIS. ', 3)).toEqual({ score: 3, correct: true });
    expect(markAnswer(short, '光合作用。', 3)).toEqual({ score: 3, correct: true });
    expect(markAnswer(short, 'Ｐｈｏｔｏｓｙｎｔｈｅｓｉｓ', 3)).toEqual({ score: 3, correct: true });
    expect(markAnswer(short, 'photo synthesis', 3)).toEqual({ score: 0, correct: false });
    expect(markAnswer(short, '', 3)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 file upload and short answer without accepted answers are left for the teacher', () => {
    expect(markAnswer(file, ['f1'], 5)).toEqual({ score: null, correct: null });
    expect(markAnswer(essay, 'my essay', 5)).toEqual({ score: null, correct: null });
  });

  it('HW-07 a malformed or missing answer scores 0 and never throws', () => {
    const bad: [QuestionContent, unknown][] = [
      [single, ['o2']],
      [single, 'O2'],
      [multiple, 'o1'],
      [multiple, [1, 2]],
      [trueFalse, 'false'],
      [ordering, 'abcd'],
      [matching, ['r1']],
      [matching, { l1: 5 }],
      [fill, 'Macau'],
      [fill, [1999]],
      [short, 42],
      [short, 'x'.repeat(5001)],
      [single, undefined],
      [multiple, null],
      [matching, Object.create(null)],
    ];
    for (const [content, answer] of bad) expect(markAnswer(content, answer, 5)).toEqual({ score: 0, correct: false });
  });

  it('HW-07 an unscored homework reports correctness without a score', () => {
    expect(markAnswer(single, 'o2', null)).toEqual({ score: null, correct: true });
    expect(markAnswer(multiple, ['o1'], null)).toEqual({ score: null, correct: false });
    expect(markAnswer(file, [], null)).toEqual({ score: null, correct: null });
  });

  it('HW-07 scores are rounded to two decimals', () => {
    const seven: QuestionContent = { type: 'fill', body: { blanks: 3 }, answerKey: { blanks: [['a'], ['b'], ['c']] } };
    expect(markAnswer(seven, ['a', 'x', 'x'], 1)).toEqual({ score: 0.33, correct: false });
    expect(markAnswer(seven, ['a', 'b', 'x'], 1)).toEqual({ score: 0.67, correct: false });
  });
});

describe('markAttempt', () => {
  const questions = [
    { id: 'q1', content: single, score: 2 },
    { id: 'q2', content: multiple, score: 3 },
    { id: 'q3', content: fill, score: 3 },
  ];

  it('HW-07 sums the auto-marked scores and is complete when nothing needs a teacher', () => {
    const out = markAttempt(questions, { q1: 'o2', q2: ['o1'], q3: ['Macau', '1999', 'x'] });
    expect(out).toEqual({
      marks: {
        q1: { score: 2, auto: true, correct: true },
        q2: { score: 1, auto: true, correct: false },
        q3: { score: 2, auto: true, correct: false },
      },
      autoScore: 5,
      complete: true,
    });
  });

  it('HW-07 leaves hand-graded questions open and unanswered ones at 0', () => {
    const out = markAttempt([...questions, { id: 'q4', content: essay, score: 5 }, { id: 'q5', content: file, score: 5 }], { q1: 'o1' });
    expect(out.complete).toBe(false);
    expect(out.autoScore).toBe(0);
    expect(out.marks.q2).toEqual({ score: 0, auto: true, correct: false });
    expect(out.marks.q4).toEqual({ score: null, auto: false });
    expect(out.marks.q5).toEqual({ score: null, auto: false });
  });

  it('HW-07 an unscored homework: correctness only, autoScore 0', () => {
    const out = markAttempt(
      questions.map((q) => ({ ...q, score: null })),
      { q1: 'o2', q2: ['o1', 'o2', 'o3'] },
    );
    expect(out.marks.q1).toEqual({ score: null, auto: true, correct: true });
    expect(out.marks.q2).toEqual({ score: null, auto: true, correct: true });
    expect(out.marks.q3).toEqual({ score: null, auto: true, correct: false });
    expect(out.autoScore).toBe(0);
  });

  it('HW-07 answers inherited from the prototype are not answers', () => {
    const answers = Object.create({ q1: 'o2' }) as Record<string, unknown>;
    expect(markAttempt(questions, answers).marks.q1).toEqual({ score: 0, auto: true, correct: false });
  });

  it('HW-07 marks a 30-question attempt fast enough for 500 submissions a second', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, content: [single, multiple, ordering, matching, fill, short][i % 6], score: 2 }));
    const answers: Record<string, unknown> = {};
    const sample = ['o2', ['o1', 'o2'], ['a', 'c', 'b', 'd'], { l1: 'r1', l2: 'r3' }, ['macau', '1999', 'x'], 'photosynthesis'];
    many.forEach((q, i) => {
      answers[q.id] = sample[i % 6];
    });
    const started = performance.now();
    for (let i = 0; i < 500; i++) markAttempt(many, answers);
    // 500 attempts must take a small part of a second, leaving the rest to HTTP and the database
    expect(performance.now() - started).toBeLessThan(250);
  });
});
