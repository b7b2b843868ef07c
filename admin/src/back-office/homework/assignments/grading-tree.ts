import type { GradingSection, SubmissionDetail } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import type { TreeNode } from '../../contacts/Tree';
import { formatScore } from '../labels';

/** The scores being given, by question id ('' when none yet). */
export type Scores = Record<string, string>;

const sum = (ns: number[]) => Math.round(ns.reduce((a, n) => a + n * 100, 0)) / 100;
const given = (scores: Scores, id: string) => (scores[id] === undefined || scores[id] === '' ? null : Number(scores[id]));

/** The sections under a section (itself included). */
function below(sections: GradingSection[], id: string): GradingSection[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const s of sections) if (s.parentId === ids[i]) ids.push(s.id);
  return sections.filter((s) => ids.includes(s.id));
}

function label(title: string, scored: boolean, total: number, score: number | null) {
  return scored ? `${title} ${t('hw.gr.totals', { total: formatScore(total), score: score === null ? '—' : formatScore(score) })}` : title;
}

/** Total and given score of some questions: the score is null until one is given. */
function tally(sections: GradingSection[], scores: Scores) {
  const qs = sections.flatMap((s) => s.questions);
  const marks = qs.map((q) => given(scores, q.id)).filter((n): n is number => n !== null && Number.isFinite(n));
  return { total: sum(qs.map((q) => q.score ?? 0)), score: marks.length ? sum(marks) : null };
}

/**
 * The grading tree of the manual's screenshot: the homework [總分, 分數], its sections and
 * their questions, each with the score it is out of and the score given so far.
 */
export function gradingNodes(d: SubmissionDetail, scores: Scores): TreeNode[] {
  const scored = d.assignment.scored;
  const section = (s: GradingSection): TreeNode => {
    const { total, score } = tally(below(d.sections, s.id), scores);
    return {
      id: s.id,
      label: label(s.title, scored, total, score),
      children: [
        ...d.sections.filter((c) => c.parentId === s.id).map(section),
        ...s.questions.map((q) => ({ id: `q:${q.id}`, label: label(q.text.length > 24 ? `${q.text.slice(0, 24)}…` : q.text, scored, q.score ?? 0, given(scores, q.id)) })),
      ],
    };
  };
  const all = tally(d.sections, scores);
  const known = new Set(d.sections.map((s) => s.id));
  return [{ id: 'root', label: label(d.assignment.title, scored, d.assignment.totalScore ?? all.total, all.score), children: d.sections.filter((s) => !s.parentId || !known.has(s.parentId)).map(section) }];
}

/** The first question under a node (the homework, a section, or a question itself). */
export function firstQuestion(d: SubmissionDetail, nodeId: string): string | null {
  if (nodeId.startsWith('q:')) return nodeId.slice(2);
  const sections = nodeId === 'root' ? d.sections : below(d.sections, nodeId);
  return sections.flatMap((s) => s.questions)[0]?.id ?? null;
}
