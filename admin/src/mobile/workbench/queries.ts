import { query } from '@solidjs/router';
import { permissionsApi } from '../../lib/permissions-client';

/** The apps this member may open, grouped and ordered (APP-02). */
export const myWorkbench = query((school: string) => permissionsApi(school).apps.mine(), 'my-workbench');

/** Where an app's tile leads: its screen when it has one, else its 即將推出 page. */
export const appPath = (school: string, key: string): string => (key === 'messages' || key === 'notices' ? `/${school}/m/${key}` : `/${school}/m/apps/${key}`);
