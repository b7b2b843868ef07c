import { createAsync, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import type { Id } from '../../lib/client';
import { t } from '../../lib/i18n';
import type { Child } from '../../lib/permissions-client';
import { useSession } from '../../lib/session';
import { chooseChild, currentChild, myChildren } from './children';
import './more.css';

/** "陳嘉欣 · 小三甲班" */
export const childLabel = (c: Child) => [c.name, c.className].filter(Boolean).join(' · ');

/**
 * The child a parent is looking at, and (with two or more) the sheet to switch: a button that
 * opens a bottom sheet listing the children. `variant` fits it on the blue hero or a page's
 * white header. Renders nothing for staff or a parent with no children; a page header shows
 * nothing for a parent of one.
 */
export default function ChildSwitcher(props: { variant?: 'hero' | 'bar' }) {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const memberId = () => session()?.member.id ?? '';
  const children = createAsync(async () => {
    const kind = session()?.member.kind;
    return kind ? myChildren(params.school, kind).catch(() => [] as Child[]) : [];
  });
  const current = () => currentChild(params.school, memberId(), children());
  const [open, setOpen] = createSignal(false);
  const [announce, setAnnounce] = createSignal('');
  let sheet!: HTMLDialogElement;
  let opener: HTMLButtonElement | undefined;

  createEffect(() => {
    const wanted = open();
    if (!sheet) return;
    if (wanted && !sheet.open) sheet.showModal();
    else if (!wanted && sheet.open) sheet.close();
  });

  function pick(id: Id) {
    chooseChild(params.school, memberId(), id);
    const chosen = children()?.find((c) => c.id === id);
    if (chosen) setAnnounce(t('m.child.switched', { name: chosen.name }));
    setOpen(false);
    opener?.focus();
  }

  // one child: worth a line on the home page, not on every page's header
  const shown = () => (props.variant === 'hero' || (children()?.length ?? 0) > 1 ? current() : undefined);

  return (
    <Show when={shown()}>
      {(child) => (
        <div class={`m-child m-child--${props.variant ?? 'bar'}`}>
          <Show
            when={(children()?.length ?? 0) > 1}
            fallback={
              <p class="m-child__one">
                <span class="m-child__avatar" aria-hidden="true">
                  {child().name.slice(0, 1)}
                </span>
                <span>{childLabel(child())}</span>
              </p>
            }
          >
            <button ref={opener} type="button" class="m-child__button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
              <span class="m-child__avatar" aria-hidden="true">
                {child().name.slice(0, 1)}
              </span>
              <span class="m-child__text">
                <small>{t('m.child.viewing')}</small>
                <span class="m-child__name">{childLabel(child())}</span>
              </span>
              <span class="m-child__switch">{t('m.child.switch')}</span>
            </button>
            <dialog ref={sheet} class="m-sheet" aria-labelledby="child-sheet-title" onClose={() => setOpen(false)}>
              <h2 id="child-sheet-title" class="m-sheet__title">
                {t('m.child.title')}
              </h2>
              <ul class="m-sheet__list" role="list">
                <For each={children()}>
                  {(c) => (
                    <li>
                      <button type="button" class="m-sheet__option" aria-current={c.id === child().id ? 'true' : undefined} onClick={() => pick(c.id)}>
                        <span class="m-child__avatar" aria-hidden="true">
                          {c.name.slice(0, 1)}
                        </span>
                        <span class="m-sheet__text">
                          <strong>{c.name}</strong>
                          <small>{[c.className, c.relation && c.relation !== '本人' ? t('m.child.relation', { relation: c.relation }) : ''].filter(Boolean).join(' · ') || '—'}</small>
                        </span>
                        <Show when={c.id === child().id}>
                          <span class="m-sheet__check" aria-hidden="true">
                            ✓
                          </span>
                          <span class="visually-hidden">{t('m.child.current')}</span>
                        </Show>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
              <button type="button" class="button button--block m-sheet__cancel" onClick={() => (setOpen(false), opener?.focus())}>
                {t('common.cancel')}
              </button>
            </dialog>
          </Show>
          <p class="visually-hidden" role="status">
            {announce()}
          </p>
        </div>
      )}
    </Show>
  );
}
