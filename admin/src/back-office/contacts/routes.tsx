import { Route } from '@solidjs/router';

/** The contacts screens of the back-office, under /:school. */
export function ContactRoutes() {
  return <></>;
}
