import { query } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { announcementsApi } from '../../lib/announcements-client';

/** 發公告's list: search, status, paging. */
export const listAnnouncements = query(
  (school: string, q: { q: string; status: string; page: number; pageSize: number }) => announcementsApi(school).list(q),
  'announcements-list',
);

/** One announcement with its statistics, for its editors. */
export const getAnnouncement = query((school: string, id: string) => announcementsApi(school).get(id), 'announcement-detail');

/** 成員閱讀情況: one page of readers or non-readers. */
export const listReaders = query(
  (school: string, id: string, q: { state: string; q: string; page: number; pageSize: number }) => announcementsApi(school).readers(id, q),
  'announcement-readers',
);

/** The note a screen leaves for the one it goes to (已發送 …). */
export const [flash, setFlash] = createSignal('');

/** 撤回 is offered for 24 hours after sending (ANN-02; the API decides). */
export const recallable = (a: { status: string; sentAt: string | null }, now = Date.now()): boolean =>
  a.status === 'sent' && a.sentAt !== null && now - Date.parse(a.sentAt) < 24 * 3600_000;
