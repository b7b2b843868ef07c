import { query } from '@solidjs/router';
import { createSignal } from 'solid-js';
import type { ListQuery } from '../../lib/client';
import { tagsApi } from '../../lib/tags-client';

/** The 標籤 screens' reads, cached per arguments and revalidated by key after a change. */

export const tagList = query((school: string, q: ListQuery) => tagsApi(school).list(q), 'tags-list');

export const tagOne = query((school: string, id: string) => tagsApi(school).get(id), 'tags-one');

export const tagMembers = query((school: string, id: string, q: ListQuery) => tagsApi(school).members(id, q), 'tags-members');

/** Every key above, for a change that touches them all. */
export const TAG_KEYS = [tagList.key, tagOne.key, tagMembers.key];

/** The note a screen leaves for the one it goes back to (已刪除標籤 …). */
export const [flash, setFlash] = createSignal('');

/** Creator and super admins make, rename and delete tags; scoped admins set who carries them. */
export const managesTags = (role: string | null | undefined): boolean => role === 'creator' || role === 'super';
