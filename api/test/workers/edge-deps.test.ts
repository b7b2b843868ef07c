import type { Client, InStatement, ResultSet } from '@libsql/client';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations as controlMigrations } from '../../../db/control/migrations';
import { BUREAU_DATA_KEY, createEdgeDeps, createR2Bureau, migratedOnFirstUse } from '../../src/edge';

/**
 * A stand-in for a libSQL client that records what reaches it (there is no libSQL server
 * in workerd; the real client is exercised by the Node suite). Only what migrate() and the
 * wrapper touch is implemented.
 */
function recordingClient(options: { failFirst?: boolean } = {}) {
  const log: string[] = [];
  let fail = options.failFirst ?? false;
  const result = (rows: unknown[] = []) => ({ rows, columns: [], columnTypes: [], rowsAffected: 0, lastInsertRowid: undefined }) as unknown as ResultSet;
  const client = {
    closed: false,
    protocol: 'http',
    async execute(stmt: InStatement) {
      const sql = typeof stmt === 'string' ? stmt : stmt.sql;
      if (fail) {
        fail = false;
        throw new Error('fetch failed');
      }
      log.push(sql.split(' ').slice(0, 3).join(' '));
      return result();
    },
    async batch(stmts: InStatement[]) {
      log.push(`batch of ${stmts.length}`);
      return stmts.map(() => result());
    },
    close() {},
  };
  return { client: client as unknown as Client, log };
}

const migrationSteps = ['create table if', 'select tag, hash', ...controlMigrations.map((m) => `batch of ${m.statements.length + 1}`)];

describe('Control database: migrated on first use', () => {
  it('Should run the control migrations once, before the first statements, even when they race', async () => {
    const { client, log } = recordingClient();
    const wrapped = migratedOnFirstUse(client);
    expect(log).toEqual([]);
    await Promise.all([wrapped.execute('select 1 one'), wrapped.execute('select 2 two')]);
    await wrapped.execute('select 3 three');
    expect(log).toEqual([...migrationSteps, 'select 1 one', 'select 2 two', 'select 3 three']);
    expect(wrapped.protocol).toBe('http');
  });

  it('Should try the migrations again after a failure, instead of remembering it', async () => {
    const { client, log } = recordingClient({ failFirst: true });
    const wrapped = migratedOnFirstUse(client);
    await expect(wrapped.execute('select 1 one')).rejects.toThrow('fetch failed');
    await wrapped.execute('select 1 one');
    expect(log).toEqual([...migrationSteps, 'select 1 one']);
  });
});

describe('createEdgeDeps', () => {
  it('Should place each school in its own database named from the template, with the group token secret', () => {
    const deps = createEdgeDeps(env);
    expect(deps.config.locateSchoolDb('B-888')).toEqual({ url: 'https://b-888.db.invalid', tokenSecret: 'SCHOOL_DB_TOKEN' });
    expect(deps.config.publicUrl).toBe('https://campus.test');
    expect(deps.config.secureCookies).toBe(true);
  });

  it('Should pass only string bindings on as secrets', () => {
    const deps = createEdgeDeps({ ...env, SCHOOL_DB_TOKEN: 'group-token' });
    expect(deps.config.secrets.SCHOOL_DB_TOKEN).toBe('group-token');
    expect(deps.config.secrets.CONTROL_DB_URL).toBe('https://control.db.invalid');
    expect(Object.keys(deps.config.secrets)).not.toContain('FILES');
    expect(Object.keys(deps.config.secrets)).not.toContain('ASSETS');
  });

  it('Should refuse a school database template without {code}', () => {
    expect(() => createEdgeDeps({ ...env, SCHOOL_DB_URL_TEMPLATE: 'libsql://one-for-all.turso.io' })).toThrow('{code}');
  });
});

describe('Bureau data from R2', () => {
  afterEach(async () => {
    await env.FILES.delete(BUREAU_DATA_KEY);
  });

  it('Should answer from the demo data when R2 has no bureau file', async () => {
    const bureau = createR2Bureau(env.FILES);
    const found = await bureau.checkEducationId('b-888', { educationId: '1234567-8', birthDate: '20170514' });
    expect(found).toMatchObject({ ok: true, student: { name: '陳家豪' } });
  });

  it('Should answer from bureau/data.json when it is there', async () => {
    const data = {
      schools: {
        'C-123': {
          students: [{ educationId: '7654321-0', name: '林小美', birthDate: '2016-01-02', grade: 'P5', className: null }],
          b08: {},
          calendar: {},
        },
      },
    };
    await env.FILES.put(BUREAU_DATA_KEY, JSON.stringify(data));
    const bureau = createR2Bureau(env.FILES);
    expect(await bureau.checkEducationId('C-123', { educationId: '7654321-0', birthDate: '20160102' })).toMatchObject({ ok: true });
    expect(await bureau.checkEducationId('B-888', { educationId: '1234567-8', birthDate: '20170514' })).toEqual({ ok: false, reason: 'not_found' });
  });

  it('Should fail, naming the file, when bureau/data.json is invalid', async () => {
    await env.FILES.put(BUREAU_DATA_KEY, JSON.stringify({ schools: { 'C-123': { students: 'nope' } } }));
    const bureau = createR2Bureau(env.FILES);
    await expect(bureau.b08Classes('C-123', '2026/2027')).rejects.toThrow(BUREAU_DATA_KEY);
  });
});
