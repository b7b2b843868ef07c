import { macauTime } from '../lib/clock';
import type { sharedAnnouncement } from './get-shared';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);


/**
 * The public page a shared link opens in a browser (WeChat's included): a phone-first,
 * script-free HTML page. The body was sanitised when the announcement was saved; the page
 * also forbids scripts by its Content-Security-Policy (set by the route).
 */
export function renderSharedPage(a: Awaited<ReturnType<typeof sharedAnnouncement>>, schoolName: string): string {
  const cover = a.coverUrl ? `<img class="cover" src="${escapeHtml(a.coverUrl)}" alt="">` : '';
  const byline = [a.author, a.sentAt ? macauTime(new Date(a.sentAt)) : ''].filter(Boolean).map(escapeHtml).join(' · ');
  return `<!doctype html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(a.title)} · ${escapeHtml(schoolName)}</title>
<meta name="description" content="${escapeHtml(a.summary)}">
<meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:description" content="${escapeHtml(a.summary)}">
<style>
  body { margin: 0; font: 16px/1.7 system-ui, "Noto Sans CJK TC", "PingFang TC", sans-serif; color: #1f2933; background: #f5f7fa; }
  main { max-width: 720px; margin: 0 auto; padding: 20px 16px 48px; background: #fff; min-height: 100vh; box-sizing: border-box; }
  .school { color: #52606d; font-size: 14px; margin: 0 0 12px; }
  h1 { font-size: 22px; line-height: 1.4; margin: 0 0 8px; }
  .byline { color: #616e7c; font-size: 14px; margin: 0 0 16px; }
  .cover { width: 100%; border-radius: 8px; margin: 0 0 16px; }
  .body img { max-width: 100%; height: auto; }
  .body a { color: #0b69a3; }
</style>
</head>
<body>
<main>
<p class="school">${escapeHtml(schoolName)}</p>
<article>
<h1>${escapeHtml(a.title)}</h1>
<p class="byline">${byline}</p>
${cover}
<div class="body">${a.body}</div>
</article>
</main>
</body>
</html>
`;
}
