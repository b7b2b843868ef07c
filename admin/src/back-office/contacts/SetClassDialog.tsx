import { createEffect, createSignal, on } from 'solid-js';
import { contactsApi, type HomeSchoolTree } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import ClassSelect from './ClassSelect';
import FormDialog from './FormDialog';
import { apiErrors, type FieldErrors } from './form-issues';
import { classOptions } from './home-school-tree';

/** 設置所在班級: moves the ticked students (or one student) to another class. */
export default function SetClassDialog(props: {
  open: boolean;
  school: string;
  tree: HomeSchoolTree;
  studentIds: string[];
  /** The class they are in now, when they share one (not offered). */
  currentClassId?: string;
  onClose: () => void;
  onSaved: (text: string) => Promise<void>;
}) {
  const [classId, setClassId] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setClassId('');
        setErrors({});
      },
    ),
  );

  async function submit(): Promise<boolean> {
    if (!classId()) {
      setErrors({ classId: t('error.required') });
      return false;
    }
    try {
      const done = await contactsApi(props.school).homeSchool.setClass(props.studentIds, classId());
      const name = classOptions(props.tree).find((o) => o.id === classId())?.label ?? '';
      await props.onSaved(t('contacts.classSet', { n: done.updated, name }));
      return true;
    } catch (e) {
      setErrors(apiErrors(e, ['classId']));
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      title={t('contacts.setClassOf', { n: props.studentIds.length })}
      submitLabel={t('contacts.save')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <ClassSelect id="set-class" label={t('contacts.newClass')} tree={props.tree} value={classId()} exclude={props.currentClassId} error={errors().classId} onChange={setClassId} />
    </FormDialog>
  );
}
