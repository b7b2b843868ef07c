import * as v from 'valibot';
import { PageQuery } from '../lib/paging';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));

/** A tag's name: trimmed, 1–30 characters, no control characters. */
const TagName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(30),
  v.regex(/^[^\p{Cc}]*$/u, 'no control characters'),
);

export const TagParam = v.object({ school: v.string(), id: Id });
export const TagMemberParam = v.object({ school: v.string(), id: Id, memberId: Id });

/** 標籤 list: search by name, paged. */
export const ListTagsQuery = v.strictObject({ ...PageQuery });

export const CreateTagInput = v.strictObject({
  /** 標籤名稱, e.g. 級組長; unique in the school. */
  name: TagName,
});

export const RenameTagInput = v.strictObject({
  /** The new name; unique in the school. */
  name: TagName,
});

/** A tag's members: search by name or title, paged. */
export const TagMembersQuery = v.strictObject({ ...PageQuery });

export const AddTagMembersInput = v.strictObject({
  /** Staff members to give the tag (those who have it already are left as they are). */
  memberIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(500)),
});
