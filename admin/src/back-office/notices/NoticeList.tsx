import { A, createAsync, query, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
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
        <FilterSelect
          label={t('nt.status')}
          value={list.query().status}
          options={[{ value: '', label: t('nt.all') }, ...(['sent', 'scheduled', 'closed', 'recalled'] as const).map((s) => ({ value: s, label: t(`nt.st.${s}`) }))]}
          onChange={(v) => list.setFilter('status', v)}
        />
        <FilterSelect
          label={t('nt.questions')}
          value={list.query().form}
          options={[{ value: '', label: t('nt.all') }, { value: '1', label: t('nt.withForm') }, { value: '0', label: t('nt.withoutForm') }]}
          onChange={(v) => list.setFilter('form', v)}
        />
        <span class="toolbar__spacer" />
        <A class="button button--primary" href={`/${params.school}/notices/new`}>
          + {t('nt.compose')}
        </A>
      </div>
      <Show when={note}>
        <StatusNote>{note}</StatusNote>
      </Show>
      <TableShell columns={[t('nt.title'), t('nt.sender'), t('nt.sentAt'), t('nt.status'), t('nt.progress'), t('nt.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={6} />}>
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
      </TableShell>
      <ListPager page={page()} list={list} />
    </div>
  );
}
