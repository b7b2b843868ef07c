import { and, eq, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classTeachers, departments, memberDepartments, members, subscriptions } from '../../../db/schema';
import { departmentTreeIn } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { insertMember } from '../members/insert-member';
import { assertPhoneAndAccountFree } from '../members/member-conflicts';
import type { CardProof } from './verify-card';

type Member = typeof members.$inferSelect;

export interface StaffEnrolment {
  name: string;
  areaCode: string;
  phone: string;
  identity: 'teacher' | 'staff';
  departmentIds: string[];
  teaching: { classId: string; subjectId: string }[];
  /** A parent of the school who subscribed from their own signed-in phone. */
  existingMemberId: string | null;
  proof: Pick<CardProof, 'cardType' | 'cardNumber' | 'field'>;
}

/** 409 card_in_use when another member subscribed this staff card; identity_subscribed when it is theirs already. */
export async function assertStaffCardFree(tx: SchoolDbOrTx, cardNumber: string, field: string, memberId: string | null): Promise<void> {
  const taken = await tx
    .select({ memberId: subscriptions.memberId })
    .from(subscriptions)
    .where(and(eq(subscriptions.cardNumber, cardNumber), inArray(subscriptions.identity, ['teacher', 'staff'])))
    .get();
  if (taken) throw new ApiError(taken.memberId === memberId ? 'identity_subscribed' : 'card_in_use', { field });
}

/**
 * Adds a subscribed staff member to the contacts (SUB-02; SUB-01 after approval): not joined
 * until they accept the invitation, in the chosen departments (the root when none), teaching
 * what they added, with their card. A parent of the school becomes staff keeping their children.
 */
export async function enrolStaff(tx: SchoolDbOrTx, ctx: ServiceContext, e: StaffEnrolment): Promise<Member> {
  const now = ctx.clock.now();
  let memberId: string;
  if (e.existingMemberId) {
    const parent = await tx.select().from(members).where(eq(members.id, e.existingMemberId)).get();
    if (!parent || parent.kind !== 'parent' || parent.status !== 'active' || parent.phone !== e.phone || parent.areaCode !== e.areaCode) {
      throw new ApiError('phone_in_use', { field: 'phone' });
    }
    memberId = parent.id;
    await tx
      .update(members)
      .set({ kind: 'staff', name: e.name, isTeacher: e.identity === 'teacher', isStaff: e.identity === 'staff', updatedAt: now })
      .where(eq(members.id, memberId));
  } else {
    await assertPhoneAndAccountFree(tx, { areaCode: e.areaCode, phone: e.phone });
    memberId = await insertMember(
      tx,
      { kind: 'staff', name: e.name, areaCode: e.areaCode, phone: e.phone, joined: false, isTeacher: e.identity === 'teacher', isStaff: e.identity === 'staff' },
      now,
    );
  }
  await assertStaffCardFree(tx, e.proof.cardNumber, e.proof.field, memberId);
  // departments removed since the choice are dropped; with none left, the root
  const live = e.departmentIds.length
    ? (await tx.select({ id: departments.id }).from(departments).where(and(inArray(departments.id, e.departmentIds), eq(departments.kind, 'normal'))).all()).map((d) => d.id)
    : [];
  const placed = live.length ? live : [(await departmentTreeIn(tx, ctx)).root.id];
  await tx.insert(memberDepartments).values(placed.map((departmentId) => ({ memberId, departmentId }))).onConflictDoNothing();
  await addTeaching(tx, memberId, e.teaching, now);
  await tx.insert(subscriptions).values({ id: newId(now.getTime()), memberId, identity: e.identity, cardType: e.proof.cardType, cardNumber: e.proof.cardNumber, createdAt: now });
  const row = await tx.select().from(members).where(eq(members.id, memberId)).get();
  if (!row) throw new Error('the enrolled member is missing');
  return row;
}

/** 添加班級: subject-teacher assignments (CT-03); one already set is left as it is. */
export async function addTeaching(tx: SchoolDbOrTx, memberId: string, teaching: { classId: string; subjectId: string }[], now: Date): Promise<void> {
  if (teaching.length === 0) return;
  await tx
    .insert(classTeachers)
    .values(teaching.map((t) => ({ id: newId(now.getTime()), classId: t.classId, memberId, role: 'subject' as const, subjectId: t.subjectId })))
    .onConflictDoNothing();
}
