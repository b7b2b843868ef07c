import { A, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { DetailedApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import { type FileInfo, type NoticeInput, type NoticeSummary, noticesApi, type OtherLang, type QuestionInput, type TextTranslations } from '../../lib/notices-client';
import { useSession } from '../../lib/session';
import CcPicker, { type Picked } from './CcPicker';
import { copied, setCopied, setFlash } from './draft';
import { listNotices } from './NoticeList';
import QuestionsBuilder from './QuestionsBuilder';
import SummaryDialog from './SummaryDialog';
import RecipientPicker, { type RecipientChoice } from './RecipientPicker';
import VersionFields, { type Lang, LangTabs, type Versions } from './VersionFields';
// the editor's styles live with 微官網's, where RichEditor was first built
import '../site/site.css';
import './notices.css';
import { Clip } from './glyphs';

const textOf = (html: string) => html.replace(/<(?!img)[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();
const OTHER: OtherLang[] = ['en', 'pt'];

/** Translations with nothing typed left out (the API refuses empty texts). */
function cleanTranslations(tr: TextTranslations | undefined): TextTranslations | undefined {
  const out: TextTranslations = {};
  for (const l of OTHER) if (tr?.[l]?.trim()) out[l] = tr[l]?.trim();
  return Object.keys(out).length ? out : undefined;
}

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
  const initial: Versions = {
    'zh-Hant': { title: start?.title ?? '', content: start?.content ?? '' },
    en: { title: start?.translations?.en?.title ?? '', content: start?.translations?.en?.content ?? '' },
    pt: { title: start?.translations?.pt?.title ?? '', content: start?.translations?.pt?.content ?? '' },
  };
  const [versions, setVersions] = createSignal<Versions>(initial);
  const [lang, setLang] = createSignal<Lang>('zh-Hant');
  const title = () => versions()['zh-Hant'].title;
  const content = () => versions()['zh-Hant'].content;
  const filled = (l: Lang) => !!(versions()[l].title.trim() || textOf(versions()[l].content));
  const [files, setFiles] = createSignal<FileInfo[]>([]);
  const [keptIds] = createSignal(start?.attachmentIds ?? []);
  const [questions, setQuestions] = createSignal<QuestionInput[]>(
    (start?.questions ?? []).map((q) => ({ ...q, options: q.options?.map((o) => ({ text: o.text, translations: o.translations })) })),
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
    translations: Object.fromEntries(OTHER.filter(filled).map((l) => [l, { title: versions()[l].title.trim(), content: versions()[l].content }])),
    questions: questions().map((q) => ({
      ...q,
      text: q.text.trim(),
      translations: cleanTranslations(q.translations),
      options: q.options?.map((o) => ({ text: o.text.trim(), translations: cleanTranslations(o.translations) })),
    })),
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
    // an English or Portuguese version is optional, but whole: its title and its content
    for (const l of OTHER.filter(filled)) {
      if (!versions()[l].title.trim()) p[`translations.${l}.title`] = t('nt.needVersionTitle', { lang: t(`nt.lang.${l}`) });
      if (!textOf(versions()[l].content)) p[`translations.${l}.content`] = t('nt.needVersionContent', { lang: t(`nt.lang.${l}`) });
    }
    const firstBad = (['zh-Hant', ...OTHER] as Lang[]).find((l) => Object.keys(p).some((k) => (l === 'zh-Hant' ? k === 'title' || k === 'content' : k.startsWith(`translations.${l}.`))));
    if (firstBad) setLang(firstBad);
    const r = recipients();
    if (!r.wholeSchool && r.classIds.length === 0 && r.studentIds.length === 0) p.recipients = t('nt.needRecipients');
    if (questions().some((q) => !q.text.trim() || q.options?.some((o) => !o.text.trim()))) p.questions = t('nt.needQuestion');
    setErrors(p);
    return Object.keys(p).length === 0;
  }

  const fail = (e: unknown) => {
    if (e instanceof DetailedApiError && e.field) {
      const key = e.field.startsWith('recipients') ? 'recipients' : e.field.startsWith('questions') ? 'questions' : e.field.startsWith('translations.') ? e.field : e.field.split('.')[0];
      const l = OTHER.find((x) => key.startsWith(`translations.${x}.`));
      if (l || key === 'title' || key === 'content') setLang(l ?? 'zh-Hant');
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
      <LangTabs value={lang()} filled={filled} onChange={setLang} />
      <VersionFields
        lang={lang()}
        versions={versions()}
        initial={initial}
        errors={errors()}
        upload={async (file) => `/api/s/${encodeURIComponent(params.school)}/files/${(await api().upload(file)).id}`}
        onChange={(l, patch) => {
          setVersions((v) => ({ ...v, [l]: { ...v[l], ...patch } }));
          const keys = l === 'zh-Hant' ? Object.keys(patch) : Object.keys(patch).map((k) => `translations.${l}.${k}`);
          setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));
        }}
      />
      <section class="nt-section">
        <h3>{t('nt.attachments')}</h3>
        <ul class="nt-files">
          <For each={files()}>
            {(f) => (
              <li>
                <Clip /> {f.name}{' '}
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
        <QuestionsBuilder questions={questions()} lang={lang()} onChange={setQuestions} />
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
      <SummaryDialog title={title()} summary={summary()} error={sendError()} onSend={send} onClose={() => setSummary(null)} />
    </form>
  );
}
