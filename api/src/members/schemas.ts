import * as v from 'valibot';
import { PageQuery } from '../lib/paging';

export const ListMembersQuery = v.strictObject({
  ...PageQuery,
  kind: v.optional(v.picklist(['staff', 'parent', 'student'])),
  status: v.optional(v.picklist(['active', 'disabled'])),
});

export const MemberParam = v.object({ school: v.string(), id: v.pipe(v.string(), v.maxLength(40)) });
