import { createAsync, query } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { formatDateTime, t } from '../../lib/i18n';
import { type Answer, type NoticeDetail, noticesApi, type StoredQuestion } from '../../lib/notices-client';

export const listRecipients = query(
  (school: string, id: string, q: { q: string; page: number; pageSize: number; classId: string; state: string }) => noticesApi(school).recipients(id, q),
  'notice-recipients',
);

/** An answer as the table shows it: choice texts, 是/否, blanks joined, file count. */
export function answerText(q: StoredQuestion, a: Answer | undefined): string {
  if (a === undefined || a === null) return '';
  const option = (id: string) => q.options?.find((o) => o.id === id)?.text['zh-Hant'] ?? id;
  if (q.type === 'single' && typeof a === 'string') return option(a);
  if (q.type === 'multiple' && Array.isArray(a)) return a.map(option).join('、');
  if (q.type === 'true_false') return a ? t('nt.yes') : t('nt.no');
  if (q.type === 'file' && Array.isArray(a)) return `${a.length} ${t('nt.files')}`;
  if (Array.isArray(a)) return a.join(' / ');
  return String(a);
}

const STATES = ['read', 'unread', 'confirmed', 'unconfirmed', 'answered', 'unanswered'] as const;

/** N-03 each recipient: 已讀, 已確認, 已填寫 and the answers; by class, by state, searchable, paged. */
export default function RecipientTable(props: { school: string; notice: NoticeDetail }) {
  const [q, setQ] = createSignal('');
  const [classId, setClassId] = createSignal('');
  const [state, setState] = createSignal('');
  const [page, setPage] = createSignal(1);
  const [pageSize, setPageSize] = createSignal(20);
  const rows = createAsync(() => listRecipients(props.school, props.notice.id, { q: q(), page: page(), pageSize: pageSize(), classId: classId(), state: state() }));
  const mark = (at: string | null) => (at ? <span class="nt-yes" title={formatDateTime(at)}>✓</span> : <span class="nt-no">—</span>);
  return (
    <section class="nt-section">
      <h3>{t('nt.delivery')}</h3>
      <div class="toolbar">
        <SearchBox value={q()} placeholder={t('nt.searchRecipients')} onSearch={(v) => (setQ(v), setPage(1))} />
        <label class="toolbar__filter">
          {t('nt.filterClass')}:
          <select value={classId()} onChange={(e) => (setClassId(e.currentTarget.value), setPage(1))}>
            <option value="">{t('nt.all')}</option>
            <For each={props.notice.byClass}>{(c) => <option value={c.classId ?? ''}>{c.className}</option>}</For>
          </select>
        </label>
        <label class="toolbar__filter">
          {t('nt.filterState')}:
          <select value={state()} onChange={(e) => (setState(e.currentTarget.value), setPage(1))}>
            <option value="">{t('nt.all')}</option>
            <For each={STATES}>{(s) => <option value={s}>{t(`nt.${s}`)}</option>}</For>
          </select>
        </label>
      </div>
      <div class="table-wrap">
        <table class="table nt-recipient-table">
          <thead>
            <tr>
              <th scope="col">{t('nt.class')}</th>
              <th scope="col">{t('nt.student')}</th>
              <th scope="col">{t('nt.member')}</th>
              <th scope="col">{t('nt.sent')}</th>
              <th scope="col">{t('nt.read')}</th>
              <Show when={props.notice.requireConfirm}>
                <th scope="col">{t('nt.confirmed')}</th>
              </Show>
              <Show when={props.notice.hasForm}>
                <th scope="col">{t('nt.answered')}</th>
                <For each={props.notice.questions}>{(qq, i) => <th scope="col">{`${i() + 1}. ${qq.text['zh-Hant']}`}</th>}</For>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={rows()?.items} fallback={<EmptyRow columns={8} />}>
              {(r) => (
                <tr>
                  <td class="nowrap">{r.class.name}</td>
                  <td class="nowrap">{r.student.name}</td>
                  <td class="nowrap">
                    {r.member.name}
                    <Show when={r.member.relation}>
                      <span class="muted"> ({r.member.relation})</span>
                    </Show>
                  </td>
                  <td class="nowrap">{formatDateTime(r.deliverAt)}</td>
                  <td>{mark(r.readAt)}</td>
                  <Show when={props.notice.requireConfirm}>
                    <td>{mark(r.confirmedAt)}</td>
                  </Show>
                  <Show when={props.notice.hasForm}>
                    <td>{mark(r.answeredAt)}</td>
                    <For each={props.notice.questions}>{(qq) => <td>{answerText(qq, r.answers?.[qq.id])}</td>}</For>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={rows()}>{(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={setPage} onPageSize={(s) => (setPageSize(s), setPage(1))} />}</Show>
    </section>
  );
}
