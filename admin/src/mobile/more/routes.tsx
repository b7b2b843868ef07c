import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { rememberQrPage } from './return-after-sign-in';

const ComingSoon = lazy(() => import('./ComingSoon'));
const QrConfirm = lazy(() => import('./QrConfirm'));

/**
 * Further mobile screens, under /:school/m: a workbench app without screens yet (即將推出)
 * and the confirmation of a desk's QR sign-in (the address inside the code).
 */
export function MobileRoutes() {
  // read as the app starts: a signed-out phone is redirected to sign in before any screen
  // loads, so the QR code's page is noted now and the workbench sends the member back to it
  if (typeof location !== 'undefined') rememberQrPage(location.pathname);
  return (
    <>
      <Route path="/apps/:key" component={ComingSoon} />
      <Route path="/qr/:token" component={QrConfirm} />
    </>
  );
}
