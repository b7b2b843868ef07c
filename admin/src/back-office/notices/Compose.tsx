import { A, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { DetailedApiError } from '../../lib/client';
import { formatDateTime, t } from '../../lib/i18n';
import { type FileInfo, type NoticeInput, type NoticeSummary, noticesApi, type QuestionInput } from '../../lib/notices-client';
import { useSession } from '../../lib/session';
import Modal from '../permissions/Modal';
import RichEditor from '../site/RichEditor';
import CcPicker, { type Picked } from './CcPicker';
import { copied, setCopied, setFlash } from './draft';
import { listNotices } from './NoticeList';
import QuestionsBuilder from './QuestionsBuilder';
import RecipientPicker, { type RecipientChoice } from './RecipientPicker';
// the editor's styles live with 微官網's, where RichEditor was first built
import '../site/site.css';
import './notices.css';

const textOf = (html: string) => html.replace(/<(?!img)[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();

/**
 * 發送通知 (N-01): 標題, 內容, 附件, 表單題目, 發送對象, 抄送, 發送設置; 提交 shows the summary
 * (how many receive it, when it arrives, quiet hours) and 確認 sends it.
 */
export default function Compose() {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const session = useSession();
  const api = () => noticesApi(params.school);
  const start = copied();
  setCopied(null);
  const [title, setTitle] = createSignal(start?.title ?? '');
  const [content, setContent] = createSignal(start?.content ?? '');
  const [files, setFiles] = createSignal<FileInfo[]>([]);
  const [keptIds] = createSignal(start?.attachmentIds ?? []);
  const [questions, setQuestions] = createSignal<QuestionInput[]>(
    (start?.questions ?? []).map((q) => ({ ...q, options: q.options?.map((o) => ({ text: o.text })) })),
  );
  const [recipients, setRecipients] = createSignal<RecipientChoice>({ wholeSchool: false, classIds: [], studentIds: [], audience: start?.recipients.audience ?? 'parents' });
  const [cc, setCc] = createSignal<Picked[]>([]);
  const [autoCc, setAutoCc] = createSignal(start?.settings.autoCcSender ?? true);
  const [requireConfirm, setRequireConfirm] = createSignal(start?.settings.requireConfirm ?? false);
  const [urgent, setUrgent] = createSignal(start?.settings.urgent ?? false);
  const [scheduled, setScheduled] = createSignal(false);
  const [scheduledAt, setScheduledAt] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [uploading, setUploading] = createSignal(false);
  const [summary, setSummary] = createSignal<NoticeSummary | null>(null);
  const [sendError, setSendError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const input = (): NoticeInput => ({
    title: title().trim(),
    content: content(),
    questions: questions().map((q) => ({ ...q, text: q.text.trim(), options: q.options?.map((o) => ({ text: o.text.trim() })) })),
    attachmentIds: [...keptIds(), ...files().map((f) => f.id)],
    recipients: recipients(),
    ccMemberIds: cc().map((c) => c.id),
    settings: {
      autoCcSender: autoCc(),
      requireConfirm: requireConfirm(),
      urgent: urgent(),
      ...(scheduled() && scheduledAt() ? { scheduledAt: new Date(scheduledAt()).toISOString() } : {}),
    },
  });

  function check(): boolean {
    const p: Record<string, string> = {};
    if (!title().trim()) p.title = t('nt.needTitle');
    if (!textOf(content())) p.content = t('nt.needContent');
    const r = recipients();
    if (!r.wholeSchool && r.classIds.length === 0 && r.studentIds.length === 0) p.recipients = t('nt.needRecipients');
    if (questions().some((q) => !q.text.trim() || q.options?.some((o) => !o.text.trim()))) p.questions = t('nt.needQuestion');
    setErrors(p);
    return Object.keys(p).length === 0;
  }

  const fail = (e: unknown) => {
    if (e instanceof DetailedApiError && e.field) {
      const key = e.field.startsWith('recipients') ? 'recipients' : e.field.startsWith('questions') ? 'questions' : e.field.split('.')[0];
      setErrors({ [key]: e.message });
    } else setErrors({ form: e instanceof Error ? e.message : String(e) });
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!check()) return;
    setBusy(true);
    try {
      setSendError('');
      setSummary(await api().preview(input()));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function send(): Promise<boolean> {
    try {
      const made = await api().create(input());
      setFlash(t(made.status === 'scheduled' ? 'nt.scheduledDone' : 'nt.sentDone', { name: title().trim() }));
      await revalidate(listNotices.key);
      navigate(`/${params.school}/notices/${made.id}`);
      return true;
    } catch (err) {
      setSendError(err instanceof Error ? err.message : String(err));
      return false;
    }
  }

  async function attach(list: FileList | null) {
    if (!list?.length) return;
    setUploading(true);
    try {
      for (const file of Array.from(list)) {
        const up = await api().upload(file);
        setFiles((f) => [...f, up]);
      }
    } catch (err) {
      setErrors({ attachments: err instanceof Error ? err.message : String(err) });
    } finally {
      setUploading(false);
    }
  }

  const err = (k: string) => (
    <Show when={errors()[k]}>
      <p class="field__error" role="alert">
        {errors()[k]}
      </p>
    </Show>
  );

  return (
    <form class="nt-panel nt-compose" onSubmit={submit} novalidate>
      <div class="nt-head">
        <h2>{t('nt.compose')}</h2>
        <A href={`/${params.school}/notices`}>{t('nt.back')}</A>
      </div>
      <div class="field" classList={{ 'field--invalid': !!errors().title }}>
        <label for="nt-title">{t('nt.title')} *</label>
        <input id="nt-title" value={title()} maxLength={200} onInput={(e) => (setTitle(e.currentTarget.value), setErrors(({ title: _, ...rest }) => rest))} />
        {err('title')}
      </div>
      <div class="field" classList={{ 'field--invalid': !!errors().content }}>
        <span id="nt-content-label" class="nt-label">
          {t('nt.content')} *
        </span>
        <RichEditor
          id="nt-content"
          labelledBy="nt-content-label"
          initial={start?.content ?? ''}
          invalid={!!errors().content}
          onInput={(html) => (setContent(html), setErrors(({ content: _, ...rest }) => rest))}
          upload={async (file) => `/api/s/${encodeURIComponent(params.school)}/files/${(await api().upload(file)).id}`}
        />
        {err('content')}
      </div>
      <section class="nt-section">
        <h3>{t('nt.attachments')}</h3>
        <ul class="nt-files">
          <For each={files()}>
            {(f) => (
              <li>
                📎 {f.name}{' '}
                <button type="button" class="button button--small button--danger-text" onClick={() => setFiles((x) => x.filter((y) => y.id !== f.id))}>
                  {t('nt.remove')}
                </button>
              </li>
            )}
          </For>
        </ul>
        <label class="button button--small">
          {uploading() ? t('nt.uploading') : `+ ${t('nt.addAttachment')}`}
          <input type="file" multiple class="visually-hidden" onChange={(e) => void attach(e.currentTarget.files)} />
        </label>
        {err('attachments')}
      </section>
      <section class="nt-section">
        <h3>{t('nt.questions')}</h3>
        <QuestionsBuilder questions={questions()} onChange={setQuestions} />
        {err('questions')}
      </section>
      <section class="nt-section">
        <h3>{t('nt.recipients')} *</h3>
        <RecipientPicker school={params.school} admin={!!session()?.member.adminRole} value={recipients()} onChange={(r) => (setRecipients(r), setErrors(({ recipients: _, ...rest }) => rest))} />
        {err('recipients')}
      </section>
      <section class="nt-section">
        <h3>{t('nt.cc')}</h3>
        <CcPicker school={params.school} value={cc()} onChange={setCc} />
        {err('ccMemberIds')}
      </section>
      <section class="nt-section">
        <h3>{t('nt.settings')}</h3>
        <div class="nt-chips">
          <label class="nt-check">
            <input type="checkbox" checked={autoCc()} onChange={(e) => setAutoCc(e.currentTarget.checked)} /> {t('nt.autoCc')}
          </label>
          <label class="nt-check">
            <input type="checkbox" checked={requireConfirm()} onChange={(e) => setRequireConfirm(e.currentTarget.checked)} /> {t('nt.requireConfirm')}
          </label>
          <label class="nt-check">
            <input type="checkbox" checked={urgent()} onChange={(e) => setUrgent(e.currentTarget.checked)} /> {t('nt.urgentHint')}
          </label>
          <label class="nt-check">
            <input type="checkbox" checked={scheduled()} onChange={(e) => setScheduled(e.currentTarget.checked)} /> {t('nt.scheduled')}
          </label>
          <Show when={scheduled()}>
            <input type="datetime-local" aria-label={t('nt.scheduled')} value={scheduledAt()} onInput={(e) => setScheduledAt(e.currentTarget.value)} />
          </Show>
        </div>
        {err('settings')}
      </section>
      {err('form')}
      <div class="nt-actions">
        <button type="submit" class="button button--primary" disabled={busy() || uploading()}>
          {t('nt.submit')}
        </button>
      </div>
      <Modal open={!!summary()} title={t('nt.summaryTitle')} submitLabel={t('nt.confirm')} error={sendError()} onSubmit={send} onClose={() => setSummary(null)}>
        <Show when={summary()}>
          {(s) => (
            <div class="nt-summary">
              <p>
                <strong>{title()}</strong>
              </p>
              <p data-testid="nt-summary-count">{t('nt.summaryRecipients', { n: s().recipients, students: s().students, parents: s().parents, accounts: s().studentAccounts })}</p>
              <Show when={s().students > s().reachedStudents}>
                <p class="nt-warn">{t('nt.summaryUnreached', { n: s().students - s().reachedStudents })}</p>
              </Show>
              <ul>
                <For each={s().byClass}>
                  {(c) => (
                    <li>
                      {c.className}: {c.students} {t('nt.student')} / {c.recipients} {t('nt.member')}
                    </li>
                  )}
                </For>
              </ul>
              <Show when={s().cc > 0}>
                <p>{t('nt.summaryCc', { n: s().cc })}</p>
              </Show>
              <Show when={s().hasForm}>
                <p>{t('nt.summaryForm')}</p>
              </Show>
              <p>{t('nt.summarySendAt', { at: formatDateTime(s().sendAt) })}</p>
              <Show when={s().heldByQuietHours} fallback={<p>{t('nt.summaryDeliverAt', { at: formatDateTime(s().deliverAt) })}</p>}>
                <p class="nt-warn">{t('nt.summaryQuiet', { at: formatDateTime(s().deliverAt) })}</p>
              </Show>
            </div>
          )}
        </Show>
      </Modal>
    </form>
  );
}
