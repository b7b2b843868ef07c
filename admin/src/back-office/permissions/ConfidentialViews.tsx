import { createAsync, useIsRouting, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { confidentialViews } from './queries';

const FIELD_LABEL = { phone: 'perm.fieldPhone', account: 'perm.fieldAccount', email: 'perm.fieldEmail' } as const;

/** ADM-04: who looked at which confidential field of whom, newest first, searchable and paged. */
export default function ConfidentialViews() {
  const params = useParams<{ school: string }>();
  const list = useListParams([] as const, 10);
  const page = createAsync(() => confidentialViews(params.school, list.query()));
  const routing = useIsRouting();
  return (
    <section class="pm-section pm-narrow" aria-labelledby="views-title">
      <h2 id="views-title">{t('security.viewsTitle')}</h2>
      <p class="muted">{t('security.viewsIntro')}</p>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('security.viewsSearch')} onSearch={(q) => list.setFilter('q', q)} />
      </div>
      <div class="table-wrap" aria-busy={routing()}>
        <table class="table" classList={{ 'table--stale': routing() }}>
          <thead>
            <tr>
              <th scope="col">{t('security.viewedAt')}</th>
              <th scope="col">{t('security.viewer')}</th>
              <th scope="col">{t('security.viewedMember')}</th>
              <th scope="col">{t('security.viewedField')}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={
                <tr>
                  <td colspan="4" class="table__empty">
                    {list.query().q ? t('common.empty') : t('security.noViews')}
                  </td>
                </tr>
              }
            >
              {(view) => (
                <tr>
                  <td class="nowrap">
                    <time datetime={view.at}>{formatDateTime(view.at)}</time>
                  </td>
                  <td>{view.viewer.name ?? '—'}</td>
                  <td>{view.member.name ?? '—'}</td>
                  <td>{t(FIELD_LABEL[view.field])}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={page()?.total ? page() : undefined}>
        {(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={list.setPage} onPageSize={list.setPageSize} />}
      </Show>
    </section>
  );
}
