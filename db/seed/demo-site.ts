import { deflateSync } from 'node:zlib';
import { newId } from '../../api/src/lib/ids';
import { sanitizeHtml, textOf } from '../../api/src/lib/sanitize-html';
import { uploadKey } from '../../api/src/platform/files/upload';
import type { FileStore } from '../../api/src/platform/types';
import type { SchoolDbOrTx } from '../client';
import { files, siteArticles, siteArticleTypes, siteComments, siteShowcases } from '../schema';
import { DEMO_ARTICLES, DEMO_COMMENTS, DEMO_SHOWCASES, DEMO_TYPES } from './demo-site-content';

const DAY = 86_400_000;

export interface DemoSiteAuthors {
  /** 陳校長 (creator). */
  admin: string;
  /** 李老師. */
  teacher: string;
  /** 張老師. */
  zhang: string;
}

export interface DemoSiteIds {
  showcases: string[];
  types: Record<keyof typeof DEMO_TYPES, string>;
  /** By the keys of demo-site-content.ts, e.g. `sports-day`. */
  articles: Record<string, string>;
}

/**
 * The demo school's micro-site (WEB-01..07): three listed showcases, two article types, twelve
 * published articles in Traditional Chinese (four pinned, one anonymous, one closed to
 * comments), one draft, and three comments (two approved, one pending). With `images` (the
 * school's code and file store) the showcases get generated pictures, stored as uploads of
 * the creator; without, they show the site's placeholder. Does nothing when the school already
 * has article types, so running it twice changes nothing.
 */
export async function seedDemoSite(
  tx: SchoolDbOrTx,
  now: Date,
  authors: DemoSiteAuthors,
  images?: { schoolCode: string; store: FileStore },
): Promise<DemoSiteIds | null> {
  if (await tx.select({ id: siteArticleTypes.id }).from(siteArticleTypes).limit(1).get()) return null;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const id = () => newId(now.getTime());

  const showcases: string[] = [];
  for (const [i, s] of DEMO_SHOWCASES.entries()) {
    let imageFileId: string | null = null;
    if (images) {
      const bytes = gradientPng(640, 360, s.colors);
      const key = uploadKey(images.schoolCode, now);
      await images.store.put(key, bytes, { contentType: 'image/png' });
      imageFileId = id();
      await tx.insert(files).values({ id: imageFileId, storageKey: key, name: `${s.name}.png`, contentType: 'image/png', size: bytes.byteLength, ownerId: authors.admin, createdAt: now });
    }
    const showcase = { id: id(), name: s.name, link: s.link, imageFileId, listed: true, sortOrder: i, createdAt: now, updatedAt: now };
    await tx.insert(siteShowcases).values(showcase);
    showcases.push(showcase.id);
  }

  const types = { news: id(), notices: id() };
  await tx.insert(siteArticleTypes).values([
    { id: types.news, name: DEMO_TYPES.news, enabled: true, createdAt: at(90) },
    { id: types.notices, name: DEMO_TYPES.notices, enabled: true, createdAt: at(89) },
  ]);

  const articles: Record<string, string> = {};
  for (const a of DEMO_ARTICLES) {
    const html = sanitizeHtml(a.html);
    const created = at(a.daysAgo);
    articles[a.key] = id();
    await tx.insert(siteArticles).values({
      id: articles[a.key],
      typeId: types[a.type],
      title: a.title,
      anonymous: a.anonymous ?? false,
      allowComments: a.allowComments ?? true,
      content: html,
      summary: textOf(html.replaceAll('</p>', '</p> '), 120),
      status: a.draft ? 'draft' : 'published',
      authorId: authors[a.author],
      publishedAt: a.draft ? null : created,
      pinnedAt: a.pinnedDaysAgo === undefined ? null : at(a.pinnedDaysAgo),
      createdAt: created,
      updatedAt: created,
    });
  }

  for (const [i, c] of DEMO_COMMENTS.entries()) {
    const approved = c.status === 'approved';
    await tx.insert(siteComments).values({
      id: id(),
      articleId: articles[c.article],
      name: c.name,
      text: c.text,
      status: c.status,
      createdAt: at(38 - i),
      moderatedAt: approved ? at(37) : null,
      moderatedBy: approved ? authors.admin : null,
    });
  }
  return { showcases, types, articles };
}

/** A small PNG: a diagonal gradient between two colours, so the demo's showcases have pictures. */
export function gradientPng(width: number, height: number, [from, to]: [string, string]): Uint8Array<ArrayBuffer> {
  const a = rgb(from);
  const b = rgb(to);
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      for (let c = 0; c < 3; c++) raw[row + 1 + x * 3 + c] = Math.round(a[c] + (b[c] - a[c]) * t);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.byteLength);
  out.set([...type].map((ch) => ch.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.byteLength, crc32(out.subarray(4, 8 + data.byteLength)));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
