import type { members } from '../../../db/schema';
import { identitiesOf } from '../members/presenter';
import { isBuiltIn, type TagRow } from './tag-rows';

/**
 * A tag as lists and pickers show it. `memberCount` is null when the school hides member
 * counts from the caller (ADM-04); `builtIn` marks 管理員, which cannot be renamed or deleted.
 */
export function presentTag(tag: TagRow, memberCount: number | null) {
  return { id: tag.id, name: tag.name, builtIn: isBuiltIn(tag), memberCount, createdAt: tag.createdAt.toISOString() };
}

type Member = Pick<typeof members.$inferSelect, 'id' | 'name' | 'title' | 'status' | 'isTeacher' | 'isStaff' | 'joinedAt'>;

/** A member of a tag: who they are and where they sit, never contact details. */
export function presentTagMember(m: Member, departments: { id: string; name: string }[]) {
  return {
    id: m.id,
    name: m.name,
    title: m.title,
    status: m.status,
    identities: identitiesOf(m),
    departments,
    joined: m.joinedAt !== null,
  };
}
