import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import { permissionsApi } from '../../lib/permissions-client';

export interface Picked {
  id: string;
  name: string;
}

/** 抄送 (N-01): staff found by name, shown as removable chips. */
export default function CcPicker(props: { school: string; value: Picked[]; onChange: (v: Picked[]) => void }) {
  const [q, setQ] = createSignal('');
  const found = createAsync(async () =>
    q().trim() ? (await permissionsApi(props.school).lookups.staff({ q: q().trim(), pageSize: 8 }).catch(() => ({ items: [] }))).items : [],
  );
  const add = (p: Picked) => {
    if (!props.value.some((x) => x.id === p.id)) props.onChange([...props.value, p]);
    setQ('');
  };
  return (
    <div class="nt-cc">
      <div class="nt-chips">
        <For each={props.value}>
          {(p) => (
            <span class="nt-chip nt-chip--on">
              {p.name}
              <button type="button" class="nt-chip__x" aria-label={`${t('nt.remove')} ${p.name}`} onClick={() => props.onChange(props.value.filter((x) => x.id !== p.id))}>
                ×
              </button>
            </span>
          )}
        </For>
      </div>
      <input type="search" value={q()} placeholder={t('nt.ccSearch')} aria-label={t('nt.ccSearch')} onInput={(e) => setQ(e.currentTarget.value)} />
      <Show when={found()?.length}>
        <ul class="nt-suggest" role="list">
          <For each={found()}>
            {(s) => (
              <li>
                <button type="button" onClick={() => add({ id: s.id, name: s.name })}>
                  {s.name}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
