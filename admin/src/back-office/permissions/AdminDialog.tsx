import { useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import { type Admin, emptyScope, permissionsApi, type Scope } from '../../lib/permissions-client';
import Modal from './Modal';
import ScopeEditor, { type ScopeSources } from './ScopeEditor';
import StaffPicker, { type Picked } from './StaffPicker';

type Role = 'super' | 'scoped';
const ROLES: { role: Role; label: 'perm.roleSuper' | 'perm.roleScoped'; hint: 'perm.roleSuperHint' | 'perm.roleScopedHint' }[] = [
  { role: 'super', label: 'perm.roleSuper', hint: 'perm.roleSuperHint' },
  { role: 'scoped', label: 'perm.roleScoped', hint: 'perm.roleScopedHint' },
];

/**
 * 添加管理員 / 編輯管理員: a staff member (fixed when editing), 超級管理員 or 分級管理員, and
 * for a scoped admin the scope of departments, classes and apps.
 */
export default function AdminDialog(props: { open: boolean; admin: Admin | null; sources: ScopeSources | undefined; onClose: () => void; onSaved: (name: string) => void }) {
  const params = useParams<{ school: string }>();
  const editing = () => props.admin !== null;
  const [picked, setPicked] = createSignal<Picked[]>(props.admin ? [{ id: props.admin.member.id, name: props.admin.member.name }] : []);
  const [role, setRole] = createSignal<Role>(props.admin?.role === 'super' ? 'super' : 'scoped');
  const [scope, setScope] = createSignal<Scope>(props.admin ? structuredClone(props.admin.scope) : emptyScope());
  const [errors, setErrors] = createSignal<{ member?: string; form?: string }>({});

  async function save(): Promise<boolean> {
    const member = picked()[0];
    if (!member) {
      setErrors({ member: t('perm.pickMember') });
      return false;
    }
    setErrors({});
    const api = permissionsApi(params.school).roles;
    const body = role() === 'scoped' ? { role: role(), scope: scope() } : { role: role() };
    try {
      if (props.admin) await api.updateAdmin(props.admin.member.id, body);
      else await api.addAdmin({ memberId: member.id, ...body });
      props.onSaved(member.name);
      return true;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setErrors(e instanceof ApiError && e.field === 'memberId' ? { member: message } : { form: message });
      return false;
    }
  }

  return (
    <Modal
      open={props.open}
      wide
      title={editing() ? t('perm.editAdmin', { name: props.admin?.member.name ?? '' }) : t('perm.addAdmin')}
      submitLabel={editing() ? t('perm.save') : t('perm.addAdmin')}
      error={errors().form}
      onSubmit={save}
      onClose={props.onClose}
    >
      <Show
        when={!editing()}
        fallback={
          <p class="pm-modal__who">
            <span class="avatar" aria-hidden="true">
              {props.admin?.member.name.slice(0, 1)}
            </span>
            <span>
              <strong>{props.admin?.member.name}</strong>
              <small class="muted">{props.admin?.member.title || '—'}</small>
            </span>
          </p>
        }
      >
        <StaffPicker
          idPrefix="admin-member"
          label={t('perm.member')}
          picked={picked()}
          onChange={(list) => (setPicked(list), setErrors((e) => ({ ...e, member: undefined })))}
          error={errors().member}
          unavailable={(row) => (row.adminRole ? t('perm.alreadyAdmin') : undefined)}
        />
      </Show>
      <fieldset class="pm-roles">
        <legend>{t('perm.role')}</legend>
        <For each={ROLES}>
          {(r) => (
            <label class="pm-role" classList={{ 'pm-role--on': role() === r.role }}>
              <input type="radio" name="admin-role" value={r.role} checked={role() === r.role} onChange={() => setRole(r.role)} />
              <span>
                <strong>{t(r.label)}</strong>
                <small>{t(r.hint)}</small>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={role() === 'scoped'}>
        <Show when={props.sources} fallback={<p class="loading">{t('common.loading')}</p>}>
          {(sources) => <ScopeEditor idPrefix="admin-scope" scope={scope()} onChange={setScope} sources={sources()} />}
        </Show>
      </Show>
    </Modal>
  );
}
