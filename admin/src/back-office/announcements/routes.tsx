import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const AnnouncementList = lazy(() => import('./AnnouncementList'));
const Compose = lazy(() => import('./Compose'));
const AnnouncementDetail = lazy(() => import('./AnnouncementDetail'));

/** 企業通知公告 (manual §18) under /:school/announcements: the list, 發公告, 編輯 and a detail with its statistics. */
export function AnnouncementRoutes() {
  return (
    <>
      <Route path="/announcements" component={AnnouncementList} />
      <Route path="/announcements/new" component={Compose} />
      <Route path="/announcements/:id/edit" component={Compose} />
      <Route path="/announcements/:id" component={AnnouncementDetail} />
    </>
  );
}
