import { renderSVG } from 'uqr';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { requireOpen, requireReadableClass } from './access';
import { canAdminHomeSchool } from './policy';

/** An SVG QR code to download: its text, and the file name it is saved under. */
export interface QrFile {
  url: string;
  svg: string;
  fileName: string;
}

const qr = (url: string): string => renderSVG(url, { ecc: 'M', border: 2 });

/**
 * CT-02 邀請加入: the class's subscription link as a QR code, for its admins and teachers to
 * print or send; a parent scanning it lands on the join page of that class.
 */
export async function classInviteQr(ctx: ServiceContext, classId: string): Promise<QrFile> {
  const actor = requireOpen(ctx.actor);
  const cls = await requireReadableClass(ctx.db, actor, classId);
  const url = `${ctx.config.publicUrl}/admin/${encodeURIComponent(ctx.school.code)}/m/join?class=${encodeURIComponent(cls.id)}`;
  return { url, svg: qr(url), fileName: `${cls.name}-邀請二維碼.svg` };
}

/** 校友二維碼: the alumni binding page as a QR code (admins). */
export function alumniQr(ctx: ServiceContext): QrFile {
  if (!canAdminHomeSchool(ctx.actor)) throw forbidden();
  const url = `${ctx.config.publicUrl}/admin/${encodeURIComponent(ctx.school.code)}/m/alumni`;
  return { url, svg: qr(url), fileName: '校友二維碼.svg' };
}
