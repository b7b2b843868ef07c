import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import ListPager from '../../components/ListPager';
import RowButton from '../../components/RowButton';
import SearchBox from '../../components/SearchBox';
import TableShell from '../../components/TableShell';
import { contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import type { useListParams } from '../../lib/list-params';
import GuardianChips from './GuardianChips';
import QrImage from './QrImage';
import { studentList } from './queries';

type ListParams = ReturnType<typeof useListParams<'node' | 'student' | 'view' | 'joined'>>;

/** 校友二維碼 (§3.18): the QR former students scan to join the alumni department, and the alumni. */
export default function AlumniPane(props: { school: string; list: ListParams; onOpen: (id: string) => void }) {
  const q = () => props.list.query();
  const page = createAsync(() => studentList(props.school, { status: 'alumni', q: q().q, page: q().page, pageSize: q().pageSize }));
  return (
    <>
      <section class="pane-head pane-head--qr" aria-labelledby="alumni-qr-title">
        <div class="pane-head__title">
          <h2 id="alumni-qr-title">{t('contacts.alumniQr')}</h2>
          <p class="muted qr-text">{t('contacts.alumniBody')}</p>
        </div>
        <QrImage source={() => contactsApi(props.school).homeSchool.alumniQr()} alt={t('contacts.alumniQr')} />
      </section>
      <div class="pane-section">
        <div class="section-bar">
          <h3 class="section-bar__title">
            {t('contacts.alumniList')}
            <Show when={page()}>{(p) => <span class="section-bar__count">{p().total}</span>}</Show>
          </h3>
        </div>
        <div class="toolbar">
          <SearchBox value={q().q} placeholder={t('contacts.searchStudents')} onSearch={(v) => props.list.setFilter('q', v)} />
        </div>
        <TableShell columns={[t('contacts.student'), t('contacts.educationId'), t('contacts.parents'), t('common.actions')]}>
          <For
            each={page()?.items}
            fallback={<EmptyRow columns={4}>{q().q ? t('common.empty') : t('contacts.noAlumni')}</EmptyRow>}
          >
            {(s) => (
              <tr>
                <th scope="row">{s.name}</th>
                <td class="nowrap">{s.educationId ?? s.tempNumber ?? '—'}</td>
                <td>
                  <GuardianChips guardians={s.guardians} />
                </td>
                <td class="actions">
                  <RowButton label={t('contacts.view')} name={s.name} onClick={() => props.onOpen(s.id)} />
                </td>
              </tr>
            )}
          </For>
        </TableShell>
        <ListPager page={page()} list={props.list} />
      </div>
    </>
  );
}
