import { lazy, Show } from 'solid-js';
import { useSession } from '../../lib/session';

const TeacherList = lazy(() => import('./teacher/TeacherList'));
const MyList = lazy(() => import('./student/MyList'));

/** 功課's first screen: the staff's homework list, or a student's (parent's child's) homework. */
export default function Home() {
  const session = useSession();
  return (
    <Show when={session()?.member.kind === 'staff'} fallback={<MyList />}>
      <TeacherList />
    </Show>
  );
}
