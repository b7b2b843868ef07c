import { Index } from 'solid-js';

/** One choice of a FilterSelect: the query value and its label ('' for "all"). */
export type FilterOption = { value: string; label: string };

/**
 * A toolbar filter — `<label class="toolbar__filter">狀態: <select>…</select></label>` — whose
 * value is one of the list's query fields; choosing calls onChange with the option's value
 * (usually `(v) => list.setFilter('status', v)`). The options are kept by position, so a change of
 * language relabels them in place and the chosen one stays chosen.
 */
export default function FilterSelect(props: {
  label: string;
  value: string | undefined;
  options: FilterOption[];
  onChange: (value: string) => void;
}) {
  return (
    <label class="toolbar__filter">
      {props.label}:
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <Index each={props.options}>{(o) => <option value={o().value}>{o().label}</option>}</Index>
      </select>
    </label>
  );
}
