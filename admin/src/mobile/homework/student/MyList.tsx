import { A, createAsync, useParams } from '@solidjs/router';
import { createSignal, For, Show, Suspense } from 'solid-js';
import { formatDateTime, t } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { useTitle } from '../../../lib/title';
import { currentChild, myChildren } from '../../more/children';
import PageHeader from '../../more/PageHeader';
import AppIcon from '../../workbench/AppIcon';
import { fmtScore, isPast } from '../format';
import { mineOf } from '../queries';
import { AssignmentTag, LateTag, SubmissionTag } from '../shared/Tags';
import type { MineItem } from '../types';
import '../homework.css';

/**
 * 功課 of the student, or of the child a parent is looking at (the switcher under the title):
 * newest first, each with its state (未開始 … 需訂正, 遲交), the score once published.
 */
export default function MyList() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  useTitle(() => t('hwm.title'));
  const children = createAsync(async () => {
    const kind = session()?.member.kind;
    return kind ? myChildren(params.school, kind).catch(() => []) : [];
  });
  const child = () => currentChild(params.school, session()?.member.id ?? '', children());
  const [page, setPage] = createSignal(1);
  const data = createAsync(async () => (children() === undefined ? undefined : mineOf(params.school, child()?.id ?? '', page())));
  const more = () => (data()?.total ?? 0) > page() * 20;

  return (
    <>
      <PageHeader title={t('hwm.title')} />
      <main class="m-body">
        <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>
          <ul class="hwm-list" role="list">
            <For
              each={data()?.items}
              fallback={
                <li class="m-empty">
                  <AppIcon appKey="homework" size={56} />
                  {t('hwm.mineEmpty')}
                </li>
              }
            >
              {(h) => (
                <li>
                  <MineCard school={params.school} item={h} />
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
    </>
  );
}

function MineCard(props: { school: string; item: MineItem }) {
  const h = () => props.item;
  const todo = () => h().canSubmit && (h().submissionStatus === 'not_started' || h().submissionStatus === 'saved' || h().submissionStatus === 'correction');
  return (
    <A
      href={`/${props.school}/m/apps/homework/${h().id}?student=${encodeURIComponent(h().student.id)}`}
      class="hwm-card hwm-card--link"
      classList={{ 'hwm-card--todo': todo() }}
    >
      <span class="hwm-card__head">
        <span class="hwm-card__title">{h().title}</span>
        <span class="hwm-row__tags">
          <LateTag late={h().late} />
          <SubmissionTag status={h().submissionStatus} />
        </span>
      </span>
      <span class="hwm-card__meta">
        {h().subject.name} · {t(`hw.as.kind.${h().kind}`)}
      </span>
      <span class="hwm-card__foot">
        <span class="hwm-card__meta" classList={{ 'hwm-card__meta--past': todo() && isPast(h().deadline) }}>
          {h().deadline ? t('hwm.deadlineAt', { at: formatDateTime(h().deadline) }) : t('hwm.noDeadline')}
        </span>
        <Show when={h().score !== null} fallback={<Show when={h().status === 'closed'}>{<AssignmentTag status="closed" />}</Show>}>
          <strong class="hwm-row__score">{h().scored ? `${fmtScore(h().score)} / ${fmtScore(h().totalScore)}` : ''}</strong>
        </Show>
      </span>
    </A>
  );
}
