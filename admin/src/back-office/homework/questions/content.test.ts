import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentProblem, QuestionContent } from '../../../../../api/src/homework/question-types';
import { QUESTION_TYPES, type QuestionType } from '../../../lib/homework-client';
import { blankState, type EditorState, editorProblems, fieldOf, fromContent, toContent } from './content';

/** A filled-in editor state of each type, as a teacher would leave it. */
function filled(type: QuestionType): { state: EditorState; text: string } {
  const s = blankState(type);
  const texts = (list: { id: string; text: string }[], words: string[]) => list.map((c, i) => ({ ...c, text: words[i] }));
  switch (type) {
    case 'single':
    case 'multiple':
      return { state: { ...s, options: texts(s.options, ['3', '4']), answers: [s.options[0].id] }, text: '1+2=?' };
    case 'ordering':
      return { state: { ...s, items: texts(s.items, ['一', '二']) }, text: '排列' };
    case 'short':
      return { state: { ...s, accepted: ['太陽', ''] }, text: '白天的光從哪裏來？' };
    case 'true_false':
      return { state: { ...s, truth: false }, text: '3+3=9' };
    case 'file':
      return { state: { ...s, maxFiles: 3 }, text: '上傳作品' };
    case 'matching':
      return { state: { ...s, pairs: s.pairs.map((p, i) => ({ left: { ...p.left, text: `左${i}` }, right: { ...p.right, text: `右${i}` } })) }, text: '配對' };
    case 'fill':
      return { state: { ...s, blanks: ['4|四', '6'] }, text: '2+2=____，3+3=____' };
  }
}

describe('Question editor content', () => {
  it.each(QUESTION_TYPES)('Should make a %s question the API accepts, and read it back', (type) => {
    const { state, text } = filled(type);
    expect(editorProblems(state, text, 'subject')).toBeNull();
    const content = toContent(state, text);
    const parsed = v.safeParse(QuestionContent, content);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(contentProblem(parsed.output)).toBeNull();
    const back = fromContent(content);
    expect(toContent(back, text).answerKey).toEqual(content.answerKey);
  });

  it('Should keep the right order of an ordering question while storing it shuffled', () => {
    const s = blankState('ordering');
    const items = ['a', 'b', 'c', 'd'].map((text, i) => ({ id: `i${i}`, text }));
    const content = toContent({ ...s, items }, 'x');
    expect(content.type === 'ordering' && content.answerKey.order).toEqual(['i0', 'i1', 'i2', 'i3']);
    expect(content.type === 'ordering' && content.body.items.map((i) => i.id)).not.toEqual(['i0', 'i1', 'i2', 'i3']);
    expect(fromContent(content).items.map((i) => i.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('Should name what is missing', () => {
    const s = blankState('single');
    expect(editorProblems(s, '', '')).toMatchObject({ text: expect.any(String), subjectId: expect.any(String), content: expect.any(String), answer: expect.any(String) });
    expect(editorProblems({ ...blankState('fill'), blanks: ['4'] }, '沒有空格', 's')).toMatchObject({ content: expect.any(String) });
    expect(editorProblems({ ...blankState('fill'), blanks: ['4', ''] }, '____ 和 ____', 's')).toMatchObject({ answer: expect.any(String) });
  });

  it('Should place API errors beside the part of the editor they name', () => {
    expect(fieldOf('answerKey.optionId')).toBe('answer');
    expect(fieldOf('body.options.1.text')).toBe('content');
    expect(fieldOf('attachmentIds.0')).toBe('attachments');
    expect(fieldOf('text')).toBe('text');
    expect(fieldOf(undefined)).toBe('form');
  });
});
