import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Admins = lazy(() => import('./Admins'));
const Groups = lazy(() => import('./Groups'));
const Security = lazy(() => import('./Security'));
const DeployedApps = lazy(() => import('./apps/DeployedApps'));
const Workbench = lazy(() => import('./apps/Workbench'));

/**
 * The permissions screens of the back-office, under /:school: 權限管理 (管理員, 管理組, 安全與
 * 保密) and 應用管理 (部署應用, 工作台), at the paths of layout/menu.ts.
 */
export function PermissionRoutes() {
  return (
    <>
      <Route path="/permissions/admins" component={Admins} />
      <Route path="/permissions/groups" component={Groups} />
      <Route path="/permissions/security" component={Security} />
      <Route path="/apps/deployed" component={DeployedApps} />
      <Route path="/apps/workbench" component={Workbench} />
    </>
  );
}
