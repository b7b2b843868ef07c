import { expect } from 'vitest';
import { b01Rows, b01Updates, b01Uploads, campuses, classes, grades, students } from '../../../db/schema';
import { seedSchool, type SchoolFixture } from '../home-school/fixture';
import { demoBureauData } from '../platform/bureau/demo';
import { createStaticBureau } from '../platform/bureau/static';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';

/**
 * Promotion tests run on the demo school (its 2026/2027 classes) with a bureau that also
 * holds the 2027/2028 B08 table (the same classes a year on), and a second school C-001.
 */
export const NEXT_YEAR = '2027/2028';

export function promotionBureau() {
  const data = demoBureauData();
  const b08 = data.schools['B-888'].b08['2026/2027'];
  data.schools['B-888'].b08[NEXT_YEAR] = b08;
  data.schools['C-001'] = { students: [], b08: { [NEXT_YEAR]: b08.slice(0, 3) }, calendar: {} };
  return createStaticBureau(data);
}

export async function promotionEnv(codes = ['B-888', 'C-001']): Promise<{ env: TestEnv; schools: SchoolFixture[] }> {
  const env = await createTestEnv({ bureau: promotionBureau() });
  const schools = [];
  for (const code of codes) schools.push(await seedSchool(env, code));
  return { env, schools };
}

/** 從教青局同步 then 同步到智慧校園 for a year into the school's campus 本校. */
export async function syncYear(a: Agent, f: SchoolFixture, schoolYear = NEXT_YEAR, extra: Partial<{ language: string; separateParentClasses: boolean }> = {}) {
  expect((await a.post('promotion/b08/fetch', { schoolYear })).status).toBe(200);
  const res = await a.post('promotion/b08/sync', { schoolYear, campusId: f.hs.campusId, language: 'zh-Hant', separateParentClasses: false, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Row counts of everything promotion may change. */
export async function promotionCounts(env: TestEnv, code = 'B-888') {
  const { db } = await env.ctx(code);
  return {
    campuses: await db.$count(campuses),
    grades: await db.$count(grades),
    classes: await db.$count(classes),
    students: await db.$count(students),
    uploads: await db.$count(b01Uploads),
    rows: await db.$count(b01Rows),
    updates: await db.$count(b01Updates),
  };
}

/** Where each student is: name → class name (or status when without a class). */
export async function placement(env: TestEnv, code = 'B-888'): Promise<Record<string, string>> {
  const { db } = await env.ctx(code);
  const rows = await db.select({ name: students.name, classId: students.classId, status: students.status }).from(students).all();
  const names = new Map((await db.select({ id: classes.id, name: classes.name, year: classes.schoolYear }).from(classes).all()).map((c) => [c.id, `${c.name} ${c.year}`]));
  return Object.fromEntries(rows.map((r) => [r.name, r.classId ? (names.get(r.classId) ?? '?') : r.status]));
}
