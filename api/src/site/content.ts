import { ApiError } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { sanitizeHtml, textOf } from '../lib/sanitize-html';
import { mediaPath } from './urls';

export interface PreparedContent {
  /** Sanitised HTML, every image as the school's media path. */
  html: string;
  /** Plain text for lists and meta descriptions. */
  summary: string;
  /** The files the images show, each once. */
  fileIds: string[];
}

const REQUIRED: Record<Locale, string> = { 'zh-Hant': '必須填寫', en: 'is required', pt: 'é obrigatório' };
const SUMMARY_LENGTH = 120;

/**
 * WEB-03 rich content as it is stored: sanitised (no script, event handler or `javascript:`
 * link survives, lib/sanitize-html.ts), and every image one of this school's uploads, named by
 * the editor as `/api/s/<code>/files/<id>` (what POST /files answers) or already as the site's
 * media path, with or without the public origin. An image from anywhere else is refused
 * (400 naming `content`): the public site only shows what the school holds.
 */
export function prepareContent(raw: string, where: { code: string; publicUrl: string; locale: Locale }): PreparedContent {
  const fileIds = new Set<string>();
  const html = sanitizeHtml(raw).replace(/<img\b[^>]*>/g, (tag) => {
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1];
    // a source the sanitiser took away (data:, javascript:) leaves an empty image: drop it
    if (src === undefined) return '';
    const id = schoolFileId(src, where);
    if (!id) throw new ApiError('site_image_source', { field: 'content', params: { src: src.slice(0, 80) } });
    fileIds.add(id);
    return tag.replace(/\ssrc="[^"]*"/, ` src="${mediaPath(where.code, id)}"`);
  });
  const summary = textOf(spaced(html), SUMMARY_LENGTH);
  if (summary === '' && fileIds.size === 0) {
    throw new ApiError('invalid_field', { field: 'content', params: { field: 'content', detail: REQUIRED[where.locale] } });
  }
  return { html, summary, fileIds: [...fileIds] };
}

/** The file id an image source names, when it is one of this school's files; else null. */
function schoolFileId(src: string, where: { code: string; publicUrl: string }): string | null {
  const origin = where.publicUrl.replace(/\/+$/, '').toLowerCase();
  const lower = src.toLowerCase();
  const path = lower.startsWith(`${origin}/`) ? src.slice(origin.length) : src;
  const m = /^\/api\/s\/([A-Za-z0-9-]+)\/(?:files|site\/media)\/([0-9a-z]{1,40})$/.exec(path);
  return m && m[1].toUpperCase() === where.code.toUpperCase() ? m[2] : null;
}

/** Blocks end with a space, so their texts do not run together in the summary. */
function spaced(html: string): string {
  return html.replace(/<\/(?:p|h2|h3|h4|li|blockquote|td|th|figcaption|pre)>|<br \/>/g, '$& ');
}
