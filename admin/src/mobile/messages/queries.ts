import { query } from '@solidjs/router';
import { schoolApi } from '../../lib/client';

/** One page of the member's messages, newest first. */
export const listMessages = query(
  (school: string, filter: { page: number; pageSize: number; unread: boolean }) => schoolApi(school).messages.list(filter),
  'messages',
);

/** How many messages are unread (for the workbench badge). */
export const unreadCount = query(
  async (school: string) => (await schoolApi(school).messages.list({ page: 1, pageSize: 1 })).unread,
  'messages-unread',
);
