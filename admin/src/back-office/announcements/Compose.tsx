import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import StatusNote from '../../components/StatusNote';
import { type AnnouncementDetail, type AnnouncementInput, announcementsApi, type SendAction, type ShareSetting } from '../../lib/announcements-client';
import { DetailedApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import type { FileInfo } from '../../lib/notices-client';
import RichEditor from '../site/RichEditor';
import { flash, getAnnouncement, listAnnouncements, setFlash } from './queries';
import FilesField from './FilesField';
import RangePicker, { emptyRange, type RangeChoice, rangeSize } from './RangePicker';
import ScheduleDialog from './ScheduleDialog';
import '../site/site.css';
import '../notices/notices.css';
import './announcements.css';

const plain = (html: string) => html.replace(/<(?!img)[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();
const SHARES: ShareSetting[] = ['internal', 'external', 'none'];

/** 發公告 / 編輯 (ANN-01): a new announcement, or a draft or scheduled one loaded first. */
export default function Compose() {
  const params = useParams<{ school: string; id?: string }>();
  const existing = createAsync(async () => (params.id ? getAnnouncement(params.school, params.id) : null));
  return (
    <Show when={existing() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
      <Editor school={params.school} existing={existing() ?? null} />
    </Show>
  );
}

function Editor(props: { school: string; existing: AnnouncementDetail | null }) {
  const navigate = useNavigate();
  const api = () => announcementsApi(props.school);
  const start = props.existing;
  const [id, setId] = createSignal(start?.id ?? null);
  const [range, setRange] = createSignal<RangeChoice>(start ? { ...start.range } : emptyRange());
  const [title, setTitle] = createSignal(start?.title ?? '');
  const [body, setBody] = createSignal(start?.body ?? '');
  const [cover, setCover] = createSignal<FileInfo | null>(start?.cover ?? null);
  const [attachments, setAttachments] = createSignal<FileInfo[]>(start?.attachments ?? []);
  const [summary, setSummary] = createSignal(start?.summary ?? '');
  const [author, setAuthor] = createSignal(start?.author ?? '');
  const [share, setShare] = createSignal<ShareSetting>(start?.share ?? 'internal');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [note, setNote] = createSignal(flash());
  setFlash('');
  const [busy, setBusy] = createSignal(false);
  const [scheduling, setScheduling] = createSignal(false);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const savedFiles = new Set([start?.cover?.id, ...(start?.attachmentIds ?? [])].filter(Boolean));

  const input = (action: SendAction, scheduledAt?: string): AnnouncementInput => ({
    title: title().trim(),
    body: body(),
    summary: summary().trim(),
    author: author().trim(),
    coverFileId: cover()?.id ?? null,
    attachmentIds: attachments().map((f) => f.id),
    share: share(),
    range: { departmentIds: range().departments.map((d) => d.id), memberIds: range().members.map((m) => m.id), tagIds: range().tags.map((g) => g.id) },
    action,
    ...(scheduledAt ? { scheduledAt } : {}),
  });

  function check(action: SendAction): boolean {
    const e: Record<string, string> = {};
    if (!title().trim()) e.title = t('nt.needTitle');
    if (action !== 'draft' && !plain(body())) e.body = t('an.needBody');
    if (action !== 'draft' && rangeSize(range()) === 0) e.range = t('an.needRange');
    setErrors(e);
    return Object.keys(e).length === 0;
  }

  /** Saves with `action`; field refusals go next to their field. */
  async function save(action: SendAction, scheduledAt?: string) {
    const current = id();
    const saved = current ? await api().update(current, input(action, scheduledAt)) : await api().create(input(action, scheduledAt));
    setId(saved.id);
    await revalidate([listAnnouncements.key, getAnnouncement.key]);
    return saved;
  }
  const fail = (e: unknown) => {
    if (e instanceof DetailedApiError && e.field) setErrors({ [e.field.split('.')[0]]: e.message });
    else setErrors({ form: e instanceof Error ? e.message : String(e) });
  };
  async function act(work: () => Promise<void>) {
    setBusy(true);
    setNote('');
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  /** A new announcement, once saved, is edited at its own address (a reload keeps it); the note goes along. */
  const stay = (savedId: string, text: string) => {
    if (props.existing) return setNote(text);
    setFlash(text);
    navigate(`/${props.school}/announcements/${savedId}/edit`, { replace: true });
  };
  const draft = () =>
    check('draft') &&
    act(async () => {
      stay((await save('draft')).id, t('an.draftSaved'));
    });
  const preview = () =>
    check('draft') &&
    act(async () => {
      // a scheduled one stays scheduled; anything else is kept as a draft
      const at = props.existing?.status === 'scheduled' ? (props.existing.scheduledAt ?? undefined) : undefined;
      const saved = await save(at ? 'schedule' : 'draft', at);
      await api().preview(saved.id);
      stay(saved.id, t('an.previewSent'));
    });
  const send = () =>
    check('send') &&
    setRequest({
      title: t('an.sendTitle'),
      body: t('an.sendBody', { name: title().trim() }),
      confirmLabel: t('an.send'),
      run: async () => {
        try {
          const saved = await save('send');
          setFlash(t('an.sentDone', { name: saved.title, n: saved.stats.recipients }));
          navigate(`/${props.school}/announcements/${saved.id}`);
        } catch (e) {
          fail(e);
        }
      },
    });
  async function schedule(at: string): Promise<boolean> {
    try {
      const saved = await save('schedule', at);
      setFlash(t('an.scheduledDone', { name: saved.title }));
      navigate(`/${props.school}/announcements/${saved.id}`);
      return true;
    } catch (e) {
      if (e instanceof DetailedApiError && e.field === 'scheduledAt') throw e;
      setScheduling(false);
      fail(e);
      return false;
    }
  }

  const err = (k: string) => (
    <Show when={errors()[k]}>
      <p class="field__error" role="alert">
        {errors()[k]}
      </p>
    </Show>
  );
  const coverUrl = (f: FileInfo) => (id() && savedFiles.has(f.id) ? api().fileUrl(id() ?? '', f.id) : api().ownFileUrl(f.id));

  return (
    <form class="nt-panel nt-compose an-compose" onSubmit={(e) => (e.preventDefault(), send())} novalidate>
      <div class="nt-head">
        <h2>{props.existing ? t('an.edit') : t('an.compose')}</h2>
        <A href={`/${props.school}/announcements`}>{t('nt.back')}</A>
      </div>
      <section class="nt-section">
        <h3 id="an-range-label">{t('an.range')} *</h3>
        <RangePicker school={props.school} value={range()} invalid={!!errors().range} onChange={(r) => (setRange(r), setErrors(({ range: _, ...rest }) => rest))} />
        {err('range')}
      </section>
      <section class="nt-section an-paper">
        <div class="field" classList={{ 'field--invalid': !!errors().title }}>
          <label for="an-title">{t('nt.title')} *</label>
          <input id="an-title" class="an-title-input" value={title()} maxLength={120} placeholder={t('an.titlePlaceholder')} onInput={(e) => (setTitle(e.currentTarget.value), setErrors(({ title: _, ...rest }) => rest))} />
          {err('title')}
        </div>
        <div class="field" classList={{ 'field--invalid': !!errors().body }}>
          <span id="an-body-label" class="nt-label">
            {t('an.body')} *
          </span>
          <RichEditor
            id="an-body"
            labelledBy="an-body-label"
            initial={start?.body ?? ''}
            invalid={!!errors().body}
            onInput={(html) => (setBody(html), setErrors(({ body: _, ...rest }) => rest))}
            upload={async (file) => api().ownFileUrl((await api().upload(file)).id)}
          />
          {err('body')}
        </div>
        <FilesField
          cover={cover()}
          coverUrl={coverUrl}
          attachments={attachments()}
          upload={(f) => api().upload(f)}
          onCover={setCover}
          onAttachments={setAttachments}
          error={errors().coverFileId || errors().attachmentIds}
        />
        <div class="field">
          <label for="an-summary">{t('an.summary')}</label>
          <textarea id="an-summary" rows="2" maxLength={300} value={summary()} placeholder={t('an.summaryHint')} onInput={(e) => setSummary(e.currentTarget.value)} />
          {err('summary')}
        </div>
        <div class="field">
          <label for="an-author">{t('an.author')}</label>
          <input id="an-author" maxLength={50} value={author()} placeholder={t('an.authorHint')} onInput={(e) => setAuthor(e.currentTarget.value)} />
          {err('author')}
        </div>
        <fieldset class="nt-fieldset">
          <legend>{t('an.share')}</legend>
          <div class="an-share">
            {SHARES.map((s) => (
              <label class="nt-check">
                <input type="radio" name="an-share" value={s} checked={share() === s} onChange={() => setShare(s)} /> {t(`an.share.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>
      {err('form')}
      <Show when={note()}>
        <StatusNote>{note()}</StatusNote>
      </Show>
      <div class="nt-actions">
        <button type="submit" class="button button--primary" disabled={busy()}>
          {t('an.send')}
        </button>
        <button type="button" class="button" disabled={busy()} onClick={() => check('schedule') && setScheduling(true)}>
          {t('an.schedule')}
        </button>
        <button type="button" class="button" disabled={busy()} onClick={draft}>
          {t('an.saveDraft')}
        </button>
        <button type="button" class="button button--outline" disabled={busy()} onClick={preview}>
          {t('an.preview')}
        </button>
      </div>
      <ScheduleDialog open={scheduling()} initial={props.existing?.scheduledAt ?? null} onSchedule={schedule} onClose={() => setScheduling(false)} />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </form>
  );
}
