import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../../lib/i18n';
import { type AppPatch, type AppSetting, permissionsApi } from '../../../lib/permissions-client';
import AppIcon from '../../../mobile/workbench/AppIcon';
import { departmentList, listApps } from '../queries';
import Switch from '../Switch';
import VisibleRangeDialog from './VisibleRangeDialog';
import EmptyRow from '../../../components/EmptyRow';
import FormError from '../../../components/FormError';
import RowButton from '../../../components/RowButton';
import StatusNote from '../../../components/StatusNote';
import TableShell from '../../../components/TableShell';
import '../permissions.css';

/**
 * 應用管理 / 部署應用 (APP-01, manual §19): every app with its switch, whether parents may use
 * it, and who sees it. A switch saves at once; a scoped admin changes the apps of its scope.
 */
export default function DeployedApps() {
  const params = useParams<{ school: string }>();
  // the apps the caller may change first (a scoped admin: those of its scope), each part in catalogue order
  const apps = createAsync(async () => [...(await listApps(params.school))].sort((a, b) => Number(b.manageable) - Number(a.manageable)));
  const departments = createAsync(() => departmentList(params.school).catch(() => undefined));
  // the switch being saved, and the values shown before the list comes back
  const [pending, setPending] = createSignal<Record<string, AppPatch>>({});
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');
  const [ranging, setRanging] = createSignal<AppSetting | null>(null);

  const shown = (app: AppSetting) => ({ ...app, ...pending()[app.key] });

  async function change(app: AppSetting, patch: AppPatch, done: string) {
    setNotice('');
    setError('');
    setPending((p) => ({ ...p, [app.key]: { ...p[app.key], ...patch } }));
    try {
      await permissionsApi(params.school).apps.update(app.key, patch);
      await revalidate(listApps.key);
      setNotice(done);
    } catch (e) {
      setError(`${app.name[locale()]}：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPending(({ [app.key]: _, ...rest }) => rest);
    }
  }

  const rangeWords = (app: AppSetting) => {
    const r = app.visibleRange;
    const parts = [
      r.departmentIds.length ? t('apps.rangeDepartments', { n: r.departmentIds.length }) : '',
      r.memberIds.length ? t('apps.rangeMembers', { n: r.memberIds.length }) : '',
      r.tagIds.length ? t('apps.rangeTags', { n: r.tagIds.length }) : '',
    ].filter(Boolean);
    return parts.length ? parts.join('、') : t('apps.rangeEveryone');
  };
  const rangeNames = (app: AppSetting) => {
    const names = new Map(departments()?.items.map((d) => [d.id, d.name]));
    return app.visibleRange.departmentIds.map((id) => names.get(id)).filter(Boolean).join('、');
  };

  return (
    <section aria-labelledby="apps-title">
      <div class="pm-head">
        <div>
          <h1 id="apps-title">{t('apps.title')}</h1>
          <p class="muted pm-head__intro">{t('apps.intro')}</p>
        </div>
      </div>
      <StatusNote>{notice()}</StatusNote>
      <FormError message={error()} />
      <TableShell class="pm-apps" columns={[t('apps.app'), t('apps.audience'), t('apps.enabled'), t('apps.parentsAllowed'), t('apps.visibleRange')]}>
        <For each={apps()} fallback={<EmptyRow columns={5} />}>
          {(app) => {
            const v = () => shown(app);
            const name = () => app.name[locale()];
            const busy = () => !!pending()[app.key];
            return (
              <tr classList={{ 'row--muted': !v().enabled }}>
                <th scope="row">
                  <span class="pm-app">
                    <AppIcon appKey={app.key} size={36} />
                    <span>
                      {name()}
                      <small>{locale() === 'en' ? app.name['zh-Hant'] : app.name.en}</small>
                    </span>
                  </span>
                </th>
                <td>{t(app.audience === 'all' ? 'apps.audienceAll' : 'apps.audienceStaff')}</td>
                <td>
                  <Switch
                    checked={v().enabled}
                    label={t('apps.enableApp', { name: name() })}
                    disabled={!app.manageable || busy()}
                    busy={busy()}
                    onChange={(on) => change(app, { enabled: on }, t(on ? 'apps.enabledDone' : 'apps.disabledDone', { name: name() }))}
                  />
                </td>
                <td>
                  <Show when={app.audience === 'all'} fallback={<span class="muted pm-small">{t('apps.staffOnly')}</span>}>
                    <Switch
                      checked={v().parentsAllowed}
                      label={t('apps.allowParents', { name: name() })}
                      disabled={!app.manageable || busy()}
                      busy={busy()}
                      onChange={(on) => change(app, { parentsAllowed: on }, t(on ? 'apps.parentsOnDone' : 'apps.parentsOffDone', { name: name() }))}
                    />
                  </Show>
                </td>
                <td>
                  <div class="pm-range">
                    <span>
                      {rangeWords(app)}
                      <Show when={rangeNames(app)}>
                        <small>{rangeNames(app)}</small>
                      </Show>
                    </span>
                    <Show when={app.manageable} fallback={<span class="muted pm-small">{t('apps.notYours')}</span>}>
                      <RowButton label={t('apps.editRange')} name={name()} onClick={() => (setNotice(''), setRanging(app))} />
                    </Show>
                  </div>
                </td>
              </tr>
            );
          }}
        </For>
      </TableShell>
      <Show when={ranging()}>
        {(app) => (
          <VisibleRangeDialog
            app={app()}
            onClose={() => setRanging(null)}
            onSaved={async () => {
              const name = app().name[locale()];
              await revalidate(listApps.key);
              setNotice(t('apps.rangeSaved', { name }));
            }}
          />
        )}
      </Show>
    </section>
  );
}
