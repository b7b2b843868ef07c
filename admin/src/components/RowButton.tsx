/**
 * A small action button in a table row or card — 編輯 / 刪除 … — whose accessible name also says
 * what it acts on: the visible label, then the row's name for screen readers only
 * (`<span class="visually-hidden"> 名稱</span>`), so "刪除 一年級" is not just one of many "刪除".
 * `danger` marks destructive actions (red text); ask with ConfirmDialog in onClick before acting.
 */
export default function RowButton(props: { label: string; name: string; danger?: boolean; onClick: () => void }) {
  return (
    <button type="button" class={props.danger ? 'button button--small button--danger-text' : 'button button--small'} onClick={() => props.onClick()}>
      {props.label}
      <span class="visually-hidden"> {props.name}</span>
    </button>
  );
}
