import { For } from 'solid-js';
import { locale } from '../../lib/i18n';
import type { AppSetting } from '../../lib/permissions-client';
import AppIcon from '../../mobile/workbench/AppIcon';

/** The apps of the catalogue, a checkbox each, with their icons. */
export default function AppChecklist(props: {
  apps: Pick<AppSetting, 'key' | 'name'>[];
  selected: string[];
  onChange: (keys: string[]) => void;
  idPrefix: string;
  /** Why an app cannot be ticked, if it cannot. */
  disabledReason?: (key: string) => string | undefined;
}) {
  const toggle = (key: string, on: boolean) =>
    props.onChange(on ? [...props.selected.filter((k) => k !== key), key] : props.selected.filter((k) => k !== key));
  return (
    <ul class="pm-apps-check" role="list">
      <For each={props.apps}>
        {(app) => {
          const id = `${props.idPrefix}-app-${app.key}`;
          const reason = () => props.disabledReason?.(app.key);
          return (
            <li classList={{ 'pm-apps-check--off': !!reason() }}>
              <input
                type="checkbox"
                id={id}
                checked={props.selected.includes(app.key)}
                disabled={!!reason()}
                aria-describedby={reason() ? `${id}-why` : undefined}
                onChange={(e) => toggle(app.key, e.currentTarget.checked)}
              />
              <label for={id}>
                <AppIcon appKey={app.key} size={28} />
                <span>
                  {app.name[locale()]}
                  {reason() && (
                    <small id={`${id}-why`} class="pm-check__note">
                      {reason()}
                    </small>
                  )}
                </span>
              </label>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
