import { createMemo, createSignal, For, type JSX, Show, untrack } from 'solid-js';
import './tabs.css';

export interface Tab {
  id: string;
  label: JSX.Element;
  panel: () => JSX.Element;
}

/**
 * Tabs as WAI-ARIA describes them: ← → Home End move between tabs (and select them), only the
 * selected tab is in the tab order, its panel follows. `label` names the tab list. Tabs are
 * keyed by id: a label that changes (a count) does not rebuild the open panel.
 */
export default function Tabs(props: { label: string; tabs: Tab[]; initial?: string; class?: string; onChange?: (id: string) => void }) {
  const [selected, setSelected] = createSignal(props.initial ?? props.tabs[0]?.id ?? '');
  const prefix = `tabs-${Math.random().toString(36).slice(2, 8)}`;
  const buttons: HTMLButtonElement[] = [];

  function select(id: string, focus = false) {
    setSelected(id);
    props.onChange?.(id);
    if (focus) buttons[props.tabs.findIndex((tab) => tab.id === id)]?.focus();
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    const last = props.tabs.length - 1;
    const next = e.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : -1;
    if (next < 0) return;
    e.preventDefault();
    select(props.tabs[next].id, true);
  }

  const ids = createMemo(() => props.tabs.map((tab) => tab.id), undefined, { equals: (a, b) => a.join() === b.join() });
  const tabOf = (id: string) => props.tabs.find((tab) => tab.id === id);

  return (
    <div class={`pm-tabs ${props.class ?? ''}`}>
      <div class="pm-tabs__list" role="tablist" aria-label={props.label}>
        <For each={ids()}>
          {(id, i) => (
            <button
              ref={(el) => (buttons[i()] = el)}
              type="button"
              role="tab"
              class="pm-tabs__tab"
              id={`${prefix}-${id}-tab`}
              aria-selected={selected() === id}
              aria-controls={`${prefix}-${id}-panel`}
              tabindex={selected() === id ? 0 : -1}
              onClick={() => select(id)}
              onKeyDown={(e) => onKeyDown(e, i())}
            >
              {tabOf(id)?.label}
            </button>
          )}
        </For>
      </div>
      <For each={ids()}>
        {(id) => (
          <div
            class="pm-tabs__panel"
            role="tabpanel"
            id={`${prefix}-${id}-panel`}
            aria-labelledby={`${prefix}-${id}-tab`}
            hidden={selected() !== id}
            tabindex="0"
          >
            <Show when={selected() === id}>{untrack(() => tabOf(id)?.panel())}</Show>
          </div>
        )}
      </For>
    </div>
  );
}
