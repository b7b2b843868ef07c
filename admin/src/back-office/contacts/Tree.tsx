import { createEffect, createSignal, For, type JSX, Show, untrack } from 'solid-js';
import Icon from '../../components/Icon';

/** One node of a tree: a department, or a campus, grade or class. */
export interface TreeNode {
  id: string;
  label: string;
  /** A small count right of the label (members, students). */
  count?: number;
  /** What the count means, for screen readers ("12 名學生"). */
  countLabel?: string;
  /** A quiet tag after the label (e.g. 校友). */
  tag?: string;
  children?: TreeNode[];
}

/** The ids from the root down to `id` (without it), or null when absent. */
export function pathTo(nodes: TreeNode[], id: string, trail: string[] = []): string[] | null {
  for (const n of nodes) {
    if (n.id === id) return trail;
    const found = pathTo(n.children ?? [], id, [...trail, n.id]);
    if (found) return found;
  }
  return null;
}

/**
 * A WAI-ARIA tree (single select): click or Enter selects; ↑ ↓ Home End move; → opens or goes
 * to the first child; ← closes or goes to the parent. One item is in the tab order at a time.
 */
export default function Tree(props: {
  label: string;
  nodes: TreeNode[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** Open at first: these ids (the selected node's ancestors always open). */
  initiallyOpen?: string[];
  /** Opens this node (and its ancestors) whenever it changes, e.g. after adding a child. */
  reveal?: string | null;
}) {
  const [open, setOpen] = createSignal(new Set(props.initiallyOpen ?? []));
  const [focused, setFocused] = createSignal<string | null>(null);
  let root!: HTMLUListElement;

  const toggle = (id: string, value?: boolean) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (value ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  // The selected node stays visible: its ancestors open whenever the selection changes.
  createEffect(() => {
    const id = props.selected;
    const trail = id ? pathTo(props.nodes, id) : null;
    if (trail?.length) setOpen((prev) => new Set([...prev, ...trail]));
  });

  createEffect(() => {
    const id = props.reveal;
    // only when asked: a later refresh of the nodes must not reopen what the user closed
    const trail = id ? untrack(() => pathTo(props.nodes, id)) : null;
    if (id && trail) setOpen((prev) => new Set([...prev, ...trail, id]));
  });

  const tabStop = () => {
    const f = focused();
    const all = flatten(props.nodes);
    if (f && all.includes(f)) return f;
    return props.selected && all.includes(props.selected) ? props.selected : (all[0] ?? null);
  };
  const flatten = (nodes: TreeNode[]): string[] => nodes.flatMap((n) => [n.id, ...flatten(n.children ?? [])]);

  function focusItem(el: Element | null | undefined) {
    if (!(el instanceof HTMLElement)) return;
    setFocused(el.dataset.id ?? null);
    el.focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const items = Array.from(root.querySelectorAll<HTMLElement>('[role="treeitem"]'));
    const i = items.indexOf(item);
    const id = item.dataset.id ?? '';
    const hasChildren = item.getAttribute('aria-expanded') !== null;
    const isOpen = item.getAttribute('aria-expanded') === 'true';
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(items[i + 1]),
      ArrowUp: () => focusItem(items[i - 1]),
      Home: () => focusItem(items[0]),
      End: () => focusItem(items[items.length - 1]),
      ArrowRight: () => {
        if (hasChildren && !isOpen) toggle(id, true);
        else if (isOpen) focusItem(item.querySelector('[role="treeitem"]'));
      },
      ArrowLeft: () => {
        if (isOpen) toggle(id, false);
        else focusItem(item.parentElement?.closest('[role="treeitem"]'));
      },
      Enter: () => props.onSelect(id),
      ' ': () => props.onSelect(id),
    };
    const move = moves[e.key];
    const handled = !!move;
    move?.();
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  function Item(p: { node: TreeNode; level: number }): JSX.Element {
    const n = () => p.node;
    const hasChildren = () => (n().children?.length ?? 0) > 0;
    const isOpen = () => open().has(n().id);
    const labelId = () => `tree-${n().id}`;
    return (
      <li
        role="treeitem"
        data-id={n().id}
        aria-level={p.level}
        aria-selected={props.selected === n().id}
        aria-expanded={hasChildren() ? isOpen() : undefined}
        aria-labelledby={labelId()}
        aria-describedby={n().countLabel ? `${labelId()}-count` : undefined}
        tabindex={tabStop() === n().id ? 0 : -1}
        class="tree__item"
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocused(n().id);
        }}
      >
        <div
          class="tree__row"
          classList={{ 'tree__row--selected': props.selected === n().id }}
          style={{ 'padding-left': `${0.375 + (p.level - 1) * 1.125}rem` }}
          onClick={() => {
            setFocused(n().id);
            props.onSelect(n().id);
          }}
        >
          <span
            class="tree__toggle"
            classList={{ 'tree__toggle--open': isOpen(), 'tree__toggle--none': !hasChildren() }}
            aria-hidden="true"
            onClick={(e) => {
              if (!hasChildren()) return;
              e.stopPropagation();
              toggle(n().id);
            }}
          >
            <Icon name="chevron" size={14} />
          </span>
          <span class="tree__label" id={labelId()}>
            {n().label}
          </span>
          <Show when={n().tag}>
            <span class="tree__tag">{n().tag}</span>
          </Show>
          <Show when={n().count !== undefined}>
            <span class="tree__count" aria-hidden="true" title={n().countLabel}>
              {n().count}
            </span>
          </Show>
          <Show when={n().countLabel}>
            <span class="visually-hidden" id={`${labelId()}-count`}>
              {n().countLabel}
            </span>
          </Show>
        </div>
        <Show when={hasChildren() && isOpen()}>
          <ul role="group" class="tree__group">
            <For each={n().children}>{(child) => <Item node={child} level={p.level + 1} />}</For>
          </ul>
        </Show>
      </li>
    );
  }

  return (
    <ul ref={root} role="tree" aria-label={props.label} class="tree" onKeyDown={onKeyDown}>
      <For each={props.nodes}>{(node) => <Item node={node} level={1} />}</For>
    </ul>
  );
}
