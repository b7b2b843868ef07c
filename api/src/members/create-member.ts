import { eq } from 'drizzle-orm';
import { memberDepartments, members, rateLimits } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { canListMembers } from '../auth/policy';
import { managedRef } from '../departments/refs';
import { departmentTreeIn, invalidateDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { hashPassword } from '../lib/crypto';
import { forbidden } from '../lib/errors';
import { hit } from '../lib/rate-limit';
import { insertMember } from './insert-member';
import { INVITE_EVERY, inviteLimitKey, recordInvitations, sendInvitationTexts } from './invitation';
import { assertPhoneAndAccountFree, conflictOf } from './member-conflicts';
import { departmentsOf } from './member-query';
import { confidentialFields } from '../settings/settings';
import { presentMemberDetail } from './presenter';

export interface CreateMemberInput {
  name: string;
  title: string;
  departmentIds: string[];
  areaCode: string;
  phone: string;
  account?: string;
  isTeacher: boolean;
  isStaff: boolean;
  password?: string;
}

/**
 * CT-01 adds a staff member to the contacts (添加成員) in departments the caller manages and
 * invites them (SMS and outbox). The member is "not joined" until their first sign-in.
 */
export async function createMember(ctx: ServiceContext, input: CreateMemberInput) {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const now = ctx.clock.now();
  // hashing is slow on purpose: not while holding the write transaction
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const departmentIds = [...new Set(input.departmentIds)];
  const created = await ctx.db
    .transaction(async (tx) => {
      const tree = await departmentTreeIn(tx, ctx);
      for (const id of departmentIds) managedRef(ctx.actor, tree, id, 'departmentIds');
      await assertPhoneAndAccountFree(tx, input);
      const id = await insertMember(
        tx,
        { kind: 'staff', name: input.name, areaCode: input.areaCode, phone: input.phone, account: input.account ?? null, isTeacher: input.isTeacher, isStaff: input.isStaff },
        now,
      );
      // insertMember marks rows joined (seed, provisioning); a contact joins at first sign-in
      const [row] = await tx.update(members).set({ title: input.title, passwordHash, joinedAt: null }).where(eq(members.id, id)).returning();
      await tx.insert(memberDepartments).values(departmentIds.map((departmentId) => ({ memberId: id, departmentId })));
      await hit(tx, rateLimits, inviteLimitKey(id), INVITE_EVERY, now.getTime());
      await recordInvitations(tx, ctx, [row]);
      await writeAudit(tx, ctx, {
        action: 'member.create',
        targetType: 'member',
        targetId: id,
        after: { name: row.name, title: row.title, areaCode: row.areaCode, phone: row.phone, account: row.account, isTeacher: row.isTeacher, isStaff: row.isStaff, departmentIds },
      });
      const departments = (await departmentsOf(tx, tree, [id])).get(id) ?? [];
      return { row: { ...row, invitedAt: now }, departments };
    })
    .catch((e: unknown) => {
      throw conflictOf(e) ?? e;
    });
  // the transaction may have created the root and alumni departments
  invalidateDepartmentTree(ctx.db);
  const texts = await sendInvitationTexts(ctx, [created.row]);
  return { ...presentMemberDetail(created.row, created.departments, await confidentialFields(ctx.db)), smsSent: texts.sent === 1 };
}
