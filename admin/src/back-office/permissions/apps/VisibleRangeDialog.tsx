import { createAsync, useParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { locale, t } from '../../../lib/i18n';
import { type AppSetting, permissionsApi, type VisibleRange } from '../../../lib/permissions-client';
import DepartmentChecklist from '../DepartmentChecklist';
import Modal from '../Modal';
import { departmentList } from '../queries';
import StaffPicker, { type Picked } from '../StaffPicker';
import Tabs from '../Tabs';
import { useSession } from '../../../lib/session';
import TagChecklist from '../../tags/TagChecklist';

/**
 * 可見範圍 of an app: departments (each with what lies below), members and tags; nothing
 * chosen means every staff member. Tags reach across the school: only super admins pick them.
 */
export default function VisibleRangeDialog(props: { app: AppSetting; onClose: () => void; onSaved: () => void }) {
  const params = useParams<{ school: string }>();
  const departments = createAsync(() => departmentList(params.school));
  const [range, setRange] = createSignal<VisibleRange>(structuredClone(props.app.visibleRange));
  const [members, setMembers] = createSignal<Picked[]>([]);
  const [error, setError] = createSignal('');
  const name = () => props.app.name[locale()];
  const session = useSession();
  const superAdmin = () => ['creator', 'super'].includes(session()?.member.adminRole ?? '');

  // the range holds member ids; their names come one by one (a range names a few people)
  onMount(async () => {
    const api = permissionsApi(params.school).lookups;
    const named = await Promise.all(
      props.app.visibleRange.memberIds.map(async (id) => ({ id, name: await api.member(id).then((m) => m.name, () => t('perm.gone')) })),
    );
    setMembers(named);
  });

  const everyone = () => range().departmentIds.length + members().length + range().tagIds.length === 0;
  const tab = (key: 'apps.rangeTabDepartments' | 'apps.rangeTabMembers' | 'apps.rangeTabTags', n: number) => (
    <>
      {t(key)}
      <span class="pm-tabs__count">{n}</span>
    </>
  );

  async function save(): Promise<boolean> {
    setError('');
    try {
      await permissionsApi(params.school).apps.update(props.app.key, { visibleRange: { ...range(), memberIds: members().map((m) => m.id) } });
      props.onSaved();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <Modal open wide title={t('apps.rangeTitle', { name: name() })} submitLabel={t('perm.save')} error={error()} onSubmit={save} onClose={props.onClose}>
      <p class="pm-range-state" role="status">
        {everyone() ? t('apps.rangeEveryoneHint') : t('apps.rangeChosenHint')}
      </p>
      <Tabs
        label={t('apps.visibleRange')}
        tabs={[
          {
            id: 'departments',
            label: tab('apps.rangeTabDepartments', range().departmentIds.length),
            panel: () => (
              <Show when={departments()} fallback={<p class="loading">{t('common.loading')}</p>}>
                {(list) => (
                  <DepartmentChecklist
                    idPrefix="range"
                    departments={list().items}
                    selected={range().departmentIds}
                    onChange={(departmentIds) => setRange((r) => ({ ...r, departmentIds }))}
                  />
                )}
              </Show>
            ),
          },
          {
            id: 'members',
            label: tab('apps.rangeTabMembers', members().length),
            panel: () => <StaffPicker idPrefix="range-members" multiple label={t('apps.rangeMembersLabel')} picked={members()} onChange={setMembers} />,
          },
          {
            id: 'tags',
            label: tab('apps.rangeTabTags', range().tagIds.length),
            panel: () => (
              <>
                <Show when={!superAdmin()}>
                  <p class="muted">{t('tags.pickerSuperOnly')}</p>
                </Show>
                <TagChecklist school={params.school} idPrefix="range" selected={range().tagIds} disabled={!superAdmin()} onChange={(tagIds) => setRange((r) => ({ ...r, tagIds }))} />
              </>
            ),
          },
        ]}
      />
    </Modal>
  );
}
