import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import { ApiError, DetailedApiError } from '../../lib/client';
import { formatDateTime, t } from '../../lib/i18n';
import { type B01Preview, subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import { saveFile } from '../contacts/save-file';
import B01Students, { type B01Drill } from './B01Students';
import UpdateLog from './UpdateLog';
import './promotion.css';

type ClassKey = { gradeCode: string; className: string };

/**
 * 按B01表更新通訊錄年級班別 (PRM-04/05/07): 上傳json檔案 → 預覽結果 per grade and class (uploaded,
 * anomalies with their reasons behind ❗, a class's students), 導出Excel, 確認更新通訊錄 and
 * 撤銷上次更新 (each asked first), 更新日誌.
 */
export default function B01() {
  const params = useParams<{ school: string }>();
  const api = () => subscriptionApi(params.school);
  const [preview, { mutate, refetch }] = createResource(
    () => params.school,
    async () => {
      try {
        return await api().b01.preview();
      } catch (e) {
        if (e instanceof ApiError && (e.code === 'b01_no_upload' || e.status === 404)) return null;
        throw e;
      }
    },
  );
  const [log, { refetch: refetchLog }] = createResource(() => params.school, () => api().b01.log());
  const [error, setError] = createSignal<{ message: string; lines: string[] } | null>(null);
  const [notice, setNotice] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [open, setOpen] = createSignal<string | null>(null);
  const [drill, setDrill] = createSignal<B01Drill | null>(null);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);
  useTitle(() => t('prm.navB01'));

  const fail = (e: unknown) => {
    const details = e instanceof DetailedApiError ? (e.details.errors as { field?: string; message?: string }[] | undefined) : undefined;
    setError({ message: (e as Error).message, lines: (details ?? []).slice(0, 20).map((d) => [d.field, d.message].filter(Boolean).join('：')) });
  };

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    setNotice('');
    setDrill(null);
    try {
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        throw new Error(t('prm.badJson'));
      }
      mutate(await api().b01.upload(body));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const ask = (request: Omit<ConfirmRequest, 'confirmLabel'> & { confirmLabel?: string }) => setConfirm({ confirmLabel: t('prm.confirm'), ...request });

  const askApply = (p: B01Preview) =>
    ask({
      title: t('prm.apply'),
      body: t('prm.applyConfirm', { total: p.upload.total }),
      run: async () => {
        const u = await api().b01.apply(p.upload.id);
        setNotice(t('prm.applied', { moved: u.counts.moved ?? 0, unchanged: u.counts.unchanged ?? 0, skipped: u.counts.skipped ?? 0 }));
        await Promise.all([refetch(), refetchLog()]);
      },
    });

  const askUndo = () =>
    ask({
      title: t('prm.undo'),
      body: t('prm.undoConfirm'),
      danger: true,
      run: async () => {
        const u = await api().b01.undo();
        setNotice(t('prm.undone', { restored: u.counts.restored ?? 0 }));
        await Promise.all([refetch(), refetchLog()]);
      },
    });

  async function exportExcel() {
    setError(null);
    try {
      saveFile(await api().b01.excel());
    } catch (e) {
      fail(e);
    }
  }

  const canUndo = () => (log()?.items ?? []).some((u) => u.kind === 'apply' && !u.undoneAt);
  const key = (c: ClassKey) => `${c.gradeCode}/${c.className}`;

  return (
    <section class="prm" aria-labelledby="b01-title">
      <h1 id="b01-title">{t('prm.navB01')}</h1>
      <p class="muted prm__note">{t('prm.b01Note')}</p>
      <div class="prm__bar">
        <label class="button button--primary prm__file" aria-disabled={busy()}>
          {t('prm.upload')}
          <input type="file" accept=".json,application/json" disabled={busy()} onChange={(e) => (upload(e.currentTarget.files?.[0]), (e.currentTarget.value = ''))} />
        </label>
        <button type="button" class="button" disabled={busy()} onClick={() => (setError(null), refetch())}>
          {t('prm.preview')}
        </button>
        <button type="button" class="button" disabled={!preview()} onClick={exportExcel}>
          {t('prm.export')}
        </button>
        <button type="button" class="button button--primary" disabled={!preview() || !!preview()?.applied} onClick={() => preview() && askApply(preview() as B01Preview)}>
          {t('prm.apply')}
        </button>
        <button type="button" class="button button--danger-text" disabled={!canUndo()} onClick={askUndo}>
          {t('prm.undo')}
        </button>
      </div>
      <Show when={error()}>
        {(e) => (
          <div class="form-error" role="alert">
            <p>{e().message}</p>
            <Show when={e().lines.length}>
              <ul>
                <For each={e().lines}>{(l) => <li>{l}</li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
      <Show when={notice()}>
        <StatusNote>{notice()}</StatusNote>
      </Show>
      <FormError message={(preview.error as Error | undefined)?.message} />
      <Show when={preview() === null}>
        <p class="panel muted">{t('prm.noUpload')}</p>
      </Show>
      <Show when={preview()}>
        {(p) => (
          <>
            <p class="prm__summary">
              {t('prm.uploaded', { year: p().upload.schoolYear, total: p().upload.total, anomalies: p().upload.anomalyCount, by: p().upload.by.name ?? '', at: formatDateTime(p().upload.at) })}
              <Show when={p().applied}>{(a) => <strong> {t('prm.alreadyApplied', { at: formatDateTime(a().at) })}</strong>}</Show>
              <Show when={p().upload.anomalyCount > 0}>
                {' '}
                <button type="button" class="button button--small prm__anomalies" onClick={() => setDrill({ anomalies: true })}>
                  <span class="prm__bang" aria-hidden="true">
                    !
                  </span>
                  {t('prm.viewAnomalies', { n: p().upload.anomalyCount })}
                </button>
              </Show>
            </p>
            <div class="table-wrap">
              <table class="table prm__preview">
                <thead>
                  <tr>
                    <th scope="col">{t('prm.grade')}</th>
                    <th scope="col">{t('prm.classes')}</th>
                    <th scope="col" class="prm__num">
                      {t('prm.uploadedCount')}
                    </th>
                    <th scope="col" class="prm__num">
                      {t('prm.anomalyCount')}
                    </th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  <For each={p().classes}>
                    {(c) => (
                      <>
                        <tr>
                          <td>
                            <Show when={c.gradeName} fallback={c.gradeCode}>
                              {c.gradeName} <span class="muted">{c.gradeCode}</span>
                            </Show>
                          </td>
                          <td>{c.className}</td>
                          <td class="prm__num">{c.uploaded}</td>
                          <td class="prm__num">
                            <Show when={c.anomalies > 0} fallback={0}>
                              <button
                                type="button"
                                class="button button--small prm__alert"
                                aria-expanded={open() === key(c)}
                                aria-label={t('prm.showReasons', { class: c.className })}
                                onClick={() => setOpen((o) => (o === key(c) ? null : key(c)))}
                              >
                                <span class="prm__bang" aria-hidden="true">
                                  !
                                </span>
                                {c.anomalies}
                              </button>
                            </Show>
                          </td>
                          <td>
                            <button type="button" class="button button--small button--link" onClick={() => setDrill({ gradeCode: c.gradeCode, className: c.className })}>
                              {t('prm.view')}
                            </button>
                          </td>
                        </tr>
                        <Show when={open() === key(c)}>
                          <tr class="prm__reasons">
                            <td colspan="5">
                              <strong>{t('prm.reasons')}：</strong>
                              <For each={c.reasons}>
                                {(r) => (
                                  <span class="prm__reason">
                                    {r.label} × {r.count}
                                  </span>
                                )}
                              </For>
                            </td>
                          </tr>
                        </Show>
                      </>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <Show when={drill()} keyed>
              {(d) => <B01Students drill={d} uploadId={p().upload.id} onClose={() => setDrill(null)} />}
            </Show>
          </>
        )}
      </Show>
      <p class="muted prm__note">{t('prm.alumniNote')}</p>
      <UpdateLog log={log} />
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </section>
  );
}
