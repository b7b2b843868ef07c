import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Index, Show } from 'solid-js';
import { DetailedApiError } from '../../lib/client';
import { formatDateTime, t } from '../../lib/i18n';
import { type Answer, type InboxNotice as Notice, noticesApi } from '../../lib/notices-client';
import { useTitle } from '../../lib/title';
import PageHeader from '../more/PageHeader';
import AnswerField from './AnswerField';
import { listInbox } from './Inbox';
import FormError from '../../components/FormError';
import './notices.css';
import { Clip } from '../../back-office/notices/glyphs';

const empty = (a: Answer | undefined) => a === undefined || a === '' || (Array.isArray(a) && a.every((x) => x.trim() === ''));

/**
 * N-09 one notice on the phone: content, attachments, 確認, the form (every question type;
 * answers can be changed until the notice is closed, then it is read-only).
 */
export default function InboxNotice() {
  const params = useParams<{ school: string; id: string }>();
  const api = () => noticesApi(params.school);
  const [error, setError] = createSignal('');
  const notice = createAsync(() =>
    api()
      .inbox.get(params.id)
      .catch((e) => {
        setError(e instanceof Error ? e.message : String(e));
        return null;
      }),
  );
  useTitle(() => notice()?.title ?? t('nt.m.title'));
  return (
    <>
      <PageHeader title={t('nt.m.title')} back={`/${params.school}/m/notices`} />
      <main class="m-body">
        <Show when={notice() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
          <Show when={notice()} fallback={<p class="m-empty">{error() || t('nt.m.missing')}</p>}>
            {(n) => <NoticeBody school={params.school} notice={n()} />}
          </Show>
        </Show>
      </main>
    </>
  );
}

function NoticeBody(props: { school: string; notice: Notice }) {
  const api = () => noticesApi(props.school).inbox;
  const [confirmedAt, setConfirmedAt] = createSignal(props.notice.confirmedAt);
  const [answers, setAnswers] = createSignal<Record<string, Answer | undefined>>({ ...props.notice.answers });
  const [answered, setAnswered] = createSignal(!!props.notice.answeredAt);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const closed = () => props.notice.closed;

  async function confirm() {
    setBusy(true);
    try {
      const r = await api().confirm(props.notice.id);
      setConfirmedAt(r.confirmedAt);
      void revalidate(listInbox.key);
    } catch (e) {
      setErrors({ form: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  async function save(e: SubmitEvent) {
    e.preventDefault();
    const missing = Object.fromEntries(props.notice.questions.filter((q) => q.required && empty(answers()[q.id])).map((q) => [q.id, t('nt.m.needAnswer')]));
    setErrors(missing);
    setStatus('');
    if (Object.keys(missing).length) return;
    const body = Object.fromEntries(Object.entries(answers()).filter((x): x is [string, Answer] => x[1] !== undefined));
    setBusy(true);
    try {
      await api().answer(props.notice.id, body);
      setAnswered(true);
      setStatus(t('nt.m.saved'));
      void revalidate(listInbox.key);
    } catch (err) {
      if (err instanceof DetailedApiError && err.field?.startsWith('answers.')) setErrors({ [err.field.split('.')[1]]: err.message });
      else setErrors({ form: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="nt-m-notice">
      <h2 class="nt-m-notice__title">{props.notice.title}</h2>
      <p class="nt-m-notice__meta">
        {t('nt.m.for', { name: props.notice.student.name })}
        <br />
        {t('nt.m.from', { sender: props.notice.sender, at: formatDateTime(props.notice.sentAt) })}
      </p>
      <Show when={closed()}>
        <p class="nt-m-closed" role="note">
          {t('nt.m.closed')}
        </p>
      </Show>
      {/* sanitised by the API */}
      <div class="nt-m-content" innerHTML={props.notice.content} />
      <Show when={props.notice.attachments.length}>
        <section class="nt-m-attachments">
          <h3>{t('nt.attachments')}</h3>
          <ul role="list">
            <For each={props.notice.attachments}>
              {(f) => (
                <li>
                  <a href={api().fileUrl(props.notice.id, f.id)} download={f.name}>
                    <Clip /> {f.name}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={props.notice.requireConfirm && (confirmedAt() || !closed())}>
        <div class="nt-m-confirm">
          <Show
            when={!confirmedAt()}
            fallback={<p class="nt-m-done">✓ {t('nt.m.confirmedAt', { at: formatDateTime(confirmedAt()) })}</p>}
          >
            <button type="button" class="button button--primary button--block button--large" disabled={busy() || closed()} onClick={confirm}>
              {t('nt.m.confirmBtn')}
            </button>
          </Show>
        </div>
      </Show>
      <Show when={props.notice.questions.length}>
        <form class="nt-m-form" onSubmit={save} novalidate aria-labelledby="nt-m-form-title">
          <h3 id="nt-m-form-title">{t('nt.m.form')}</h3>
          <Index each={props.notice.questions}>
            {(q, i) => (
              <AnswerField
                index={i}
                question={q()}
                value={answers()[q().id]}
                files={props.notice.answerFiles}
                disabled={closed()}
                error={errors()[q().id]}
                fileUrl={(fileId) => api().fileUrl(props.notice.id, fileId)}
                upload={(file) => noticesApi(props.school).upload(file)}
                onChange={(v) => setAnswers((a) => ({ ...a, [q().id]: v }))}
              />
            )}
          </Index>
          <FormError message={errors().form} />
          <p class="nt-m-done" role="status">
            {status()}
          </p>
          <Show when={!closed()}>
            <button type="submit" class="button button--primary button--block button--large" disabled={busy()}>
              {answered() ? t('nt.m.update') : t('nt.m.save')}
            </button>
          </Show>
        </form>
      </Show>
    </article>
  );
}
