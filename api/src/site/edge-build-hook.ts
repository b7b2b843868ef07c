/*
 * At the edge Astro cannot run inside a Worker: a school's micro-site is built by CI from the
 * public `…/site/data.json` and uploaded to R2 (docs/DEPLOY.md, "Micro-sites at the edge").
 * On a change the Worker asks CI for that build through a hook, e.g. GitHub's
 * repository_dispatch. The build reads the data when it runs, so the last build asked for
 * shows the last change, however the requests for it race.
 */

/** Where to ask for a school's build: a URL answering 2xx to a POST, and its bearer token. */
export interface SiteBuildHook {
  url: string;
  token?: string;
}

/** What the hook receives: GitHub's repository_dispatch body, `client_payload.school` the code. */
export function hookBody(code: string): { event_type: 'site-changed'; client_payload: { school: string } } {
  return { event_type: 'site-changed', client_payload: { school: code } };
}

/** Asks the hook for a build of one school's site; throws when it does not answer 2xx. */
export async function requestSiteBuild(hook: SiteBuildHook, code: string): Promise<void> {
  const res = await fetch(hook.url, {
    method: 'POST',
    headers: {
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
      // GitHub's API refuses requests without one
      'user-agent': 'smart-campus-site-build',
      ...(hook.token ? { authorization: `Bearer ${hook.token}` } : {}),
    },
    body: JSON.stringify(hookBody(code)),
  });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`the site build hook answered ${res.status}`);
}

/**
 * The edge's `onSiteChanged`: asks for the school's build without the request waiting for it.
 * The request's `waitUntil` keeps it alive after the response is sent (a promise left floating
 * may be cancelled then). A failure is logged, never the request's; the scheduled build of
 * every school repairs it. Without a hook the change is only logged, once per isolate.
 */
export function edgeSiteChanged(hook: SiteBuildHook | null, waitUntil: (work: Promise<unknown>) => void): (code: string) => void {
  let warned = false;
  return (code) => {
    if (!hook) {
      if (!warned) console.warn('SITE_BUILD_HOOK is not set: micro-sites at the edge are rebuilt only by their scheduled build');
      warned = true;
      return;
    }
    waitUntil(requestSiteBuild(hook, code).catch((error: unknown) => console.error(`could not ask for a build of the micro-site of ${code}:`, error)));
  };
}
