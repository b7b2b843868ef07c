import { type Id, type ListQuery, type Page, schoolFetch } from './client';

/**
 * Typed client of 標籤 (manual §14, api/src/tags): the tags that visible ranges of apps
 * (APP-01) and send ranges of announcements (ANN-01) name, and who carries each.
 */

export interface Tag {
  id: Id;
  name: string;
  /** 管理員: given by SUB-01 approvals; never renamed nor deleted. */
  builtIn: boolean;
  /** Null when the school hides member counts from the caller (ADM-04). */
  memberCount: number | null;
  createdAt: string;
}
export interface TagMember {
  id: Id;
  name: string;
  title: string;
  status: 'active' | 'disabled';
  identities: ('teacher' | 'staff')[];
  departments: { id: Id; name: string }[];
  joined: boolean;
}

function toQuery(query: ListQuery): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The tags API of one school. */
export function tagsApi(school: string) {
  async function call<T>(method: string, path: string, json?: unknown): Promise<T> {
    const res = await schoolFetch(school, method, `/tags${path}`, json === undefined ? {} : { json });
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  const one = (id: Id) => `/${encodeURIComponent(id)}`;
  return {
    list: (query: ListQuery = {}) => call<Page<Tag>>('GET', toQuery(query)),
    get: (id: Id) => call<Tag>('GET', one(id)),
    create: (name: string) => call<Tag>('POST', '', { name }),
    rename: (id: Id, name: string) => call<Tag>('PATCH', one(id), { name }),
    remove: (id: Id) => call<void>('DELETE', one(id)),
    members: (id: Id, query: ListQuery = {}) => call<Page<TagMember>>('GET', `${one(id)}/members${toQuery(query)}`),
    addMembers: (id: Id, memberIds: Id[]) => call<{ tag: Tag; added: Id[] }>('POST', `${one(id)}/members`, { memberIds }),
    removeMember: (id: Id, memberId: Id) => call<void>('DELETE', `${one(id)}/members${one(memberId)}`),
  };
}
