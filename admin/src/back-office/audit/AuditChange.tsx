import { For, Show } from 'solid-js';
import { hasKey, t } from '../../lib/i18n';

type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: Json): string => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** Field names and values the UI has words for (status: active → 已啟用); others as they are. */
const fieldLabel = (key: string) => {
  const label = `members.${key}`;
  return hasKey(label) ? t(label) : key;
};
const valueLabel = (key: string, value: string) => {
  const label = `${key}.${value}`;
  return hasKey(label) ? t(label) : value;
};

/** The fields that differ between two snapshots, as "field: before → after". */
function changes(before: Json, after: Json): { key: string; from: string; to: string }[] {
  if (!isRecord(before) && !isRecord(after)) {
    return show(before) === show(after) ? [] : [{ key: '', from: show(before), to: show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ key: k, from: show(b[k]), to: show(a[k]) }));
}

/** An audit row's before/after, summarised; the full snapshots one click away. */
export default function AuditChange(props: { before: Json; after: Json }) {
  const diff = () => changes(props.before, props.after);
  return (
    <div class="change">
      <Show when={diff().length} fallback={<span class="muted">—</span>}>
        <ul class="change__list">
          <For each={diff().slice(0, 4)}>
            {(c) => (
              <li>
                <Show when={c.key}>
                  <span class="change__key">{fieldLabel(c.key)}</span>{' '}
                </Show>
                <del>{valueLabel(c.key, c.from)}</del> <span aria-hidden="true">→</span> <ins>{valueLabel(c.key, c.to)}</ins>
              </li>
            )}
          </For>
        </ul>
        <details class="change__details">
          <summary>{t('audit.details')}</summary>
          <dl>
            <dt>{t('audit.before')}</dt>
            <dd>
              <pre>{JSON.stringify(props.before, null, 2) ?? '—'}</pre>
            </dd>
            <dt>{t('audit.after')}</dt>
            <dd>
              <pre>{JSON.stringify(props.after, null, 2) ?? '—'}</pre>
            </dd>
          </dl>
        </details>
      </Show>
    </div>
  );
}
