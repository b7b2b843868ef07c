import { createAsync, useLocation } from '@solidjs/router';
import { Show, Suspense } from 'solid-js';
import { permissionsApi } from '../../lib/permissions-client';
import { myPermissions } from './queries';
import './watermark.css';

/** Pages the contacts watermark covers (ADM-04 通訊錄浮水印): everything under contacts/. */
export const watermarked = (path: string, school: string): boolean => path.includes(`/${school}/contacts/`);

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A tile of the viewer's name (and school code), tilted, for a repeated background. */
export function watermarkTile(name: string, school: string): string {
  const text = escapeXml(`${name}  ${school}`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="190">` +
    `<text x="150" y="95" text-anchor="middle" dominant-baseline="middle" transform="rotate(-24 150 95)" ` +
    `font-family="system-ui, 'PingFang TC', 'Noto Sans CJK TC', sans-serif" font-size="17" fill="#1c2530" fill-opacity="0.075">${text}</text></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** Whether the school shows the watermark: from GET /roles/me when it says, else (super admins) the settings. */
async function watermarkOn(school: string): Promise<boolean> {
  const me = await myPermissions(school);
  if (typeof me.watermark === 'boolean') return me.watermark;
  if (!me.canChangeSettings) return false;
  return (await permissionsApi(school).security.get()).watermark;
}

/**
 * ADM-04: a faint repeated watermark of the viewer's name over the contacts pages when the
 * school turned it on, so a screenshot names who took it. It lets every click through and is
 * hidden from assistive technology. Rendered by the back-office layout inside <main>.
 */
export default function Watermark(props: { school: string; name: string }) {
  const location = useLocation();
  const on = createAsync(() => watermarkOn(props.school).catch(() => false));
  return (
    <Suspense>
      <Show when={watermarked(location.pathname, props.school) && on()}>
        <div class="pm-watermark" aria-hidden="true" data-testid="watermark" style={{ 'background-image': watermarkTile(props.name, props.school) }} />
      </Show>
    </Suspense>
  );
}
