import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { Named } from '../../lib/announcements-client';
import { contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { tagsApi } from '../../lib/tags-client';
import CcPicker from '../notices/CcPicker';

/** A send range as the editor picks it: ids with their names, to show and to send. */
export interface RangeChoice {
  departments: Named[];
  members: Named[];
  tags: Named[];
}
export const emptyRange = (): RangeChoice => ({ departments: [], members: [], tags: [] });
export const rangeSize = (r: RangeChoice): number => r.departments.length + r.members.length + r.tags.length;

type Tab = 'departments' | 'members' | 'tags';

/**
 * 選擇發送範圍 (ANN-01): departments (a department reaches its sub-departments too), staff by
 * name, and tags; what is picked shows above as removable chips.
 */
export default function RangePicker(props: { school: string; value: RangeChoice; invalid?: boolean; onChange: (r: RangeChoice) => void }) {
  const [tab, setTab] = createSignal<Tab>('departments');
  const [filter, setFilter] = createSignal('');
  const tree = createAsync(() => contactsApi(props.school).departments.tree().catch(() => null));
  const [tagFilter, setTagFilter] = createSignal('');
  // the school's tags (api/src/tags), searched on the server: a school may have more than a page
  const tags = createAsync(() => tagsApi(props.school).list({ q: tagFilter().trim(), pageSize: 100 }).then((p) => p.items).catch(() => []));
  const departments = () => (tree()?.items ?? []).filter((d) => d.kind !== 'alumni' && d.name.includes(filter().trim()));
  const has = (list: Named[], id: string) => list.some((x) => x.id === id);
  const toggle = (key: 'departments' | 'tags', item: Named, on: boolean) =>
    props.onChange({ ...props.value, [key]: on ? [...props.value[key], item] : props.value[key].filter((x) => x.id !== item.id) });
  const chips = () => [
    ...props.value.departments.map((d) => ({ key: 'departments' as const, item: d, kind: t('an.range.department') })),
    ...props.value.members.map((m) => ({ key: 'members' as const, item: m, kind: t('an.range.member') })),
    ...props.value.tags.map((g) => ({ key: 'tags' as const, item: g, kind: t('an.range.tag') })),
  ];

  return (
    <div class="an-range" classList={{ 'an-range--invalid': !!props.invalid }}>
      <div class="nt-chips an-range__chosen" aria-live="polite">
        <For each={chips()} fallback={<span class="muted">{t('an.range.none')}</span>}>
          {(c) => (
            <span class="nt-chip nt-chip--on">
              <span class="an-range__kind">{c.kind}</span> {c.item.name}
              <button
                type="button"
                class="nt-chip__x"
                aria-label={`${t('nt.remove')} ${c.item.name}`}
                onClick={() => props.onChange({ ...props.value, [c.key]: props.value[c.key].filter((x) => x.id !== c.item.id) })}
              >
                ×
              </button>
            </span>
          )}
        </For>
      </div>
      <div class="nt-tabs" role="tablist" aria-label={t('an.range')}>
        <For each={['departments', 'members', 'tags'] as const}>
          {(k) => (
            <button type="button" role="tab" class="nt-tabs__tab" aria-selected={tab() === k} aria-current={tab() === k ? 'page' : undefined} onClick={() => setTab(k)}>
              {t(`an.range.${k}`)}
            </button>
          )}
        </For>
      </div>
      <div role="tabpanel" class="an-range__panel">
        <Show when={tab() === 'departments'}>
          <input type="search" class="an-range__filter" value={filter()} placeholder={t('an.range.filterDepartments')} aria-label={t('an.range.filterDepartments')} onInput={(e) => setFilter(e.currentTarget.value)} />
          <ul class="an-tree" role="list">
            <For each={departments()}>
              {(d) => (
                <li style={{ 'padding-left': `${filter().trim() ? 0 : d.depth * 1.25}rem` }}>
                  <label class="nt-check">
                    <input type="checkbox" checked={has(props.value.departments, d.id)} onChange={(e) => toggle('departments', { id: d.id, name: d.name }, e.currentTarget.checked)} />
                    {d.name}
                    <Show when={d.memberCount !== undefined}>
                      <span class="muted">({d.memberCount})</span>
                    </Show>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={tab() === 'members'}>
          <CcPicker school={props.school} value={props.value.members} onChange={(members) => props.onChange({ ...props.value, members })} />
        </Show>
        <Show when={tab() === 'tags'}>
          <input type="search" class="an-range__filter" value={tagFilter()} placeholder={t('tags.pickerSearch')} aria-label={t('tags.pickerSearch')} onInput={(e) => setTagFilter(e.currentTarget.value)} />
          <ul class="an-tree" role="list">
            <For each={tags()} fallback={<li class="muted">{t('an.range.noTags')}</li>}>
              {(g) => (
                <li>
                  <label class="nt-check">
                    <input type="checkbox" checked={has(props.value.tags, g.id)} onChange={(e) => toggle('tags', { id: g.id, name: g.name }, e.currentTarget.checked)} />
                    {g.name}
                    <Show when={g.memberCount !== null}>
                      <span class="muted">({g.memberCount})</span>
                    </Show>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </div>
  );
}
