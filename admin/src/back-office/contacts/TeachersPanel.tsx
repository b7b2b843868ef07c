import { createAsync, revalidate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import { classTeachers } from './queries';
import TeachersDialog from './TeachersDialog';

/** 班主任 and 任課老師 of a class (manual §14: "班主任：未設置，任課老師：未設置"), with 設置老師. */
export default function TeachersPanel(props: { school: string; classId: string; className: string; onNotice: (text: string) => void }) {
  const teachers = createAsync(() => classTeachers(props.school, props.classId));
  const [editing, setEditing] = createSignal(false);

  return (
    <section class="card-panel" aria-labelledby="teachers-title">
      <div class="card-panel__head">
        <h3 id="teachers-title">{t('contacts.teachers')}</h3>
        <button type="button" class="button button--small" onClick={() => setEditing(true)}>
          {t('contacts.setTeachers')}
        </button>
      </div>
      <dl class="kv">
        <dt>{t('contacts.homeroom')}</dt>
        <dd>
          <Show when={teachers()?.homeroom.length} fallback={<span class="muted">{t('contacts.notSet')}</span>}>
            <ul class="teacher-list">
              <For each={teachers()?.homeroom}>{(h) => <li class="pill">{h.name}</li>}</For>
            </ul>
          </Show>
        </dd>
        <dt>{t('contacts.subjectTeachers')}</dt>
        <dd>
          <Show when={teachers()?.subjects.length} fallback={<span class="muted">{t('contacts.notSet')}</span>}>
            <ul class="teacher-list">
              <For each={teachers()?.subjects}>
                {(s) => (
                  <li class="pill">
                    {s.name}
                    <small>{s.subjectName}</small>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </dd>
      </dl>
      <TeachersDialog
        open={editing()}
        school={props.school}
        classId={props.classId}
        className={props.className}
        current={teachers()}
        onClose={() => setEditing(false)}
        onSaved={async () => {
          props.onNotice(t('contacts.teachersSaved', { name: props.className }));
          await revalidate(classTeachers.key);
        }}
      />
    </section>
  );
}
