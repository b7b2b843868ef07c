import type { adminRequests, subscriptionDrafts } from '../../../db/schema';

type Draft = typeof subscriptionDrafts.$inferSelect;
type Request = typeof adminRequests.$inferSelect;

/** A subscribed card as 查看已訂閱教育證 shows it (SUB-03). */
export interface CardView {
  identity: 'teacher' | 'staff' | 'parent' | 'student';
  cardType: 'education_id' | 'temp_number';
  cardNumber: string;
  student: { id: string; name: string; className: string | null } | null;
  subscribedAt: string;
}

/** `+853 ****0101`: what the draft says back about the phone. */
export const maskPhone = (areaCode: string, phone: string): string => `+${areaCode} ****${phone.slice(-4)}`;

/** The draft as its holder sees it: where the flow stands and what it gathered (never the token). */
export function presentDraft(d: Draft, extra: { cards: CardView[]; request: { status: string; reason: string } | null }) {
  return {
    kind: d.kind,
    step: d.step,
    identity: d.data.identity,
    phone: d.data.areaCode && d.data.phone ? maskPhone(d.data.areaCode, d.data.phone) : null,
    name: d.data.name ?? null,
    studentName: d.data.studentName ?? null,
    classId: d.data.classId ?? null,
    relation: d.data.relation ?? null,
    departmentIds: d.data.departmentIds ?? [],
    teaching: d.data.teaching ?? [],
    /** SUB-01: the admin request's status once submitted. */
    request: extra.request,
    /** 已訂閱身份 / 查看已訂閱教育證, once done. */
    cards: extra.cards,
    expiresAt: d.expiresAt.toISOString(),
  };
}

/** An admin request as the approving admins see it (SUB-01). */
export function presentRequest(r: Request, names: { departments: Map<string, string>; classes: Map<string, string>; subjects: Map<string, string>; memberTags: Map<string, string[]> }) {
  return {
    id: r.id,
    name: r.name,
    areaCode: r.areaCode,
    phone: r.phone,
    identity: r.identity,
    cardType: r.cardType,
    cardNumber: r.cardNumber,
    departments: r.departmentIds.map((id) => ({ id, name: names.departments.get(id) ?? null })),
    teaching: r.teaching.map((t) => ({ classId: t.classId, className: names.classes.get(t.classId) ?? null, subjectId: t.subjectId, subjectName: names.subjects.get(t.subjectId) ?? null })),
    status: r.status,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedBy: r.decidedById ? { id: r.decidedById, name: r.decidedByName ?? '' } : null,
    memberId: r.memberId,
    /** The approved member's tags (同意 gives 管理員). */
    memberTags: r.memberId ? (names.memberTags.get(r.memberId) ?? []) : [],
  };
}
