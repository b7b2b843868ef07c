import type { QuestionType } from '../../../../db/schema/homework';

/**
 * A valid body and key per type of HW-01, for the bank and definition tests (and any screen
 * test that needs a question of each kind).
 */
export const SAMPLE_CONTENT: Record<QuestionType, { text: string; body: Record<string, unknown>; answerKey: Record<string, unknown> }> = {
  single: { text: '1+2=?', body: { options: [{ id: 'o1', text: '3' }, { id: 'o2', text: '4' }] }, answerKey: { optionId: 'o1' } },
  multiple: { text: '哪些是偶數？', body: { options: [{ id: 'o1', text: '2' }, { id: 'o2', text: '3' }, { id: 'o3', text: '4' }] }, answerKey: { optionIds: ['o1', 'o3'] } },
  ordering: { text: '由小到大排列', body: { items: [{ id: 'a', text: '3' }, { id: 'b', text: '1' }] }, answerKey: { order: ['b', 'a'] } },
  short: { text: '10 的一半？', body: {}, answerKey: { accepted: ['5'] } },
  true_false: { text: '3+3=9', body: {}, answerKey: { value: false } },
  file: { text: '上傳算草', body: { maxFiles: 2 }, answerKey: {} },
  matching: {
    text: '配對',
    body: { left: [{ id: 'l1', text: '一' }, { id: 'l2', text: '二' }], right: [{ id: 'r1', text: '1' }, { id: 'r2', text: '2' }, { id: 'r3', text: '3' }] },
    answerKey: { pairs: { l1: 'r1', l2: 'r2' } },
  },
  fill: { text: '2+2=____', body: { blanks: 1 }, answerKey: { blanks: [['4', '四']] } },
};
