import { asc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwDefinitionItems, hwDefinitions, hwQuestions, hwSections } from '../../../../db/schema';
import type { QuestionType } from '../../../../db/schema/homework';
import { schoolCache } from '../../lib/versioned-cache';
import { inDisplayOrder } from './section-tree';

/** A question as a definition holds it, key included (never send this to students as is). */
export interface DefinitionQuestion {
  id: string;
  type: QuestionType;
  text: string;
  body: Record<string, unknown>;
  answerKey: Record<string, unknown>;
  attachmentIds: string[];
}

/** One item of a section: the placed question and its score (null on an unscored definition). */
export interface DefinitionItem {
  itemId: string;
  questionId: string;
  score: number | null;
  question: DefinitionQuestion;
}

/** A section with its items, in display order. */
export interface DefinitionSection {
  id: string;
  parentId: string | null;
  title: string;
  items: DefinitionItem[];
}

export interface LoadedDefinition {
  definition: typeof hwDefinitions.$inferSelect;
  sections: DefinitionSection[];
}

/**
 * A definition with its sections (depth first, by sortOrder) and each section's questions in
 * order, for assignments, the student's answer screen and marking. Null when it does not
 * exist. Two reads, no authorization: callers decide who may see it.
 */
export async function loadDefinitionQuestions(db: SchoolDbOrTx, definitionId: string): Promise<LoadedDefinition | null> {
  const rows = await db
    .select({ definition: hwDefinitions, section: hwSections })
    .from(hwDefinitions)
    .leftJoin(hwSections, eq(hwSections.definitionId, hwDefinitions.id))
    .where(eq(hwDefinitions.id, definitionId));
  const definition = rows[0]?.definition;
  if (!definition) return null;
  const sectionRows = rows.flatMap((r) => (r.section ? [r.section] : []));
  const itemRows = await db
    .select({
      itemId: hwDefinitionItems.id,
      sectionId: hwDefinitionItems.sectionId,
      score: hwDefinitionItems.score,
      question: {
        id: hwQuestions.id,
        type: hwQuestions.type,
        text: hwQuestions.text,
        body: hwQuestions.body,
        answerKey: hwQuestions.answerKey,
        attachmentIds: hwQuestions.attachmentIds,
      },
    })
    .from(hwDefinitionItems)
    .innerJoin(hwQuestions, eq(hwQuestions.id, hwDefinitionItems.questionId))
    .where(eq(hwDefinitionItems.definitionId, definitionId))
    .orderBy(asc(hwDefinitionItems.sortOrder), asc(hwDefinitionItems.id));
  const bySection = new Map<string, DefinitionItem[]>();
  for (const { sectionId, itemId, score, question } of itemRows) {
    const list = bySection.get(sectionId) ?? [];
    list.push({ itemId, questionId: question.id, score, question });
    bySection.set(sectionId, list);
  }
  const sections = inDisplayOrder(sectionRows).map((s) => ({
    id: s.id,
    parentId: s.parentId,
    title: s.title,
    items: bySection.get(s.id) ?? [],
  }));
  return { definition, sections };
}

/**
 * The definition an assignment reads: a completed definition never changes (HW-04: every
 * change is refused once completed, and it cannot be deleted while assigned; its questions
 * are published, so immutable too, HW-02), so it is loaded once per process and school and
 * kept. Every submit marks against it, and reading 30 questions each time was most of a
 * submit's cost. A draft (never assigned) is read afresh.
 */
export async function loadAssignedDefinition(db: SchoolDbOrTx, schoolId: string, definitionId: string): Promise<LoadedDefinition | null> {
  const cache = schoolCache<LoadedDefinition>(schoolId, 'completed-definitions', 500);
  const hit = cache.get(definitionId, 0);
  if (hit) return hit;
  const loaded = await loadDefinitionQuestions(db, definitionId);
  if (loaded?.definition.status === 'completed') cache.set(definitionId, 0, loaded);
  return loaded;
}
