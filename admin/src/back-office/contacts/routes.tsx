import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Departments = lazy(() => import('./Departments'));
const HomeSchool = lazy(() => import('./HomeSchool'));

/**
 * The contacts screens of the back-office, under /:school. (A component returning <Route>s is
 * read by the router like the routes themselves: its children resolve to the route objects.)
 */
export function ContactRoutes() {
  return (
    <>
      <Route path="/contacts/departments" component={Departments} />
      <Route path="/contacts/home-school" component={HomeSchool} />
    </>
  );
}
