import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { ApiError, DetailedApiError } from '../../lib/client';
import { contactsApi, type ImportIssue } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import FormDialog from './FormDialog';
import { saveFile } from './save-file';

/**
 * 批量導入 (CT-02): upload an .xlsx in the template's layout. The API checks the whole file
 * first; when it refuses, every bad row is listed (row, column, reason) and nothing was
 * imported. The template (with the classes one may use) is a click away.
 */
export default function ImportDialog(props: { open: boolean; school: string; onClose: () => void; onImported: (text: string) => Promise<void> }) {
  let input!: HTMLInputElement;
  const api = () => contactsApi(props.school).homeSchool;
  const [file, setFile] = createSignal<File | null>(null);
  const [issues, setIssues] = createSignal<ImportIssue[]>([]);
  const [error, setError] = createSignal('');
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setFile(null);
        setIssues([]);
        setError('');
      },
    ),
  );

  async function template() {
    setError('');
    try {
      saveFile(await api().template());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function submit(): Promise<boolean> {
    setIssues([]);
    setError('');
    const chosen = file();
    if (!chosen) {
      setError(t('contacts.chooseFile'));
      input.focus();
      return false;
    }
    try {
      const done = await api().import(chosen);
      await props.onImported(t('contacts.imported', { students: done.students, guardians: done.guardians, members: done.newMembers }));
      return true;
    } catch (e) {
      const rows = e instanceof DetailedApiError && Array.isArray(e.details.rows) ? (e.details.rows as ImportIssue[]) : [];
      if (rows.length) setIssues(rows);
      else setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      wide
      title={t('contacts.importTitle')}
      submitLabel={t('contacts.upload')}
      error={error()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <div class="file-drop">
        <label for="import-file">{t('contacts.importFile')}</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="import-hint"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setIssues([]);
          }}
        />
        <p class="field__hint" id="import-hint">
          {t('contacts.importHint')}{' '}
          <button type="button" class="button button--link" onClick={template}>
            {t('contacts.downloadTemplate')}
          </button>
        </p>
      </div>
      <Show when={issues().length}>
        <div class="import-issues" role="alert">
          <p class="form-error">{t('contacts.importRefused', { n: issues().length })}</p>
          <div class="issues">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('contacts.row')}</th>
                  <th scope="col">{t('contacts.column')}</th>
                  <th scope="col">{t('contacts.problem')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={issues()}>
                  {(issue) => (
                    <tr>
                      <td class="num">{issue.row}</td>
                      <td class="nowrap">{issue.field}</td>
                      <td>{issue.message}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </div>
      </Show>
    </FormDialog>
  );
}
