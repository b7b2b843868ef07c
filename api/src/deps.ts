import type { Client, Config } from '@libsql/client';
import { type ClientFactory, type ControlDb, openSchoolDb, SchoolDbCache } from '../../db/client';
import { migrations as schoolMigrations } from '../../db/migrations';
import { migrate } from '../../db/migrate';
import { SessionCache } from './auth/session-cache';
import type { Clock } from './lib/clock';
import type { AppConfig, AppDeps } from './lib/context';
import { SchoolRegistry } from './operator/registry';
import type { Platform } from './platform/types';

export interface Deps extends AppDeps {
  registry: SchoolRegistry;
  clientFactory: ClientFactory;
}

/**
 * Assembles the app's dependencies; both entries (Bun, Workers) and the tests call this.
 * A school's database is opened on first use, migrated if it is behind, and kept in a
 * bounded cache.
 */
export function createDeps(input: {
  control: { client: Client; db: ControlDb };
  clientFactory: ClientFactory;
  platform: Platform;
  clock: Clock;
  config: AppConfig;
  openSchools?: number;
}): Deps {
  const registry = new SchoolRegistry(input.control.db);
  const schools = new SchoolDbCache(input.openSchools ?? 200, async (code) => {
    const row = await registry.row(code);
    if (!row) throw new Error(`unknown school ${code}`);
    const handle = openSchoolDb(input.clientFactory, schoolDbConfig(input.config, row.dbUrl, row.dbTokenSecret));
    await migrate(handle.client, schoolMigrations);
    return handle;
  });
  return {
    control: input.control,
    schools,
    platform: input.platform,
    clock: input.clock,
    config: input.config,
    sessionCache: new SessionCache(),
    registry,
    clientFactory: input.clientFactory,
  };
}

/** The libSQL config of a school database: its URL, and its token from the named secret. */
export function schoolDbConfig(config: AppConfig, url: string, tokenSecret: string | null): Config {
  const authToken = tokenSecret ? config.secrets[tokenSecret] : undefined;
  if (tokenSecret && !authToken) throw new Error(`secret ${tokenSecret} is not set`);
  return { url, authToken };
}
