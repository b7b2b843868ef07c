import { useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import Field from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { type AppSetting, permissionsApi, type WorkbenchGroup } from '../../../lib/permissions-client';
import AppChecklist from '../AppChecklist';
import Modal from '../Modal';

/** 添加分組 / 重新命名: the group's name, e.g. 智慧校園 / Macao Smart Campus. */
export function GroupNameDialog(props: { group: WorkbenchGroup | null; onClose: () => void; onSaved: (notice: string) => void }) {
  const params = useParams<{ school: string }>();
  const [name, setName] = createSignal(props.group?.name ?? '');
  const [en, setEn] = createSignal(props.group?.translations.en ?? '');
  const [pt, setPt] = createSignal(props.group?.translations.pt ?? '');
  const [error, setError] = createSignal('');
  const [formError, setFormError] = createSignal('');
  return (
    <Modal
      open
      title={props.group ? t('workbench.renameTitle', { name: props.group.name }) : t('workbench.addGroup')}
      submitLabel={props.group ? t('perm.save') : t('workbench.addGroup')}
      error={formError()}
      onSubmit={async () => {
        const text = name().trim();
        if (!text) {
          setError(t('error.required'));
          return false;
        }
        setError('');
        try {
          const api = permissionsApi(params.school).apps;
          // an emptied field removes that language's name
          const translations = { ...(en().trim() ? { en: en().trim() } : {}), ...(pt().trim() ? { pt: pt().trim() } : {}) };
          if (props.group) await api.renameGroup(props.group.id, text, translations);
          else await api.createGroup({ name: text, translations });
          props.onSaved(t(props.group ? 'workbench.renamed' : 'workbench.added', { name: text }));
          return true;
        } catch (e) {
          setFormError(e instanceof Error ? e.message : String(e));
          return false;
        }
      }}
      onClose={props.onClose}
    >
      <Field id="wb-group-name" label={t('workbench.groupName')} hint={t('workbench.groupNameHint')} maxlength={60} value={name()} onInput={(e) => setName(e.currentTarget.value)} error={error()} />
      <Field id="wb-group-name-en" label={t('workbench.groupNameEn')} maxlength={60} value={en()} onInput={(e) => setEn(e.currentTarget.value)} />
      <Field id="wb-group-name-pt" label={t('workbench.groupNamePt')} hint={t('workbench.groupNameOtherHint')} maxlength={60} value={pt()} onInput={(e) => setPt(e.currentTarget.value)} />
    </Modal>
  );
}

/** 添加應用: the apps not in the group yet, ticked ones added at its end. */
export function AddAppsDialog(props: { group: WorkbenchGroup; apps: AppSetting[]; onClose: () => void; onAdd: (keys: string[]) => void }) {
  const [keys, setKeys] = createSignal<string[]>([]);
  const [error, setError] = createSignal('');
  const candidates = () => props.apps.filter((a) => !props.group.appKeys.includes(a.key));
  return (
    <Modal
      open
      wide
      title={t('workbench.addAppsTitle', { name: props.group.name })}
      submitLabel={t('workbench.addApps')}
      error={error()}
      onSubmit={async () => {
        if (keys().length === 0) {
          setError(t('workbench.pickApps'));
          return false;
        }
        // in the catalogue's order, whatever order they were ticked in
        props.onAdd(candidates().filter((a) => keys().includes(a.key)).map((a) => a.key));
        return true;
      }}
      onClose={props.onClose}
    >
      <Show when={candidates().length > 0} fallback={<p class="muted">{t('workbench.allIn')}</p>}>
        <AppChecklist
          idPrefix="wb-add"
          apps={candidates()}
          selected={keys()}
          onChange={(k) => (setKeys(k), setError(''))}
        />
        <p class="field__hint">{t('workbench.addAppsHint')}</p>
      </Show>
    </Modal>
  );
}
