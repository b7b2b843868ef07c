import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Identities = lazy(() => import('./Identities'));
const RequestReview = lazy(() => import('./RequestReview'));

/**
 * 訂閱 for signed-in members, under /:school/m: 查看已訂閱教育證 with 添加學生 / 掃描職員證
 * (SUB-03, SUB-04), and where the message about a new admin's application leads (SUB-01; a
 * more specific path than /open/:type/:id, so it wins).
 */
export function MobileSubscriptionRoutes() {
  return (
    <>
      <Route path="/identities" component={Identities} />
      <Route path="/open/admin-request/:id" component={RequestReview} />
    </>
  );
}
