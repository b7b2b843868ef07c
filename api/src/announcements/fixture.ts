import { eq } from 'drizzle-orm';
import { departments, members, memberTags, tags } from '../../../db/schema';
import { seedDemoDepartments } from '../../../db/seed/demo-departments';
import type { SchoolFixture } from '../home-school/fixture';
import { newId } from '../lib/ids';
import { type NoticeWorld, noticeWorld } from '../notices/fixture';
import type { TestEnv } from '../test/harness';

/**
 * The notice world's two schools with the demo department tree: 小學部 holds 中文科組 (李老師)
 * and 數學科組 (張老師); 校長室 the creator; 總務處 梁文員 (the clerk); and a tag 管理員 on the
 * super admin and the creator.
 */
export interface StaffPlaces {
  creator: string;
  primary: string;
  principal: string;
  general: string;
  adminTag: string;
}
export type AnnouncementWorld = NoticeWorld & { places: Record<string, StaffPlaces> };

async function placeStaff(env: TestEnv, f: SchoolFixture): Promise<StaffPlaces> {
  const { db } = await env.ctx(f.code);
  const creator = (await db.select({ id: members.id }).from(members).where(eq(members.adminRole, 'creator')).get())?.id ?? '';
  const now = env.clock.now();
  const adminTag = newId();
  await db.transaction(async (tx) => {
    await seedDemoDepartments(tx, now, { admin: creator, teacher: f.members.teacher, zhang: f.members.zhang, leung: f.members.clerk });
    await tx.insert(tags).values({ id: adminTag, name: '管理員', createdAt: now });
    await tx.insert(memberTags).values([
      { memberId: f.members.super, tagId: adminTag },
      { memberId: creator, tagId: adminTag },
    ]);
  });
  const byName = async (name: string) => (await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name)).get())?.id ?? '';
  return { creator, primary: await byName('小學部'), principal: await byName('校長室'), general: await byName('總務處'), adminTag };
}

export async function announcementWorld(): Promise<AnnouncementWorld> {
  const w = await noticeWorld();
  return { ...w, places: { [w.A.code]: await placeStaff(w.env, w.A), [w.B.code]: await placeStaff(w.env, w.B) } };
}

/** An announcement body: sent now to 小學部 unless the test says otherwise. */
export function announcementBody(p: StaffPlaces, over: Record<string, unknown> = {}) {
  return { title: '年級大會', body: '<p>明天下午14:00, 在學術中心2樓大會議室舉行年級大會。</p>', range: { departmentIds: [p.primary] }, action: 'send', ...over };
}

export { upload } from '../notices/fixture';
