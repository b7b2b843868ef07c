import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { contactsApi, type Department, type StaffMember } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import FormDialog from './FormDialog';

/**
 * 設置部門負責人: tick the heads among the department's own members (not those of its
 * sub-departments: a head must be a member of the department itself).
 */
export default function HeadsDialog(props: {
  open: boolean;
  school: string;
  department: Department;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const api = () => contactsApi(props.school);
  const [members, setMembers] = createSignal<StaffMember[] | null>(null);
  const [heads, setHeads] = createSignal<string[]>([]);
  const [error, setError] = createSignal('');

  createEffect(
    on(
      () => props.open,
      async (open) => {
        if (!open) return;
        setMembers(null);
        setError('');
        const id = props.department.id;
        try {
          const own: StaffMember[] = [];
          for (let page = 1; page <= 20; page++) {
            const batch = await api().staff.list({ departmentId: id, kind: 'staff', page, pageSize: 100 });
            own.push(...batch.items.filter((m) => m.departments.some((d) => d.id === id)));
            if (page * batch.pageSize >= batch.total) break;
          }
          setMembers(own);
          setHeads(own.filter((m) => m.departments.some((d) => d.id === id && d.isHead)).map((m) => m.id));
        } catch (e) {
          setMembers([]);
          setError(e instanceof Error ? e.message : String(e));
        }
      },
    ),
  );

  async function submit(): Promise<boolean> {
    setError('');
    try {
      await api().departments.setHeads(props.department.id, heads());
      await props.onSaved();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      title={t('contacts.setHeadsOf', { name: props.department.name })}
      submitLabel={t('contacts.save')}
      error={error()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Show when={members()} fallback={<p class="loading">{t('common.loading')}</p>}>
        {(list) => (
          <Show when={list().length} fallback={<p class="muted">{t('contacts.noOwnMembers')}</p>}>
            <fieldset class="fieldset">
              <legend>{t('contacts.heads')}</legend>
              <div class="check-list">
                <For each={list()}>
                  {(m) => (
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={heads().includes(m.id)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setHeads((ids) => (on ? [...ids, m.id] : ids.filter((x) => x !== m.id)));
                        }}
                      />
                      {m.name}
                      <Show when={m.title}>
                        <span class="muted">{m.title}</span>
                      </Show>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
          </Show>
        )}
      </Show>
    </FormDialog>
  );
}
