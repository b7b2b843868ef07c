import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const NoticeList = lazy(() => import('./NoticeList'));
const Compose = lazy(() => import('./Compose'));
const NoticeDetail = lazy(() => import('./NoticeDetail'));

/** 家校通知 (manual §3) under /:school/notices: the lists, 發送通知 and a notice's detail. */
export function NoticeRoutes() {
  return (
    <>
      <Route path="/notices" component={NoticeList} />
      <Route path="/notices/new" component={Compose} />
      <Route path="/notices/:id" component={NoticeDetail} />
    </>
  );
}
