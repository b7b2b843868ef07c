import { Show } from 'solid-js';
import Pager from './Pager';

/**
 * The Pager under a list screen's table, drawn once the page has loaded: its numbers come from the
 * loaded page, and paging goes through the list's URL parameters (useListParams' setPage and
 * setPageSize). Pass `page={undefined}` to hide it (e.g. while there is nothing to page).
 */
export default function ListPager(props: {
  page: { page: number; pageSize: number; total: number } | undefined | null;
  list: { setPage: (page: number) => void; setPageSize: (size: number) => void };
}) {
  return (
    <Show when={props.page}>
      {(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={props.list.setPage} onPageSize={props.list.setPageSize} />}
    </Show>
  );
}
