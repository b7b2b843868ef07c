import * as v from 'valibot';
import { APP_KEYS } from '../apps/catalogue';
import { PageQuery } from '../lib/paging';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const IdList = v.pipe(v.array(Id), v.maxLength(500));

/** A 管理範圍: departments (with their sub-departments), classes and apps (ADM-01). */
export const ScopeInput = v.strictObject({
  /** Departments managed; each covers its sub-departments. */
  departmentIds: v.optional(IdList, []),
  /** Classes managed (home-school contacts). */
  classIds: v.optional(IdList, []),
  /** App keys of the APP-01 catalogue. */
  apps: v.optional(v.pipe(v.array(v.picklist(APP_KEYS as string[])), v.maxLength(APP_KEYS.length)), []),
});
export type Scope = v.InferOutput<typeof ScopeInput>;

const AdminRole = v.picklist(['super', 'scoped']);

export const AddAdminInput = v.strictObject({
  /** A staff member of the school who is not an admin yet. */
  memberId: Id,
  /** 超級管理員 or 分級管理員; the creator is only ever handed on (transfer-creator). */
  role: AdminRole,
  /** Only for a scoped admin. */
  scope: v.optional(ScopeInput),
});

export const UpdateAdminInput = v.strictObject({
  role: v.optional(AdminRole),
  /** Replaces the admin's own scope (a management group's scope is kept apart). */
  scope: v.optional(ScopeInput),
});

export const MemberIdParam = v.object({ school: v.string(), memberId: Id });
export const GroupParam = v.object({ school: v.string(), id: Id });

export const ListAdminsQuery = v.strictObject({
  ...PageQuery,
  /** Only admins of this role. */
  role: v.optional(v.picklist(['creator', 'super', 'scoped'])),
});

export const ListGroupsQuery = v.strictObject({ ...PageQuery });

const GroupName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60));

export const CreateGroupInput = v.strictObject({
  /** 管理組 name, e.g. 中學部管理組. */
  name: GroupName,
  /** The scope every admin of the group manages. */
  scope: v.optional(ScopeInput, {}),
  /** Staff members in the group; one who is not an admin becomes a scoped admin. */
  memberIds: v.optional(IdList, []),
});

export const UpdateGroupInput = v.strictObject({
  name: v.optional(GroupName),
  /** Replaces the group's scope. */
  scope: v.optional(ScopeInput),
  /** Replaces the group's members. */
  memberIds: v.optional(IdList),
});

export const TransferCreatorInput = v.strictObject({
  /** An existing admin who becomes the creator (創建人). */
  memberId: Id,
});

export const DissolveInput = v.strictObject({
  /** The school's code typed again, exactly (ID-05). */
  confirmCode: v.pipe(v.string(), v.maxLength(40)),
});
