import type { Actor } from '../lib/context';

interface Entry {
  actor: Actor;
  sessionHash: string;
  surface: 'back-office' | 'mobile';
  lastSeenAt: number;
  expiresAt: number;
  cachedAt: number;
}

/**
 * Recently checked sessions, so a request does not read the session and the member on every
 * call. Entries live `ttlMs` at most; revoking a member's sessions drops them at once in this
 * process (other processes or isolates see the revocation within `ttlMs`).
 */
export class SessionCache {
  #entries = new Map<string, Entry>();
  constructor(
    private readonly ttlMs = 5_000,
    private readonly capacity = 50_000,
  ) {}

  get(school: string, hash: string, now: number): Entry | undefined {
    const key = `${school}:${hash}`;
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (now - e.cachedAt > this.ttlMs || now >= e.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return e;
  }

  set(school: string, entry: Entry): void {
    if (this.#entries.size >= this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(`${school}:${entry.sessionHash}`, entry);
  }

  deleteSession(school: string, hash: string): void {
    this.#entries.delete(`${school}:${hash}`);
  }

  /** Drops every cached session of a member (disabled, removed, role changed). */
  deleteMember(school: string, memberId: string): void {
    for (const [key, e] of this.#entries) {
      if (e.actor.memberId === memberId && key.startsWith(`${school}:`)) this.#entries.delete(key);
    }
  }

  /** Drops a whole school (dissolved, suspended). */
  deleteSchool(school: string): void {
    for (const key of this.#entries.keys()) if (key.startsWith(`${school}:`)) this.#entries.delete(key);
  }
}
