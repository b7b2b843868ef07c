import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import Field from '../../components/Field';
import { t } from '../../lib/i18n';
import { type Admin, permissionsApi } from '../../lib/permissions-client';
import { getSession, roleKey } from '../../lib/session';
import Modal from './Modal';
import { listAdmins, myPermissions } from './queries';

/**
 * The creator's own actions (manual §15): 轉讓創建人 to an existing admin, and 解散組織 (ID-05),
 * which needs the school's code typed exactly before its button enables. Questions go through
 * the screen's one ConfirmDialog (`ask`).
 */
export default function CreatorZone(props: { onNotice: (text: string) => void; ask: (request: ConfirmRequest) => void }) {
  const params = useParams<{ school: string }>();
  const [picking, setPicking] = createSignal(false);
  const [dissolving, setDissolving] = createSignal(false);

  function confirmTransfer(to: Admin) {
    props.ask({
      title: t('perm.transferConfirmTitle'),
      body: t('perm.transferConfirm', { name: to.member.name }),
      confirmLabel: t('perm.transfer'),
      danger: true,
      run: async () => {
        await permissionsApi(params.school).roles.transferCreator(to.member.id);
        props.onNotice(t('perm.transferred', { name: to.member.name }));
        await revalidate([listAdmins.key, myPermissions.key, getSession.key]);
      },
    });
  }

  return (
    <section class="pm-section" aria-labelledby="creator-title">
      <h2 id="creator-title">{t('perm.creatorTitle')}</h2>
      <div class="pm-creator">
        <div class="panel pm-creator__card">
          <h3>{t('perm.transfer')}</h3>
          <p class="muted">{t('perm.transferIntro')}</p>
          <button type="button" class="button" onClick={() => setPicking(true)}>
            {t('perm.transfer')}
          </button>
        </div>
        <div class="panel pm-danger" role="region" aria-labelledby="dissolve-title">
          <h3 id="dissolve-title">{t('perm.dissolve')}</h3>
          <p>{t('perm.dissolveIntro')}</p>
          <button type="button" class="button button--danger" onClick={() => setDissolving(true)}>
            {t('perm.dissolveOpen')}
          </button>
        </div>
      </div>
      <Show when={picking()}>
        <TransferDialog onClose={() => setPicking(false)} onPick={(a) => (setPicking(false), confirmTransfer(a))} />
      </Show>
      <Show when={dissolving()}>
        <DissolveDialog onClose={() => setDissolving(false)} />
      </Show>
    </section>
  );
}

/** 選擇新創建人: the admins other than the creator, searchable. */
function TransferDialog(props: { onClose: () => void; onPick: (admin: Admin) => void }) {
  const params = useParams<{ school: string }>();
  const [q, setQ] = createSignal('');
  const [chosen, setChosen] = createSignal<Admin | null>(null);
  const [error, setError] = createSignal('');
  // a school has a handful of admins: one page, filtered here as one types
  const admins = createAsync(() => listAdmins(params.school, { q: '', page: 1, pageSize: 100 }));
  const candidates = () => {
    const needle = q().trim().toLowerCase();
    return (admins()?.items ?? []).filter((a) => a.role !== 'creator' && (!needle || a.member.name.toLowerCase().includes(needle)));
  };

  return (
    <Modal
      open
      title={t('perm.transferPick')}
      submitLabel={t('common.confirm')}
      error={error()}
      onSubmit={async () => {
        const admin = chosen();
        if (!admin) {
          setError(t('perm.pickAdmin'));
          return false;
        }
        props.onPick(admin);
        return false;
      }}
      onClose={props.onClose}
    >
      <p class="muted">{t('perm.transferPickHint')}</p>
      <Field id="transfer-q" type="search" label={t('perm.searchAdmins')} value={q()} onInput={(e) => setQ(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()} />
      <fieldset class="pm-picker">
        <legend class="visually-hidden">{t('perm.transferPick')}</legend>
        <ul class="pm-check__list" role="list">
          <For each={candidates()} fallback={<li class="pm-check__empty">{t('perm.noOtherAdmins')}</li>}>
            {(a) => (
              <li class="pm-check__row pm-picker__row">
                <input type="radio" name="new-creator" id={`creator-${a.member.id}`} checked={chosen()?.member.id === a.member.id} onChange={() => (setChosen(a), setError(''))} />
                <label for={`creator-${a.member.id}`}>
                  <span class="avatar avatar--small" aria-hidden="true">
                    {a.member.name.slice(0, 1)}
                  </span>
                  <span class="pm-picker__who">
                    <strong>{a.member.name}</strong>
                    <small>{a.member.title || '—'}</small>
                  </span>
                  <span class="badge">{t(roleKey(a.role))}</span>
                </label>
              </li>
            )}
          </For>
        </ul>
      </fieldset>
    </Modal>
  );
}

/** 解散組織: what goes, that nothing comes back, and the school code typed to enable the button. */
function DissolveDialog(props: { onClose: () => void }) {
  const params = useParams<{ school: string }>();
  const [code, setCode] = createSignal('');
  const [error, setError] = createSignal('');
  const matches = () => code() === params.school;
  return (
    <Modal
      open
      danger
      title={t('perm.dissolveTitle', { code: params.school })}
      submitLabel={t('perm.dissolve')}
      submitDisabled={!matches()}
      error={error()}
      onSubmit={async () => {
        if (!matches()) return false;
        try {
          await permissionsApi(params.school).roles.dissolve(code());
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
          return false;
        }
        // the session went with the school: leave for the school picker with a fresh page
        window.location.assign('/admin/');
        return true;
      }}
      onClose={props.onClose}
    >
      <div class="pm-danger__warning" role="note">
        <strong>{t('perm.dissolveWarningTitle')}</strong>
        <p>{t('perm.dissolveNote')}</p>
        <ul>
          <li>{t('perm.dissolveLosesContacts')}</li>
          <li>{t('perm.dissolveLosesMessages')}</li>
          <li>{t('perm.dissolveLosesFiles')}</li>
          <li>{t('perm.dissolveLosesCode', { code: params.school })}</li>
        </ul>
      </div>
      <Field
        id="dissolve-code"
        label={t('perm.dissolveType', { code: params.school })}
        autocomplete="off"
        spellcheck={false}
        value={code()}
        onInput={(e) => (setCode(e.currentTarget.value), setError(''))}
        hint={t('perm.dissolveTypeHint')}
      />
    </Modal>
  );
}
