import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { CreateMemberBody, UpdateMemberBody } from '../../../../api/src/members/schemas';
import Field from '../../components/Field';
import { contactsApi, type Department, type MemberInput } from '../../lib/contacts-client';
import { type MessageKey, t } from '../../lib/i18n';
import FormDialog from '../contacts/FormDialog';
import { apiErrors, checkForm, type FieldErrors } from '../contacts/form-issues';
import PhoneInput, { areaChoice, areaCodeOf } from '../contacts/PhoneInput';

const FIELDS = ['name', 'title', 'departmentIds', 'areaCode', 'phone', 'account', 'isTeacher'];
const HINTS: Record<string, MessageKey> = {
  phone: 'contacts.hint.phone',
  areaCode: 'contacts.hint.areaCode',
  account: 'contacts.hint.account',
  departmentIds: 'contacts.hint.departments',
  isTeacher: 'contacts.hint.identity',
};

/**
 * 添加成員 / 編輯成員: name, 職務, departments (ticked in the tree), area code and phone,
 * account, 教學人員 / 學校職員. Checked with the API's schema first; the API's refusal goes
 * beside the field it names.
 */
export default function MemberFormDialog(props: {
  school: string;
  /** 'new', a member id to edit, or null (closed). */
  target: string | null;
  departments: Department[];
  /** Ticked at first when adding (the department on screen). */
  defaultDepartmentId?: string;
  onClose: () => void;
  onSaved: (name: string, created: boolean) => void;
}) {
  const api = () => contactsApi(props.school).staff;
  const editing = () => props.target !== null && props.target !== 'new';
  const [name, setName] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [departmentIds, setDepartmentIds] = createSignal<string[]>([]);
  const [choice, setChoice] = createSignal('853');
  const [otherCode, setOtherCode] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [account, setAccount] = createSignal('');
  const [isTeacher, setIsTeacher] = createSignal(false);
  const [isStaff, setIsStaff] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [loading, setLoading] = createSignal(false);
  // ADM-04: a confidential phone or account arrives hidden; an edit leaves it as it is
  const [hidden, setHidden] = createSignal<string[]>([]);

  // Each opening starts from the member as saved, or from an empty form.
  createEffect(
    on(
      () => props.target,
      async (target) => {
        setErrors({});
        if (target === null) return;
        setName('');
        setTitle('');
        setDepartmentIds(props.defaultDepartmentId ? [props.defaultDepartmentId] : []);
        setChoice('853');
        setOtherCode('');
        setPhone('');
        setAccount('');
        setIsTeacher(false);
        setIsStaff(false);
        setHidden([]);
        if (target === 'new') return;
        setLoading(true);
        try {
          const m = await api().get(target);
          setName(m.name);
          setTitle(m.title);
          setDepartmentIds(m.departments.map((d) => d.id));
          setChoice(areaChoice(m.areaCode ?? '853'));
          setOtherCode(areaChoice(m.areaCode ?? '853') === 'other' ? (m.areaCode ?? '') : '');
          setPhone(m.phone ?? '');
          setAccount(m.account ?? '');
          setIsTeacher(m.isTeacher);
          setIsStaff(m.isStaff);
          setHidden(m.confidential ?? []);
        } catch (e) {
          setErrors(apiErrors(e, []));
        } finally {
          setLoading(false);
        }
      },
    ),
  );

  const choosable = () => props.departments.filter((d) => d.manageable && d.kind === 'normal');
  const toggleDepartment = (id: string, on: boolean) =>
    setDepartmentIds((ids) => (on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id)));

  async function submit(): Promise<boolean> {
    const input: MemberInput = {
      name: name().trim(),
      title: title().trim(),
      departmentIds: departmentIds(),
      areaCode: areaCodeOf(choice(), otherCode()),
      phone: phone().trim(),
      isTeacher: isTeacher(),
      isStaff: isStaff(),
      ...(account().trim() && !editing() ? { account: account().trim() } : {}),
    };
    // an edit that leaves a hidden phone empty keeps it
    const keepPhone = editing() && hidden().includes('phone') && !input.phone;
    const patch: Partial<MemberInput> = keepPhone ? { ...input, phone: undefined, areaCode: undefined } : input;
    const invalid = editing()
      ? (checkForm(UpdateMemberBody, patch, HINTS) ?? (input.isTeacher || input.isStaff ? null : { isTeacher: t('contacts.hint.identity') }))
      : checkForm(CreateMemberBody, input, HINTS);
    if (invalid) {
      setErrors(invalid);
      return false;
    }
    setErrors({});
    try {
      // the account is set once, at creation (the PATCH schema has no account)
      if (editing()) {
        await api().update(props.target ?? '', patch);
      } else {
        await api().create(input);
      }
      props.onSaved(input.name, !editing());
      return true;
    } catch (e) {
      setErrors(apiErrors(e, FIELDS, HINTS));
      return false;
    }
  }

  const err = (field: string) => errors()[field];
  return (
    <FormDialog
      open={props.target !== null}
      wide
      title={editing() ? t('contacts.editMember') : t('contacts.addMember')}
      submitLabel={t('contacts.save')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Show when={!loading()} fallback={<p class="loading">{t('common.loading')}</p>}>
        <div class="form-grid">
          <Field id="member-name" label={t('members.name')} value={name()} error={err('name')} onInput={(e) => setName(e.currentTarget.value)} autocomplete="off" />
          <Field id="member-title" label={t('contacts.jobTitle')} value={title()} error={err('title')} onInput={(e) => setTitle(e.currentTarget.value)} autocomplete="off" />
        </div>
        <fieldset class="fieldset" classList={{ 'field--invalid': !!err('departmentIds') }} aria-describedby={err('departmentIds') ? 'member-departments-error' : undefined}>
          <legend>{t('contacts.departments')}</legend>
          <div class="check-list">
            <For each={choosable()}>
              {(d) => (
                <label class="check" style={{ 'padding-left': `${0.5 + d.depth * 1.125}rem` }}>
                  <input type="checkbox" checked={departmentIds().includes(d.id)} onChange={(e) => toggleDepartment(d.id, e.currentTarget.checked)} />
                  {d.name}
                </label>
              )}
            </For>
          </div>
          <Show when={err('departmentIds')}>
            <p class="field__error" id="member-departments-error" role="alert">
              {err('departmentIds')}
            </p>
          </Show>
        </fieldset>
        <PhoneInput
          id="member-phone"
          label={t('members.phone')}
          choice={choice()}
          otherCode={otherCode()}
          phone={phone()}
          hint={editing() && hidden().includes('phone') ? t('contacts.confidentialKeep') : undefined}
          error={err('phone') ?? err('areaCode')}
          onChoice={setChoice}
          onOtherCode={setOtherCode}
          onPhone={setPhone}
        />
        <Field
          id="member-account"
          label={t('contacts.accountOptional')}
          value={account()}
          error={err('account')}
          hint={editing() ? t('contacts.accountFixed') : t('contacts.accountHint')}
          placeholder={hidden().includes('account') ? t('contacts.confidential') : undefined}
          disabled={editing()}
          autocomplete="off"
          onInput={(e) => setAccount(e.currentTarget.value)}
        />
        <fieldset class="fieldset" classList={{ 'field--invalid': !!err('isTeacher') }}>
          <legend>{t('members.identity')}</legend>
          <div class="check-row">
            <label class="check">
              <input type="checkbox" checked={isTeacher()} onChange={(e) => setIsTeacher(e.currentTarget.checked)} />
              {t('identity.teacher')}
            </label>
            <label class="check">
              <input type="checkbox" checked={isStaff()} onChange={(e) => setIsStaff(e.currentTarget.checked)} />
              {t('identity.staff')}
            </label>
          </div>
          <Show when={err('isTeacher')}>
            <p class="field__error" role="alert">
              {err('isTeacher')}
            </p>
          </Show>
        </fieldset>
        <Show when={!editing()}>
          <p class="form-note">{t('contacts.inviteNote')}</p>
        </Show>
      </Show>
    </FormDialog>
  );
}
