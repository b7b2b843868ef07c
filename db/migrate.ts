import type { Client } from '@libsql/client';

/** One drizzle-kit migration, bundled by db/bundle-migrations.ts. */
export interface Migration {
  tag: string;
  hash: string;
  statements: string[];
}

/**
 * Applies the migrations a database has not seen yet, each in one batch (a transaction),
 * and records it. Safe to call on every start: an up-to-date database costs one query.
 * Returns the tags applied.
 */
export async function migrate(client: Client, migrations: Migration[]): Promise<string[]> {
  await client.execute(
    'create table if not exists __migrations (tag text primary key, hash text not null, applied_at integer not null)',
  );
  const done = await client.execute('select tag, hash from __migrations');
  const seen = new Map(done.rows.map((r) => [String(r.tag), String(r.hash)]));
  const applied: string[] = [];
  for (const m of migrations) {
    const hash = seen.get(m.tag);
    if (hash !== undefined) {
      if (hash !== m.hash) throw new Error(`migration ${m.tag} was changed after it was applied`);
      continue;
    }
    await client.batch(
      [
        ...m.statements,
        { sql: 'insert into __migrations (tag, hash, applied_at) values (?, ?, ?)', args: [m.tag, m.hash, Date.now()] },
      ],
      'write',
    );
    applied.push(m.tag);
  }
  return applied;
}
