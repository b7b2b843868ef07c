import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import TableShell from '../../components/TableShell';
import type { AnnouncementDetail } from '../../lib/announcements-client';
import { formatDateTime, t } from '../../lib/i18n';
import { listReaders } from './queries';
import { Thumb } from '../notices/glyphs';

/** 成員閱讀情況 (ANN-02): 已讀 n / 未讀 m, each member with when and how often they read it, and their like. */
export default function Readers(props: { school: string; announcement: AnnouncementDetail }) {
  const [state, setState] = createSignal<'read' | 'unread'>('unread');
  const [q, setQ] = createSignal('');
  const [page, setPage] = createSignal(1);
  const [pageSize, setPageSize] = createSignal(10);
  const rows = createAsync(() => listReaders(props.school, props.announcement.id, { state: state(), q: q(), page: page(), pageSize: pageSize() }));
  const pick = (s: 'read' | 'unread') => (setState(s), setPage(1));
  const count = (s: 'read' | 'unread') => (s === 'read' ? props.announcement.stats.read : props.announcement.stats.unread);

  return (
    <section class="nt-section an-readers">
      <h3>{t('an.readers')}</h3>
      <div class="an-readers__head">
        <div class="an-segment" role="group" aria-label={t('an.readers')}>
          <For each={['read', 'unread'] as const}>
            {(s) => (
              <button type="button" class="an-segment__item" aria-pressed={state() === s} onClick={() => pick(s)}>
                <strong data-testid={`an-readers-${s}`}>{count(s)}</strong>
                <span>{t(s === 'read' ? 'nt.read' : 'nt.unread')}</span>
              </button>
            )}
          </For>
        </div>
        <SearchBox value={q()} placeholder={t('an.searchMember')} onSearch={(v) => (setQ(v), setPage(1))} />
      </div>
      <TableShell columns={[t('an.member'), t('an.readAt'), t('an.stat.reads'), t('an.liked')]}>
        <For each={rows()?.items} fallback={<EmptyRow columns={4} />}>
          {(r) => (
            <tr>
              <td>{r.member.name}</td>
              <td class="nowrap">{r.readAt ? formatDateTime(r.readAt) : <span class="muted">{t('nt.unread')}</span>}</td>
              <td class="nt-counts">{r.readCount}</td>
              <td>{r.likedAt ? <span class="nt-yes an-liked"><Thumb size={16} filled /> {t('an.liked')}</span> : <span class="nt-no">—</span>}</td>
            </tr>
          )}
        </For>
      </TableShell>
      <Show when={rows()}>{(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={setPage} onPageSize={(n) => (setPageSize(n), setPage(1))} />}</Show>
    </section>
  );
}
