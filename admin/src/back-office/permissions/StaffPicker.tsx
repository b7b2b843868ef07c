import { useParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import type { Id } from '../../lib/client';
import { t } from '../../lib/i18n';
import { permissionsApi, type StaffRow } from '../../lib/permissions-client';
import RowButton from '../../components/RowButton';

export interface Picked {
  id: Id;
  name: string;
}

/**
 * Finds staff members by name, phone or account (GET /members?kind=staff) as one types, and
 * picks one (`multiple` false: radio buttons) or several (checkboxes, shown as removable
 * chips). `unavailable` says why a member cannot be picked, e.g. 已是管理員.
 */
export default function StaffPicker(props: {
  label: string;
  idPrefix: string;
  multiple?: boolean;
  picked: Picked[];
  onChange: (picked: Picked[]) => void;
  unavailable?: (row: StaffRow) => string | undefined;
  error?: string;
}) {
  const params = useParams<{ school: string }>();
  const [q, setQ] = createSignal('');
  const [rows, setRows] = createSignal<StaffRow[] | null>(null);
  const [failure, setFailure] = createSignal('');
  const [total, setTotal] = createSignal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  onCleanup(() => clearTimeout(timer));

  // search as one types, a little after the last key, and only keep the newest answer
  createEffect(
    on(q, (text) => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const mine = ++asked;
        try {
          const page = await permissionsApi(params.school).lookups.staff({ q: text.trim(), pageSize: 8 });
          if (mine !== asked) return;
          setRows(page.items);
          setTotal(page.total);
          setFailure('');
        } catch (e) {
          if (mine === asked) setFailure(e instanceof Error ? e.message : String(e));
        }
      }, text ? 250 : 0);
    }),
  );

  const isPicked = (id: Id) => props.picked.some((p) => p.id === id);
  // one member picked: shown alone with 更換, so the dialog stays short
  const [changing, setChanging] = createSignal(false);
  const chosenOne = () => (!props.multiple && !changing() ? props.picked[0] : undefined);
  function choose(row: StaffRow, on: boolean) {
    if (!props.multiple) {
      setChanging(false);
      return props.onChange(on ? [{ id: row.id, name: row.name }] : []);
    }
    props.onChange(on ? [...props.picked.filter((p) => p.id !== row.id), { id: row.id, name: row.name }] : props.picked.filter((p) => p.id !== row.id));
  }
  const describe = (row: StaffRow) => [row.title, row.departments?.map((d) => d.name).join('、')].filter(Boolean).join(' · ');

  return (
    <fieldset class="pm-picker" classList={{ 'field--invalid': !!props.error }} aria-describedby={props.error ? `${props.idPrefix}-error` : undefined}>
      <legend>{props.label}</legend>
      <Show when={props.multiple && props.picked.length > 0}>
        <ul class="pm-chips" aria-label={t('perm.pickedCount', { n: props.picked.length })}>
          <For each={props.picked}>
            {(p) => (
              <li class="pm-chip">
                {p.name}
                <button type="button" class="pm-chip__remove" aria-label={t('perm.unpick', { name: p.name })} onClick={() => props.onChange(props.picked.filter((x) => x.id !== p.id))}>
                  ×
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={chosenOne()}>
        {(one) => (
          <div class="pm-picker__chosen">
            <span class="avatar avatar--small" aria-hidden="true">
              {one().name.slice(0, 1)}
            </span>
            <strong>{one().name}</strong>
            <RowButton label={t('perm.change')} name={one().name} onClick={() => setChanging(true)} />
          </div>
        )}
      </Show>
      <Show when={!chosenOne()}>
      <label class="visually-hidden" for={`${props.idPrefix}-q`}>
        {t('perm.searchStaff')}
      </label>
      <input
        id={`${props.idPrefix}-q`}
        type="search"
        class="pm-picker__search"
        placeholder={t('perm.searchStaff')}
        autocomplete="off"
        value={q()}
        onInput={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      />
      <Show when={props.error}>
        <p class="field__error" id={`${props.idPrefix}-error`} role="alert">
          {props.error}
        </p>
      </Show>
      <div class="pm-picker__results" aria-live="polite">
        <Show when={!failure()} fallback={<p class="form-error">{failure()}</p>}>
          <Show when={rows()} fallback={<p class="pm-check__empty">{t('common.loading')}</p>}>
            {(list) => (
              <ul class="pm-check__list" role="list">
                <For each={list()} fallback={<li class="pm-check__empty">{t('perm.noStaffFound')}</li>}>
                  {(row) => {
                    const id = `${props.idPrefix}-m-${row.id}`;
                    const why = () => props.unavailable?.(row);
                    return (
                      <li class="pm-check__row pm-picker__row" classList={{ 'pm-picker__row--off': !!why() }}>
                        <input
                          type={props.multiple ? 'checkbox' : 'radio'}
                          name={`${props.idPrefix}-member`}
                          id={id}
                          checked={isPicked(row.id)}
                          disabled={!!why() && !isPicked(row.id)}
                          onChange={(e) => choose(row, e.currentTarget.checked)}
                        />
                        <label for={id}>
                          <span class="avatar avatar--small" aria-hidden="true">
                            {row.name.slice(0, 1)}
                          </span>
                          <span class="pm-picker__who">
                            <strong>{row.name}</strong>
                            <small>{describe(row) || '—'}</small>
                          </span>
                          <Show when={why()}>
                            <span class="badge">{why()}</span>
                          </Show>
                        </label>
                      </li>
                    );
                  }}
                </For>
                <Show when={total() > list().length}>
                  <li class="pm-check__more">{t('perm.moreStaff', { n: total() - list().length })}</li>
                </Show>
              </ul>
            )}
          </Show>
        </Show>
      </div>
      </Show>
    </fieldset>
  );
}
