import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Received = lazy(() => import('./Received'));
const ReadAnnouncement = lazy(() => import('./ReadAnnouncement'));

/**
 * 企業通知公告 on the staff's phones (ANN-01, ANN-02), under /:school/m: the announcements sent
 * to me (also where the workbench tile leads, /apps/announcements) and one to read and like.
 */
export function MobileAnnouncementRoutes() {
  return (
    <>
      <Route path={['/announcements', '/apps/announcements']} component={Received} />
      <Route path="/announcements/:id" component={ReadAnnouncement} />
    </>
  );
}
