import type { JSX } from 'solid-js';

/**
 * The screen's live status line — `<p class="notice" role="status">` — that announces what just
 * happened ("已刪除…", "已儲存…"). Render it always (even empty) so screen readers hear each change;
 * wrap it in `<Show>` only where the screen has always done so.
 */
export default function StatusNote(props: { children?: JSX.Element }) {
  return (
    <p class="notice" role="status">
      {props.children}
    </p>
  );
}
