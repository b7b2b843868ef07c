import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createEffect, createSignal, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import StatusNote from '../../../components/StatusNote';
import { ApiError } from '../../../lib/client';
import { type DefinitionDetail, homeworkApi } from '../../../lib/homework-client';
import { t, formatDateTime } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { DefinitionBadge, formatScore } from '../labels';
import { getDefinition, listDefinitions, takeFlash } from '../queries';
import SectionItems from './SectionItems';
import SectionTree from './SectionTree';
import '../../contacts/contacts.css';
import '../homework.css';

/** What 完成 refused, to point at: a section without questions or a question without a score. */
export interface Problem {
  sectionId?: string;
  itemId?: string;
  message: string;
}

/**
 * 查看問題 (HW-03, HW-04; manual §5): the section tree on the left, the chosen section's
 * questions and scores on the right; 完成 when every section holds a question and, if scored,
 * every question has a score. Read-only once completed, and for anyone but its creator.
 */
export default function DefinitionEditor() {
  const params = useParams<{ school: string; id: string }>();
  const session = useSession();
  const loaded = createAsync(() => getDefinition(params.school, params.id));
  const [current, setCurrent] = createSignal<DefinitionDetail | null>(null);
  const [selected, setSelected] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<Problem | null>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [note, setNote] = createSignal(takeFlash());
  createEffect(() => {
    const d = loaded();
    if (d) setCurrent(d);
  });
  createEffect(() => {
    const d = current();
    if (d && (!selected() || !d.sections.some((s) => s.id === selected()))) setSelected(d.sections[0]?.id ?? null);
  });
  const editable = () => current()?.status === 'draft' && current()?.creator.id === session()?.member.id;
  const api = () => homeworkApi(params.school).definitions;

  /** Runs a change of the tree; its answer is the whole definition. */
  async function change(run: () => Promise<DefinitionDetail>, message = ''): Promise<void> {
    const d = await run();
    setCurrent(d);
    setProblem(null);
    setNote(message);
    void revalidate([listDefinitions.key, getDefinition.key]);
  }

  function complete() {
    const d = current();
    if (!d) return;
    setRequest({
      title: t('hw.def.completeTitle'),
      body: t('hw.def.completeBody', { title: d.title }),
      confirmLabel: t('hw.def.complete'),
      run: async () => {
        try {
          await change(() => api().complete(d.id), t('hw.def.completedDone', { title: d.title }));
        } catch (e) {
          if (e instanceof ApiError) pointAt(e);
          throw e;
        }
      },
    });
  }

  function pointAt(e: ApiError) {
    const [kind, id] = (e.field ?? '').split('.');
    const d = current();
    if (kind === 'sections' && id) {
      setProblem({ sectionId: id, message: e.message });
      setSelected(id);
    } else if (kind === 'items' && id && d) {
      const section = d.sections.find((s) => s.items.some((i) => i.id === id));
      setProblem({ sectionId: section?.id, itemId: id, message: e.message });
      if (section) setSelected(section.id);
    } else setProblem({ message: e.message });
  }

  const questionCount = () => current()?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0;
  const liveTotal = () => Math.round((current()?.sections.flatMap((s) => s.items).reduce((n, i) => n + (i.score ?? 0) * 100, 0) ?? 0)) / 100;

  return (
    <Show when={current()}>
      {(d) => (
        <div class="hw-screen">
          <div class="hw-head">
            <div>
              <h2 class="hw-def-title">
                {d().title} <DefinitionBadge status={d().status} />
              </h2>
              <p class="hw-head__sub">
                {d().subject.name} · {d().creator.name} · {formatDateTime(d().createdAt)} ·{' '}
                {d().scored
                  ? t('hw.tree.summary', { sections: d().sections.length, questions: questionCount(), total: formatScore(d().totalScore ?? liveTotal()) })
                  : t('hw.tree.summaryUnscored', { sections: d().sections.length, questions: questionCount() })}
              </p>
            </div>
            <div class="hw-toolbar-actions">
              <Show when={editable()}>
                <button type="button" class="button button--primary" onClick={complete}>
                  {t('hw.def.complete')}
                </button>
              </Show>
              <A class="button" href={`/${params.school}/homework/definitions`}>
                {t('hw.back')}
              </A>
            </div>
          </div>
          <Show when={!editable()}>
            <p class="hw-lock" role="note">
              {d().status === 'completed' ? t('hw.tree.readOnly') : t('hw.tree.notYours')}
            </p>
          </Show>
          <Show when={problem()}>
            {(p) => (
              <p class="form-error" role="alert">
                {t('hw.tree.problems')} {p().message}
              </p>
            )}
          </Show>
          <StatusNote>{note()}</StatusNote>
          <div class="hw-split">
            <SectionTree definition={d()} editable={editable()} selected={selected()} problem={problem()} onSelect={setSelected} change={change} />
            <SectionItems school={params.school} definition={d()} sectionId={selected()} editable={editable()} problem={problem()} change={change} />
          </div>
          <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
        </div>
      )}
    </Show>
  );
}
