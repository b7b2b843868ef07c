import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { DetailedApiError } from '../../../lib/client';
import { homeworkApi, type ImportedQuestion, type ImportFormat, type Subject } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import FormDialog from '../../contacts/FormDialog';
import { typeLabel } from '../labels';

/**
 * 匯入 (Moodle XML or GIFT): the file is checked first (dry run) and listed with each
 * question's error; only a file without errors is imported, as drafts of the chosen subject.
 */
export default function ImportDialog(props: { open: boolean; school: string; subjects: Subject[]; onClose: () => void; onImported: (n: number) => Promise<void> }) {
  const [subjectId, setSubjectId] = createSignal('');
  const [format, setFormat] = createSignal<ImportFormat>('moodle');
  const [file, setFile] = createSignal<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = createSignal<ImportedQuestion[] | null>(null);
  const [error, setError] = createSignal('');
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setFile(null);
        setPreview(null);
        setError('');
        setSubjectId((s) => s || props.subjects[0]?.id || '');
      },
    ),
  );
  const bad = () => preview()?.filter((q) => q.error).length ?? 0;
  const ready = () => !!preview() && bad() === 0 && (preview()?.length ?? 0) > 0;

  async function pick(list: FileList | null) {
    const f = list?.[0];
    setPreview(null);
    if (!f) return setFile(null);
    setFormat(/\.xml$/i.test(f.name) ? 'moodle' : 'gift');
    setFile({ name: f.name, text: await f.text() });
  }

  async function submit(): Promise<boolean> {
    const f = file();
    if (!subjectId()) return setError(t('hw.pickSubject')), false;
    if (!f) return setError(t('hw.imp.needFile')), false;
    setError('');
    const input = { format: format(), subjectId: subjectId(), text: f.text };
    try {
      if (!ready()) {
        const result = await homeworkApi(props.school).questions.import({ ...input, dryRun: true });
        setPreview(result.questions);
        if (!result.questions.length) setError(t('hw.imp.empty'));
        return false;
      }
      const result = await homeworkApi(props.school).questions.import({ ...input, dryRun: false });
      await props.onImported(result.imported);
      return true;
    } catch (e) {
      const listed = e instanceof DetailedApiError ? (e.details.questions as ImportedQuestion[] | undefined) : undefined;
      if (listed) setPreview(listed);
      setError(listed ? t('hw.imp.fixFirst') : e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <FormDialog open={props.open} wide title={t('hw.imp.title')} submitLabel={ready() ? t('hw.imp.import', { n: preview()?.length ?? 0 }) : t('hw.imp.preview')} error={error()} onSubmit={submit} onClose={props.onClose}>
      <p class="hw-hint">{t('hw.imp.hint')}</p>
      <div class="form-grid">
        <div class="field">
          <label for="hw-imp-subject">{t('hw.subject')} *</label>
          <select id="hw-imp-subject" value={subjectId()} onChange={(e) => (setSubjectId(e.currentTarget.value), setPreview(null))}>
            <option value="">{t('hw.pickSubject')}</option>
            <For each={props.subjects}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="hw-imp-format">{t('hw.imp.format')}</label>
          <select id="hw-imp-format" value={format()} onChange={(e) => (setFormat(e.currentTarget.value as ImportFormat), setPreview(null))}>
            <option value="moodle">Moodle XML</option>
            <option value="gift">GIFT</option>
          </select>
        </div>
      </div>
      <div class="field">
        <label for="hw-imp-file">{t('hw.imp.file')} *</label>
        <input id="hw-imp-file" type="file" accept=".xml,.gift,.txt,text/xml,text/plain" onChange={(e) => void pick(e.currentTarget.files)} />
      </div>
      <Show when={preview()}>
        {(rows) => (
          <>
            <p classList={{ 'hw-warn': bad() > 0, notice: bad() === 0 }} role="status">
              {bad() ? t('hw.imp.count', { n: rows().length, bad: bad() }) : t('hw.imp.allGood', { n: rows().length })}
            </p>
            <div class="table-wrap hw-import-table">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t('hw.imp.index')}</th>
                    <th scope="col">{t('hw.imp.name')}</th>
                    <th scope="col">{t('hw.type')}</th>
                    <th scope="col">{t('hw.imp.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows()}>
                    {(q) => (
                      <tr classList={{ 'hw-row-error': !!q.error }}>
                        <td>{q.index}</td>
                        <td>
                          <strong>{q.name}</strong>
                          <div class="muted hw-clip">{q.text}</div>
                        </td>
                        <td class="nowrap">{typeLabel(q.type)}</td>
                        <td>{q.error ? <span class="field__error">{q.error}</span> : <span class="badge badge--active">{t('hw.imp.ok')}</span>}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </>
        )}
      </Show>
    </FormDialog>
  );
}
