import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../../lib/i18n';
import type { AppSetting, WorkbenchGroup } from '../../../lib/permissions-client';
import AppIcon from '../../../mobile/workbench/AppIcon';
import RowButton from '../../../components/RowButton';

/**
 * One workbench group: its name and place among the groups, and its apps in order, each with
 * 上移 / 下移 / 移除. Buttons keep the keyboard focus on the item that moved (the rows are keyed
 * by app, so a moved row keeps its buttons); rows can also be dragged with a mouse.
 */
/** Puts the focus on `selector` inside `within` once the moved rows are in place. */
function refocus(within: Element | null | undefined, selector: string) {
  queueMicrotask(() => within?.querySelector<HTMLElement>(selector)?.focus());
}

export default function WorkbenchGroupCard(props: {
  group: WorkbenchGroup;
  index: number;
  count: number;
  appOf: (key: string) => AppSetting | undefined;
  onMoveGroup: (by: -1 | 1) => void;
  onMoveApp: (key: string, to: number) => void;
  onRemoveApp: (key: string) => void;
  onRename: () => void;
  onDelete: () => void;
  onAddApps: () => void;
}) {
  const [dragging, setDragging] = createSignal<string | null>(null);
  const [over, setOver] = createSignal<number | null>(null);
  const titleId = () => `wb-group-${props.group.id}`;
  const name = (key: string) => props.appOf(key)?.name[locale()] ?? key;

  /**
   * Moves an app by one. Moving a row in the DOM takes the focus off it, so the focus goes back
   * to the same button of the row, or to the other one at an end where this one turns off.
   */
  function step(key: string, i: number, by: -1 | 1, e: MouseEvent) {
    const to = i + by;
    const row = (e.currentTarget as HTMLElement).closest('li');
    props.onMoveApp(key, to);
    const atEnd = to === 0 || to === props.group.appKeys.length - 1;
    const same = by < 0 ? 'up' : 'down';
    refocus(row, `[data-move="${atEnd ? (same === 'up' ? 'down' : 'up') : same}"]`);
  }

  /** Removes an app; the focus goes to the row that takes its place, else to 添加應用. */
  function remove(key: string, e: MouseEvent) {
    const row = (e.currentTarget as HTMLElement).closest('li');
    const next = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
    const card = row?.closest('article');
    props.onRemoveApp(key);
    queueMicrotask(() => (next?.isConnected ? next.querySelector<HTMLElement>('[data-remove]') : card?.querySelector<HTMLElement>('[data-add]'))?.focus());
  }

  function moveGroup(by: -1 | 1, e: MouseEvent) {
    const to = props.index + by;
    const card = (e.currentTarget as HTMLElement).closest('article');
    props.onMoveGroup(by);
    const atEnd = to === 0 || to === props.count - 1;
    const same = by < 0 ? 'up' : 'down';
    refocus(card, `[data-group-move="${atEnd ? (same === 'up' ? 'down' : 'up') : same}"]`);
  }

  return (
    <li>
      <article class="panel pm-wb-group" aria-labelledby={titleId()}>
        <header class="pm-wb-group__head">
          <span class="pm-wb-group__order" aria-hidden="true">
            {props.index + 1}
          </span>
          <div class="pm-wb-group__title">
            <h2 id={titleId()}>{props.group.name}</h2>
            <span class="muted">
              {[props.group.translations.en, props.group.translations.pt, t('workbench.appCount', { n: props.group.appKeys.length })].filter(Boolean).join(' · ')}
            </span>
          </div>
          <div class="actions__row">
            <button type="button" class="button button--small" data-group-move="up" disabled={props.index === 0} onClick={(e) => moveGroup(-1, e)}>
              ↑ {t('workbench.moveUp')}
              <span class="visually-hidden"> {props.group.name}</span>
            </button>
            <button type="button" class="button button--small" data-group-move="down" disabled={props.index === props.count - 1} onClick={(e) => moveGroup(1, e)}>
              ↓ {t('workbench.moveDown')}
              <span class="visually-hidden"> {props.group.name}</span>
            </button>
            <RowButton label={t('workbench.rename')} name={props.group.name} onClick={() => props.onRename()} />
            <RowButton label={t('perm.delete')} name={props.group.name} danger onClick={() => props.onDelete()} />
          </div>
        </header>
        <Show when={props.group.appKeys.length > 0} fallback={<p class="pm-wb-group__empty muted">{t('workbench.groupEmpty')}</p>}>
          <ol class="pm-wb-apps" aria-label={t('workbench.appsOf', { name: props.group.name })}>
            <For each={props.group.appKeys}>
              {(key, i) => {
                const app = () => props.appOf(key);
                return (
                  <li
                    class="pm-wb-app"
                    classList={{ 'pm-wb-app--dragging': dragging() === key, 'pm-wb-app--over': over() === i() && dragging() !== key }}
                    draggable="true"
                    onDragStart={(e) => {
                      setDragging(key);
                      e.dataTransfer?.setData('text/plain', key);
                      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                    }}
                    onDragEnd={() => (setDragging(null), setOver(null))}
                    onDragOver={(e) => {
                      if (!dragging()) return;
                      e.preventDefault();
                      setOver(i());
                    }}
                    onDrop={(e) => {
                      e.preventDefault();
                      const from = dragging();
                      setDragging(null);
                      setOver(null);
                      if (from) props.onMoveApp(from, i());
                    }}
                  >
                    <span class="pm-wb-app__grip" aria-hidden="true">
                      ⋮⋮
                    </span>
                    <span class="pm-wb-app__pos" aria-hidden="true">
                      {i() + 1}
                    </span>
                    <AppIcon appKey={key} size={32} />
                    <span class="pm-wb-app__name">
                      {name(key)}
                      <Show when={app() && !app()?.enabled}>
                        <span class="badge pm-badge--off">{t('workbench.notEnabled')}</span>
                      </Show>
                    </span>
                    <span class="actions__row">
                      <button type="button" class="button button--small pm-icon-button" data-move="up" disabled={i() === 0} aria-label={t('workbench.moveAppUp', { name: name(key) })} onClick={(e) => step(key, i(), -1, e)}>
                        ↑
                      </button>
                      <button
                        type="button"
                        class="button button--small pm-icon-button"
                        data-move="down"
                        disabled={i() === props.group.appKeys.length - 1}
                        aria-label={t('workbench.moveAppDown', { name: name(key) })}
                        onClick={(e) => step(key, i(), 1, e)}
                      >
                        ↓
                      </button>
                      <button type="button" class="button button--small button--danger-text" data-remove onClick={(e) => remove(key, e)}>
                        {t('workbench.removeApp')}
                        <span class="visually-hidden"> {name(key)}</span>
                      </button>
                    </span>
                  </li>
                );
              }}
            </For>
          </ol>
        </Show>
        <footer class="pm-wb-group__foot">
          <button type="button" class="button button--small button--outline" data-add onClick={() => props.onAddApps()}>
            + {t('workbench.addApps')}
            <span class="visually-hidden"> {props.group.name}</span>
          </button>
        </footer>
      </article>
    </li>
  );
}
