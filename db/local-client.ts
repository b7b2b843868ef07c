import { type Client, type Config, createClient, type InArgs, type InStatement, type InValue, LibsqlError, type ResultSet, type Row, type Transaction, type TransactionMode } from '@libsql/client';
import Database from 'libsql';

type Statement = ReturnType<InstanceType<typeof Database>['prepare']>;
/**
 * A compiled statement with what it answers, learned once: reading columns costs a native call
 * each time. Drizzle names every column it selects, so a later migration cannot change them
 * under a cached statement.
 */
interface Prepared {
  stmt: Statement;
  reader: boolean;
  columns: string[];
  RowClass: (new (values: unknown[]) => Row) | null;
}

/**
 * A libSQL client for local database files that keeps its prepared statements. The stock
 * `@libsql/client` local driver prepares every statement anew and reads its columns twice on
 * each call, which made one point read cost ~90 µs (docs/BENCHMARKS.md); this one compiles a
 * statement once per connection and builds rows through a shared prototype. It speaks the
 * same `Client` interface, so Drizzle, migrations and the queue in db/client.ts use it as
 * they use the stock client. One connection: db/client.ts queues callers in front of it.
 */
export function createLocalClient(config: Config): Client {
  if (!config.url.startsWith('file:')) throw new Error(`createLocalClient takes file: URLs, not ${config.url}`);
  return new LocalClient(new Database(config.url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')));
}

/** Local files through {@link createLocalClient}; anything else (a Turso URL) through the stock client. */
export function localClientFactory(config: Config): Client {
  return config.url.startsWith('file:') ? createLocalClient(config) : createClient(config);
}

const STATEMENT_CACHE = 500;
const VALUES = Symbol('values');

class LocalClient implements Client {
  readonly protocol = 'file';
  #statements = new Map<string, Prepared>();
  #rowClasses = new Map<string, new (values: unknown[]) => Row>();
  constructor(private readonly db: InstanceType<typeof Database>) {}

  get closed(): boolean {
    return !this.db.open;
  }

  #prepare(sql: string): Prepared {
    const hit = this.#statements.get(sql);
    if (hit) return hit;
    const stmt = this.db.prepare(sql);
    const reader = stmt.reader;
    if (reader) stmt.raw(true);
    const columns = reader ? stmt.columns().map((c) => c.name) : [];
    const prepared: Prepared = { stmt, reader, columns, RowClass: reader ? this.#rowClass(columns) : null };
    if (this.#statements.size >= STATEMENT_CACHE) {
      const oldest = this.#statements.keys().next().value;
      if (oldest !== undefined) this.#statements.delete(oldest);
    }
    this.#statements.set(sql, prepared);
    return prepared;
  }

  /**
   * Rows answer by column name with own enumerable fields (what Drizzle's raw queries read
   * through Object.keys) and by index with getters on a shared prototype (what its mapped
   * queries read), like the stock driver's rows but without a defineProperty per cell.
   */
  #rowClass(columns: string[]): new (values: unknown[]) => Row {
    const key = columns.join('\u0000');
    let Class = this.#rowClasses.get(key);
    if (Class) return Class;
    // a name twice (a join) answers with its first column, as the stock driver does
    const named = columns.map((name, i) => [name, i] as const).filter(([name], i) => columns.indexOf(name) === i);
    const RowClass = class {
      declare [VALUES]: unknown[];
      constructor(values: unknown[]) {
        Object.defineProperty(this, VALUES, { value: values });
        const self = this as unknown as Record<string, unknown>;
        for (const [name, i] of named) self[name] = values[i];
      }
    };
    Object.defineProperty(RowClass.prototype, 'length', { value: columns.length });
    columns.forEach((_, i) => {
      Object.defineProperty(RowClass.prototype, i, { get(this: { [VALUES]: unknown[] }) { return this[VALUES][i]; } });
    });
    Class = RowClass as unknown as new (values: unknown[]) => Row;
    this.#rowClasses.set(key, Class);
    return Class;
  }

  #run(stmt: InStatement): ResultSet {
    const sql = typeof stmt === 'string' ? stmt : stmt.sql;
    const args = typeof stmt === 'string' ? [] : toArgs(stmt.args);
    try {
      const { stmt: prepared, reader, columns, RowClass } = this.#prepare(sql);
      if (reader && RowClass) {
        const rows = (prepared.all(args) as unknown[][]).map((values) => new RowClass(values));
        return result(columns, rows, 0, undefined);
      }
      const info = prepared.run(args);
      return result([], [], info.changes, BigInt(info.lastInsertRowid));
    } catch (e) {
      throw asLibsqlError(e);
    }
  }

  async execute(stmt: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return this.#run(typeof stmt === 'string' ? { sql: stmt, args: args ?? [] } : stmt);
  }

  async batch(stmts: Array<InStatement | [string, InArgs?]>, mode: TransactionMode = 'deferred'): Promise<ResultSet[]> {
    const list = stmts.map((s) => (Array.isArray(s) ? { sql: s[0], args: s[1] ?? [] } : s));
    this.db.exec(begin(mode));
    try {
      const out = list.map((s) => this.#run(s));
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.#statements.clear();
    this.db.exec('PRAGMA foreign_keys=off');
    try {
      return await this.batch(stmts, 'deferred');
    } finally {
      this.db.exec('PRAGMA foreign_keys=on');
    }
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    this.db.exec(begin(mode));
    let closed = false;
    const finish = (sql: string | null) => {
      if (closed) return;
      closed = true;
      if (sql && this.db.inTransaction) this.db.exec(sql);
    };
    const tx: Transaction = {
      execute: async (stmt: InStatement) => this.#run(stmt),
      batch: async (stmts: InStatement[]) => stmts.map((s) => this.#run(s)),
      executeMultiple: async (sql: string) => {
        this.db.exec(sql);
      },
      rollback: async () => finish('ROLLBACK'),
      commit: async () => finish('COMMIT'),
      close: () => finish('ROLLBACK'),
      get closed() {
        return closed;
      },
    };
    return tx;
  }

  async executeMultiple(sql: string): Promise<void> {
    // scripts change the schema: statements learned before may answer other columns now
    this.#statements.clear();
    try {
      this.db.exec(sql);
    } catch (e) {
      throw asLibsqlError(e);
    }
  }

  async sync(): Promise<undefined> {
    return undefined;
  }

  reconnect(): void {}

  close(): void {
    this.#statements.clear();
    if (this.db.open) this.db.close();
  }
}

function begin(mode: TransactionMode): string {
  return mode === 'read' ? 'BEGIN DEFERRED' : mode === 'deferred' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE';
}

function toArgs(args: InArgs | undefined): unknown[] | Record<string, unknown> {
  if (!args) return [];
  if (Array.isArray(args)) return args.map(toValue);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) out[/^[@$:]/.test(k) ? k.slice(1) : k] = toValue(v);
  return out;
}

function toValue(v: InValue): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.valueOf();
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  if (v === undefined) throw new TypeError('undefined cannot be bound to a SQL parameter');
  return v;
}

function result(columns: string[], rows: Row[], rowsAffected: number, lastInsertRowid: bigint | undefined): ResultSet {
  return {
    columns,
    columnTypes: columns.map(() => ''),
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({ columns, rows: rows.map((r) => Array.from(r as unknown as unknown[])), rowsAffected, lastInsertRowid: lastInsertRowid?.toString() }),
  };
}

function asLibsqlError(e: unknown): unknown {
  if (e instanceof LibsqlError || !(e instanceof Error)) return e;
  // the stock driver's shape: the base code (SQLITE_CONSTRAINT) and the extended one
  const rawCode = (e as { rawCode?: number }).rawCode;
  const base = rawCode === undefined ? 'SQLITE_UNKNOWN' : (BASE_CODES[rawCode & 0xff] ?? `SQLITE_UNKNOWN_${rawCode & 0xff}`);
  return new LibsqlError(e.message, base, (e as { code?: string }).code, rawCode, e);
}

const BASE_CODES: Record<number, string> = {
  1: 'SQLITE_ERROR',
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  19: 'SQLITE_CONSTRAINT',
  20: 'SQLITE_MISMATCH',
  21: 'SQLITE_MISUSE',
  25: 'SQLITE_RANGE',
  26: 'SQLITE_NOTADB',
};
