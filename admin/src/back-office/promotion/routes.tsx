import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const B08 = lazy(() => import('./B08'));
const B01 = lazy(() => import('./B01'));
const SubscriptionQr = lazy(() => import('./SubscriptionQr'));

/**
 * 自動升班 (manual §2) under /:school, at the paths of layout/menu.ts: 按B08表同步年級班別,
 * 按B01表更新通訊錄年級班別, and the three subscription QR codes of manual §1.
 */
export function PromotionRoutes() {
  return (
    <>
      <Route path="/promotion/b08" component={B08} />
      <Route path="/promotion/b01" component={B01} />
      <Route path="/promotion/qr" component={SubscriptionQr} />
    </>
  );
}
