import type { Client, Config, InStatement, Transaction, TransactionMode } from '@libsql/client';
// the web build imports no native driver, so this module also bundles for Workers
import { drizzle } from 'drizzle-orm/libsql/web';
import * as controlSchema from './control/schema';
import * as schoolSchema from './schema';

export type SchoolDb = ReturnType<typeof drizzleSchool>;
export type ControlDb = ReturnType<typeof drizzleControl>;
/** `createClient` of `@libsql/client` (Bun, Node) or `@libsql/client/web` (Workers). */
export type ClientFactory = (config: Config) => Client;

function drizzleSchool(client: Client) {
  return drizzle(client, { schema: schoolSchema });
}
function drizzleControl(client: Client) {
  return drizzle(client, { schema: controlSchema });
}

/** A school's database: the raw client (migrations, benchmarks) and its Drizzle handle. */
export interface SchoolHandle {
  client: Client;
  db: SchoolDb;
}

/** How long after a write the WAL is copied back into the database file (local files). */
export const CHECKPOINT_AFTER_MS = 1_000;

/** Opens the control database. */
export function openControlDb(factory: ClientFactory, config: Config): { client: Client; db: ControlDb } {
  const client = openClient(factory, config);
  return { client, db: drizzleControl(client) };
}

/** Opens one school's database; callers keep it in a {@link SchoolDbCache}. */
export function openSchoolDb(factory: ClientFactory, config: Config): SchoolHandle {
  const client = openClient(factory, config);
  return { client, db: drizzleSchool(client) };
}

function openClient(factory: ClientFactory, config: Config): Client {
  if (!config.url.startsWith('file:')) return factory(config);
  // A local file gets one connection, so the per-connection pragmas below hold for every
  // statement, and a queue, so a request waits for an open transaction instead of failing.
  const client = factory({ ...config, concurrency: 1 });
  const queued = new QueuedClient(client);
  // queued first, so every later statement runs after the pragmas; a failure surfaces there.
  // No automatic checkpoint: it would run inside the commit of whichever request crossed the
  // WAL's size, adding tens of ms to that one request (a notice to 5,000 families); the queue
  // checkpoints shortly after writes instead (CHECKPOINT_AFTER_MS).
  void queued
    .executeMultiple('PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=0;')
    .catch(() => undefined);
  return queued;
}

/**
 * Serialises the use of a single-connection local client: statements and batches run one
 * at a time, and a transaction holds the connection until it commits, rolls back or closes.
 * The driver is synchronous underneath, so this costs nothing but the queue.
 */
class QueuedClient implements Client {
  #tail: Promise<unknown> = Promise.resolve();
  #checkpoint: ReturnType<typeof setTimeout> | null = null;
  constructor(private readonly inner: Client) {}

  /**
   * Copies the WAL back into the database a moment after writes, in the queue like any
   * statement (PASSIVE: never waits for readers), so no request pays for it in its commit.
   * One pending checkpoint at a time, however many writes come meanwhile.
   */
  #scheduleCheckpoint(): void {
    if (this.#checkpoint) return;
    const timer = setTimeout(() => {
      this.#checkpoint = null;
      if (this.inner.closed) return;
      void this.#run(() => this.inner.execute('PRAGMA wal_checkpoint(PASSIVE)')).catch(() => undefined);
    }, CHECKPOINT_AFTER_MS);
    // a pending checkpoint never keeps a process (a script, a test) alive
    (timer as { unref?: () => void }).unref?.();
    this.#checkpoint = timer;
  }

  /** Runs the checkpoint now (tests; before a backup). */
  async checkpoint(): Promise<void> {
    await this.#run(() => this.inner.execute('PRAGMA wal_checkpoint(PASSIVE)'));
  }

  get closed() {
    return this.inner.closed;
  }
  get protocol() {
    return this.inner.protocol;
  }

  #run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn, fn);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  execute(stmt: InStatement | string, args?: never) {
    const done = this.#run(() => (args === undefined ? this.inner.execute(stmt as InStatement) : this.inner.execute(stmt as string, args)));
    // reads have nothing to copy back; a statement outside a transaction may be a write
    void done.then((r) => r.rowsAffected > 0 && this.#scheduleCheckpoint(), () => undefined);
    return done;
  }
  batch(stmts: Array<InStatement | [string, never?]>, mode?: TransactionMode) {
    const done = this.#run(() => this.inner.batch(stmts as InStatement[], mode));
    void done.then(() => this.#scheduleCheckpoint(), () => undefined);
    return done;
  }
  migrate(stmts: InStatement[]) {
    return this.#run(() => this.inner.migrate(stmts));
  }
  executeMultiple(sql: string) {
    return this.#run(() => this.inner.executeMultiple(sql));
  }
  sync() {
    return this.#run(() => this.inner.sync());
  }
  reconnect() {
    return this.inner.reconnect();
  }
  close() {
    if (this.#checkpoint) clearTimeout(this.#checkpoint);
    this.#checkpoint = null;
    this.inner.close();
  }

  transaction(mode?: TransactionMode): Promise<Transaction> {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const opened = this.#tail.then(() => this.inner.transaction(mode));
    this.#tail = opened.then(
      () => held,
      () => undefined,
    );
    return opened.then((tx) => releasing(tx, release, () => this.#scheduleCheckpoint()), (e) => {
      release();
      throw e;
    });
  }
}

function releasing(tx: Transaction, release: () => void, committed: () => void): Transaction {
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      release();
    }
  };
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'commit' || prop === 'rollback') {
        return async () => {
          try {
            const result = await (value as () => Promise<void>).call(target);
            if (prop === 'commit') committed();
            return result;
          } finally {
            finish();
          }
        };
      }
      if (prop === 'close') {
        return () => {
          try {
            (value as () => void).call(target);
          } finally {
            finish();
          }
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A bounded cache of open school databases, least recently used first out. One client per
 * school is reused by every request; opening is lazy and happens once even when requests
 * race for it.
 */
export class SchoolDbCache {
  #open = new Map<string, Promise<SchoolHandle>>();
  constructor(
    private readonly capacity: number,
    private readonly opener: (code: string) => Promise<SchoolHandle>,
  ) {}

  get(code: string): Promise<SchoolHandle> {
    const hit = this.#open.get(code);
    if (hit) {
      this.#open.delete(code);
      this.#open.set(code, hit);
      return hit;
    }
    const opening = this.opener(code);
    opening.catch(() => this.#open.delete(code));
    this.#open.set(code, opening);
    while (this.#open.size > this.capacity) {
      const [oldest, handle] = this.#open.entries().next().value as [string, Promise<SchoolHandle>];
      this.#open.delete(oldest);
      // Close a little later: a request that just got this handle may still be using it.
      handle.then((h) => setTimeout(() => h.client.close(), 30_000).unref?.()).catch(() => undefined);
    }
    return opening;
  }

  /** Forgets (and closes) a school's client, e.g. when the school is dissolved. */
  async evict(code: string): Promise<void> {
    const handle = this.#open.get(code);
    this.#open.delete(code);
    if (handle) (await handle).client.close();
  }

  get size(): number {
    return this.#open.size;
  }

  async closeAll(): Promise<void> {
    const all = [...this.#open.values()];
    this.#open.clear();
    for (const h of all) (await h.catch(() => null))?.client.close();
  }
}

/** A Drizzle transaction on a school database. */
export type SchoolTx = Parameters<Parameters<SchoolDb['transaction']>[0]>[0];
/** Either the database or a transaction on it: helpers that write inside the caller's transaction take this. */
export type SchoolDbOrTx = SchoolDb | SchoolTx;

/**
 * A query prepared once per database client and kept as long as the client lives (a hot
 * read should not run Drizzle's query builder on every request): `const q = perClient((db) =>
 * db.select()….prepare())`, then `q(ctx.db).get(…)`.
 */
export function perClient<D extends object, Q>(build: (db: D) => Q): (db: D) => Q {
  const built = new WeakMap<D, Q>();
  return (db) => {
    let q = built.get(db);
    if (q === undefined) built.set(db, (q = build(db)));
    return q;
  };
}
