import { contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import FormDialog from './FormDialog';
import QrImage from './QrImage';

/** 邀請加入 (manual §14): the class's QR code for parents to scan, with 下載 to save it. */
export default function InviteDialog(props: { open: boolean; school: string; classId: string; className: string; onClose: () => void }) {
  return (
    <FormDialog open={props.open} readOnly title={t('contacts.inviteTitle', { name: props.className })} submitLabel="" onClose={props.onClose}>
      <p class="muted">{t('contacts.inviteBody')}</p>
      <QrImage source={() => contactsApi(props.school).homeSchool.inviteQr(props.classId)} alt={t('contacts.qrAlt', { name: props.className })} />
    </FormDialog>
  );
}
