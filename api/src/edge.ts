import type { Client } from '@libsql/client';
// The web client speaks HTTP to Turso through fetch: no native driver, so it runs on Workers.
import { createClient } from '@libsql/client/web';
import { openControlDb } from '../../db/client';
import { migrations as controlMigrations } from '../../db/control/migrations';
import { migrate } from '../../db/migrate';
import { createDeps, type Deps } from './deps';
import { systemClock } from './lib/clock';
import demoBureau from './platform/bureau/demo-data.json';
import { parseBureauData } from './platform/bureau/schema';
import { createStaticBureau } from './platform/bureau/static';
import { createWechatChannel } from './platform/channels/wechat';
import { createWecomChannel } from './platform/channels/wecom';
import { createWecomClient } from './platform/channels/wecom-api';
import { createR2FileStore, type R2BucketLike } from './platform/files/r2';
import { createWechatOAuth } from './platform/oauth/wechat';
import { createWecomOAuth } from './platform/oauth/wecom';
import { createHttpSms } from './platform/sms/http';
import { createLogSms } from './platform/sms/log';
import type { Bureau } from './platform/types';
import { edgeSiteChanged } from './site/edge-build-hook';
import type { SiteBucket } from './site/edge-site';

/**
 * The Worker's bindings (wrangler.toml): vars, secrets, the R2 bucket and the static assets.
 * Declared here with the minimal shapes used, so this file type-checks under the Bun types
 * of the root tsconfig too.
 */
export interface Env {
  /**
   * R2 bucket: uploads (`schools/<code>/…`), the optional bureau data (`bureau/data.json`) and
   * each school's built micro-site (`sites/<code>/…`, uploaded by CI).
   */
  FILES: R2BucketLike & SiteBucket;
  /** Workers static assets: the built admin app (admin/dist). */
  ASSETS: { fetch(request: Request): Promise<Response> };
  /** Public origin used in links sent out, e.g. https://campus.example.mo */
  PUBLIC_URL: string;
  /** The control database, e.g. libsql://smart-campus-control-<org>.turso.io */
  CONTROL_DB_URL: string;
  /** Secret: a token for the control database. */
  CONTROL_DB_TOKEN?: string;
  /** Where a new school's database lives; `{code}` becomes the lower-case school code. */
  SCHOOL_DB_URL_TEMPLATE: string;
  /** Secret: a token valid for every school database (a Turso group token). */
  SCHOOL_DB_TOKEN?: string;
  /** Optional: another WeCom API origin (a test double); the real one by default. */
  WECOM_API?: string;
  /** Optional HTTP SMS provider; without both, texts only go to the Worker's log. */
  SMS_URL?: string;
  SMS_TOKEN?: string;
  /** Optional: where to ask CI for a school's micro-site build on a change (a POST, e.g. GitHub repository_dispatch). */
  SITE_BUILD_HOOK?: string;
  /** Secret: the hook's bearer token (for GitHub, a token allowed to dispatch to the repository). */
  SITE_BUILD_TOKEN?: string;
}

/** What the Worker gives the deps beyond the bindings. */
export interface EdgeExtras {
  /**
   * Keeps background work alive after the response: the `waitUntil` of the request (or cron
   * event) being handled when it is called. Without it the work floats and may be cut off.
   */
  waitUntil?(work: Promise<unknown>): void;
}

/** The secret that holds the token of every school database created at the edge. */
export const SCHOOL_DB_TOKEN_SECRET = 'SCHOOL_DB_TOKEN';

/**
 * The edge deployment's dependencies: the control database and every school's on Turso
 * (libSQL over HTTP), files in R2, the WeCom adapters, SMS over HTTP (or the log), and the
 * bureau's data from R2 `bureau/data.json` (or the demo data). A change to a school's public
 * site asks CI for its build through `SITE_BUILD_HOOK`, kept alive by `extras.waitUntil`.
 *
 * Nothing here does I/O: the control database is migrated on its first use (see
 * {@link migratedOnFirstUse}) and each school's when it is first opened (deps.ts), so a
 * request that touches no database (health, the OpenAPI document) never waits for one.
 */
export function createEdgeDeps(env: Env, extras: EdgeExtras = {}): Deps {
  if (!env.PUBLIC_URL) throw new Error('PUBLIC_URL is not set (wrangler.toml [vars])');
  if (!env.CONTROL_DB_URL) throw new Error('CONTROL_DB_URL is not set (wrangler.toml [vars] or a secret)');
  if (!env.SCHOOL_DB_URL_TEMPLATE?.includes('{code}')) throw new Error('SCHOOL_DB_URL_TEMPLATE must contain {code}');
  const control = openControlDb((config) => migratedOnFirstUse(createClient(config)), {
    url: env.CONTROL_DB_URL,
    authToken: env.CONTROL_DB_TOKEN,
  });
  // one WeCom client: channels and OAuth share its access-token cache
  const wecom = createWecomClient({ baseUrl: env.WECOM_API });
  const publicUrl = env.PUBLIC_URL.replace(/\/+$/, '');
  return createDeps({
    control,
    clientFactory: createClient,
    clock: systemClock,
    platform: {
      files: createR2FileStore(env.FILES),
      channels: { wecom: createWecomChannel({ client: wecom }), wechat: createWechatChannel({ client: wecom }) },
      oauth: { wecom: createWecomOAuth({ client: wecom }), wechat: createWechatOAuth({ client: wecom }) },
      // Workers logs (`wrangler tail`, Logs in the dashboard) are where the codes show up.
      sms: env.SMS_URL && env.SMS_TOKEN ? createHttpSms({ url: env.SMS_URL, token: env.SMS_TOKEN }) : createLogSms(),
      bureau: createR2Bureau(env.FILES),
    },
    config: {
      publicUrl,
      secureCookies: true,
      // A school's `dbTokenSecret` (and any other secret named in the registry) is the name
      // of a Worker secret or var.
      secrets: stringEntries(env),
      locateSchoolDb: (code) => ({
        url: env.SCHOOL_DB_URL_TEMPLATE.replace('{code}', code.toLowerCase()),
        tokenSecret: SCHOOL_DB_TOKEN_SECRET,
      }),
      // Astro cannot run here: a change asks CI to build the school's site (docs/DEPLOY.md)
      onSiteChanged: edgeSiteChanged(
        env.SITE_BUILD_HOOK ? { url: env.SITE_BUILD_HOOK, token: env.SITE_BUILD_TOKEN } : null,
        extras.waitUntil ?? ((work) => void work),
      ),
    },
  });
}

// The methods that reach the database; each waits for the control migrations first.
const DB_METHODS = new Set(['execute', 'batch', 'migrate', 'executeMultiple', 'transaction', 'sync']);

/**
 * Wraps the control database's client so the control migrations run once per isolate, on
 * the first statement, and every statement waits for them. A failure is not remembered:
 * the next statement tries again (the database may have been briefly unreachable).
 */
export function migratedOnFirstUse(client: Client): Client {
  let ready: Promise<unknown> | null = null;
  const ensure = () =>
    (ready ??= migrate(client, controlMigrations).catch((error: unknown) => {
      ready = null;
      throw error;
    }));
  return new Proxy(client, {
    get(target, prop) {
      // The target, not the proxy, as receiver: the client keeps #private fields.
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (typeof prop === 'string' && DB_METHODS.has(prop)) {
        return async (...args: unknown[]) => {
          await ensure();
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}

/** The key of the bureau's data in the R2 bucket (BureauDataSchema JSON). */
export const BUREAU_DATA_KEY = 'bureau/data.json';

/**
 * A Bureau over `bureau/data.json` in R2 when it is there, else over the demo data. Read
 * and validated on first use, then kept for the isolate's life: an uploaded new file takes
 * effect as isolates are recycled (or at the next deploy). A file that fails validation is
 * an error on every call until fixed, rather than a silent fall back to the demo data.
 */
export function createR2Bureau(bucket: R2BucketLike): Bureau {
  let loading: Promise<Bureau> | null = null;
  const load = () =>
    (loading ??= (async () => {
      const object = await bucket.get(BUREAU_DATA_KEY);
      if (!object) return createStaticBureau(parseBureauData(demoBureau, 'demo-data.json'));
      const json: unknown = await new Response(object.body).json();
      return createStaticBureau(parseBureauData(json, `R2 ${BUREAU_DATA_KEY}`));
    })().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return {
    checkEducationId: async (schoolCode, input) => (await load()).checkEducationId(schoolCode, input),
    b08Classes: async (schoolCode, schoolYear) => (await load()).b08Classes(schoolCode, schoolYear),
    calendar: async (schoolCode, schoolYear) => (await load()).calendar(schoolCode, schoolYear),
  };
}

function stringEntries(env: object): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
