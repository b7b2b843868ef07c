import { and, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classes, guardians, members, students, subscriptions } from '../../../db/schema';
import { SELF } from '../home-school/identity';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';
import type { CardProof } from './verify-card';

export interface ChildEnrolment {
  memberId: string;
  identity: 'parent' | 'student';
  relation: string;
  studentName: string;
  classId: string;
  className: string;
  proof: CardProof;
}

/**
 * SUB-02 / SUB-04: the child of a proven card joins the chosen class, with the subscriber as
 * guardian (本人 for a student subscribing themself). A card the school already knows is the
 * same child (the other parent subscribes it too); a card the subscriber already holds for
 * a child is refused (ID-02, the manual's "same card for two children"). A child who left is
 * welcomed back; one already placed keeps their class (B01 decides classes from then on).
 */
export async function enrolChild(tx: SchoolDbOrTx, ctx: ServiceContext, e: ChildEnrolment): Promise<{ studentId: string; classId: string | null }> {
  const now = ctx.clock.now();
  const column = e.proof.cardType === 'education_id' ? students.educationId : students.tempNumber;
  const known = await tx.select().from(students).where(eq(column, e.proof.cardNumber)).get();
  const held = await tx
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.memberId, e.memberId), eq(subscriptions.cardNumber, e.proof.cardNumber)))
    .get();
  const guardian = known
    ? await tx.select({ id: guardians.studentId }).from(guardians).where(and(eq(guardians.studentId, known.id), eq(guardians.memberId, e.memberId))).get()
    : undefined;
  if (held || guardian) throw new ApiError('education_id_taken', { field: e.proof.field });
  if (e.identity === 'student' && known?.memberId && known.memberId !== e.memberId) throw new ApiError('card_in_use', { field: e.proof.field });

  let studentId: string;
  let classId: string | null;
  if (known) {
    studentId = known.id;
    const placed = known.status === 'active' && known.classId !== null;
    classId = placed ? known.classId : e.classId;
    await tx
      .update(students)
      .set({
        status: 'active',
        classId,
        birthDate: known.birthDate ?? e.proof.birthDate,
        memberId: e.identity === 'student' ? e.memberId : known.memberId,
        updatedAt: now,
      })
      .where(eq(students.id, known.id));
  } else {
    studentId = newId(now.getTime());
    classId = e.classId;
    await tx.insert(students).values({
      id: studentId,
      name: e.studentName,
      educationId: e.proof.cardType === 'education_id' ? e.proof.cardNumber : null,
      tempNumber: e.proof.cardType === 'temp_number' ? e.proof.cardNumber : null,
      birthDate: e.proof.birthDate,
      classId,
      memberId: e.identity === 'student' ? e.memberId : null,
      createdAt: now,
      updatedAt: now,
    });
  }
  await tx.insert(guardians).values({ studentId, memberId: e.memberId, relation: e.identity === 'student' ? SELF : e.relation, createdAt: now });
  await tx.insert(subscriptions).values({
    id: newId(now.getTime()),
    memberId: e.memberId,
    identity: e.identity,
    cardType: e.proof.cardType,
    cardNumber: e.proof.cardNumber,
    studentId,
    createdAt: now,
  });
  const joined = classId === e.classId ? e.className : ((await tx.select({ name: classes.name }).from(classes).where(eq(classes.id, classId ?? '')).get())?.name ?? e.className);
  // 學校邀請 → 加入班級: once per child and subscriber
  await tx.update(members).set({ invitedAt: now, updatedAt: now }).where(eq(members.id, e.memberId));
  await enqueueMessages(tx, ctx, [
    {
      memberId: e.memberId,
      dedupeKey: `subscription:join:${studentId}`,
      source: 'subscription',
      title: '學校邀請：加入班級',
      body: `${ctx.school.name['zh-Hant']}邀請您加入${joined}（${e.studentName}）。點擊【加入班級】完成訂閱。`,
      refType: 'class',
      refId: classId,
    },
  ]);
  return { studentId, classId };
}
