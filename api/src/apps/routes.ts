import { router } from '../lib/hono';
import { requireActor } from '../middleware/session';

/** Filled in by issue 3. */
export const appRoutes = router().use(requireActor);
