import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Tags = lazy(() => import('./Tags'));

/** 通訊錄 / 標籤 (manual §14) under /:school: the list, and one tag's members (?tag=<id>). */
export function TagRoutes() {
  return <Route path="/contacts/tags" component={Tags} />;
}
