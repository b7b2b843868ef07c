import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_ROLES, type NoticeRole, tableCounts } from '../notices/fixture';
import type { Agent } from '../test/agent';
import { type AnnouncementWorld, announcementBody, announcementWorld, type StaffPlaces, upload } from './fixture';
import { announcementRecipients, announcements } from '../../../db/schema';

/**
 * Who may call each announcement route (ANN-01, ANN-02; manual §18: 超級管理員): anonymous → 401,
 * parents and students → 403, staff on the editors' routes → 403, an announcement a reader
 * did not receive → 404; tenant isolation; bad input names the field and changes nothing.
 */

let w: AnnouncementWorld;
let p: StaffPlaces;
const ids: Record<string, { sent: string; file: string }> = {};

async function prepare(code: string, editor: Agent) {
  const file = await upload(editor, 'agenda.txt', 'text');
  const res = await editor.post('announcements', announcementBody(w.places[code], { attachmentIds: [file] }));
  return { sent: res.body.id as string, file };
}

beforeAll(async () => {
  w = await announcementWorld();
  p = w.places['A-001'];
  ids.A = await prepare('A-001', w.agents.super);
  const bEditor = w.env.agent('B-002');
  await bEditor.signIn('super', 'password5');
  ids.B = await prepare('B-002', bEditor);
});
afterAll(() => w.env.close());

const editors: NoticeRole[] = ['super', 'creator'];
// 小學部: 李老師 (teacher) and 張老師 (cc)
const receivers: NoticeRole[] = ['teacher', 'cc'];
const staff: NoticeRole[] = ['teacher', 'cc', 'scopedIn', 'scopedOut', 'super', 'creator'];

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: (i: (typeof ids)['A'], fresh: string) => string;
  body?: () => unknown;
  allowed: NoticeRole[];
  /** Staff who may use the route but not see this announcement: 404. */
  notFound?: NoticeRole[];
  fresh?: boolean;
  byId?: boolean;
}

const ROUTES: Route[] = [
  { name: 'GET announcements', method: 'GET', path: () => 'announcements', allowed: editors },
  { name: 'POST announcements (draft)', method: 'POST', path: () => 'announcements', body: () => announcementBody(p, { action: 'draft' }), allowed: editors },
  { name: 'GET announcements/:id', byId: true, method: 'GET', path: (i) => `announcements/${i.sent}`, allowed: editors },
  { name: 'GET announcements/:id/readers', byId: true, method: 'GET', path: (i) => `announcements/${i.sent}/readers`, allowed: editors },
  { name: 'POST announcements/:id/preview', byId: true, method: 'POST', path: (i) => `announcements/${i.sent}/preview`, allowed: editors },
  { name: 'PUT announcements/:id (draft)', byId: true, fresh: true, method: 'PUT', path: (_, d) => `announcements/${d}`, body: () => announcementBody(p, { action: 'draft' }), allowed: editors },
  { name: 'DELETE announcements/:id (draft)', byId: true, fresh: true, method: 'DELETE', path: (_, d) => `announcements/${d}`, allowed: editors },
  { name: 'GET announcements/inbox', method: 'GET', path: () => 'announcements/inbox', allowed: staff },
  { name: 'GET announcements/inbox/:id', byId: true, method: 'GET', path: (i) => `announcements/inbox/${i.sent}`, allowed: receivers, notFound: ['scopedIn', 'scopedOut', 'super', 'creator'] },
  { name: 'POST announcements/inbox/:id/like', byId: true, method: 'POST', path: (i) => `announcements/inbox/${i.sent}/like`, allowed: receivers, notFound: ['scopedIn', 'scopedOut', 'super', 'creator'] },
  { name: 'DELETE announcements/inbox/:id/like', byId: true, method: 'DELETE', path: (i) => `announcements/inbox/${i.sent}/like`, allowed: receivers, notFound: ['scopedIn', 'scopedOut', 'super', 'creator'] },
  { name: 'GET announcements/:id/files/:fileId', byId: true, method: 'GET', path: (i) => `announcements/${i.sent}/files/${i.file}`, allowed: [...receivers, ...editors], notFound: ['scopedIn', 'scopedOut'] },
  // last: it takes the announcement away from the routes above
  { name: 'POST announcements/:id/recall', byId: true, method: 'POST', path: (i) => `announcements/${i.sent}/recall`, allowed: [] },
];

function expected(route: Route, role: NoticeRole): number[] {
  if (role === 'anonymous') return [401];
  if (route.allowed.includes(role)) return route.method === 'POST' && route.name.startsWith('POST announcements (') ? [201] : route.method === 'DELETE' && route.fresh ? [204] : [200];
  if (route.notFound?.includes(role)) return [404];
  // the recall is tried by every role: editors may, but the second one finds it recalled
  if (route.name.includes('recall') && editors.includes(role)) return [200, 409];
  return [403];
}

async function call(agent: Agent, route: Route, i: (typeof ids)['A']) {
  const fresh = route.fresh ? (await w.agents.super.post('announcements', announcementBody(p, { action: 'draft' }))).body.id : '';
  return agent.json(route.method, `/api/s/A-001/${route.path(i, fresh)}`, route.body?.());
}

describe.each(ROUTES)('$name', (route) => {
  it.each(NOTICE_ROLES)('as %s', async (role) => {
    const res = await call(w.agents[role], route, ids.A);
    expect(expected(route, role)).toContain(res.status);
  });
});

describe('tenant isolation', () => {
  it.each(ROUTES.filter((r) => r.byId && !r.fresh))('school B ids through school A are 404: $name', async (route) => {
    const who = route.allowed.includes('teacher') ? w.agents.teacher : w.agents.creator;
    expect((await call(who, route, ids.B)).status).toBe(404);
  });

  it('a department, member or tag of school B in a send range is 404 naming the field, and nothing changes', async () => {
    const b = w.places['B-002'];
    const before = await tableCounts(w.env, 'A-001');
    for (const [range, field] of [
      [{ departmentIds: [b.primary] }, 'range.departmentIds.0'],
      [{ memberIds: [w.B.members.teacher] }, 'range.memberIds.0'],
      [{ tagIds: [b.adminTag] }, 'range.tagIds.0'],
    ] as const) {
      const res = await w.agents.super.post('announcements', announcementBody(p, { range }));
      expect([res.status, res.body.error.field]).toEqual([404, field]);
    }
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });
});

describe('X-03 bad input changes nothing', () => {
  const counts = async () => {
    const { db } = await w.env.ctx('A-001');
    return { ...(await tableCounts(w.env, 'A-001')), announcements: await db.$count(announcements), recipients: await db.$count(announcementRecipients) };
  };
  it.each([
    ['an empty range when sending', () => announcementBody(p, { range: {} }), 400, 'announcement_no_recipients', 'range'],
    ['a range of nobody active (a parent as member)', () => announcementBody(p, { range: { memberIds: [w.A.members.parents['66000101']] } }), 404, 'not_found', 'range.memberIds.0'],
    ['a schedule without its time', () => announcementBody(p, { action: 'schedule' }), 400, 'invalid_field', 'scheduledAt'],
    ['a schedule in the past', () => announcementBody(p, { action: 'schedule', scheduledAt: '2020-01-01T00:00:00Z' }), 400, 'notice_schedule_past', 'scheduledAt'],
    ['an unknown share setting', () => announcementBody(p, { share: 'public' }), 400, 'invalid_field', 'share'],
    ['an unknown field', () => announcementBody(p, { status: 'sent' }), 400, 'unknown_field', 'status'],
    ['a missing title', () => announcementBody(p, { title: '' }), 400, 'invalid_field', 'title'],
  ])('%s', async (_, body, status, code, field) => {
    const before = await counts();
    const res = await w.agents.super.post('announcements', body());
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, field });
    expect(await counts()).toEqual(before);
  });

  it('a cover that is not an image, or not the writer’s, is refused by name', async () => {
    const text = await upload(w.agents.super, 'notes.txt', 'text');
    const others = await upload(w.agents.teacher, 'photo.png');
    const before = await counts();
    const notImage = await w.agents.super.post('announcements', announcementBody(p, { coverFileId: text }));
    expect([notImage.status, notImage.body.error.field]).toEqual([415, 'coverFileId']);
    const notMine = await w.agents.super.post('announcements', announcementBody(p, { coverFileId: others }));
    expect([notMine.status, notMine.body.error.field]).toEqual([404, 'coverFileId']);
    const attachment = await w.agents.super.post('announcements', announcementBody(p, { attachmentIds: [text, others] }));
    expect([attachment.status, attachment.body.error.field]).toEqual([404, 'attachmentIds.1']);
    expect(await counts()).toEqual(before);
  });

  it('a shared link that is not one is 404', async () => {
    expect((await w.env.agent('A-001').get('announcements/shared/0000000000000000')).status).toBe(404);
  });
});
