import { createEffect, createSignal, on } from 'solid-js';
import Field from '../../components/Field';
import { contactsApi, type Student } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import FormDialog from './FormDialog';
import { apiErrors, type FieldErrors } from './form-issues';

/** 轉學: where the student goes and why (both optional), and what it means, before confirming. */
export default function TransferDialog(props: { open: boolean; school: string; student: Student; onClose: () => void; onDone: () => Promise<void> }) {
  const [toSchool, setToSchool] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setToSchool('');
        setReason('');
        setErrors({});
      },
    ),
  );

  async function submit(): Promise<boolean> {
    try {
      await contactsApi(props.school).homeSchool.transfer(props.student.id, { toSchool: toSchool().trim(), reason: reason().trim() });
      await props.onDone();
      return true;
    } catch (e) {
      setErrors(apiErrors(e, ['toSchool', 'reason']));
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      danger
      title={t('contacts.transferOf', { name: props.student.name })}
      submitLabel={t('contacts.confirmTransfer')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <p class="form-note transfer-note">{t('contacts.transferNote')}</p>
      <Field id="transfer-school" label={t('contacts.toSchool')} value={toSchool()} error={errors().toSchool} maxLength={100} onInput={(e) => setToSchool(e.currentTarget.value)} />
      <Field id="transfer-reason" label={t('contacts.reason')} value={reason()} error={errors().reason} maxLength={500} onInput={(e) => setReason(e.currentTarget.value)} />
    </FormDialog>
  );
}
