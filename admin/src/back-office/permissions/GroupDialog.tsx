import { useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import Field from '../../components/Field';
import { ApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import { roleKey } from '../../lib/session';
import { type AdminGroup, emptyScope, permissionsApi, type Scope } from '../../lib/permissions-client';
import Modal from './Modal';
import ScopeEditor, { type ScopeSources } from './ScopeEditor';
import StaffPicker, { type Picked } from './StaffPicker';

/**
 * 新建管理組 / 編輯管理組: a name, the members (staff; one who is not an admin becomes a scoped
 * admin; super admins manage everything and cannot join) and the scope they share.
 */
export default function GroupDialog(props: { group: AdminGroup | null; sources: ScopeSources | undefined; onClose: () => void; onSaved: (name: string) => void }) {
  const params = useParams<{ school: string }>();
  const [name, setName] = createSignal(props.group?.name ?? '');
  const [picked, setPicked] = createSignal<Picked[]>(props.group?.members.map((m) => ({ id: m.id, name: m.name })) ?? []);
  const [scope, setScope] = createSignal<Scope>(props.group ? structuredClone(props.group.scope) : emptyScope());
  const [errors, setErrors] = createSignal<{ name?: string; memberIds?: string; form?: string }>({});

  async function save(): Promise<boolean> {
    if (!name().trim()) {
      setErrors({ name: t('error.required') });
      return false;
    }
    setErrors({});
    const input = { name: name().trim(), scope: scope(), memberIds: picked().map((p) => p.id) };
    const api = permissionsApi(params.school).roles;
    try {
      if (props.group) await api.updateGroup(props.group.id, input);
      else await api.createGroup(input);
      props.onSaved(input.name);
      return true;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const field = e instanceof ApiError ? e.field : undefined;
      setErrors(field === 'name' || field === 'memberIds' ? { [field]: message } : { form: message });
      return false;
    }
  }

  return (
    <Modal
      open
      wide
      title={props.group ? t('perm.editGroup', { name: props.group.name }) : t('perm.addGroup')}
      submitLabel={props.group ? t('perm.save') : t('perm.addGroup')}
      error={errors().form}
      onSubmit={save}
      onClose={props.onClose}
    >
      <Field id="group-name" label={t('perm.groupName')} placeholder={t('perm.groupNameHint')} maxlength={60} value={name()} onInput={(e) => setName(e.currentTarget.value)} error={errors().name} />
      <StaffPicker
        idPrefix="group-members"
        multiple
        label={t('perm.groupMembers')}
        picked={picked()}
        onChange={setPicked}
        error={errors().memberIds}
        unavailable={(row) => (row.adminRole === 'creator' || row.adminRole === 'super' ? t(roleKey(row.adminRole)) : undefined)}
      />
      <p class="field__hint pm-hint-below">{t('perm.groupMembersHint')}</p>
      <Show when={props.sources} fallback={<p class="loading">{t('common.loading')}</p>}>
        {(sources) => <ScopeEditor idPrefix="group-scope" scope={scope()} onChange={setScope} sources={sources()} />}
      </Show>
    </Modal>
  );
}
