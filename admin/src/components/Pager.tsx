import { For, Show } from 'solid-js';
import { t } from '../lib/i18n';

const PAGE_SIZES = [10, 20, 50];

/** Which page numbers to offer: the first, the last, and two either side of the current one. */
function pageNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** "顯示第 1 至 N 項結果，共 M 項" with 上頁 / page numbers / 下頁, as in the manual's tables. */
export default function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize?: (size: number) => void;
}) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  const from = () => (props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1);
  const to = () => Math.min(props.total, props.page * props.pageSize);
  return (
    <div class="pager">
      <p class="pager__summary" aria-live="polite">
        {t('common.showing', { from: from(), to: to(), total: props.total })}
      </p>
      <Show when={props.onPageSize}>
        <label class="pager__size">
          {t('common.pageSize')}
          <select value={props.pageSize} onChange={(e) => props.onPageSize?.(Number(e.currentTarget.value))}>
            <For each={PAGE_SIZES.includes(props.pageSize) ? PAGE_SIZES : [props.pageSize, ...PAGE_SIZES]}>
              {(n) => <option value={n}>{n}</option>}
            </For>
          </select>
        </label>
      </Show>
      <nav class="pager__pages" aria-label={t('common.pagination')}>
        <button type="button" class="button button--small" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
          {t('common.prev')}
        </button>
        <For each={pageNumbers(props.page, pages())}>
          {(n) =>
            n === null ? (
              <span class="pager__gap" aria-hidden="true">
                …
              </span>
            ) : (
              <button
                type="button"
                class="button button--small pager__page"
                aria-current={n === props.page ? 'page' : undefined}
                aria-label={t('common.pageN', { n })}
                onClick={() => n !== props.page && props.onPage(n)}
              >
                {n}
              </button>
            )
          }
        </For>
        <button
          type="button"
          class="button button--small"
          disabled={props.page >= pages()}
          onClick={() => props.onPage(props.page + 1)}
        >
          {t('common.next')}
        </button>
      </nav>
    </div>
  );
}
