import { A } from '@solidjs/router';
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import type { Id } from '../../lib/client';
import { t } from '../../lib/i18n';
import { type Tag, tagsApi } from '../../lib/tags-client';
import TagName from './TagName';
import './tags.css';

/**
 * Picks tags for a range (可見範圍 of an app): the chosen ones as removable chips, then the
 * school's tags found by name as one types, each with a checkbox and its member count.
 * `disabled` shows the list without letting it change (a scoped admin cannot range by tag).
 */
export default function TagChecklist(props: { school: string; idPrefix: string; selected: Id[]; onChange: (ids: Id[]) => void; disabled?: boolean }) {
  const [q, setQ] = createSignal('');
  const [page, setPage] = createSignal<{ items: Tag[]; total: number } | null>(null);
  const [failure, setFailure] = createSignal('');
  // names of every tag seen, so chosen ones show by name whatever the search shows
  const [known, setKnown] = createSignal(new Map<Id, Tag>());
  const remember = (tags: Tag[]) => setKnown((m) => new Map([...m, ...tags.map((x) => [x.id, x] as const)]));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  onCleanup(() => clearTimeout(timer));

  createEffect(
    on(q, (text) => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const mine = ++asked;
        try {
          const result = await tagsApi(props.school).list({ q: text.trim(), pageSize: 50 });
          if (mine !== asked) return;
          remember(result.items);
          setPage(result);
          setFailure('');
        } catch (e) {
          if (mine === asked) setFailure(e instanceof Error ? e.message : String(e));
        }
      }, text ? 250 : 0);
    }),
  );

  // a range may name tags beyond the first page: their names come one by one
  onMount(async () => {
    const api = tagsApi(props.school);
    const found = await Promise.all(props.selected.map((id) => api.get(id).catch(() => null)));
    remember(found.filter((x): x is Tag => x !== null));
  });

  const isChosen = (id: Id) => props.selected.includes(id);
  const toggle = (id: Id, on: boolean) => props.onChange(on ? [...props.selected.filter((x) => x !== id), id] : props.selected.filter((x) => x !== id));

  return (
    <div class="pm-check tg-check">
      <Show when={props.selected.length > 0}>
        <ul class="pm-chips" aria-label={t('tags.pickedCount', { n: props.selected.length })}>
          <For each={props.selected}>
            {(id) => {
              const name = () => known().get(id)?.name ?? t('perm.gone');
              return (
                <li class="pm-chip">
                  {name()}
                  <Show when={!props.disabled}>
                    <button type="button" class="pm-chip__remove" aria-label={t('perm.unpick', { name: name() })} onClick={() => toggle(id, false)}>
                      ×
                    </button>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <label class="visually-hidden" for={`${props.idPrefix}-tag-q`}>
        {t('tags.pickerSearch')}
      </label>
      <input
        id={`${props.idPrefix}-tag-q`}
        type="search"
        class="pm-check__search"
        placeholder={t('tags.pickerSearch')}
        autocomplete="off"
        value={q()}
        onInput={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      />
      <Show when={!failure()} fallback={<p class="form-error">{failure()}</p>}>
        <Show when={page()} fallback={<p class="pm-check__empty">{t('common.loading')}</p>}>
          {(p) => (
            <ul class="pm-check__list" role="list">
              <For
                each={p().items}
                fallback={
                  <li class="pm-check__empty">
                    {t('tags.pickerEmpty')} · <A href={`/${props.school}/contacts/tags`}>{t('tags.pickerManage')}</A>
                  </li>
                }
              >
                {(tag) => {
                  const id = `${props.idPrefix}-tag-${tag.id}`;
                  return (
                    <li class="pm-check__row">
                      <input type="checkbox" id={id} checked={isChosen(tag.id)} disabled={props.disabled} onChange={(e) => toggle(tag.id, e.currentTarget.checked)} />
                      <label for={id}>
                        <TagName tag={tag} />
                        <Show when={tag.memberCount !== null}>
                          <span class="pm-check__note">{t('tags.memberCount', { n: tag.memberCount ?? 0 })}</span>
                        </Show>
                      </label>
                    </li>
                  );
                }}
              </For>
              <Show when={p().total > p().items.length}>
                <li class="pm-check__more">{t('tags.pickerMore', { n: p().total - p().items.length })}</li>
              </Show>
            </ul>
          )}
        </Show>
      </Show>
    </div>
  );
}
