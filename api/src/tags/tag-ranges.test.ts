import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementRecipients, announcements, appVisibility, auditLog, memberTags, tags } from '../../../db/schema';
import { seedDemoApps } from '../../../db/seed/demo-apps';
import { HOUR } from '../lib/clock';
import { type Role, type SchoolIds, seedSchool, signInAll } from '../roles/test-school';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

const A = 'A-001';

/**
 * Tags at work: the visible range of an app (APP-01, shown on the workbench of APP-02) and the
 * send range of an announcement (ANN-01) name tags by id; deleting a tag takes it out of them.
 */
describe('APP-01 APP-02 ANN-01 ranges by tag', () => {
  let env: TestEnv;
  let agents: Record<Role, Agent>;
  let ids: SchoolIds;
  beforeAll(async () => {
    env = await createTestEnv();
    ids = await seedSchool(env, A);
    const { db } = await env.deps.schools.get(A);
    await db.transaction((tx) => seedDemoApps(tx, env.clock.now()));
    agents = await signInAll(env, A);
  });
  afterAll(() => env.close());

  const db = async () => (await env.deps.schools.get(A)).db;
  const workbench = async (who: Role): Promise<string[]> =>
    (await agents[who].get('apps/workbench')).body.groups.flatMap((g: { apps: { key: string }[] }) => g.apps.map((a) => a.key));
  const setRange = async (key: string, visibleRange: object) => expect((await agents.creator.patch(`apps/${key}`, { visibleRange })).status).toBe(200);
  const rangeOf = async (key: string) => (await agents.creator.get('apps?pageSize=100')).body.items.find((a: { key: string }) => a.key === key).visibleRange;
  const newTag = async (name: string, memberIds: string[]) => {
    const tag = (await agents.creator.post('tags', { name })).body;
    if (memberIds.length) expect((await agents.creator.post(`tags/${tag.id}/members`, { memberIds })).status).toBe(200);
    return tag.id as string;
  };
  const announce = async (range: object, action: 'draft' | 'send' | 'schedule', title = '級組會議') => {
    const res = await agents.creator.post('announcements', {
      title,
      body: '<p>星期三放學後開會。</p>',
      range: { departmentIds: [], memberIds: [], tagIds: [], ...range },
      action,
      ...(action === 'schedule' ? { scheduledAt: new Date(env.clock.now().getTime() + 2 * HOUR).toISOString() } : {}),
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const storedRange = async (id: string) => (await (await db()).select().from(announcements).where(eq(announcements.id, id)).get())?.range;

  it('APP-01 APP-02 an app whose visible range is a tag shows on the workbench of the members with the tag only', async () => {
    const leaders = await newTag('級組長', [ids.teacher]);
    await setRange('attendance', { tagIds: [leaders] });
    expect(await workbench('teacher')).toContain('attendance');
    expect(await workbench('scopedIn')).not.toContain('attendance');
    // giving and taking the tag opens and closes the app
    expect((await agents.creator.post(`tags/${leaders}/members`, { memberIds: [ids.scopedIn] })).status).toBe(200);
    expect(await workbench('scopedIn')).toContain('attendance');
    expect((await agents.creator.delete(`tags/${leaders}/members/${ids.scopedIn}`)).status).toBe(204);
    expect(await workbench('scopedIn')).not.toContain('attendance');
    // a rename changes nothing of who sees it: ranges name tags by id
    expect((await agents.creator.patch(`tags/${leaders}`, { name: '級組長（初中）' })).status).toBe(200);
    expect(await workbench('teacher')).toContain('attendance');
    await setRange('attendance', {});
  });

  it('ANN-01 an announcement sent to a tag reaches the staff who carry it, once each', async () => {
    const committee = await newTag('校務委員', [ids.teacher, ids.super]);
    const id = await announce({ tagIds: [committee, ids.tag], memberIds: [ids.teacher] }, 'send');
    const reached = await (await db()).select({ id: announcementRecipients.memberId }).from(announcementRecipients).where(eq(announcementRecipients.announcementId, id)).all();
    expect(reached.map((r) => r.id).sort()).toEqual([ids.teacher, ids.super].sort());
  });

  it('CT-01 deleting a tag takes it out of visible ranges and unsent announcements in one change; sent ones keep their record', async () => {
    const tutors = await newTag('導師', [ids.teacher, ids.teacherOut]);
    await setRange('attendance', { departmentIds: [ids.deptOut], tagIds: [tutors] });
    await setRange('calendar', { tagIds: [tutors, ids.tag] });
    const draft = await announce({ tagIds: [tutors] }, 'draft');
    const scheduled = await announce({ departmentIds: [ids.deptIn], tagIds: [tutors] }, 'schedule');
    const sent = await announce({ tagIds: [tutors] }, 'send');
    expect(await workbench('teacher')).toContain('calendar');

    const res = await agents.creator.delete(`tags/${tutors}`);
    expect(res.status).toBe(204);
    expect(await rangeOf('attendance')).toEqual({ departmentIds: [ids.deptOut], memberIds: [], tagIds: [] });
    expect(await rangeOf('calendar')).toEqual({ departmentIds: [], memberIds: [], tagIds: [ids.tag] });
    expect((await storedRange(draft))?.tagIds).toEqual([]);
    expect(await storedRange(scheduled)).toEqual({ departmentIds: [ids.deptIn], memberIds: [], tagIds: [] });
    expect((await storedRange(sent))?.tagIds).toEqual([tutors]);
    const d = await db();
    expect(await d.select().from(memberTags).where(eq(memberTags.tagId, tutors)).all()).toEqual([]);
    expect(await d.select().from(tags).where(eq(tags.id, tutors)).all()).toEqual([]);
    const audit = await d.select().from(auditLog).where(eq(auditLog.action, 'tag.delete')).get();
    expect(audit?.before).toMatchObject({ name: '導師', apps: expect.arrayContaining(['attendance', 'calendar']), announcements: expect.arrayContaining([draft, scheduled]) });
    // the draft and the scheduled one can be edited again: their ranges name nothing gone
    expect((await agents.creator.json('PUT', `announcements/${scheduled}`, { title: '級組會議', body: '<p>改期</p>', range: await storedRange(scheduled), action: 'draft' })).status).toBe(200);
    // the teacher still sees 校曆 through the tag that stays in its range
    expect(await workbench('teacher')).toContain('calendar');
    await setRange('attendance', {});
    await setRange('calendar', {});
  });

  it('CT-01 deleting the only tag of a visible range or of a scheduled send is refused, and nothing changes', async () => {
    const night = await newTag('夜校', [ids.teacher]);
    await setRange('support', { tagIds: [night] });
    const snapshot = async () => {
      const d = await db();
      return {
        tags: await d.select().from(tags).all(),
        memberTags: await d.select().from(memberTags).all(),
        visibility: await d.select().from(appVisibility).all(),
        ranges: await d.select({ id: announcements.id, range: announcements.range }).from(announcements).all(),
        audit: await d.$count(auditLog),
      };
    };
    const before = await snapshot();
    const refused = await agents.creator.delete(`tags/${night}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'tag_sole_range', apps: ['support'], announcements: [] });
    expect(refused.body.error.message).toBe('應用「支援系統」的範圍只有標籤「夜校」，刪除後範圍會變空。請先修改範圍再刪除');
    expect(await snapshot()).toEqual(before);
    // the app is not opened to everyone behind the admin's back
    expect(await workbench('scopedIn')).not.toContain('support');

    await setRange('support', { departmentIds: [ids.deptIn], tagIds: [night] });
    const lonely = await announce({ tagIds: [night] }, 'schedule', '夜校開學');
    const again = await agents.creator.delete(`tags/${night}`);
    expect(again.body.error).toMatchObject({ code: 'tag_sole_range', apps: [], announcements: [lonely] });
    agents.creator.language = 'en';
    expect((await agents.creator.delete(`tags/${night}`)).body.error.message).toBe('The range of the scheduled announcement “夜校開學” holds only the tag "夜校"; deleting it would leave that range empty. Change the range first');
    agents.creator.language = 'zh-Hant';
    expect(again.body.error.message).toContain('定時公告「夜校開學」');

    expect((await agents.creator.delete(`announcements/${lonely}`)).status).toBe(204);
    expect((await agents.creator.delete(`tags/${night}`)).status).toBe(204);
    expect(await rangeOf('support')).toEqual({ departmentIds: [ids.deptIn], memberIds: [], tagIds: [] });
    await setRange('support', {});
  });
});
