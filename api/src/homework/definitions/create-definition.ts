import { hwDefinitions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { requireEnabledSubject } from '../bank/content';
import { canUseHomework } from '../bank/policy';
import { definitionDetail } from './get-definition';
import type { CreateDefinitionInput } from './schemas';

/** HW-03 添加: a draft definition of an enabled subject (TT-07), scored or not. Staff. */
export async function createDefinition(ctx: ServiceContext, input: CreateDefinitionInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await requireEnabledSubject(tx, input.subjectId);
    const id = newId(now.getTime());
    await tx.insert(hwDefinitions).values({
      id,
      title: input.title,
      subjectId: input.subjectId,
      scored: input.scored,
      status: 'draft',
      creatorId: actor.memberId,
      creatorName: actor.name,
      createdAt: now,
      updatedAt: now,
    });
    const after = await definitionDetail(tx, id);
    await writeAudit(tx, ctx, { action: 'hw_definition.create', targetType: 'hw_definition', targetId: id, after });
    return after;
  });
}
