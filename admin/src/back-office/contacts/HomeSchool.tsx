import { createAsync, revalidate, useParams, useSearchParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import AlumniPane from './AlumniPane';
import ClassPane from './ClassPane';
import { homeSchoolNodes, nextSortOrder, selectionOf } from './home-school-tree';
import NameDialog from './NameDialog';
import PaneBoundary from './PaneBoundary';
import { classTeachers, homeSchoolTree, studentDetail, studentList, transferList } from './queries';
import StructurePane from './StructurePane';
import StudentDetail from './StudentDetail';
import TransfersPane from './TransfersPane';
import Tree from './Tree';
import StatusNote from '../../components/StatusNote';
import './contacts.css';

/**
 * 通訊錄 / 家校通訊錄 (CT-02, CT-03): the campus → grade → class tree with counts on the left;
 * on the right the selection — the whole school or a class with its students and teachers, a
 * campus or grade with what is in it — or one student, 校友二維碼, 轉學記錄.
 */
export default function HomeSchool() {
  const params = useParams<{ school: string }>();
  const [, setSearch] = useSearchParams();
  const list = useListParams(['node', 'student', 'view', 'joined'] as const);
  const tree = createAsync(() => homeSchoolTree(params.school));
  const selection = () => {
    const tr = tree();
    return tr ? selectionOf(tr, list.query().node || 'all') : { kind: 'all' as const };
  };
  const [addingCampus, setAddingCampus] = createSignal(false);
  const [notice, setNotice] = createSignal('');

  /** Selects a node (or a side view), leaving the student, the search and the page behind. */
  const go = (to: { node?: string; view?: string; student?: string }) =>
    setSearch({ node: to.node && to.node !== 'all' ? to.node : undefined, view: to.view, student: to.student, q: undefined, joined: undefined, page: undefined });
  const refresh = () => revalidate([homeSchoolTree.key, studentList.key, studentDetail.key, classTeachers.key, transferList.key]);
  const selectedNode = () => (list.query().view ? null : list.query().node || 'all');

  return (
    <section aria-labelledby="home-school-title">
      <h1 id="home-school-title">{t('nav.homeSchool')}</h1>
      <StatusNote>{notice()}</StatusNote>
      <div class="split">
        <aside class="side-panel" aria-label={t('contacts.structure')}>
          <div class="side-panel__head">
            <h2>{t('contacts.structure')}</h2>
            <button type="button" class="button button--small" onClick={() => setAddingCampus(true)}>
              {t('contacts.addCampus')}
            </button>
          </div>
          <Show when={tree()}>
            {(tr) => (
              <>
                <Tree
                  label={t('contacts.structure')}
                  nodes={homeSchoolNodes(tr())}
                  selected={selectedNode()}
                  initiallyOpen={['all', ...tr().campuses.map((c) => `campus:${c.id}`)]}
                  onSelect={(id) => go({ node: id })}
                />
                <Show when={tr().campuses.length === 0}>
                  <p class="side-panel__empty muted">{t('contacts.emptyTree')}</p>
                </Show>
              </>
            )}
          </Show>
          <div class="side-panel__section">
            <p class="side-panel__caption">{t('contacts.others')}</p>
            <button type="button" class="side-link" aria-current={list.query().view === 'alumni'} onClick={() => go({ view: 'alumni' })}>
              {t('contacts.alumniQr')}
            </button>
            <button type="button" class="side-link" aria-current={list.query().view === 'transfers'} onClick={() => go({ view: 'transfers' })}>
              {t('contacts.transfers')}
            </button>
          </div>
        </aside>
        <div class="split__main">
          <PaneBoundary>
            <Show when={tree()}>
              {(tr) => (
                <Switch>
                  <Match when={list.query().student}>
                    <StudentDetail
                      school={params.school}
                      id={list.query().student}
                      tree={tr()}
                      onBack={() => setSearch({ student: undefined })}
                      onNotice={setNotice}
                      onChanged={refresh}
                    />
                  </Match>
                  <Match when={list.query().view === 'alumni'}>
                    <AlumniPane school={params.school} list={list} onOpen={(id) => setSearch({ student: id })} />
                  </Match>
                  <Match when={list.query().view === 'transfers'}>
                    <TransfersPane school={params.school} list={list} />
                  </Match>
                  <Match when={selection().kind === 'all' || selection().kind === 'class'}>
                    <ClassPane
                      school={params.school}
                      tree={tr()}
                      selection={selection()}
                      list={list}
                      onOpen={(id) => setSearch({ student: id })}
                      onNotice={setNotice}
                      onChanged={refresh}
                      onGone={() => go({ node: 'all' })}
                    />
                  </Match>
                  <Match when={selection().kind === 'campus' || selection().kind === 'grade'}>
                    <StructurePane
                      school={params.school}
                      selection={selection()}
                      onSelect={(node) => go({ node })}
                      onNotice={setNotice}
                      onChanged={refresh}
                    />
                  </Match>
                </Switch>
              )}
            </Show>
          </PaneBoundary>
        </div>
      </div>
      <NameDialog
        open={addingCampus()}
        title={t('contacts.addCampus')}
        label={t('contacts.campusName')}
        onClose={() => setAddingCampus(false)}
        onSubmit={async (name) => {
          const campus = await contactsApi(params.school).homeSchool.createCampus({ name, sortOrder: nextSortOrder(tree()?.campuses ?? []) });
          setNotice(t('contacts.added', { name }));
          await refresh();
          go({ node: `campus:${campus.id}` });
        }}
      />
    </section>
  );
}
