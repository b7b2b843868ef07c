import { A, useLocation } from '@solidjs/router';
import { For, Show } from 'solid-js';
import Icon from '../../components/Icon';
import { t } from '../../lib/i18n';
import type { AdminRole } from '../../lib/client';
import type { MyPermissions } from '../../lib/permissions-client';
import { type MenuGroup, visibleMenu } from './menu';

/**
 * The left menu, as far as the member reaches (GET /roles/me once it answers, the role until
 * then); the current screen's group is open.
 */
export default function Menu(props: { school: string; role: AdminRole; permissions?: MyPermissions }) {
  const location = useLocation();
  const href = (path: string) => `/${props.school}${path ? `/${path}` : ''}`;
  // the group of the current screen, or of the entry a detail page is under
  const holdsCurrent = (group: MenuGroup) =>
    !!group.items?.some((item) => location.pathname.endsWith(href(item.path)) || location.pathname.includes(`${href(item.path)}/`));

  return (
    <ul class="menu">
      <For each={visibleMenu(props.role, props.permissions)}>
        {(group) => (
          <li>
            <Show
              when={group.items}
              fallback={
                <A href={href(group.path ?? '')} end class="menu__link" activeClass="menu__link--active">
                  <Icon name={group.icon} />
                  {t(group.label)}
                </A>
              }
            >
              {(items) => (
                <details class="menu__group" open={holdsCurrent(group)}>
                  <summary class="menu__link">
                    <Icon name={group.icon} />
                    {t(group.label)}
                    <Icon name="chevron" size={16} class="menu__chevron" />
                  </summary>
                  <ul>
                    <For each={items()}>
                      {(item) => (
                        <li>
                          <A href={href(item.path)} class="menu__sublink" activeClass="menu__link--active">
                            {t(item.label)}
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </details>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
