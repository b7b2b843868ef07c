import { lazy, Show } from 'solid-js';
import { useSession } from '../../lib/session';

const Assignment = lazy(() => import('./teacher/Assignment'));
const MyHomework = lazy(() => import('./student/MyHomework'));

/** One homework: its students and counts for staff, the answer screen for a student or parent. */
export default function Homework() {
  const session = useSession();
  return (
    <Show when={session()?.member.kind === 'staff'} fallback={<MyHomework />}>
      <Assignment />
    </Show>
  );
}
