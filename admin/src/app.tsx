import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { ContactRoutes } from './back-office/contacts/routes';
import { PermissionRoutes } from './back-office/permissions/routes';
import { PromotionRoutes } from './back-office/promotion/routes';
import { SubscriptionRoutes } from './back-office/subscription/routes';
import { SiteRoutes } from './back-office/site/routes';
import { TagRoutes } from './back-office/tags/routes';
import NotFound from './components/NotFound';
import { MobileRoutes } from './mobile/more/routes';
import { MobileNoticeRoutes } from './mobile/notices/routes';
import { MobileSubscriptionRoutes } from './mobile/identities/routes';
import { MobileHomeworkRoutes } from './mobile/homework/routes';
import { NoticeRoutes } from './back-office/notices/routes';
import { HomeworkRoutes } from './back-office/homework/routes';
import { AnnouncementRoutes } from './back-office/announcements/routes';
import { MobileAnnouncementRoutes } from './mobile/announcements/routes';
import SchoolPicker from './SchoolPicker';

// Each surface loads only its own screens: the phone never downloads the back-office.
const SignIn = lazy(() => import('./back-office/auth/SignIn'));
const Layout = lazy(() => import('./back-office/layout/Layout'));
const Home = lazy(() => import('./back-office/home/Home'));
const Members = lazy(() => import('./back-office/members/Members'));
const Audit = lazy(() => import('./back-office/audit/Audit'));
const NotOpen = lazy(() => import('./back-office/layout/NotOpen'));
const MobileSignIn = lazy(() => import('./mobile/auth/SignIn'));
const Subscribe = lazy(() => import('./mobile/subscribe/Subscribe'));
const MobileLayout = lazy(() => import('./mobile/layout/MobileLayout'));
const Workbench = lazy(() => import('./mobile/workbench/Workbench'));
const Messages = lazy(() => import('./mobile/messages/Messages'));

/** The routes, under /admin. */
export default function App() {
  return (
    <Router base="/admin">
      <Route path="/" component={SchoolPicker} />
      <Route path="/:school/sign-in" component={SignIn} />
      <Route path="/:school/m/sign-in" component={MobileSignIn} />
      <Route path="/:school/m/subscribe" component={Subscribe} />
      <Route path="/:school/m" component={MobileLayout}>
        <Route path="/" component={Workbench} />
        <Route path="/messages" component={Messages} />
        <MobileRoutes />
        <MobileNoticeRoutes />
        <MobileSubscriptionRoutes />
        <MobileHomeworkRoutes />
        <MobileAnnouncementRoutes />
        <Route path="/*rest" component={NotFound} />
      </Route>
      <Route path="/:school" component={Layout}>
        <Route path="/" component={Home} />
        <Route path="/contacts/members" component={Members} />
        <Route path="/audit" component={Audit} />
        <ContactRoutes />
        <TagRoutes />
        <PermissionRoutes />
        <PromotionRoutes />
        <SubscriptionRoutes />
        <SiteRoutes />
        <NoticeRoutes />
        <HomeworkRoutes />
        <AnnouncementRoutes />
        <Route path="/*rest" component={NotOpen} />
      </Route>
      <Route path="*" component={NotFound} />
    </Router>
  );
}
