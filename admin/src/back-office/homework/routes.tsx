import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';

const Subjects = lazy(() => import('../teaching/Subjects'));
const QuestionList = lazy(() => import('./questions/QuestionList'));
const QuestionPage = lazy(() => import('./questions/QuestionPage'));
const DefinitionList = lazy(() => import('./definitions/DefinitionList'));
const DefinitionEditor = lazy(() => import('./definitions/DefinitionEditor'));
const AssignmentList = lazy(() => import('./assignments/AssignmentList'));
const AssignmentForm = lazy(() => import('./assignments/AssignmentForm'));
const Submissions = lazy(() => import('./assignments/Submissions'));
const Grading = lazy(() => import('./assignments/Grading'));
const Transcript = lazy(() => import('./assignments/Transcript'));

/** 科目管理 (TT-07) and 功課 (manual §5 題庫, 作業定義, 學生作業) under /:school. */
export function HomeworkRoutes() {
  return (
    <>
      <Route path="/teaching/subjects" component={Subjects} />
      <Route path="/homework/questions" component={QuestionList} />
      <Route path="/homework/questions/new" component={QuestionPage} />
      <Route path="/homework/questions/:id" component={QuestionPage} />
      <Route path="/homework/definitions" component={DefinitionList} />
      <Route path="/homework/definitions/:id" component={DefinitionEditor} />
      <Route path="/homework/assignments" component={AssignmentList} />
      <Route path="/homework/assignments/new" component={AssignmentForm} />
      <Route path="/homework/assignments/:id/edit" component={AssignmentForm} />
      <Route path="/homework/assignments/:id" component={Submissions} />
      <Route path="/homework/assignments/:id/submissions/:submissionId" component={Grading} />
      <Route path="/homework/assignments/:id/submissions/:submissionId/transcript" component={Transcript} />
    </>
  );
}
