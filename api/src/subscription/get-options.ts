import { RELATIONS, SELF } from '../home-school/identity';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { classChoices, departmentChoices, subjectChoices } from './choices';
import { loadDraft, requireStep } from './drafts';
import { canAddChildren, canAddIdentity } from './policy';

const PARENT_RELATIONS = RELATIONS.filter((r) => r !== SELF);

async function staffOptions(ctx: ServiceContext) {
  return { departments: await departmentChoices(ctx), classes: await classChoices(ctx.db), subjects: await subjectChoices(ctx.db) };
}

async function familyOptions(ctx: ServiceContext) {
  return { classes: await classChoices(ctx.db), relations: PARENT_RELATIONS };
}

/**
 * The pickers of the form (部門, 添加班級, 班級, 關係), shown only to a draft whose phone is
 * verified, so the school's departments and classes are not an open list.
 */
export async function draftOptions(ctx: ServiceContext, token: string) {
  const draft = await loadDraft(ctx.db, ctx, token);
  requireStep(draft, 'profile', 'card', 'done');
  return draft.kind === 'family' ? familyOptions(ctx) : staffOptions(ctx);
}

/** The same pickers for a signed-in parent (添加學生) or staff member (添加班級). */
export async function myOptions(ctx: ServiceContext) {
  if (canAddChildren(ctx.actor)) return familyOptions(ctx);
  if (canAddIdentity(ctx.actor)) return staffOptions(ctx);
  throw forbidden();
}
