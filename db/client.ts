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
  // queued first, so every later statement runs after the pragmas; a failure surfaces there
  void queued
    .executeMultiple('PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;')
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
  constructor(private readonly inner: Client) {}

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
    return this.#run(() => (args === undefined ? this.inner.execute(stmt as InStatement) : this.inner.execute(stmt as string, args)));
  }
  batch(stmts: Array<InStatement | [string, never?]>, mode?: TransactionMode) {
    return this.#run(() => this.inner.batch(stmts as InStatement[], mode));
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
    return opened.then((tx) => releasing(tx, release), (e) => {
      release();
      throw e;
    });
  }
}

function releasing(tx: Transaction, release: () => void): Transaction {
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
            return await (value as () => Promise<void>).call(target);
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
