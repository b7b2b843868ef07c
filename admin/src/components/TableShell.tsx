import { For, type JSX } from 'solid-js';

/**
 * A list screen's table: `<div class="table-wrap">` with `<table class="table …">`, a header row of
 * `<th scope="col">` cells, and the rows given as children inside `<tbody>` (use EmptyRow as the
 * `<For>` fallback). `busy` (true while the next page loads) sets `aria-busy` on the wrapper and
 * dims the old rows with `table--stale`; leave it out for tables that never wait in place.
 */
export default function TableShell(props: {
  /** Classes after "table", e.g. "pm-admins" or "table--dense". */
  class?: string;
  busy?: boolean;
  /** The header labels, in order; a false one (a column the viewer may not see) is left out. */
  columns: (string | false | undefined)[];
  children: JSX.Element;
}) {
  return (
    <div class="table-wrap" aria-busy={props.busy}>
      <table class={props.class ? `table ${props.class}` : 'table'} classList={{ 'table--stale': props.busy }}>
        <thead>
          <tr>
            <For each={props.columns.filter((c): c is string => !!c)}>{(c) => <th scope="col">{c}</th>}</For>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
