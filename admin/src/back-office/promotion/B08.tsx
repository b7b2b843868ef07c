import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { contactsApi } from '../../lib/contacts-client';
import { formatDateTime, locale, t } from '../../lib/i18n';
import { type B08Fetch, type B08SyncResult, subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import { currentSchoolYear } from './school-year';
import './promotion.css';

type Language = 'zh-Hant' | 'en' | 'pt';
const LANGUAGES: { id: Language; label: string }[] = [
  { id: 'zh-Hant', label: '繁體中文' },
  { id: 'en', label: 'English' },
  { id: 'pt', label: 'Português' },
];

/**
 * 按B08表同步年級班別 (PRM-01..03): 從教青局同步 the school year's table, look at its grades and
 * classes, then 同步到智慧校園 under a campus, in a language, with or without separate
 * parents' classes — 提交 → 確認 → the result.
 */
export default function B08() {
  const params = useParams<{ school: string }>();
  const api = () => subscriptionApi(params.school);
  const [year, setYear] = createSignal(currentSchoolYear());
  const [fetched, setFetched] = createSignal<B08Fetch | null>(null);
  const [result, setResult] = createSignal<B08SyncResult | null>(null);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [campusId, setCampusId] = createSignal('');
  const [language, setLanguage] = createSignal<Language>('zh-Hant');
  const [separate, setSeparate] = createSignal(false);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);
  const [tree] = createResource(() => params.school, (s) => contactsApi(s).homeSchool.tree());
  useTitle(() => t('prm.navB08'));

  const campuses = () => tree()?.campuses ?? [];
  const campusName = () => campuses().find((c) => c.id === (campusId() || campuses()[0]?.id))?.name ?? '';

  async function fetchTable(e: SubmitEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    setResult(null);
    try {
      setFetched(await api().b08.fetch(year().trim()));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const askSync = (e: SubmitEvent) => {
    e.preventDefault();
    const f = fetched();
    const campus = campusId() || campuses()[0]?.id;
    if (!f || !campus) return setError(t('prm.noCampus'));
    setConfirm({
      title: t('prm.syncConfirmTitle'),
      body: t('prm.syncConfirm', { campus: campusName(), year: f.schoolYear }),
      confirmLabel: t('prm.confirm'),
      run: async () => {
        setResult(await api().b08.sync({ schoolYear: f.schoolYear, campusId: campus, language: language(), separateParentClasses: separate() }));
      },
    });
  };

  return (
    <section class="prm" aria-labelledby="b08-title">
      <h1 id="b08-title">{t('prm.navB08')}</h1>
      <p class="muted prm__note">{t('prm.b08Note')}</p>
      <form class="prm__bar" onSubmit={fetchTable} novalidate>
        <label for="b08-year">{t('prm.schoolYear')}</label>
        <input id="b08-year" value={year()} onInput={(e) => setYear(e.currentTarget.value)} placeholder="2026/2027" size={10} />
        <button type="submit" class="button button--primary" disabled={busy()}>
          {t('prm.fetch')}
        </button>
      </form>
      <FormError message={error()} />
      <Show when={fetched()}>
        {(f) => (
          <Show when={f().classCount > 0} fallback={<p class="panel">{t('prm.fetchEmpty')}</p>}>
            <StatusNote>{t('prm.fetched', { n: f().classCount, at: formatDateTime(f().fetchedAt) })}</StatusNote>
            <TableShell columns={[t('prm.grade'), t('prm.classes'), t('prm.campus')]}>
              <For each={f().grades}>
                {(g) => (
                  <tr>
                    <th scope="row">
                      {g.gradeName[locale()]} <span class="muted">{g.gradeCode}</span>
                    </th>
                    <td>{g.classes.map((c) => c.className[locale()]).join('、')}</td>
                    <td>{[...new Set(g.classes.map((c) => c.campus))].join('、')}</td>
                  </tr>
                )}
              </For>
            </TableShell>
            <form class="panel prm__sync" onSubmit={askSync} novalidate aria-labelledby="b08-sync-title">
              <h2 id="b08-sync-title">{t('prm.syncTitle')}</h2>
              <div class="field">
                <label for="b08-campus">{t('prm.syncCampus')}</label>
                <select id="b08-campus" value={campusId() || campuses()[0]?.id || ''} onChange={(e) => setCampusId(e.currentTarget.value)}>
                  <For each={campuses()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
                </select>
              </div>
              <div class="field">
                <label for="b08-language">{t('prm.language')}</label>
                <select id="b08-language" value={language()} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
                  <For each={LANGUAGES}>{(l) => <option value={l.id}>{l.label}</option>}</For>
                </select>
              </div>
              <label class="prm__check">
                <input type="checkbox" checked={separate()} onChange={(e) => setSeparate(e.currentTarget.checked)} />
                <span>
                  {t('prm.separate')}
                  <small class="muted">{t('prm.separateHint')}</small>
                </span>
              </label>
              <button type="submit" class="button button--primary">
                {t('prm.submit')}
              </button>
            </form>
          </Show>
        )}
      </Show>
      <Show when={result()}>
        {(r) => (
          <div class="panel prm__result" role="status">
            <p class="notice">{t('prm.synced', { grades: r().created.grades, classes: r().created.classes, campus: r().campus.name, year: r().schoolYear })}</p>
            <ul>
              <For each={r().grades}>
                {(g) => (
                  <li>
                    <strong>{g.name}</strong>：{g.classes.map((c) => c.name).join('、')}
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </section>
  );
}
