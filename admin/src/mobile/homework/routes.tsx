import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Home = lazy(() => import('./Home'));
const Assign = lazy(() => import('./teacher/Assign'));
const Homework = lazy(() => import('./Homework'));
const Grade = lazy(() => import('./teacher/Grade'));

/**
 * 功課 on the phone (manual §9, HW-12), under /:school/m/apps/homework where the workbench's
 * tile leads: a teacher's homework, 佈置作業, one homework and a student's answers to grade; a
 * student's (or parent's child's) homework and the answer screen. Messages about a homework
 * open /m/open/homework/<id>, which comes here.
 */
export function MobileHomeworkRoutes() {
  return (
    <>
      <Route path="/apps/homework" component={Home} />
      <Route path="/apps/homework/new" component={Assign} />
      <Route path="/apps/homework/:id" component={Homework} />
      <Route path="/apps/homework/:id/s/:submissionId" component={Grade} />
    </>
  );
}
