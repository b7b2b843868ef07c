import { A, createAsync, query, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { formatDateTime, t } from '../../lib/i18n';
import { type NoticeDetail as Detail, noticesApi } from '../../lib/notices-client';
import { saveFile } from '../contacts/save-file';
import { flash, setCopied, setFlash } from './draft';
import { listNotices } from './NoticeList';
import NoticeContent from './NoticeContent';
import RecipientTable, { listRecipients } from './RecipientTable';
import { FormIcon, StatusBadge } from './status';
import './notices.css';

export const getNotice = query((school: string, id: string) => noticesApi(school).get(id), 'notice-detail');

/**
 * Those 再次提醒 reaches (N-08, api hasActed): not confirmed when that is required, not answered
 * when there is a form, else not read. With both, the answered ones are fetched to count those
 * who also confirmed (the API gives no such count).
 */
async function pendingOf(school: string, n: Detail): Promise<number> {
  if (!n.hasForm || !n.requireConfirm) return n.counts.recipients - (n.hasForm ? n.counts.answered : n.requireConfirm ? n.counts.confirmed : n.counts.read);
  let done = 0;
  for (let page = 1; ; page++) {
    const rows = await noticesApi(school).recipients(n.id, { state: 'answered', page, pageSize: 100 });
    done += rows.items.filter((r) => r.confirmedAt).length;
    if (page * rows.pageSize >= rows.total) break;
  }
  return n.counts.recipients - done;
}

/**
 * N-03 a notice's detail: content, attachments, form, recipients, settings, delivery by class
 * and per recipient, send records; 導出 (N-04), 複製 (N-05), 回收 (N-06), 關閉通知 (N-07),
 * 再次提醒 (N-08), each asked first.
 */
export default function NoticeDetail() {
  const params = useParams<{ school: string; id: string }>();
  const navigate = useNavigate();
  const notice = createAsync(() => getNotice(params.school, params.id));
  const [note, setNote] = createSignal(flash());
  setFlash('');
  const [error, setError] = createSignal('');
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const api = () => noticesApi(params.school);
  const refresh = () => Promise.all([revalidate(getNotice.key), revalidate(listRecipients.key), revalidate(listNotices.key)]);

  const run = async (work: () => Promise<void>) => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const exportIt = (n: Detail) => run(async () => saveFile(await api().export(n.id)));
  const copyIt = (n: Detail) =>
    run(async () => {
      setCopied(await api().copy(n.id));
      navigate(`/${params.school}/notices/new`);
    });
  const ask = (n: Detail, kind: 'recall' | 'close' | 'remind') =>
    run(async () => {
      const pending = kind === 'remind' ? await pendingOf(params.school, n) : 0;
      if (kind === 'remind' && pending <= 0) return void setNote(t('nt.remindNone'));
      confirmAction(n, kind, pending);
    });
  const confirmAction = (n: Detail, kind: 'recall' | 'close' | 'remind', pending: number) =>
    setRequest({
      title: t(kind === 'recall' ? 'nt.recallTitle' : kind === 'close' ? 'nt.closeTitle' : 'nt.remindTitle'),
      body: t(kind === 'recall' ? 'nt.recallBody' : kind === 'close' ? 'nt.closeBody' : 'nt.remindBody', { name: n.title, n: pending }),
      confirmLabel: t(kind === 'recall' ? 'nt.recall' : kind === 'close' ? 'nt.close' : 'nt.remind'),
      danger: kind !== 'remind',
      run: async () => {
        if (kind === 'recall') {
          await api().recall(n.id);
          setNote(t('nt.recalled'));
        } else if (kind === 'close') {
          await api().close(n.id);
          setNote(t('nt.closedDone'));
        } else {
          const r = await api().remind(n.id);
          setNote(r.reminded ? t('nt.reminded', { n: r.reminded }) : t('nt.remindNone'));
        }
        await refresh();
      },
    });

  return (
    <div class="nt-panel">
      <div class="nt-head">
        <h2>{t('nt.detail')}</h2>
        <A href={`/${params.school}/notices`}>{t('nt.back')}</A>
      </div>
      <StatusNote>{note()}</StatusNote>
      <FormError message={error()} />
      <Show when={notice()} fallback={<p class="loading">{t('common.loading')}</p>}>
        {(n) => (
          <>
            <div class="nt-title-row">
              <h3 class="nt-notice-title">
                <FormIcon hasForm={n().hasForm} /> {n().title}
              </h3>
              <StatusBadge notice={n()} />
              <Show when={n().urgent}>
                <span class="nt-urgent">{t('nt.urgent')}</span>
              </Show>
            </div>
            <p class="muted">
              {n().sender.name} · {formatDateTime(n().sentAt ?? n().scheduledAt)}
            </p>
            <div class="nt-actions">
              <button type="button" class="button" onClick={() => exportIt(n())}>
                {t('nt.export')}
              </button>
              <button type="button" class="button" onClick={() => copyIt(n())}>
                {t('nt.copy')}
              </button>
              <Show when={n().can.remind}>
                <button type="button" class="button" onClick={() => ask(n(), 'remind')}>
                  {t('nt.remind')}
                </button>
              </Show>
              <Show when={n().can.close}>
                <button type="button" class="button button--danger-text" onClick={() => ask(n(), 'close')}>
                  {t('nt.close')}
                </button>
              </Show>
              <Show when={n().can.recall}>
                <button type="button" class="button button--danger-text" onClick={() => ask(n(), 'recall')}>
                  {t('nt.recall')}
                </button>
              </Show>
            </div>
            <div class="nt-grid">
              <NoticeContent notice={n()} fileUrl={(fileId) => api().fileUrl(n().id, fileId)} />
              <section class="nt-section nt-side">
                <h3>{t('nt.recipients')}</h3>
                <p>
                  {n().targets.wholeSchool ? t('nt.wholeSchool') : [...n().targets.classes, ...n().targets.students].map((x) => x.name).join('、')} ·{' '}
                  {t(`nt.aud.${n().audience}`)}
                </p>
                <Show when={n().cc.length}>
                  <p>
                    {t('nt.cc')}: {n().cc.map((c) => c.name).join('、')}
                  </p>
                </Show>
                <h3>{t('nt.settings')}</h3>
                <ul class="nt-settings">
                  <li>
                    {t('nt.autoCc')}: {n().settings.autoCcSender ? t('nt.yes') : t('nt.no')}
                  </li>
                  <li>
                    {t('nt.requireConfirm')}: {n().settings.requireConfirm ? t('nt.yes') : t('nt.no')}
                  </li>
                  <li>
                    {t('nt.urgent')}: {n().settings.urgent ? t('nt.yes') : t('nt.no')}
                  </li>
                  <Show when={n().settings.scheduledAt}>
                    <li>
                      {t('nt.scheduled')}: {formatDateTime(n().settings.scheduledAt)}
                    </li>
                  </Show>
                </ul>
                <h3>{t('nt.sends')}</h3>
                <ul class="nt-settings">
                  <For each={n().sends}>
                    {(s) => (
                      <li>
                        {formatDateTime(s.at)} · {s.kind === 'remind' ? t('nt.sendKind.remind', { n: s.number }) : t('nt.sendKind.send')} · {s.by} · {s.recipients}
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </div>
            <section class="nt-section">
              <h3>{t('nt.byClass')}</h3>
              <TableShell class="nt-byclass" columns={[t('nt.class'), t('nt.sent'), t('nt.read'), t('nt.confirmed'), t('nt.answered')]}>
                <For each={n().byClass}>
                  {(c) => (
                    <tr>
                      <td>{c.className}</td>
                      <td>{c.recipients}</td>
                      <td>{c.read}</td>
                      <td>{n().requireConfirm ? c.confirmed : '—'}</td>
                      <td>{n().hasForm ? c.answered : '—'}</td>
                    </tr>
                  )}
                </For>
              </TableShell>
            </section>
            <RecipientTable school={params.school} notice={n()} />
          </>
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
