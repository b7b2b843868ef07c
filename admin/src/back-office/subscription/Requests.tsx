import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import FormError from '../../components/FormError';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { type AdminRequest, type RequestStatus as Status, subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import RequestActions, { Decision, RequestStatus } from './RequestActions';
import './requests.css';

const TABS = ['pending', 'approved', 'rejected', 'all'] as const;

/** 部門 and 任教班級 of a request in one cell. */
export function Placement(props: { request: AdminRequest }) {
  return (
    <span class="req__stack">
      <span>{props.request.departments.map((d) => d.name ?? '—').join('、') || <span class="muted">{t('sub.req.root')}</span>}</span>
      <Show when={props.request.teaching.length}>
        <span class="muted">{props.request.teaching.map((c) => `${c.className ?? '—'} ${c.subjectName ?? ''}`.trim()).join('、')}</span>
      </Show>
    </span>
  );
}

/**
 * 管理員訂閱審批 (SUB-01): the new admins' applications — 待審批 first — searchable by name or
 * phone and paged (X-01), each with 同意 / 拒絕 asked first and a link to its page.
 */
export default function Requests() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['status'] as const);
  const status = () => (TABS as readonly string[]).includes(list.query().status) ? (list.query().status as Status | 'all') : 'pending';
  const [page, { refetch }] = createResource(
    () => ({ ...list.query(), status: status() }),
    (q) => subscriptionApi(params.school).requests.list(q),
  );
  const [note, setNote] = createSignal('');
  useTitle(() => t('sub.req.nav'));

  const decided = async (_: AdminRequest, message: string) => {
    setNote(message);
    await refetch();
  };

  return (
    <section class="req" aria-labelledby="req-title">
      <h1 id="req-title">{t('sub.req.nav')}</h1>
      <p class="muted req__note">{t('sub.req.note')}</p>
      <nav class="req__tabs" aria-label={t('sub.req.status')}>
        <For each={TABS}>
          {(tab) => (
            <button type="button" class="req__tab" aria-current={status() === tab ? 'page' : undefined} onClick={() => (setNote(''), list.setFilter('status', tab === 'pending' ? '' : tab))}>
              {t(`sub.req.tab.${tab}`)}
            </button>
          )}
        </For>
      </nav>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('sub.req.search')} onSearch={(q) => list.setFilter('q', q)} />
      </div>
      <Show when={note()}>
        <StatusNote>{note()}</StatusNote>
      </Show>
      <FormError message={(page.error as Error | undefined)?.message} />
      <div class="table-wrap">
        <table class="table" classList={{ 'table--stale': page.loading }}>
          <thead>
            <tr>
              <th scope="col">{t('sub.req.name')}</th>
              <th scope="col">{t('sub.req.phone')}</th>
              <th scope="col">{t('sub.req.identity')}</th>
              <th scope="col">
                {t('sub.req.departments')} / {t('sub.req.teaching')}
              </th>
              <th scope="col">{t('sub.req.card')}</th>
              <th scope="col">{t('sub.req.appliedAt')}</th>
              <th scope="col">{t('sub.req.status')}</th>
              <th scope="col">{t('sub.req.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page.latest?.items}
              fallback={<EmptyRow columns={8}>{status() === 'pending' && !list.query().q ? t('sub.req.emptyPending') : t('common.empty')}</EmptyRow>}
            >
              {(r) => (
                <tr>
                  <td class="nowrap">
                    <A href={`/${params.school}/subscription/requests/${r.id}`}>{r.name}</A>
                  </td>
                  <td class="nowrap">
                    +{r.areaCode} {r.phone}
                  </td>
                  <td class="nowrap">{t(`sub.identity.${r.identity}`)}</td>
                  <td>
                    <Placement request={r} />
                  </td>
                  <td class="nowrap">
                    <span class="muted">{t(`sub.card.${r.cardType}`)}</span> {r.cardNumber}
                  </td>
                  <td class="nowrap">{formatDateTime(r.createdAt)}</td>
                  <td>
                    <span class="req__stack">
                      <RequestStatus request={r} />
                      <Decision request={r} />
                    </span>
                  </td>
                  <td class="nowrap">
                    <RequestActions school={params.school} request={r} onDecided={decided} />
                    <Show when={r.status !== 'pending'}>
                      <A class="button button--small" href={`/${params.school}/subscription/requests/${r.id}`}>
                        {t('sub.req.view')}
                      </A>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <ListPager page={page.latest} list={list} />
    </section>
  );
}
