import { For, type Resource, Show } from 'solid-js';
import { formatDateTime, hasKey, t } from '../../lib/i18n';
import type { Page } from '../../lib/client';
import type { B01Update } from '../../lib/subscription-client';

/** 更新日誌 (PRM-05): who, when, what, the counts. */
export default function UpdateLog(props: { log: Resource<Page<B01Update>> }) {
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, v]) => `${hasKey(`prm.count.${k}`) ? t(`prm.count.${k}` as 'prm.count.total') : k} ${v}`)
      .join('，');
  return (
    <section aria-labelledby="b01-log-title" class="prm__log">
      <h2 id="b01-log-title">{t('prm.log')}</h2>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('prm.logWhen')}</th>
              <th scope="col">{t('prm.logWho')}</th>
              <th scope="col">{t('prm.logKind')}</th>
              <th scope="col">{t('prm.schoolYear')}</th>
              <th scope="col">{t('prm.logCounts')}</th>
            </tr>
          </thead>
          <tbody>
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
              <tr>
                <td colspan="5" class="table__empty">
                  {t('prm.logEmpty')}
                </td>
              </tr>
            </Show>
          </tbody>
        </table>
      </div>
    </section>
  );
}
