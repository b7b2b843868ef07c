import { createEffect, createSignal, on } from 'solid-js';
import { GradeInput } from '../../../../api/src/home-school/schemas';
import Field from '../../components/Field';
import { type Campus, contactsApi } from '../../lib/contacts-client';
import { type MessageKey, t } from '../../lib/i18n';
import FormDialog from './FormDialog';
import { apiErrors, checkForm, type FieldErrors } from './form-issues';
import { currentSchoolYear, nextSortOrder } from './home-school-tree';

const HINTS: Record<string, MessageKey> = { schoolYear: 'contacts.schoolYearHint', code: 'contacts.gradeCodeHint' };

/** 添加年級: its name, school year (this year by default) and the bureau's grade code. */
export default function GradeDialog(props: {
  open: boolean;
  school: string;
  campus: Campus;
  onClose: () => void;
  onSaved: (id: string, name: string) => Promise<void>;
}) {
  const [name, setName] = createSignal('');
  const [year, setYear] = createSignal('');
  const [code, setCode] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setName('');
        setYear(props.campus.grades.at(-1)?.schoolYear ?? currentSchoolYear());
        setCode('');
        setErrors({});
      },
    ),
  );

  async function submit(): Promise<boolean> {
    const input = { campusId: props.campus.id, name: name().trim(), schoolYear: year().trim(), code: code().trim() || null, sortOrder: nextSortOrder(props.campus.grades) };
    const invalid = checkForm(GradeInput, input, HINTS);
    if (invalid) {
      setErrors(invalid);
      return false;
    }
    try {
      const created = await contactsApi(props.school).homeSchool.createGrade(input);
      await props.onSaved(created.id, input.name);
      return true;
    } catch (e) {
      setErrors(apiErrors(e, ['name', 'schoolYear', 'code'], HINTS));
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      title={t('contacts.addGradeTo', { name: props.campus.name })}
      submitLabel={t('contacts.save')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field id="grade-name" label={t('contacts.gradeName')} value={name()} error={errors().name} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
      <div class="form-grid">
        <Field
          id="grade-year"
          label={t('contacts.schoolYear')}
          value={year()}
          hint={t('contacts.schoolYearHint')}
          error={errors().schoolYear}
          autocomplete="off"
          onInput={(e) => setYear(e.currentTarget.value)}
        />
        <Field
          id="grade-code"
          label={t('contacts.gradeCode')}
          value={code()}
          hint={t('contacts.gradeCodeHint')}
          error={errors().code}
          autocomplete="off"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
    </FormDialog>
  );
}
