import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openControlDb } from '../../db/client';
import { localClientFactory } from '../../db/local-client';
import { migrations as controlMigrations } from '../../db/control/migrations';
import { migrate } from '../../db/migrate';
import { createDeps, type Deps } from './deps';
import { deleteLocalSchoolDb } from './roles/delete-local-db';
import { setSchoolDbDeleter } from './roles/dissolve-school';
import { systemClock } from './lib/clock';
import { createWechatChannel } from './platform/channels/wechat';
import { createWecomChannel } from './platform/channels/wecom';
import { createLocalFileStore } from './platform/files/local';
import { createWechatOAuth } from './platform/oauth/wechat';
import { createWecomOAuth } from './platform/oauth/wecom';
import { createHttpSms } from './platform/sms/http';
import { createFileLogSms } from './platform/sms/log-file';
import { createDemoBureau } from './platform/bureau/demo';
import { loadBureauFile } from './platform/bureau/load-file';
import { createWecomClient } from './platform/channels/wecom-api';

/**
 * The embedded default's dependencies: libSQL files and a file store under DATA_DIR, the
 * WeCom adapters (used once a school sets its corp id and secret), SMS to a log file unless
 * an HTTP provider is configured, and the file-backed bureau.
 */
export async function createLocalDeps(env: Record<string, string | undefined> = process.env): Promise<Deps> {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  mkdirSync(join(dataDir, 'schools'), { recursive: true });
  const control = openControlDb(localClientFactory, { url: `file:${join(dataDir, 'control.db')}` });
  await migrate(control.client, controlMigrations);
  const port = env.PORT ?? '8787';
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  // one WeCom client: channels and OAuth share its access-token cache
  const wecom = createWecomClient({ baseUrl: env.WECOM_API });
  const deps = createDeps({
    control,
    clientFactory: localClientFactory,
    clock: systemClock,
    platform: {
      files: createLocalFileStore(join(dataDir, 'files')),
      channels: { wecom: createWecomChannel({ client: wecom }), wechat: createWechatChannel({ client: wecom }) },
      oauth: { wecom: createWecomOAuth({ client: wecom }), wechat: createWechatOAuth({ client: wecom }) },
      sms: env.SMS_URL && env.SMS_TOKEN ? createHttpSms({ url: env.SMS_URL, token: env.SMS_TOKEN }) : createFileLogSms({ file: join(dataDir, 'sms.log'), log: console.log }),
      bureau: env.BUREAU_DATA ? await loadBureauFile(env.BUREAU_DATA) : createDemoBureau(),
    },
    config: {
      publicUrl,
      secureCookies: publicUrl.startsWith('https:'),
      secrets: env,
      locateSchoolDb: (code) => ({ url: `file:${join(dataDir, 'schools', `${code}.db`)}`, tokenSecret: null }),
    },
  });
  // dissolving a school (ID-05) deletes its database file here
  setSchoolDbDeleter(deps, deleteLocalSchoolDb);
  return deps;
}
