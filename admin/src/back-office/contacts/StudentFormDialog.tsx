import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { CreateStudentInput, PatchStudentInput } from '../../../../api/src/home-school/student-schemas';
import Field from '../../components/Field';
import { contactsApi, type HomeSchoolTree, type Student, type StudentInput, type StudentPatch } from '../../lib/contacts-client';
import { type MessageKey, t } from '../../lib/i18n';
import ClassSelect from './ClassSelect';
import FormDialog from './FormDialog';
import { apiErrors, checkForm, type FieldErrors } from './form-issues';
import GuardianRows, { type GuardianDraft } from './GuardianRows';
import ParentRows, { emptyParent, type ParentDraft } from './ParentRows';
import { areaCodeOf } from './PhoneInput';

const HINTS: Record<string, MessageKey> = {
  educationId: 'contacts.hint.educationId',
  tempNumber: 'contacts.hint.tempNumber',
  birthDate: 'contacts.hint.birthDate',
  phone: 'contacts.hint.parentPhone',
  areaCode: 'contacts.hint.areaCode',
  relation: 'contacts.hint.relation',
  parents: 'contacts.hint.parents',
  add: 'contacts.hint.parents',
};

const toParent = (p: ParentDraft) => ({ name: p.name.trim(), relation: p.relation, areaCode: areaCodeOf(p.choice, p.otherCode), phone: p.phone.trim() });

/**
 * 添加學生家長 / 編輯學生: the student (name, 教育證編號 or 臨時教育證編號, birth date, class)
 * and their parents. Checked with the API's own schema first; a refusal goes beside the field
 * it names (`parents.1.phone` under the second parent's phone).
 */
export default function StudentFormDialog(props: {
  open: boolean;
  school: string;
  tree: HomeSchoolTree;
  /** The class on screen (adding). */
  classId?: string;
  /** The student to edit; absent: a new one. */
  student?: Student;
  onClose: () => void;
  onSaved: (name: string) => Promise<void>;
}) {
  const [name, setName] = createSignal('');
  const [idKind, setIdKind] = createSignal<'educationId' | 'tempNumber'>('educationId');
  const [idNumber, setIdNumber] = createSignal('');
  const [birthDate, setBirthDate] = createSignal('');
  const [classId, setClassId] = createSignal('');
  const [parents, setParents] = createSignal<ParentDraft[]>([]);
  const [guardians, setGuardians] = createSignal<GuardianDraft[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const editing = () => !!props.student;

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        const s = props.student;
        setErrors({});
        setName(s?.name ?? '');
        setIdKind(s?.tempNumber ? 'tempNumber' : 'educationId');
        setIdNumber(s?.educationId ?? s?.tempNumber ?? '');
        setBirthDate(s?.birthDate ?? '');
        setClassId(s?.class?.id ?? props.classId ?? '');
        setParents(s ? [] : [emptyParent()]);
        setGuardians(s?.guardians.map((g) => ({ guardian: g, relation: g.relation, remove: false })) ?? []);
      },
    ),
  );

  /** 教育證編號 or 臨時教育證編號; on an edit, the other one (and an emptied one) is cleared. */
  const idNumbers = () => {
    const value = idNumber().trim() || null;
    const other = idKind() === 'educationId' ? 'tempNumber' : 'educationId';
    return { [idKind()]: value, [other]: null } as { educationId: string | null; tempNumber: string | null };
  };

  async function create(): Promise<boolean> {
    const { educationId, tempNumber } = idNumbers();
    const input: StudentInput = {
      name: name().trim(),
      ...(educationId ? { educationId } : {}),
      ...(tempNumber ? { tempNumber } : {}),
      ...(birthDate() ? { birthDate: birthDate() } : {}),
      classId: classId(),
      parents: parents().map(toParent),
    };
    const invalid = checkForm(CreateStudentInput, input, HINTS);
    if (invalid) {
      setErrors(invalid);
      return false;
    }
    await contactsApi(props.school).homeSchool.createStudent(input);
    return true;
  }

  async function update(): Promise<boolean> {
    const s = props.student as Student;
    const patch: StudentPatch = {
      name: name().trim(),
      ...idNumbers(),
      birthDate: birthDate() || null,
      guardians: {
        add: parents().map(toParent),
        remove: guardians()
          .filter((g) => g.remove)
          .map((g) => g.guardian.memberId),
        relation: guardians()
          .filter((g) => !g.remove && g.relation !== g.guardian.relation)
          .map((g) => ({ memberId: g.guardian.memberId, relation: g.relation })),
      },
    };
    const invalid = checkForm(PatchStudentInput, patch, HINTS);
    if (invalid) {
      setErrors(invalid);
      return false;
    }
    await contactsApi(props.school).homeSchool.updateStudent(s.id, patch);
    return true;
  }

  async function submit(): Promise<boolean> {
    setErrors({});
    try {
      if (!(await (editing() ? update() : create()))) return false;
      await props.onSaved(name().trim());
      return true;
    } catch (e) {
      const rows = parents().flatMap((_, i) => ['name', 'relation', 'phone', 'areaCode'].map((f) => `${editing() ? 'guardians.add' : 'parents'}.${i}.${f}`));
      setErrors(apiErrors(e, ['name', 'educationId', 'tempNumber', 'birthDate', 'classId', 'parents', ...rows], HINTS));
      return false;
    }
  }

  const err = (field: string) => errors()[field];
  const parentError = (i: number, field: 'name' | 'relation' | 'phone') => {
    const base = `${editing() ? 'guardians.add' : 'parents'}.${i}`;
    return err(`${base}.${field}`) ?? (field === 'phone' ? err(`${base}.areaCode`) : undefined);
  };
  const idError = () => err('educationId') ?? err('tempNumber');
  const today = () => new Date().toISOString().slice(0, 10);

  return (
    <FormDialog
      open={props.open}
      wide
      title={editing() ? t('contacts.editStudent') : t('contacts.addStudent')}
      submitLabel={t('contacts.save')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <div class="form-grid">
        <Field id="student-name" label={t('contacts.studentName')} value={name()} error={err('name')} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        <Show when={!editing()}>
          <ClassSelect id="student-class" label={t('contacts.class')} tree={props.tree} value={classId()} error={err('classId')} onChange={setClassId} />
        </Show>
      </div>
      <fieldset class="fieldset">
        <legend>{t('contacts.idType')}</legend>
        <div class="radio-row">
          <For each={['educationId', 'tempNumber'] as const}>
            {(kind) => (
              <label class="check">
                <input type="radio" name="student-id-kind" checked={idKind() === kind} onChange={() => setIdKind(kind)} />
                {t(`contacts.${kind}`)}
              </label>
            )}
          </For>
        </div>
        <div class="form-grid">
          <Field
            id="student-id"
            label={t(`contacts.${idKind()}`)}
            value={idNumber()}
            hint={t(`contacts.idHint.${idKind()}`)}
            error={idError()}
            autocomplete="off"
            onInput={(e) => setIdNumber(e.currentTarget.value)}
          />
          <Field
            id="student-birth"
            type="date"
            max={today()}
            label={t('contacts.birthDate')}
            value={birthDate()}
            hint={t('contacts.birthDateHint')}
            error={err('birthDate')}
            onInput={(e) => setBirthDate(e.currentTarget.value)}
          />
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('contacts.parents')}</legend>
        <Show when={editing()}>
          <GuardianRows rows={guardians()} onChange={setGuardians} />
        </Show>
        <ParentRows idPrefix="parent" rows={parents()} firstNumber={guardians().length + 1} errorAt={parentError} onChange={setParents} />
        <Show when={err('parents') ?? err('guardians.add')}>
          <p class="field__error" role="alert">
            {err('parents') ?? err('guardians.add')}
          </p>
        </Show>
      </fieldset>
    </FormDialog>
  );
}
