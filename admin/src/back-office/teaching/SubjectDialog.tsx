import { createEffect, createSignal, on } from 'solid-js';
import { SubjectInput } from '../../../../api/src/home-school/schemas';
import Field from '../../components/Field';
import { homeworkApi, type Subject } from '../../lib/homework-client';
import { type MessageKey, t } from '../../lib/i18n';
import FormDialog from '../contacts/FormDialog';
import { apiErrors, checkForm, type FieldErrors } from '../contacts/form-issues';

const HINTS: Record<string, MessageKey> = { code: 'hw.subj.codeHint' };

/** 添加科目 / 編輯科目: name, code and whether it is enabled (TT-07). */
export default function SubjectDialog(props: { school: string; subject: Subject | 'new' | null; onClose: () => void; onSaved: (s: Subject) => Promise<void> }) {
  const [name, setName] = createSignal('');
  const [code, setCode] = createSignal('');
  const [enabled, setEnabled] = createSignal(true);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const existing = () => (props.subject && props.subject !== 'new' ? props.subject : null);

  createEffect(
    on(
      () => props.subject,
      (s) => {
        if (!s) return;
        setName(s === 'new' ? '' : s.name);
        setCode(s === 'new' ? '' : s.code);
        setEnabled(s === 'new' ? true : s.enabled);
        setErrors({});
      },
    ),
  );

  async function submit(): Promise<boolean> {
    const input = { name: name().trim(), code: code().trim(), enabled: enabled() };
    const invalid = checkForm(SubjectInput, input, HINTS);
    if (invalid) {
      setErrors(invalid);
      return false;
    }
    try {
      const api = homeworkApi(props.school).subjects;
      const current = existing();
      const saved = current ? await api.update(current.id, input) : await api.create(input);
      await props.onSaved(saved);
      return true;
    } catch (e) {
      setErrors(apiErrors(e, ['name', 'code'], HINTS));
      return false;
    }
  }

  return (
    <FormDialog
      open={!!props.subject}
      title={t(existing() ? 'hw.subj.editTitle' : 'hw.subj.addTitle')}
      submitLabel={t('hw.save')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field id="subject-name" label={`${t('hw.subj.name')} *`} value={name()} hint={t('hw.subj.nameHint')} error={errors().name} autocomplete="off" maxLength={50} onInput={(e) => setName(e.currentTarget.value)} />
      <Field id="subject-code" label={`${t('hw.subj.code')} *`} value={code()} hint={t('hw.subj.codeHint')} error={errors().code} autocomplete="off" maxLength={20} onInput={(e) => setCode(e.currentTarget.value)} />
      <label class="hw-check">
        <input type="checkbox" checked={enabled()} onChange={(e) => setEnabled(e.currentTarget.checked)} /> {t('hw.subj.enable')}
      </label>
    </FormDialog>
  );
}
