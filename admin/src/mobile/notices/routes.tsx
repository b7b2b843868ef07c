import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Inbox = lazy(() => import('./Inbox'));
const InboxNotice = lazy(() => import('./InboxNotice'));
const OpenRef = lazy(() => import('./OpenRef'));

/**
 * 家校通知 on the phone (N-09), under /:school/m: the notices of the child being looked at, one
 * notice with its 確認 and form; and /open/:type/:id, where 消息提醒 items lead.
 */
export function MobileNoticeRoutes() {
  return (
    <>
      <Route path="/notices" component={Inbox} />
      <Route path="/notices/:id" component={InboxNotice} />
      <Route path="/open/:type/:id" component={OpenRef} />
    </>
  );
}
