import type { QuestionContent } from '../question-types';

/**
 * Test data for the format tests: a question of every type (some twice, in their harder
 * forms), and `semantic`, which names options by their text so contents compare across an
 * export and import that renumber the ids.
 */

const c = (id: string, text: string) => ({ id, text });

export const ALL_TYPES: { text: string; content: QuestionContent }[] = [
  { text: '澳門的區旗上有幾朵蓮花？', content: { type: 'single', body: { options: [c('a', '一朵'), c('b', '兩朵'), c('c', '三朵')] }, answerKey: { optionId: 'a' } } },
  {
    text: 'Which are prime?\n(choose all)',
    content: { type: 'multiple', body: { options: [c('o1', '2'), c('o2', '3'), c('o3', '4'), c('o4', '5')] }, answerKey: { optionIds: ['o1', 'o2', 'o4'] } },
  },
  { text: 'Order from small to big', content: { type: 'ordering', body: { items: [c('x', '10'), c('y', '1'), c('z', '100'), c('w', '0')] }, answerKey: { order: ['w', 'y', 'x', 'z'] } } },
  { text: 'What is H₂O? Use "quotes" & <tags>', content: { type: 'short', body: {}, answerKey: { accepted: ['water', '水', 'a < b & c'] } } },
  { text: '說說你的暑假。', content: { type: 'short', body: {}, answerKey: { accepted: [] } } },
  { text: 'True or false: 1 = 1', content: { type: 'true_false', body: {}, answerKey: { value: true } } },
  { text: 'The sun is cold', content: { type: 'true_false', body: {}, answerKey: { value: false } } },
  { text: 'Upload your drawing', content: { type: 'file', body: { maxFiles: 2 }, answerKey: {} } },
  {
    text: 'Match the numbers',
    content: {
      type: 'matching',
      body: { left: [c('l1', '一'), c('l2', '壹'), c('l3', '二')], right: [c('r1', '1'), c('r2', '2'), c('r3', '3')] },
      answerKey: { pairs: { l1: 'r1', l2: 'r1', l3: 'r2' } },
    },
  },
  { text: 'The capital of Macao SAR is ____ and it returned in ____.', content: { type: 'fill', body: { blanks: 2 }, answerKey: { blanks: [['Macau', 'Macao', '澳門'], ['1999']] } } },
  { text: '3 × 4 = ____', content: { type: 'fill', body: { blanks: 1 }, answerKey: { blanks: [['12', '十二']] } } },
];

type Semantic = Record<string, unknown> | null;

/** A content with ids replaced by texts (null for none). Display order of matching rights is ignored. */
export function semantic(content: QuestionContent | undefined): Semantic {
  if (!content) return null;
  switch (content.type) {
    case 'single': {
      const text = new Map(content.body.options.map((o) => [o.id, o.text]));
      return { type: 'single', options: content.body.options.map((o) => o.text), right: text.get(content.answerKey.optionId) };
    }
    case 'multiple': {
      const text = new Map(content.body.options.map((o) => [o.id, o.text]));
      return { type: 'multiple', options: content.body.options.map((o) => o.text), right: content.answerKey.optionIds.map((id) => text.get(id)) };
    }
    case 'ordering': {
      const text = new Map(content.body.items.map((o) => [o.id, o.text]));
      return { type: 'ordering', order: content.answerKey.order.map((id) => text.get(id)) };
    }
    case 'matching': {
      const left = new Map(content.body.left.map((o) => [o.id, o.text]));
      const right = new Map(content.body.right.map((o) => [o.id, o.text]));
      const pairs = Object.fromEntries(Object.entries(content.answerKey.pairs).map(([l, r]) => [left.get(l), right.get(r)]));
      return { type: 'matching', pairs, right: content.body.right.map((r) => r.text).sort() };
    }
    default:
      return content as unknown as Semantic;
  }
}
