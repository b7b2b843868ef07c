import type { ServiceContext } from '../lib/context';
import { requireOpen, requireReadableClass } from './access';
import { classTeachersView } from './class-teachers';

/** CT-03 the homeroom and subject teachers of a class, for its admins and teachers. */
export async function getClassTeachers(ctx: ServiceContext, classId: string) {
  const actor = requireOpen(ctx.actor);
  await requireReadableClass(ctx.db, actor, classId);
  return classTeachersView(ctx.db, classId);
}
