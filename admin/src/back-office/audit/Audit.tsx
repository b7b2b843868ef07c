import { createAsync, query, useIsRouting, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import TableShell from '../../components/TableShell';
import { schoolApi } from '../../lib/client';
import { formatDateTime, hasKey, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import AuditChange from './AuditChange';

const listAudit = query(
  (school: string, filter: { q: string; page: number; pageSize: number }) => schoolApi(school).audit.list(filter),
  'audit',
);

/** A label for an API code when we have one (`audit.action.member.disable` → 停用成員). */
const labelOf = (prefix: string, code: string | null) => {
  const key = `${prefix}.${code}`;
  return code && hasKey(key) ? t(key) : code;
};

/** 審計日誌: who changed what and when, newest first, searchable and paged. */
export default function Audit() {
  const params = useParams<{ school: string }>();
  const list = useListParams([] as const, 20);
  const page = createAsync(() => listAudit(params.school, list.query()));
  const routing = useIsRouting();

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('audit.search')} onSearch={(q) => list.setFilter('q', q)} />
      </div>
      <TableShell busy={routing()} columns={[t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.change')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={5} />}>
          {(entry) => (
            <tr>
              <td class="nowrap">
                <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>{entry.actorName ?? t('audit.system')}</td>
              <td>
                {labelOf('audit.action', entry.action)}
                <code class="code-tag code-tag--below">{entry.action}</code>
              </td>
              <td>
                {labelOf('audit.target', entry.targetType) ?? '—'}
                <Show when={entry.targetId}>
                  <code class="code-tag code-tag--below">{entry.targetId}</code>
                </Show>
              </td>
              <td>
                <AuditChange before={entry.before} after={entry.after} />
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
    </section>
  );
}
