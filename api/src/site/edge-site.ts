import { isValidKey } from '../platform/files/key';

/*
 * The micro-sites at the edge (docs/DEPLOY.md, "Micro-sites at the edge"): each school's built
 * site is uploaded by CI to the files bucket under `sites/<code>/` (lower case, like every key
 * of the bucket), and the Worker answers `/site/<CODE>/…` from there.
 */

/** An object of the bucket as a conditional get returns it: no body when the precondition failed. */
export interface SiteObject {
  httpEtag: string;
  httpMetadata?: { contentType?: string };
  body?: ReadableStream<Uint8Array>;
}

/** The part of an R2 bucket the site needs: conditional gets (If-None-Match → 304). */
export interface SiteBucket {
  get(key: string, options?: { onlyIf: Headers }): Promise<SiteObject | null>;
}

/** Short: a publish reaches readers within a minute of its upload. */
const CACHE = 'public, max-age=60';

// What `aws s3 sync` stores for a site's files; the fallback when an upload stored none.
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

function contentTypeOf(key: string, stored: string | undefined): string {
  if (stored && stored !== 'application/octet-stream') return stored;
  return TYPES[/\.([a-z0-9]+)$/.exec(key)?.[1] ?? ''] ?? 'application/octet-stream';
}

/** The keys `/site/<CODE><rest>` may be read from, in order; none for a path the keys cannot hold. */
export function siteKeys(code: string, rest: string): string[] {
  let path: string;
  try {
    path = decodeURIComponent(rest).replace(/^\/+/, '');
  } catch {
    return []; // a malformed escape
  }
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : /\.[a-z0-9]+$/.test(path) ? [path] : [path, `${path}/index.html`];
  // isValidKey refuses `..`, hidden names, upper case and anything else that is not a site's own path
  return candidates.map((p) => `sites/${code.toLowerCase()}/${p}`).filter(isValidKey);
}

/**
 * Answers `GET|HEAD /site/<CODE><rest>`: 404 unless the school is active (a suspended school's
 * site goes with it, as on Bun); `/site/<CODE>` → 301 `/site/<CODE>/`; a file of
 * `sites/<code>/` with its stored content type, its ETag and a short public cache (304 when
 * the reader's copy is current); else the school's `404.html` with status 404.
 */
export async function serveEdgeSite(
  request: Request,
  bucket: SiteBucket,
  code: string,
  rest: string | undefined,
  isActive: (code: string) => Promise<unknown>,
): Promise<Response> {
  if (!(await isActive(code))) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (rest === undefined) return Response.redirect(new URL(`/site/${code}/`, request.url).href, 301);
  const head = request.method === 'HEAD';
  // only the conditions a cache revalidates with: a failed If-Match would also come back bodiless
  const conditions = new Headers();
  for (const name of ['if-none-match', 'if-modified-since']) {
    const value = request.headers.get(name);
    if (value) conditions.set(name, value);
  }
  const onlyIf = [...conditions.keys()].length > 0 ? { onlyIf: conditions } : undefined;
  for (const key of siteKeys(code, rest)) {
    const object = await bucket.get(key, onlyIf);
    if (!object) continue;
    const headers = new Headers({ etag: object.httpEtag, 'cache-control': CACHE, 'x-content-type-options': 'nosniff' });
    // no body: the reader's copy (If-None-Match, If-Modified-Since) is still the current one
    if (!object.body) return new Response(null, { status: 304, headers });
    headers.set('content-type', contentTypeOf(key, object.httpMetadata?.contentType));
    if (head) await object.body.cancel();
    return new Response(head ? null : object.body, { headers });
  }
  const missing = await bucket.get(`sites/${code.toLowerCase()}/404.html`);
  if (head) await missing?.body?.cancel();
  // not cached: a link shared just before its article's upload must work once it is there
  const headers = { 'content-type': missing ? TYPES.html : 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
  return new Response(head ? null : (missing?.body ?? 'Not found'), { status: 404, headers });
}
