import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import ListPager from '../../components/ListPager';
import { formatDateTime, t } from '../../lib/i18n';
import type { useListParams } from '../../lib/list-params';
import { transferList } from './queries';

type ListParams = ReturnType<typeof useListParams<'node' | 'student' | 'view' | 'joined'>>;

/** 轉學記錄: who left for which school, from which class, when and why (newest first). */
export default function TransfersPane(props: { school: string; list: ListParams }) {
  const q = () => props.list.query();
  const page = createAsync(() => transferList(props.school, q().page, q().pageSize));
  return (
    <div class="pane-section">
      <div class="section-bar">
        <h2 class="section-bar__title">
          {t('contacts.transfers')}
          <Show when={page()}>{(p) => <span class="section-bar__count">{p().total}</span>}</Show>
        </h2>
      </div>
      <div class="table-wrap section-gap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('contacts.student')}</th>
              <th scope="col">{t('contacts.fromClass')}</th>
              <th scope="col">{t('contacts.toSchoolCol')}</th>
              <th scope="col">{t('contacts.reasonCol')}</th>
              <th scope="col">{t('contacts.leftAt')}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={<EmptyRow columns={5}>{t('contacts.noTransfers')}</EmptyRow>}
            >
              {(row) => (
                <tr>
                  <th scope="row">{row.studentName}</th>
                  <td>{row.fromClassName ?? '—'}</td>
                  <td>{row.toSchool || '—'}</td>
                  <td class="cell-wrap">{row.reason || '—'}</td>
                  <td class="nowrap">{formatDateTime(row.at)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <ListPager page={page()} list={props.list} />
    </div>
  );
}
