import { A, revalidate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import { type AssignmentAction, type AssignmentRow, homeworkApi } from '../../../lib/homework-client';
import { type MessageKey, t } from '../../../lib/i18n';
import { getAssignment, listAssignments, listSubmissions } from '../queries';

/** The order and words of the row actions, as the manual shows them. */
const ORDER: AssignmentAction[] = ['edit', 'remind', 'publishScores', 'details', 'close', 'delete'];
const ASK: Partial<Record<AssignmentAction, { title: MessageKey; body: MessageKey; done: MessageKey; danger?: boolean }>> = {
  remind: { title: 'hw.as.remindTitle', body: 'hw.as.remindBody', done: 'hw.as.reminded' },
  publishScores: { title: 'hw.as.publishScoresTitle', body: 'hw.as.publishScoresBody', done: 'hw.as.scoresPublished' },
  close: { title: 'hw.as.closeTitle', body: 'hw.as.closeBody', done: 'hw.as.closedDone', danger: true },
  delete: { title: 'hw.as.deleteTitle', body: 'hw.as.deleteBody', done: 'hw.deleted', danger: true },
};

/**
 * 編輯 提醒 發佈分數 答題詳情 封存 (刪除 for a draft): what the API says the caller may do
 * with the homework now (`actions`), each that changes something asked first.
 */
export default function AssignmentActions(props: { school: string; assignment: AssignmentRow; onDone: (note: string) => void; hide?: AssignmentAction[] }) {
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const a = () => props.assignment;
  const base = () => `/${props.school}/homework/assignments/${a().id}`;
  const shown = () => ORDER.filter((x) => a().actions.includes(x) && !props.hide?.includes(x));

  function ask(action: AssignmentAction) {
    const words = ASK[action];
    if (!words) return;
    setRequest({
      title: t(words.title),
      body: t(words.body, { title: a().title }),
      confirmLabel: t(`hw.as.act.${action}`),
      danger: words.danger,
      run: async () => {
        const api = homeworkApi(props.school).assignments;
        if (action === 'remind') await api.remind(a().id);
        else if (action === 'publishScores') await api.publishScores(a().id);
        else if (action === 'close') await api.close(a().id);
        else if (action === 'delete') await api.remove(a().id);
        props.onDone(t(words.done, { name: a().title }));
        await revalidate([listAssignments.key, getAssignment.key, listSubmissions.key]);
      },
    });
  }

  return (
    <div class="actions__row">
      <For each={shown()}>
        {(action) => (
          <Show
            when={action === 'edit' || action === 'details'}
            fallback={
              <button
                type="button"
                class="button button--small"
                classList={{ 'button--danger-text': !!ASK[action]?.danger }}
                aria-label={`${t(`hw.as.act.${action}`)} ${a().title}`}
                onClick={() => ask(action)}
              >
                {t(`hw.as.act.${action}`)}
              </button>
            }
          >
            <A class="button button--small" href={action === 'edit' ? `${base()}/edit` : base()} aria-label={`${t(`hw.as.act.${action}`)} ${a().title}`}>
              {t(`hw.as.act.${action}`)}
            </A>
          </Show>
        )}
      </For>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
