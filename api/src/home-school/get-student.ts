import type { ServiceContext } from '../lib/context';
import { requireOpen, requireReadableStudent } from './access';
import { guardiansOf } from './guardian-members';
import { presentStudent } from './presenter';

/** One student with guardians, for its admins and teachers (others: 404). */
export async function getStudent(ctx: ServiceContext, id: string) {
  const actor = requireOpen(ctx.actor);
  const { student, cls } = await requireReadableStudent(ctx.db, actor, id);
  return presentStudent(student, cls, await guardiansOf(ctx.db, [id]));
}
