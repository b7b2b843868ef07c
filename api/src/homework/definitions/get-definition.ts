import { asc, eq, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwDefinitionItems, hwDefinitions, hwQuestions, hwSections, subjects } from '../../../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { canUseHomework } from '../bank/policy';
import { type DefinitionListRow, type ItemView, presentDefinition } from './presenter';
import { inDisplayOrder } from './section-tree';

/** How many questions a definition holds (correlated, so lists need no GROUP BY). */
export const questionCountOf = sql<number>`(select count(*) from ${hwDefinitionItems} where ${hwDefinitionItems.definitionId} = ${hwDefinitions.id})`;

/** A definition with its subject's name and question count, or null. */
export async function definitionRow(db: SchoolDbOrTx, id: string): Promise<DefinitionListRow | null> {
  const row = await db
    .select({ definition: hwDefinitions, subjectName: subjects.name, questionCount: questionCountOf })
    .from(hwDefinitions)
    .innerJoin(subjects, eq(subjects.id, hwDefinitions.subjectId))
    .where(eq(hwDefinitions.id, id))
    .get();
  return row ? { ...row, questionCount: Number(row.questionCount) } : null;
}

/** The definition with its section tree and items (GET /definitions/:id); 404 if none. */
export async function definitionDetail(db: SchoolDbOrTx, id: string) {
  const row = await definitionRow(db, id);
  if (!row) throw notFound();
  const sections = await db.select().from(hwSections).where(eq(hwSections.definitionId, id)).all();
  const items = await db
    .select({
      sectionId: hwDefinitionItems.sectionId,
      id: hwDefinitionItems.id,
      questionId: hwDefinitionItems.questionId,
      type: hwQuestions.type,
      text: hwQuestions.text,
      score: hwDefinitionItems.score,
      sortOrder: hwDefinitionItems.sortOrder,
    })
    .from(hwDefinitionItems)
    .innerJoin(hwQuestions, eq(hwQuestions.id, hwDefinitionItems.questionId))
    .where(eq(hwDefinitionItems.definitionId, id))
    .orderBy(asc(hwDefinitionItems.sortOrder), asc(hwDefinitionItems.id))
    .all();
  const bySection = new Map<string, ItemView[]>();
  for (const { sectionId, ...item } of items) {
    const list = bySection.get(sectionId) ?? [];
    list.push(item);
    bySection.set(sectionId, list);
  }
  return presentDefinition(
    row,
    inDisplayOrder(sections).map((s) => ({ id: s.id, parentId: s.parentId, title: s.title, sortOrder: s.sortOrder, items: bySection.get(s.id) ?? [] })),
  );
}

/** HW-03 查看問題: any staff member views any definition, draft or completed. */
export async function getDefinition(ctx: ServiceContext, id: string) {
  if (!canUseHomework(ctx.actor)) throw forbidden();
  return definitionDetail(ctx.db, id);
}
