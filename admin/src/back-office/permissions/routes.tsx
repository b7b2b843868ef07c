import { Route } from '@solidjs/router';

/** The permissions screens of the back-office, under /:school. */
export function PermissionRoutes() {
  return <></>;
}
