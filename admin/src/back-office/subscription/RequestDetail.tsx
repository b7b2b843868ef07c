import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime, t } from '../../lib/i18n';
import { type AdminRequest, subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import RequestActions, { Decision, RequestStatus } from './RequestActions';
import StatusNote from '../../components/StatusNote';
import './requests.css';

/**
 * One new admin's application (SUB-01), where the message to the admins leads
 * (點擊註冊消息查看申請加入的管理員資訊): who applied, with which card, for which departments
 * and classes, and 同意 / 拒絕.
 */
export default function RequestDetail() {
  const params = useParams<{ school: string; id: string }>();
  const [request, { mutate }] = createResource(
    () => ({ school: params.school, id: params.id }),
    (p) => subscriptionApi(p.school).requests.get(p.id),
  );
  const [note, setNote] = createSignal('');
  useTitle(() => t('sub.req.detail'));

  return (
    <section class="req" aria-labelledby="req-detail-title">
      <A class="req__back" href={`/${params.school}/subscription/requests`}>
        ← {t('sub.req.back')}
      </A>
      <Show when={request()} fallback={<p class="loading">{request.error ? (request.error as Error).message : t('common.loading')}</p>}>
        {(r) => (
          <article class="panel req__card">
            <header class="req__head">
              <span class="avatar avatar--large" aria-hidden="true">
                {r().name.slice(0, 1)}
              </span>
              <div>
                <h1 id="req-detail-title">{r().name}</h1>
                <p class="muted">{t(r().status === 'pending' ? 'sub.req.intro' : 'sub.req.applied', { name: r().name })}</p>
              </div>
              <RequestStatus request={r()} />
            </header>
            <Show when={note()}>
              <StatusNote>{note()}</StatusNote>
            </Show>
            <RequestFacts request={r()} />
            <footer class="req__foot">
              <Decision request={r()} />
              <RequestActions school={params.school} request={r()} large onDecided={(next: AdminRequest, message) => (mutate(next), setNote(message))} />
            </footer>
          </article>
        )}
      </Show>
    </section>
  );
}

/** What the applicant gave, as a definition list. */
export function RequestFacts(props: { request: AdminRequest }) {
  const r = () => props.request;
  return (
    <dl class="req__facts">
      <dt>{t('sub.req.phone')}</dt>
      <dd>
        +{r().areaCode} {r().phone}
      </dd>
      <dt>{t('sub.req.identity')}</dt>
      <dd>{t(`sub.identity.${r().identity}`)}</dd>
      <dt>{t('sub.req.card')}</dt>
      <dd>
        {t(`sub.card.${r().cardType}`)} {r().cardNumber}
      </dd>
      <dt>{t('sub.req.departments')}</dt>
      <dd>{r().departments.map((d) => d.name ?? '—').join('、') || t('sub.req.root')}</dd>
      <Show when={r().teaching.length}>
        <dt>{t('sub.req.teaching')}</dt>
        <dd>
          <ul class="req__teaching">
            <For each={r().teaching}>{(c) => <li>{`${c.className ?? '—'} · ${c.subjectName ?? '—'}`}</li>}</For>
          </ul>
        </dd>
      </Show>
      <dt>{t('sub.req.appliedAt')}</dt>
      <dd>{formatDateTime(r().createdAt)}</dd>
    </dl>
  );
}
