import { router } from '../lib/hono';
import { assignmentRoutes } from './assignments/routes';
import { mineRoutes } from './mine/routes';
import { questionRoutes } from './bank/routes';
import { definitionRoutes } from './definitions/routes';
import { questionFileRoutes } from './formats/routes';
import { gradingRoutes, transcriptMineRoutes } from './grading/routes';

/**
 * 功課 (SPEC §3.7, docs/HOMEWORK.md), mounted at /homework: the question bank, definitions,
 * student homework and the student's side. Routes with fixed paths on a shared prefix
 * (/questions/import, /questions/export) are mounted before the ones taking `:id`.
 */
export const homeworkRoutes = router().route('/questions', questionFileRoutes).route('/questions', questionRoutes).route('/definitions', definitionRoutes).route('/assignments', assignmentRoutes).route('/mine', mineRoutes).route('/assignments', gradingRoutes).route('/mine', transcriptMineRoutes);
