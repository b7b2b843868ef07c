import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { formatDateTime, t } from '../../../lib/i18n';
import { isPast } from '../format';
import { AssignmentTag } from '../shared/Tags';
import type { AssignmentItem } from '../types';

/** One homework in the teacher's list: title, state, subject and type, classes, deadline, progress. */
export default function AssignmentCard(props: { school: string; item: AssignmentItem }) {
  const a = () => props.item;
  const pct = () => (a().counts.students ? Math.round((a().counts.submitted / a().counts.students) * 100) : 0);
  return (
    <A href={`/${props.school}/m/apps/homework/${a().id}`} class="hwm-card hwm-card--link">
      <span class="hwm-card__head">
        <span class="hwm-card__title">{a().title}</span>
        <AssignmentTag status={a().status} />
      </span>
      <span class="hwm-card__meta">
        {a().subject.name} · {t(`hw.as.kind.${a().kind}`)} · {a().classes.map((c) => c.name).join('、')}
      </span>
      <Show when={a().status === 'draft' && a().scheduledAt}>
        <span class="hwm-card__meta">{t('hwm.scheduledFor', { at: formatDateTime(a().scheduledAt) })}</span>
      </Show>
      <Show when={a().deadline}>
        <span class="hwm-card__meta" classList={{ 'hwm-card__meta--past': isPast(a().deadline) }}>
          {t('hwm.deadlineAt', { at: formatDateTime(a().deadline) })}
        </span>
      </Show>
      <Show when={a().status !== 'draft'}>
        <span class="hwm-progress" aria-hidden="true">
          <span class="hwm-progress__bar" style={{ width: `${pct()}%` }} />
        </span>
        <span class="hwm-card__counts">
          {t('hwm.progress', { submitted: a().counts.submitted, students: a().counts.students, graded: a().counts.graded })}
        </span>
      </Show>
    </A>
  );
}
