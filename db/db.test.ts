import { sql } from 'drizzle-orm';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleMigrations, migrationFolders } from './bundle-migrations';
import { CHECKPOINT_AFTER_MS, openSchoolDb, SchoolDbCache, type SchoolHandle } from './client';
import { migrations } from './migrations';
import { createLocalClient } from './local-client';
import { migrate } from './migrate';
import { members } from './schema';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sc-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('the bundled modules match the drizzle-kit SQL files (run npm run db:generate)', () => {
    for (const folder of migrationFolders) {
      expect(readFileSync(join(folder, 'index.ts'), 'utf8')).toBe(bundleMigrations(folder));
    }
  });

  it('applies once, then has nothing to do; a changed migration is refused', async () => {
    const { client } = openSchoolDb(createClient, { url: `file:${join(dir, 'a.db')}` });
    expect(await migrate(client, migrations)).toEqual(migrations.map((m) => m.tag));
    expect(await migrate(client, migrations)).toEqual([]);
    const changed = migrations.map((m) => ({ ...m, hash: 'different' }));
    await expect(migrate(client, changed)).rejects.toThrow(/changed after it was applied/);
    client.close();
  });
});

describe('local school databases', () => {
  it('opens files in WAL mode with synchronous=NORMAL and foreign keys on', async () => {
    const { client } = openSchoolDb(createClient, { url: `file:${join(dir, 'p.db')}` });
    expect((await client.execute('pragma journal_mode')).rows[0][0]).toBe('wal');
    expect((await client.execute('pragma synchronous')).rows[0][0]).toBe(1);
    expect((await client.execute('pragma foreign_keys')).rows[0][0]).toBe(1);
    client.close();
  });

  it('copies the WAL back a moment after a write, never inside the commit of the write', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const file = join(dir, 'w.db');
      const { client, db } = openSchoolDb(createClient, { url: `file:${file}` });
      expect((await client.execute('pragma wal_autocheckpoint')).rows[0][0]).toBe(0);
      await client.execute('create table t (x text)');
      const before = statSync(file).size;
      await db.transaction(async (tx) => {
        for (let i = 0; i < 200; i++) await tx.run(sql`insert into t values (${'x'.repeat(2000)})`);
      });
      // committed to the WAL only: the database file has not grown
      expect(statSync(file).size).toBe(before);
      await vi.advanceTimersByTimeAsync(CHECKPOINT_AFTER_MS);
      // the checkpoint runs in the queue: a later statement waits for it
      expect((await client.execute('select count(*) from t')).rows[0][0]).toBe(200);
      expect(statSync(file).size).toBeGreaterThan(before + 200 * 2000);
      client.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('queues statements behind an open transaction instead of failing', async () => {
    const { client, db } = openSchoolDb(createClient, { url: `file:${join(dir, 'q.db')}` });
    await migrate(client, migrations);
    const now = new Date();
    const row = { kind: 'staff' as const, name: 'x', createdAt: now, updatedAt: now };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = db.transaction(async (t) => {
      await t.insert(members).values({ id: 'a', ...row });
      await gate;
      await t.insert(members).values({ id: 'b', ...row });
    });
    const read = db.$count(members);
    release();
    await tx;
    // the read waited for the transaction: it sees both rows or none, never half
    expect([0, 2]).toContain(await read);
    expect(await db.$count(members)).toBe(2);
    await expect(
      db.transaction(async (t) => {
        await t.insert(members).values({ id: 'c', ...row });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.$count(members)).toBe(2);
    client.close();
  });

  it('the cache opens each school once, even when requests race, and stays bounded', async () => {
    const opened: string[] = [];
    const cache = new SchoolDbCache(2, async (code) => {
      opened.push(code);
      return openSchoolDb(createClient, { url: `file:${join(dir, `${code}.db`)}` }) as SchoolHandle;
    });
    const [a1, a2] = await Promise.all([cache.get('A'), cache.get('A')]);
    expect(a1).toBe(a2);
    await cache.get('B');
    await cache.get('C');
    expect(cache.size).toBe(2);
    await cache.get('A');
    expect(opened).toEqual(['A', 'B', 'C', 'A']);
    await cache.closeAll();
  });
});

describe('the local client keeps prepared statements and behaves like the stock one', () => {
  const factories = { stock: createClient, local: createLocalClient };
  it.each(Object.keys(factories) as (keyof typeof factories)[])('%s: rows, errors, batches and transactions', async (name) => {
    const client = factories[name]({ url: `file:${join(dir, `${name}.db`)}` });
    await client.executeMultiple('create table t (id integer primary key, a text unique, b text); create table u (id integer primary key, a text);');
    const ins = await client.execute({ sql: 'insert into t (a, b) values (?, ?)', args: ['x', 'y'] });
    expect(ins.rowsAffected).toBe(1);
    expect(Number(ins.lastInsertRowid)).toBe(1);
    await client.execute({ sql: 'insert into u (a) values (?)', args: ['x'] });
    const joined = await client.execute('select t.id, t.a, u.id, u.a as ua from t join u on u.a = t.a');
    const row = joined.rows[0];
    // by index, by name (a duplicate name answers with its first column), and as Drizzle reads it
    expect([row[0], row[1], row[2], row[3]]).toEqual([1, 'x', 1, 'x']);
    expect([row.id, row.a, row.ua]).toEqual([1, 'x', 'x']);
    expect(Object.keys(row).sort()).toEqual(['a', 'id', 'ua']);
    expect(Array.prototype.slice.call(row)).toEqual([1, 'x', 1, 'x']);
    expect(joined.columns).toEqual(['id', 'a', 'id', 'ua']);
    const err = await client.execute({ sql: 'insert into t (a) values (?)', args: ['x'] }).catch((e) => e);
    expect(err).toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    expect(String(err.message)).toMatch(/UNIQUE constraint failed: t\.a/);
    await expect(
      client.batch([{ sql: 'insert into t (a) values (?)', args: ['p'] }, { sql: 'insert into t (a) values (?)', args: ['x'] }], 'write'),
    ).rejects.toBeTruthy();
    expect((await client.execute('select count(*) as n from t')).rows[0].n).toBe(1);
    const tx = await client.transaction('write');
    await tx.execute({ sql: 'insert into t (a) values (?)', args: [true] });
    await tx.rollback();
    expect((await client.execute('select count(*) as n from t')).rows[0].n).toBe(1);
    const named = await client.execute({ sql: 'select :v as v', args: { v: 5 } });
    expect(named.rows[0].v).toBe(5);
    client.close();
  });

  it('serves a whole school database: migrations and Drizzle through the queue', async () => {
    const { client, db } = openSchoolDb(createLocalClient, { url: `file:${join(dir, 'school.db')}` });
    await migrate(client, migrations);
    const now = new Date();
    await db.insert(members).values({ id: 'm1', kind: 'staff', name: '李老師', createdAt: now, updatedAt: now });
    const found = await db.select().from(members).get();
    expect(found).toMatchObject({ id: 'm1', name: '李老師', isTeacher: false, createdAt: now });
    expect((await client.execute('pragma journal_mode')).rows[0][0]).toBe('wal');
    client.close();
  });
});
