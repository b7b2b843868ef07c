import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { openAPIRouteHandler } from 'hono-openapi';
import { announcementRoutes } from './announcements/routes';
import { appRoutes } from './apps/routes';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import type { Deps } from './deps';
import { departmentRoutes } from './departments/routes';
import { fileRoutes } from './files/routes';
import { homeSchoolRoutes } from './home-school/routes';
import { homeworkRoutes } from './homework/routes';
import { ApiError } from './lib/errors';
import { type AppEnv, router } from './lib/hono';
import { pickLocale } from './lib/i18n';
import { memberRoutes } from './members/routes';
import { messageRoutes } from './messages/routes';
import { noticeRoutes } from './notices/routes';
import { onError } from './middleware/errors';
import { session } from './middleware/session';
import { tenant } from './middleware/tenant';
import { operatorRoutes } from './operator/routes';
import { promotionRoutes } from './promotion/routes';
import { roleRoutes } from './roles/routes';
import { memberConfidentialRoutes } from './settings/confidential-routes';
import { settingsRoutes } from './settings/routes';
import { siteRoutes } from './site/routes';
import { subscriptionRoutes } from './subscription/routes';
import { tagRoutes } from './tags/routes';

export const JSON_LIMIT = 1024 * 1024;

/** The school-scoped API: `/api/s/:school/…`, every route behind tenant and session. */
function schoolApi() {
  return router()
    .use(tenant, session)
    .get('/info', (c) => c.json({ code: c.var.ctx.school.code, name: c.var.ctx.school.name }))
    .route('/auth', authRoutes)
    .route('/messages', messageRoutes)
    .route('/notices', noticeRoutes)
    .route('/announcements', announcementRoutes)
    .route('/members', memberRoutes)
    .route('/members', memberConfidentialRoutes)
    .route('/audit', auditRoutes)
    .route('/settings', settingsRoutes)
    .route('/files', fileRoutes)
    .route('/departments', departmentRoutes)
    .route('/tags', tagRoutes)
    .route('/home-school', homeSchoolRoutes)
    .route('/homework', homeworkRoutes)
    .route('/roles', roleRoutes)
    .route('/apps', appRoutes)
    .route('/site', siteRoutes)
    .route('/subscription', subscriptionRoutes)
    .route('/promotion', promotionRoutes);
}

/** Builds the runtime-neutral app; `bun.ts` and `worker.ts` wrap it. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('locale', pickLocale(c.req.header('accept-language')));
    await next();
  });
  app.use('/api/*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  const limitBody = bodyLimit({
    maxSize: JSON_LIMIT,
    onError: () => {
      throw new ApiError('payload_too_large', { params: { limit: '1 MB' } });
    },
  });
  app.use('/api/*', async (c, next) => {
    // reads carry no body; uploads stream and count their own bytes against a larger limit
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (c.req.method === 'POST' && /^\/api\/s\/[^/]+\/(files|promotion\/b01\/upload)\/?$/.test(c.req.path)) return next();
    return limitBody(c, next);
  });
  app.get('/api/health', (c) => c.json({ ok: true, time: deps.clock.now().toISOString() }));
  const routes = app.route('/api/s/:school', schoolApi()).route('/api/operator', operatorRoutes);
  app.get(
    '/api/openapi.json',
    openAPIRouteHandler(app, {
      documentation: {
        openapi: '3.1.0',
        info: {
          title: 'Smart Campus API (智慧校園)',
          version: '0.1.0',
          description: 'School-scoped routes live under /api/s/{school}; errors are { error: { code, message, field } }.',
        },
      },
    }),
  );
  app.get('/api/docs', Scalar({ url: '/api/openapi.json', pageTitle: 'Smart Campus API' }));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? onError(new ApiError('not_found'), c) : c.text('Not found', 404)));
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
