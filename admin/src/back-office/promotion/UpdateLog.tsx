import { For, type Resource, Show } from 'solid-js';
import { formatDateTime, hasKey, t } from '../../lib/i18n';
import type { Page } from '../../lib/client';
import type { B01Update } from '../../lib/subscription-client';
import EmptyRow from '../../components/EmptyRow';
import TableShell from '../../components/TableShell';

/** 更新日誌 (PRM-05): who, when, what, the counts. */
export default function UpdateLog(props: { log: Resource<Page<B01Update>> }) {
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, v]) => `${hasKey(`prm.count.${k}`) ? t(`prm.count.${k}` as 'prm.count.total') : k} ${v}`)
      .join('，');
  return (
    <section aria-labelledby="b01-log-title" class="prm__log">
      <h2 id="b01-log-title">{t('prm.log')}</h2>
      <TableShell columns={[t('prm.logWhen'), t('prm.logWho'), t('prm.logKind'), t('prm.schoolYear'), t('prm.logCounts')]}>
        <For each={props.log()?.items ?? []}>
          {(u) => (
            <tr>
              <td>{formatDateTime(u.at)}</td>
              <td>{u.by.name}</td>
              <td>
                {t(`prm.kind.${u.kind}`)} <Show when={u.undoneAt}>{t('prm.wasUndone')}</Show>
              </td>
              <td>{u.schoolYear}</td>
              <td>{counts(u.counts)}</td>
            </tr>
          )}
        </For>
        <Show when={props.log() && props.log()?.items.length === 0}>
          <EmptyRow columns={5}>{t('prm.logEmpty')}</EmptyRow>
        </Show>
      </TableShell>
    </section>
  );
}
