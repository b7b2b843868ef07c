/**
 * Creates a platform operator account:
 *   npm run operator:create -- --account ops --name 營運 --password …
 * Against the local data directory, or a remote control database when CONTROL_DB_URL (and
 * CONTROL_DB_TOKEN) are set, e.g. the Turso control database of the edge deployment.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@libsql/client';
import { openControlDb } from '../db/client';
import { operators } from '../db/control/schema';
import { migrations } from '../db/control/migrations';
import { migrate } from '../db/migrate';
import { hashPassword } from '../api/src/lib/crypto';
import { newId } from '../api/src/lib/ids';

const { values } = parseArgs({ options: { account: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } });
const account = values.account?.trim() ?? '';
if (!/^[A-Za-z0-9_.-]{3,40}$/.test(account)) throw new Error('--account: 3-40 letters, digits, _ . -');
if (!values.name?.trim()) throw new Error('--name is required');
if (!values.password || values.password.length < 10) throw new Error('--password: at least 10 characters');

const url = process.env.CONTROL_DB_URL ?? `file:${resolve(process.env.DATA_DIR ?? './data', 'control.db')}`;
const { client, db } = openControlDb(createClient, { url, authToken: process.env.CONTROL_DB_TOKEN });
await migrate(client, migrations);
await db.insert(operators).values({
  id: newId(),
  account,
  name: values.name.trim(),
  passwordHash: await hashPassword(values.password),
  createdAt: new Date(),
});
console.log(`operator ${account} created in ${url.startsWith('file:') ? url : 'the remote control database'}`);
client.close();
