import { A, createAsync, query, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { noticesApi } from '../../lib/notices-client';
import { useSession } from '../../lib/session';
import { flash, setFlash } from './draft';
import { FormIcon, StatusBadge } from './status';
import './notices.css';

export const listNotices = query(
  (school: string, q: { box: string; q: string; page: number; pageSize: number; status: string; form: string }) => noticesApi(school).list(q),
  'notices-list',
);

const BOXES = [
  { id: 'sent', label: 'nt.boxSent' },
  { id: 'cc', label: 'nt.boxCc' },
  { id: 'shared', label: 'nt.boxShared' },
] as const;

/** N-02 我發送的通知 / 抄送給我的通知 / 分享給我的通知 (admins): search, filters, paging. */
export default function NoticeList() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const list = useListParams(['box', 'status', 'form'] as const);
  const box = () => list.query().box || 'sent';
  const page = createAsync(() => listNotices(params.school, { ...list.query(), box: box() }));
  const boxes = () => BOXES.filter((b) => b.id !== 'shared' || session()?.member.adminRole);
  const note = flash();
  setFlash('');

  return (
    <div class="nt-panel">
      <nav class="nt-tabs" aria-label={t('nt.nav')}>
        <For each={boxes()}>
          {(b) => (
            <button type="button" class="nt-tabs__tab" aria-current={box() === b.id ? 'page' : undefined} onClick={() => list.setFilter('box', b.id)}>
              {t(b.label)}
            </button>
          )}
        </For>
      </nav>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('nt.search')} onSearch={(q) => list.setFilter('q', q)} />
        <label class="toolbar__filter">
          {t('nt.status')}:
          <select value={list.query().status} onChange={(e) => list.setFilter('status', e.currentTarget.value)}>
            <option value="">{t('nt.all')}</option>
            <For each={['sent', 'scheduled', 'closed', 'recalled'] as const}>{(s) => <option value={s}>{t(`nt.st.${s}`)}</option>}</For>
          </select>
        </label>
        <label class="toolbar__filter">
          {t('nt.questions')}:
          <select value={list.query().form} onChange={(e) => list.setFilter('form', e.currentTarget.value)}>
            <option value="">{t('nt.all')}</option>
            <option value="1">{t('nt.withForm')}</option>
            <option value="0">{t('nt.withoutForm')}</option>
          </select>
        </label>
        <span class="toolbar__spacer" />
        <A class="button button--primary" href={`/${params.school}/notices/new`}>
          + {t('nt.compose')}
        </A>
      </div>
      <Show when={note}>
        <p class="notice" role="status">
          {note}
        </p>
      </Show>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('nt.title')}</th>
              <th scope="col">{t('nt.sender')}</th>
              <th scope="col">{t('nt.sentAt')}</th>
              <th scope="col">{t('nt.status')}</th>
              <th scope="col">{t('nt.progress')}</th>
              <th scope="col">{t('nt.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={page()?.items} fallback={<tr><td colspan="6" class="table__empty">{t('common.empty')}</td></tr>}>
              {(n) => (
                <tr>
                  <td>
                    <FormIcon hasForm={n.hasForm} /> <A href={`/${params.school}/notices/${n.id}`}>{n.title}</A>
                    <Show when={n.urgent}>
                      {' '}
                      <span class="nt-urgent">{t('nt.urgent')}</span>
                    </Show>
                  </td>
                  <td>{n.sender.name}</td>
                  <td class="nowrap">{formatDateTime(n.sentAt ?? n.scheduledAt)}</td>
                  <td>
                    <StatusBadge notice={n} />
                  </td>
                  <td class="nowrap nt-counts">
                    {n.counts.read}/{n.counts.recipients} · {n.requireConfirm ? n.counts.confirmed : '—'} · {n.hasForm ? n.counts.answered : '—'}
                  </td>
                  <td>
                    <A class="button button--small" href={`/${params.school}/notices/${n.id}`}>
                      {t('nt.view')}
                    </A>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={page()}>
        {(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={list.setPage} onPageSize={list.setPageSize} />}
      </Show>
    </div>
  );
}
