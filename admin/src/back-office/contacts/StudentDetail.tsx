import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import Icon from '../../components/Icon';
import { contactsApi, type HomeSchoolTree, type Student } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { studentDetail } from './queries';
import { relationLabel } from './relations';
import SetClassDialog from './SetClassDialog';
import StudentFormDialog from './StudentFormDialog';
import TransferDialog from './TransferDialog';

/**
 * One student: identity, class, parents (relation, phone, joined); 編輯, 設置班級, 轉學 and
 * 設為校友 (after a confirmation), 刪除 (after a confirmation).
 */
export default function StudentDetail(props: {
  school: string;
  id: string;
  tree: HomeSchoolTree;
  onBack: () => void;
  onNotice: (text: string) => void;
  onChanged: () => Promise<void>;
}) {
  const api = () => contactsApi(props.school).homeSchool;
  const student = createAsync(() => studentDetail(props.school, props.id));
  const [dialog, setDialog] = createSignal<'edit' | 'class' | 'transfer' | null>(null);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);

  function askAlumni(s: Student) {
    setConfirm({
      title: t('contacts.toAlumni'),
      body: t('contacts.confirmAlumni', { name: s.name }),
      confirmLabel: t('contacts.toAlumni'),
      danger: true,
      run: async () => {
        await api().toAlumni(s.id);
        props.onNotice(t('contacts.movedToAlumni', { name: s.name }));
        await props.onChanged();
      },
    });
  }

  function askDelete(s: Student) {
    setConfirm({
      title: t('contacts.deleteStudent'),
      body: t('contacts.confirmDeleteStudent', { name: s.name }),
      confirmLabel: t('contacts.delete'),
      danger: true,
      run: async () => {
        await api().removeStudent(s.id);
        props.onNotice(t('contacts.studentDeleted', { name: s.name }));
        // leave the page before its student is gone from the cache
        props.onBack();
        await props.onChanged();
      },
    });
  }

  return (
    <>
      <p class="back-link">
        <button type="button" class="button button--link" onClick={() => props.onBack()}>
          <Icon name="back" size={16} />
          {t('contacts.backToList')}
        </button>
      </p>
      <Show when={student()}>
        {(s) => (
          <>
            <header class="pane-head">
              <div class="pane-head__title">
                <p class="pane-head__path">{s().class ? `${s().class?.campusName} / ${s().class?.gradeName} / ${s().class?.name}` : t('contacts.noClass')}</p>
                <h2>
                  {s().name}{' '}
                  <span class={`badge badge--${s().status === 'active' ? 'active' : 'quiet'}`}>{t(`contacts.studentStatus.${s().status}`)}</span>
                </h2>
              </div>
              <div class="pane-head__actions">
                <button type="button" class="button button--small" onClick={() => setDialog('edit')}>
                  {t('contacts.edit')}
                </button>
                <Show when={s().status === 'active'}>
                  <button type="button" class="button button--small" onClick={() => setDialog('class')}>
                    {t('contacts.setClass')}
                  </button>
                  <button type="button" class="button button--small" onClick={() => setDialog('transfer')}>
                    {t('contacts.transfer')}
                  </button>
                  <button type="button" class="button button--small" onClick={() => askAlumni(s())}>
                    {t('contacts.toAlumni')}
                  </button>
                </Show>
                <button type="button" class="button button--small button--danger-text" onClick={() => askDelete(s())}>
                  {t('contacts.deleteStudent')}
                </button>
              </div>
            </header>
            <section class="card-panel" aria-labelledby="student-info-title">
              <div class="card-panel__head">
                <h3 id="student-info-title">{t('contacts.studentDetail')}</h3>
              </div>
              <dl class="kv">
                <dt>{s().tempNumber ? t('contacts.tempNumber') : t('contacts.educationId')}</dt>
                <dd>{s().educationId ?? s().tempNumber ?? '—'}</dd>
                <dt>{t('contacts.birthDate')}</dt>
                <dd>{s().birthDate ?? '—'}</dd>
                <dt>{t('contacts.class')}</dt>
                <dd>{s().class ? `${s().class?.name}（${s().class?.schoolYear}）` : t('contacts.noClass')}</dd>
              </dl>
            </section>
            <section aria-labelledby="student-parents-title">
              <div class="section-bar">
                <h3 class="section-bar__title" id="student-parents-title">
                  {t('contacts.parents')}
                  <span class="section-bar__count">{s().guardians.length}</span>
                </h3>
              </div>
              <div class="table-wrap section-gap">
                <table class="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('members.name')}</th>
                      <th scope="col">{t('contacts.relation')}</th>
                      <th scope="col">{t('members.phone')}</th>
                      <th scope="col">{t('contacts.joinState')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For
                      each={s().guardians}
                      fallback={<EmptyRow columns={4}>{t('contacts.noParents')}</EmptyRow>}
                    >
                      {(g) => (
                        <tr classList={{ 'row--muted': g.status !== 'active' }}>
                          <th scope="row">{g.name}</th>
                          <td>{relationLabel(g.relation)}</td>
                          <td class="nowrap">{g.phone ? `+${g.areaCode} ${g.phone}` : '—'}</td>
                          <td>
                            <span class={`badge badge--${g.joined ? 'active' : 'pending'}`}>{g.joined ? t('contacts.joined') : t('contacts.notJoined')}</span>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
            <StudentFormDialog
              open={dialog() === 'edit'}
              school={props.school}
              tree={props.tree}
              student={s()}
              onClose={() => setDialog(null)}
              onSaved={async (name) => {
                props.onNotice(t('contacts.studentSaved', { name }));
                await props.onChanged();
              }}
            />
            <SetClassDialog
              open={dialog() === 'class'}
              school={props.school}
              tree={props.tree}
              studentIds={[s().id]}
              currentClassId={s().class?.id}
              onClose={() => setDialog(null)}
              onSaved={async (text) => {
                props.onNotice(text);
                await props.onChanged();
              }}
            />
            <TransferDialog
              open={dialog() === 'transfer'}
              school={props.school}
              student={s()}
              onClose={() => setDialog(null)}
              onDone={async () => {
                props.onNotice(t('contacts.transferred', { name: s().name }));
                await props.onChanged();
              }}
            />
          </>
        )}
      </Show>
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </>
  );
}
