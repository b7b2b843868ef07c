import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Requests = lazy(() => import('./Requests'));
const RequestDetail = lazy(() => import('./RequestDetail'));

/** 管理員訂閱審批 (SUB-01) under /:school: the applications, and one of them (where the message to the admins leads). */
export function SubscriptionRoutes() {
  return (
    <>
      <Route path="/subscription/requests" component={Requests} />
      <Route path="/subscription/requests/:id" component={RequestDetail} />
    </>
  );
}
