import { query } from '@solidjs/router';
import { createSignal } from 'solid-js';
import type { Id } from '../../lib/client';
import { type Child, permissionsApi } from '../../lib/permissions-client';

/** A parent's children (or a student themself), for the switcher; nobody else has any. */
export const myChildren = query(async (school: string, kind: string): Promise<Child[]> => {
  if (kind !== 'parent' && kind !== 'student') return [];
  return (await permissionsApi(school).lookups.myChildren()).items;
}, 'my-children');

const keyOf = (school: string, memberId: Id) => `smart-campus.child.${school}.${memberId}`;

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked (private mode, a WebView's policy): the first child then
  }
}

// the choice per school and member, kept on this device so every page and visit agrees
const [choices, setChoices] = createSignal<Record<string, string | null>>({});

/** The child this parent is looking at: the one chosen on this device, else the first. */
export function currentChild(school: string, memberId: Id, children: Child[] | undefined): Child | undefined {
  if (!children?.length) return undefined;
  const key = keyOf(school, memberId);
  const id = key in choices() ? choices()[key] : read(key);
  return children.find((c) => c.id === id) ?? children[0];
}

/** Remembers the child chosen, for every mobile page. */
export function chooseChild(school: string, memberId: Id, childId: Id): void {
  const key = keyOf(school, memberId);
  setChoices((c) => ({ ...c, [key]: childId }));
  try {
    localStorage.setItem(key, childId);
  } catch {
    // not kept across visits, but this visit follows the choice
  }
}
