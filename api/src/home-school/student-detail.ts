import type { SchoolDbOrTx } from '../../../db/client';
import { notFound } from '../lib/errors';
import { findStudent } from './access';
import { guardiansOf } from './guardian-members';
import { presentStudent } from './presenter';

/** One student as the API shows it: class, guardians (name, phone, relation, joined). */
export async function studentView(tx: SchoolDbOrTx, id: string) {
  const found = await findStudent(tx, id);
  if (!found) throw notFound();
  return presentStudent(found.student, found.cls, await guardiansOf(tx, [id]));
}
