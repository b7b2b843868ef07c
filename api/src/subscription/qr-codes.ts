import { renderSVG } from 'uqr';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { qrKindsFor } from './policy';
import type { Kind } from './schemas';

const NAMES: Record<Kind, string> = { admin: '管理員訂閱二維碼', staff: '教職員訂閱二維碼', family: '家長學生訂閱二維碼' };

/** The page a QR code of `kind` opens: the mobile subscription flow of manual §1. */
export const subscribeUrl = (ctx: ServiceContext, kind: Kind): string =>
  `${ctx.config.publicUrl}/admin/${encodeURIComponent(ctx.school.code)}/m/subscribe?kind=${kind}`;

/**
 * One of the school's three subscription QR codes as SVG. The link is public (printed on
 * posters, shared in chats); what it opens proves each person by SMS and card.
 */
export function qrSvg(ctx: ServiceContext, kind: Kind) {
  const url = subscribeUrl(ctx, kind);
  return { url, svg: renderSVG(url, { ecc: 'M', border: 2 }), fileName: `${ctx.school.code}-${NAMES[kind]}.svg` };
}

/** The QR codes a signed-in member may hand out (the admin one to admins only), for 工作台 → 二維碼. */
export function listQrCodes(ctx: ServiceContext) {
  const kinds = qrKindsFor(ctx.actor);
  if (kinds.length === 0) throw forbidden();
  return {
    items: kinds.map((kind) => ({
      kind,
      name: NAMES[kind],
      url: subscribeUrl(ctx, kind),
      svgPath: `/api/s/${encodeURIComponent(ctx.school.code)}/subscription/qr/${kind}.svg`,
    })),
  };
}
