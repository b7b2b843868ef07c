import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import { formatDateTime, t } from '../../lib/i18n';
import { type AdminRequest, subscriptionApi } from '../../lib/subscription-client';
import RejectDialog, { type RejectRequest } from './RejectDialog';

/** 待審批 / 已同意 / 已拒絕 as a badge. */
export function RequestStatus(props: { request: AdminRequest }) {
  return (
    <span class="badge" classList={{ 'req__badge--pending': props.request.status === 'pending', 'badge--active': props.request.status === 'approved', 'badge--disabled': props.request.status === 'rejected' }}>
      {t(`sub.req.st.${props.request.status}`)}
    </span>
  );
}

/** Who decided a request, when, and the reason of a refusal. */
export function Decision(props: { request: AdminRequest }) {
  return (
    <Show when={props.request.decidedBy && props.request.decidedAt}>
      <span class="muted req__decided">
        {t('sub.req.decided', { name: props.request.decidedBy?.name ?? '', at: formatDateTime(props.request.decidedAt ?? ''), status: t(`sub.req.st.${props.request.status}`) })}
        <Show when={props.request.reason}> · {t('sub.req.reasonWas', { reason: props.request.reason })}</Show>
        <Show when={props.request.status === 'approved'}>
          {' · '}
          {t('sub.req.member')}
          <For each={props.request.memberTags}>{(tag) => <span class="req__tag">{tag}</span>}</For>
        </Show>
      </span>
    </Show>
  );
}

/**
 * 同意 / 拒絕 of one pending request (SUB-01), each asked first: 同意 adds the applicant with
 * the 管理員 tag and invites them; 拒絕 takes an optional reason the applicant gets by SMS.
 * `onDecided` receives the request as the API answers it and the message to show.
 */
export default function RequestActions(props: { school: string; request: AdminRequest; large?: boolean; onDecided: (r: AdminRequest, message: string) => void }) {
  const api = () => subscriptionApi(props.school);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);
  const [reject, setReject] = createSignal<RejectRequest | null>(null);
  const r = () => props.request;

  const askApprove = () =>
    setConfirm({
      title: t('sub.req.approveTitle'),
      body: t('sub.req.approveBody', { name: r().name, identity: t(`sub.identity.${r().identity}`) }),
      confirmLabel: t('sub.req.approve'),
      run: async () => props.onDecided(await api().requests.approve(r().id), t('sub.req.approved', { name: r().name })),
    });
  const askReject = () =>
    setReject({
      name: r().name,
      run: async (reason) => props.onDecided(await api().requests.reject(r().id, reason), t('sub.req.rejected', { name: r().name })),
    });

  // the dialogs stay mounted while the decided request re-renders without its buttons
  return (
    <>
      <Show when={r().status === 'pending'}>
        <span class="req__actions">
          <button type="button" class="button button--primary" classList={{ 'button--small': !props.large }} aria-label={`${t('sub.req.approve')} ${r().name}`} onClick={askApprove}>
            {t('sub.req.approve')}
          </button>
          <button type="button" class="button button--danger-text" classList={{ 'button--small': !props.large }} aria-label={`${t('sub.req.reject')} ${r().name}`} onClick={askReject}>
            {t('sub.req.reject')}
          </button>
        </span>
      </Show>
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
      <RejectDialog request={reject()} onClose={() => setReject(null)} />
    </>
  );
}
