import { Show } from 'solid-js';
import type { AssignmentStatus, SubmissionStatus } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';

/** 未開始 · 已保存 · 已提交 · 已批改 · 需訂正: the student's homework, coloured by what it asks of them. */
export function SubmissionTag(props: { status: SubmissionStatus }) {
  return <span class={`hwm-tag hwm-tag--${props.status}`}>{t(`hw.sub.st.${props.status}`)}</span>;
}

/** 草稿 · 已發布 · 反饋 · 已完結. */
export function AssignmentTag(props: { status: AssignmentStatus }) {
  return <span class={`hwm-tag hwm-tag--as-${props.status}`}>{t(`hw.as.st.${props.status}`)}</span>;
}

/** 遲交, when it was. */
export function LateTag(props: { late: boolean }) {
  return (
    <Show when={props.late}>
      <span class="hwm-tag hwm-tag--late">{t('hw.sub.late')}</span>
    </Show>
  );
}
