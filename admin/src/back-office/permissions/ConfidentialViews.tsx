import { createAsync, useIsRouting, useParams } from '@solidjs/router';
import { For } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import TableShell from '../../components/TableShell';
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
      <TableShell busy={routing()} columns={[t('security.viewedAt'), t('security.viewer'), t('security.viewedMember'), t('security.viewedField')]}>
        <For
          each={page()?.items}
          fallback={<EmptyRow columns={4}>{list.query().q ? t('common.empty') : t('security.noViews')}</EmptyRow>}
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
      </TableShell>
      <ListPager page={page()?.total ? page() : undefined} list={list} />
    </section>
  );
}
