import { createEffect, createSignal, on } from 'solid-js';
import Field from '../../components/Field';
import { t } from '../../lib/i18n';
import FormDialog from './FormDialog';
import { apiErrors, type FieldErrors } from './form-issues';

/**
 * Asks for one name (添加部門, 重新命名, 添加校部 …). Empty is refused here; the API's refusal
 * (a name taken, a bad character) shows under the field.
 */
export default function NameDialog(props: {
  open: boolean;
  title: string;
  label: string;
  initial?: string;
  hint?: string;
  submitLabel?: string;
  onClose: () => void;
  onSubmit: (name: string) => Promise<void>;
}) {
  const [name, setName] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setName(props.initial ?? '');
        setErrors({});
      },
    ),
  );

  async function submit(): Promise<boolean> {
    const value = name().trim();
    if (!value) {
      setErrors({ name: t('error.required') });
      return false;
    }
    try {
      await props.onSubmit(value);
      return true;
    } catch (e) {
      const found = apiErrors(e, ['name']);
      setErrors(found.form ? { name: found.form } : found);
      return false;
    }
  }

  return (
    <FormDialog open={props.open} title={props.title} submitLabel={props.submitLabel ?? t('contacts.save')} onSubmit={submit} onClose={props.onClose}>
      <Field id="name-dialog-name" label={props.label} value={name()} error={errors().name} hint={props.hint} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
    </FormDialog>
  );
}
