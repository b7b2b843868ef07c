import { and, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwDefinitionItems } from '../../../../db/schema';
import { notFound } from '../../lib/errors';

/** An item of the definition; 404 when it is not one of its items. */
export async function itemOf(db: SchoolDbOrTx, definitionId: string, itemId: string) {
  const item = await db
    .select()
    .from(hwDefinitionItems)
    .where(and(eq(hwDefinitionItems.id, itemId), eq(hwDefinitionItems.definitionId, definitionId)))
    .get();
  if (!item) throw notFound();
  return item;
}
