import { createAsync, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { locale, t } from '../../lib/i18n';
import type { PermissionCell } from '../../lib/permissions-client';
import { permissionTable } from './queries';

const MARK: Partial<Record<PermissionCell, string>> = { yes: 'pm-cell--yes', no: 'pm-cell--no', none: 'pm-cell--no', all: 'pm-cell--all', scoped: 'pm-cell--scoped' };

/** One cell: √ and × are read out as words. */
function Cell(props: { value: PermissionCell; label: string }) {
  const spoken = () => (props.value === 'yes' ? t('perm.cellYes') : props.value === 'no' ? t('perm.cellNo') : null);
  return (
    <span class={`pm-cell ${MARK[props.value] ?? ''}`}>
      <Show when={spoken()} fallback={props.label}>
        <span aria-hidden="true">{props.label}</span>
        <span class="visually-hidden">{spoken()}</span>
      </Show>
    </span>
  );
}

/** The permission table of manual §15, read-only, as the API enforces it (GET /roles/permissions). */
export default function PermissionTableView(props: { current?: string }) {
  const params = useParams<{ school: string }>();
  const table = createAsync(() => permissionTable(params.school));
  return (
    <section class="pm-section" aria-labelledby="perm-table-title">
      <h2 id="perm-table-title">{t('perm.tableTitle')}</h2>
      <p class="muted">{t('perm.tableIntro')}</p>
      <Show when={table()}>
        {(tbl) => (
          <div class="table-wrap">
            <table class="table pm-perm-table">
              <thead>
                <tr>
                  <th scope="col">{t('perm.tablePermission')}</th>
                  <For each={tbl().columns}>
                    {(col) => (
                      <th scope="col" classList={{ 'pm-perm-table--you': col.key === props.current }}>
                        {col.label[locale()]}
                        <Show when={col.key === props.current}>
                          <span class="pm-you">{t('perm.you')}</span>
                        </Show>
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <tbody>
                <For each={tbl().rows}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.label[locale()]}</th>
                      <For each={tbl().columns}>
                        {(col) => (
                          <td classList={{ 'pm-perm-table--you': col.key === props.current }}>
                            <Cell value={row.cells[col.key].value} label={row.cells[col.key].label[locale()]} />
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
      <p class="pm-note">{t('perm.dissolveNote')}</p>
    </section>
  );
}
