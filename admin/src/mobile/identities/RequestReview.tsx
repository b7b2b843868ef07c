import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import RequestActions, { Decision, RequestStatus } from '../../back-office/subscription/RequestActions';
import { formatDateTime, t } from '../../lib/i18n';
import { subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import PageHeader from '../more/PageHeader';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import '../../back-office/subscription/requests.css';
import '../subscribe/subscribe.css';
import './identities.css';

/**
 * Where the message 新管理員申請加入 leads on an admin's phone (manual §1 管理員審核: 點擊註冊
 * 消息查看申請加入的管理員資訊，點擊【同意】): the application and 同意 / 拒絕 (SUB-01), with the
 * way to every application in the back-office.
 */
export default function RequestReview() {
  const params = useParams<{ school: string; id: string }>();
  const [request, { mutate }] = createResource(
    () => ({ school: params.school, id: params.id }),
    (p) => subscriptionApi(p.school).requests.get(p.id),
  );
  const [note, setNote] = createSignal('');
  useTitle(() => t('sub.req.detail'));

  return (
    <>
      <PageHeader title={t('sub.req.detail')} back={`/${params.school}/m/messages`} />
      <main class="m-body sub-my">
        <FormError message={(request.error as Error | undefined)?.message} />
        <Show when={request()} fallback={<Show when={!request.error}><p class="loading">{t('common.loading')}</p></Show>}>
          {(r) => (
            <section class="m-card sub-review" aria-labelledby="review-title">
              <div class="sub-review__head">
                <h2 id="review-title">{r().name}</h2>
                <RequestStatus request={r()} />
              </div>
              <p class="muted">{t(r().status === 'pending' ? 'sub.req.intro' : 'sub.req.applied', { name: r().name })}</p>
              <dl class="sub__facts">
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
                    <For each={r().teaching}>{(c) => <span class="sub-review__class">{`${c.className ?? '—'} · ${c.subjectName ?? '—'}`}</span>}</For>
                  </dd>
                </Show>
                <dt>{t('sub.req.appliedAt')}</dt>
                <dd>{formatDateTime(r().createdAt)}</dd>
              </dl>
              <Show when={note()}>
                <StatusNote>{note()}</StatusNote>
              </Show>
              <Decision request={r()} />
              <div class="sub-review__actions">
                <RequestActions school={params.school} request={r()} large onDecided={(next, message) => (mutate(next), setNote(message))} />
              </div>
            </section>
          )}
        </Show>
        <a class="button button--link sub-review__all" href={`/admin/${params.school}/subscription/requests/${params.id}`}>
          {t('sub.req.openBackOffice')}
        </a>
      </main>
    </>
  );
}
