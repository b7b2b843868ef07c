import { A, createAsync, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show, Suspense } from 'solid-js';
import Icon from '../../../components/Icon';
import { t } from '../../../lib/i18n';
import { useTitle } from '../../../lib/title';
import PageHeader from '../../more/PageHeader';
import AppIcon from '../../workbench/AppIcon';
import { macauDay } from '../format';
import { assignmentsOf, teachingOf } from '../queries';
import AssignmentCard from './AssignmentCard';
import '../homework.css';

/** '' = the classes I teach (the manual's default), '*' = every class I may see, else one class. */
type ClassFilter = string;

/**
 * 功課 for a teacher (manual §9 佈置作業 a): the homework of the classes they teach, searched by
 * title, narrowed to a class and to a day (today at first: what is running on that day), and
 * the way to 佈置作業.
 */
export default function TeacherList() {
  const params = useParams<{ school: string }>();
  useTitle(() => t('hwm.title'));
  const [q, setQ] = createSignal('');
  const [draft, setDraft] = createSignal('');
  const [cls, setCls] = createSignal<ClassFilter>('');
  const [day, setDay] = createSignal(macauDay());
  const [page, setPage] = createSignal(1);
  const teaching = createAsync(() => teachingOf(params.school).catch(() => []));
  const classes = createMemo(() => {
    const seen = new Map<string, string>();
    for (const s of teaching() ?? []) for (const c of s.classes) seen.set(c.id, c.name);
    return [...seen].map(([id, name]) => ({ id, name }));
  });
  // the API filters: one class, or ('') my own and the classes I teach, and the day it runs on
  const data = createAsync(() => assignmentsOf(params.school, q(), cls() === '' || cls() === '*' ? '' : cls(), cls() === '', day(), page()));
  const shown = () => data()?.items ?? [];
  const more = () => (data()?.total ?? 0) > page() * 100;

  return (
    <>
      <PageHeader title={t('hwm.title')} />
      <form
        class="hwm-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setQ(draft().trim());
        }}
      >
        <div class="hwm-search">
          <svg class="hwm-search__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
            <path d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM20 20l-4-4" />
          </svg>
          <input type="search" aria-label={t('hw.as.search')} placeholder={t('hw.as.search')} value={draft()} onInput={(e) => setDraft(e.currentTarget.value)} />
          <button type="submit" class="button button--small">
            {t('common.search')}
          </button>
        </div>
        <div class="hwm-filters__row">
          <label class="hwm-select">
            <span class="visually-hidden">{t('hw.as.class')}</span>
            <select value={cls()} onChange={(e) => (setPage(1), setCls(e.currentTarget.value))}>
              <option value="">{t('hwm.taughtClasses')}</option>
              <For each={classes()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
              <option value="*">{t('hwm.allClasses')}</option>
            </select>
          </label>
          <label class="hwm-date">
            <span class="visually-hidden">{t('hwm.day')}</span>
            <input type="date" value={day()} onChange={(e) => setDay(e.currentTarget.value)} />
          </label>
          <Show when={day()}>
            <button type="button" class="hwm-x" aria-label={t('hwm.anyDay')} onClick={() => setDay('')}>
              ×
            </button>
          </Show>
        </div>
      </form>
      <main class="m-body hwm-body--fab">
        <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>
          <p class="hwm-count" role="status">
            {day() ? t('hwm.countDay', { n: shown().length, day: day() }) : t('hwm.count', { n: shown().length })}
          </p>
          <ul class="hwm-list" role="list">
            <For
              each={shown()}
              fallback={
                <li class="m-empty">
                  <AppIcon appKey="homework" size={56} />
                  {day() ? t('hwm.emptyDay') : t('hwm.empty')}
                </li>
              }
            >
              {(a) => (
                <li>
                  <AssignmentCard school={params.school} item={a} />
                </li>
              )}
            </For>
          </ul>
          <Show when={more()}>
            <button type="button" class="button button--block" onClick={() => setPage((p) => p + 1)}>
              {t('hwm.more')}
            </button>
          </Show>
        </Suspense>
      </main>
      <div class="hwm-fab">
        <A href={`/${params.school}/m/apps/homework/new`} class="button button--primary button--block button--large">
          <Icon name="pencil" size={18} /> {t('hwm.assign')}
        </A>
      </div>
    </>
  );
}
