import { Route } from '@solidjs/router';

/** Further mobile screens (workbench apps, child switcher, QR confirm …), under /:school/m. */
export function MobileRoutes() {
  return <></>;
}
