import type { JSX } from 'solid-js';
import { t } from '../lib/i18n';

/**
 * A table's "no rows" line — one `<td class="table__empty">` across all the columns — for the
 * `fallback` of the `<For>` that draws the rows. Says 沒有符合條件的資料 (common.empty) unless given other text.
 */
export default function EmptyRow(props: { columns: number; children?: JSX.Element }) {
  return (
    <tr>
      <td colspan={props.columns} class="table__empty">
        {props.children ?? t('common.empty')}
      </td>
    </tr>
  );
}
