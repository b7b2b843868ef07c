import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const SiteShell = lazy(() => import('./SiteShell'));
const Showcases = lazy(() => import('./Showcases'));
const Types = lazy(() => import('./Types'));
const Articles = lazy(() => import('./Articles'));
const ArticleEditor = lazy(() => import('./ArticleEditor'));
const Comments = lazy(() => import('./Comments'));

/** 微官網 management (manual §13) under /:school/site: one shell with the manual's tabs. */
export function SiteRoutes() {
  return (
    <Route path="/site" component={SiteShell}>
      <Route path="/showcases" component={Showcases} />
      <Route path="/types" component={Types} />
      <Route path="/articles" component={Articles} />
      <Route path="/articles/new" component={ArticleEditor} />
      <Route path="/articles/:id" component={ArticleEditor} />
      <Route path="/comments" component={Comments} />
    </Route>
  );
}
