import { eq } from 'drizzle-orm';
import { operators } from '../control/schema';
import { members } from '../schema';
import { seedDemoApps } from './demo-apps';
import { seedDemoDepartments } from './demo-departments';
import { seedDemoHomeSchool } from './demo-home-school';
import { seedDemoHomework } from './demo-homework';
import { seedDemoHomeworkBank } from './demo-homework-bank';
import { seedDemoNotices } from './demo-notices';
import { seedDemoSite } from './demo-site';
import type { Deps } from '../../api/src/deps';
import { systemContext } from '../../api/src/lib/context';
import { hashPassword } from '../../api/src/lib/crypto';
import { newId } from '../../api/src/lib/ids';
import { insertMember } from '../../api/src/members/insert-member';
import { enqueueMessages } from '../../api/src/messages/enqueue';
import { provisionSchool } from '../../api/src/operator/provision-school';

export const DEMO_SCHOOL = 'B-888';
export const DEMO_PASSWORD = 'demo1234';

/** The demo sign-ins `npm start` prints. */
export const DEMO_SIGN_INS = [
  { who: '創建人 陳校長 (back-office)', login: 'admin', password: DEMO_PASSWORD },
  { who: '老師 李老師 (back-office)', login: 'teacher', password: DEMO_PASSWORD },
  { who: '家長 黃爸爸 (mobile, SMS code)', login: '+853 66000101', password: null },
  { who: '學生 黃小明 (mobile, SMS code)', login: '+853 66000201', password: null },
  { who: 'platform operator (/api/operator)', login: 'operator', password: DEMO_PASSWORD },
];

const STAFF = [
  { name: '李老師', account: 'teacher', phone: '66000002', isTeacher: true },
  { name: '張老師', account: 'zhang', phone: '66000003', isTeacher: true },
  { name: '何主任', account: 'ho', phone: '66000004', isTeacher: true, isStaff: true, adminRole: 'super' as const },
  { name: '梁文員', account: 'leung', phone: '66000005', isStaff: true },
];
const FAMILIES = [
  { parent: '黃爸爸', parentPhone: '66000101', student: '黃小明', studentPhone: '66000201' },
  { parent: '陳媽媽', parentPhone: '66000102', student: '陳嘉欣', studentPhone: '66000202' },
  { parent: '林爸爸', parentPhone: '66000103', student: '林子軒', studentPhone: '66000203' },
  { parent: '吳媽媽', parentPhone: '66000104', student: '吳思穎', studentPhone: null },
];

/**
 * Seeds the demo school B-888 (澳門示範學校) and the demo operator, once: a second call
 * finds the school and does nothing.
 */
export async function seedDemo(deps: Deps): Promise<boolean> {
  if (await deps.registry.row(DEMO_SCHOOL)) return false;
  const school = await provisionSchool(deps, {
    code: DEMO_SCHOOL,
    nameZh: '澳門示範學校',
    nameEn: 'Macao Demo School',
    namePt: 'Escola de Demonstração de Macau',
    creator: { name: '陳校長', account: 'admin', areaCode: '853', phone: '66000001', password: DEMO_PASSWORD },
  });
  const { db } = await deps.schools.get(DEMO_SCHOOL);
  const now = deps.clock.now();
  const ctx = systemContext(deps, school, db);
  await db.transaction(async (tx) => {
    const creator = await tx.select({ id: members.id }).from(members).where(eq(members.adminRole, 'creator')).get();
    const byAccount: Record<string, string> = { admin: creator?.id ?? '' };
    const parents: Record<string, string> = {};
    const students: Record<string, string> = {};
    for (const s of STAFF) byAccount[s.account] = await insertMember(tx, { kind: 'staff', password: DEMO_PASSWORD, ...s }, now);
    for (const f of FAMILIES) {
      parents[f.parentPhone] = await insertMember(tx, { kind: 'parent', name: f.parent, phone: f.parentPhone }, now);
      if (f.studentPhone) students[f.studentPhone] = await insertMember(tx, { kind: 'student', name: f.student, phone: f.studentPhone }, now);
    }
    await seedDemoDepartments(tx, now, byAccount);
    const hs = await seedDemoHomeSchool(tx, now, { teacher: byAccount.teacher, zhang: byAccount.zhang, parents, students });
    await seedDemoHomeworkBank(tx, now, { teacher: { id: byAccount.teacher, name: '李老師' }, subjects: hs.subjects });
    await seedDemoHomework(tx, ctx, { teacher: { id: byAccount.teacher, name: '李老師' }, classes: hs.classes, students: hs.students });
    await seedDemoApps(tx, now);
    await seedDemoNotices(tx, ctx, { admin: { id: byAccount.admin, name: '陳校長' }, teacher: { id: byAccount.teacher, name: '李老師' }, classes: hs.classes });
    await seedDemoSite(tx, now, { admin: byAccount.admin, teacher: byAccount.teacher, zhang: byAccount.zhang }, { schoolCode: DEMO_SCHOOL, store: deps.platform.files });
    await enqueueMessages(
      tx,
      ctx,
      [...Object.values(byAccount), ...Object.values(parents), ...Object.values(students)].map((memberId) => ({
        memberId,
        dedupeKey: 'demo:welcome',
        source: 'system',
        title: '歡迎使用智慧校園',
        body: '學校的通知、功課、請假和考勤訊息都會在這裏出現。',
      })),
    );
  });
  const existing = await deps.control.db.select().from(operators).where(eq(operators.account, 'operator')).get();
  if (!existing) {
    await deps.control.db.insert(operators).values({
      id: newId(now.getTime()),
      account: 'operator',
      name: '平台營運',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      createdAt: now,
    });
  }
  return true;
}
