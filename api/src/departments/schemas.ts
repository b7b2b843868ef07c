import * as v from 'valibot';

/** An id as the API hands them out. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));

/** A department name: no path or control characters, as WeCom refuses them too. */
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64), v.regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'no \\ / : * ? " < > |'));

export const DepartmentParam = v.object({ school: v.string(), id: Id });

export const CreateDepartmentBody = v.strictObject({
  /** The department's name, unique among its siblings. */
  name: Name,
  /** The parent department; omitted: a top-level department under the school (the root). */
  parentId: v.optional(Id),
});

export const UpdateDepartmentBody = v.pipe(
  v.strictObject({
    /** New name (rename). */
    name: v.optional(Name),
    /** New parent (move); never the department itself nor one below it. */
    parentId: v.optional(Id),
    /** New position among its siblings (ascending). */
    sortOrder: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  }),
  v.check((o) => Object.keys(o).length > 0, 'nothing to change'),
);

export const ReorderDepartmentsBody = v.strictObject({
  /** The parent whose sub-departments are ordered. */
  parentId: Id,
  /** Every sub-department of the parent, once each, in the new order. */
  ids: v.pipe(v.array(Id), v.minLength(1), v.maxLength(500)),
});

export const DepartmentHeadsBody = v.strictObject({
  /** Members who head the department (部門負責人); each must be a member of it. Empty: no head. */
  memberIds: v.pipe(v.array(Id), v.maxLength(50)),
});
