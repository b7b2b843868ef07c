import { createEffect, createSignal, on } from 'solid-js';
import { t } from '../../lib/i18n';
import { type Tag, tagsApi } from '../../lib/tags-client';
import FormDialog from '../contacts/FormDialog';
import StaffPicker, { type Picked } from '../permissions/StaffPicker';
import '../permissions/permissions.css';

/**
 * 添加成員 to a tag: staff found by name, phone or account as one types (the caller's own
 * 管理範圍 for a scoped admin), several at a time. Those who carry the tag already are counted,
 * not added twice.
 */
export default function AddMembersDialog(props: { open: boolean; school: string; tag: Tag; onClose: () => void; onAdded: (notice: string) => Promise<void> }) {
  const [picked, setPicked] = createSignal<Picked[]>([]);
  const [error, setError] = createSignal('');
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setPicked([]);
        setError('');
      },
    ),
  );

  async function submit(): Promise<boolean> {
    setError('');
    if (picked().length === 0) {
      setError(t('tags.pickSome'));
      return false;
    }
    try {
      const ids = picked().map((p) => p.id);
      const result = await tagsApi(props.school).addMembers(props.tag.id, ids);
      const already = ids.length - result.added.length;
      const text = t('tags.membersAdded', { n: result.added.length, name: props.tag.name }) + (already > 0 ? t('tags.membersAlready', { n: already }) : '');
      await props.onAdded(text);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <FormDialog open={props.open} wide title={t('tags.addMembersTitle', { name: props.tag.name })} submitLabel={t('tags.addMembers')} error={error()} onSubmit={submit} onClose={props.onClose}>
      <div class="tg-picker">
        <StaffPicker idPrefix="tag-add" multiple label={t('tags.pickStaff')} picked={picked()} onChange={setPicked} />
      </div>
    </FormDialog>
  );
}
