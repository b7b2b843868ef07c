import * as v from 'valibot';
import { PageQuery } from '../lib/paging';
import { normalisePhone, phoneFits } from './phone';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Flag = v.optional(v.picklist(['0', '1']));

/** Filters shared by the member list and its Excel export. */
const MemberFilters = {
  /** Members of this department or any department below it. */
  departmentId: v.optional(Id),
  /** `0`: not joined yet (未加入); `1`: joined. */
  joined: Flag,
  /** `0`: never signed in (未激活); `1`: signed in at least once. */
  activated: Flag,
};

export const ListMembersQuery = v.strictObject({
  ...PageQuery,
  kind: v.optional(v.picklist(['staff', 'parent', 'student'])),
  status: v.optional(v.picklist(['active', 'disabled'])),
  ...MemberFilters,
});

export const ExportMembersQuery = v.strictObject({
  /** Search text (name, phone, account). */
  q: PageQuery.q,
  ...MemberFilters,
});

export const MemberParam = v.object({ school: v.string(), id: v.pipe(v.string(), v.maxLength(40)) });

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64));
const Title = v.pipe(v.string(), v.trim(), v.maxLength(64));
/** `853`, `+853`, `86`, `852` or another country code. */
const AreaCode = v.pipe(v.string(), v.trim(), v.regex(/^\+?\d{1,4}$/), v.transform((s) => s.replace(/^\+/, '')));
const Phone = v.pipe(v.string(), v.transform(normalisePhone), v.regex(/^\d{4,15}$/));
const DepartmentIds = v.pipe(v.array(Id), v.minLength(1), v.maxLength(20));

export const CreateMemberBody = v.pipe(
  v.strictObject({
    /** 姓名 */
    name: Name,
    /** 職務 (job title), may be empty. */
    title: v.optional(Title, ''),
    /** 部門: at least one; a scoped admin names departments in its scope only. */
    departmentIds: DepartmentIds,
    /** Area code without or with "+": 853 (Macao, default), 86, 852 or another. */
    areaCode: v.optional(AreaCode, '853'),
    /** 手機號碼: the national number (Macao 6xxxxxxx, Hong Kong 8 digits, mainland 1xxxxxxxxxx). */
    phone: Phone,
    /** Back-office account name (letters first), optional: members sign in by phone otherwise. */
    account: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z][A-Za-z0-9._-]{1,39}$/))),
    /** 教學人員 */
    isTeacher: v.optional(v.boolean(), false),
    /** 學校職員 */
    isStaff: v.optional(v.boolean(), false),
    /** An initial back-office password (8–128 characters); without it the member signs in by SMS code. */
    password: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(128))),
  }),
  v.forward(
    v.check((o) => phoneFits(o.areaCode, o.phone), 'wrong shape for the area code'),
    ['phone'],
  ),
  v.forward(
    v.check((o) => o.isTeacher || o.isStaff, 'at least one identity'),
    ['isTeacher'],
  ),
);

export const UpdateMemberBody = v.pipe(
  v.strictObject({
    name: v.optional(Name),
    title: v.optional(Title),
    /** Replaces the departments the caller manages; memberships outside a scoped admin's scope stay. */
    departmentIds: v.optional(DepartmentIds),
    areaCode: v.optional(AreaCode),
    phone: v.optional(Phone),
    isTeacher: v.optional(v.boolean()),
    isStaff: v.optional(v.boolean()),
  }),
  v.check((o) => Object.keys(o).length > 0, 'nothing to change'),
);

export const InviteMembersBody = v.strictObject({
  /** Who to invite again: everyone in the caller's scope who has not joined (未加入). */
  filter: v.picklist(['not-joined']),
});
