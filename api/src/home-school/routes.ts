import { router } from '../lib/hono';
import { requireActor } from '../middleware/session';
import { leavingRoutes } from './leaving-routes';
import { structureRoutes } from './structure-routes';
import { studentRoutes } from './student-routes';
import { teachingRoutes } from './teaching-routes';

/**
 * Home-school contacts (家校通訊錄, CT-02, CT-03), 轉學 and 校友. Everything needs a signed-in
 * member; the services decide who may do what (home-school/policy.ts).
 */
export const homeSchoolRoutes = router()
  .use(requireActor)
  .route('/', structureRoutes)
  .route('/', leavingRoutes)
  .route('/', teachingRoutes)
  .route('/', studentRoutes);
