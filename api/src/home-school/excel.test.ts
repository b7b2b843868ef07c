import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardians, members, students } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { type Role, type SchoolFixture, seedSchool, signInAll } from './fixture';
import { HEADERS } from './student-sheet';

let env: TestEnv;
let f: SchoolFixture;
let agents: Record<Role, Agent>;
let admin: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  f = await seedSchool(env, 'B-888');
  agents = await signInAll(env, 'B-888');
  admin = agents.super;
});
afterAll(() => env.close());

async function counts() {
  const { db } = await env.ctx('B-888');
  return { students: await db.$count(students), guardians: await db.$count(guardians), members: await db.$count(members), audit: await db.$count(auditLog) };
}

async function open(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: string[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return out;
};

/** An .xlsx with the given rows under the standard headers (or other headers). */
async function sheet(rows: (string | number)[][], headers: readonly string[] = HEADERS): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('學生家長');
  ws.addRow([...headers]);
  ws.addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const upload = (a: Agent, bytes: Uint8Array<ArrayBuffer>) =>
  a.raw('POST', 'home-school/students/import', {
    body: bytes,
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });

describe('X-05 Excel export', () => {
  it('X-05 exports one row per guardian under the screen’s headers; a student without guardians still has a row', async () => {
    await admin.post('home-school/students', { name: '孤兒', classId: f.hs.classes['小三甲班'] });
    const res = await admin.raw('GET', `home-school/students/export.xlsx?classId=${f.hs.classes['小三甲班']}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent((res.headers.get('content-disposition') ?? '').split("UTF-8''")[1])).toBe('小三甲班-學生家長.xlsx');
    const wb = await open(res);
    const rows = rowsOf(wb.worksheets[0]);
    expect(wb.worksheets[0].name).toBe('學生家長');
    expect(rows[0]).toEqual([...HEADERS]);
    expect(rows.slice(1)).toEqual([
      ['本校', '小三', '小三甲班', '孤兒', '', '', '', '', '', ''],
      ['本校', '小三', '小三甲班', '陳嘉欣', '1234567-2', '2018-07-02', '陳嘉欣', '本人', '+853 66000202', '已加入'],
      ['本校', '小三', '小三甲班', '陳嘉欣', '1234567-2', '2018-07-02', '陳媽媽', '媽媽', '+853 66000102', '已加入'],
      ['本校', '小三', '小三甲班', '黃小明', '1234567-1', '2018-03-12', '黃小明', '本人', '+853 66000201', '已加入'],
      ['本校', '小三', '小三甲班', '黃小明', '1234567-1', '2018-03-12', '黃爸爸', '爸爸', '+853 66000101', '已加入'],
    ]);
  });

  it('X-05 a scoped admin’s export holds only its classes', async () => {
    const wb = await open(await agents.scopedIn.raw('GET', 'home-school/students/export.xlsx'));
    expect(new Set(rowsOf(wb.worksheets[0]).slice(1).map((r) => r[2]))).toEqual(new Set(['小三甲班']));
    const out = await agents.scopedOut.raw('GET', `home-school/students/export.xlsx?classId=${f.hs.classes['小三甲班']}`);
    expect(out.status).toBe(404);
  });

  it('the import template has the headers and lists the classes one may use', async () => {
    const wb = await open(await agents.scopedIn.raw('GET', 'home-school/students/import-template.xlsx'));
    expect(rowsOf(wb.worksheets[0])).toEqual([[...HEADERS]]);
    const notes = rowsOf(wb.getWorksheet('說明') as ExcelJS.Worksheet);
    expect(notes.at(-1)).toEqual(['本校', '小三', '小三甲班']);
  });
});

describe('CT-02 Excel import', () => {
  it('CT-02 X-03 every bad row is reported (row, field, reason) and nothing changes', async () => {
    const before = await counts();
    const bytes = await sheet([
      ['本校', '小三', '小三甲班', '好學生', '3000000-1', '2018-01-01', '好爸爸', '爸爸', '+853 66200001', ''],
      ['本校', '小三', '小九班', '甲', '3000000-2', '', '', '', '', ''],
      ['', '', '小三甲班', '乙', '300000-3', '', '', '', '', ''],
      ['', '', '小三甲班', '丙', 'XX1234', '', '', '', '', ''],
      ['', '', '小三甲班', '丁', '', '2018-13-01', '', '', '', ''],
      ['', '', '小三甲班', '戊', '', '', '戊爸', '叔叔', '66200002', ''],
      ['', '', '小三甲班', '己', '', '', '己爸', '爸爸', '1234', ''],
      ['', '', '小三甲班', '庚', '1234567-1', '', '', '', '', ''],
      ['', '', '小三甲班', '辛', '3000000-1', '', '', '', '', ''],
      ['', '', '小三甲班', '壬', '', '', '李老師', '爸爸', '66000002', ''],
      ['', '', '小三甲班', '', '', '', '', '', '', ''.padEnd(1, ' ')],
      ['', '', '', '', '', '', '孤兒爸', '', '', ''],
    ]);
    const res = await upload(admin, bytes);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('import_invalid');
    expect(body.error.rows.map((r: { row: number; field: string; reason: string }) => [r.row, r.field, r.reason])).toEqual([
      [3, '班級', 'unknown_class'],
      [4, '教育證編號', 'bad_education_id'],
      [5, '教育證編號', 'bad_temp_number'],
      [6, '出生日期', 'bad_birth_date'],
      [7, '關係', 'unknown_relation'],
      [8, '家長手機', 'bad_phone'],
      [9, '教育證編號', 'education_id_exists'],
      [10, '教育證編號', 'duplicate_education_id'],
      [11, '家長手機', 'staff_phone'],
      [12, '學生姓名', 'missing'],
      [13, '班級', 'missing'],
      [13, '學生姓名', 'missing'],
      [13, '關係', 'missing'],
      [13, '家長手機', 'missing'],
    ]);
    expect(body.error.rows[0].message).toBe('找不到此班級');
    expect(body.error.message).toBe('匯入檔案有 14 處錯誤，沒有任何資料被更改');
    expect(await counts()).toEqual(before);
  });

  it('X-03 a file without the headers, or not a spreadsheet, changes nothing', async () => {
    const before = await counts();
    const noHeaders = await upload(admin, await sheet([['本校']], ['校部', '年級']));
    const body = await noHeaders.json();
    expect(body.error.rows.map((r: { field: string }) => r.field)).toEqual(['班級', '學生姓名', '教育證編號', '出生日期', '家長姓名', '關係', '家長手機']);
    expect((await upload(admin, new TextEncoder().encode('hello'))).status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('CT-02 imports students, new and existing parents (one per phone), 本人, in one go, audited with counts', async () => {
    const before = await counts();
    const res = await upload(
      agents.scopedIn,
      await sheet([
        ['本校', '小三', '小三甲班', '周小文', '3100000-1', 20180102, '周爸爸', '爸爸', '+853 66300001', ''],
        ['本校', '小三', '小三甲班', '周小文', '3100000-1', 20180102, '周小文', '本人', '66300002', ''],
        ['', '', '小三甲班', '周小武', 'xx22222', '2019/5/6', '周爸爸', '爸爸', '853-6630-0001', ''],
        ['', '', '小三甲班', '陳三妹', '', '', '陳媽媽', '媽媽', 66000102, ''],
      ]),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ students: 3, guardians: 4, newMembers: 2, reusedMembers: 1 });
    expect(await counts()).toEqual({ students: before.students + 3, guardians: before.guardians + 4, members: before.members + 2, audit: before.audit + 1 });
    const list = await admin.get('home-school/students?q=周');
    const wen = list.body.items.find((s: { name: string }) => s.name === '周小文');
    expect(wen).toMatchObject({ educationId: '3100000-1', birthDate: '2018-01-02' });
    expect(wen.memberId).toBe(wen.guardians.find((g: { relation: string }) => g.relation === '本人').memberId);
    const wu = list.body.items.find((s: { name: string }) => s.name === '周小武');
    expect(wu).toMatchObject({ tempNumber: 'XX22222', birthDate: '2019-05-06' });
    expect(wu.guardians[0].memberId).toBe(wen.guardians.find((g: { relation: string }) => g.relation === '爸爸').memberId);
    const sister = (await admin.get('home-school/students?q=陳三妹')).body.items[0];
    expect(sister.guardians[0]).toMatchObject({ memberId: f.members.parents['66000102'], name: '陳媽媽', relation: '媽媽' });
    const { db } = await env.ctx('B-888');
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'students.import')).get();
    expect(audit?.after).toEqual({ rows: 4, students: 3, guardians: 4, newMembers: 2, reusedMembers: 1 });
  });

  it('CT-02 a scoped admin cannot import into classes outside its scope', async () => {
    const res = await upload(agents.scopedIn, await sheet([['', '', '小一甲班', '越界', '', '', '', '', '', '']]));
    expect((await res.json()).error.rows).toEqual([expect.objectContaining({ row: 2, field: '班級', reason: 'unknown_class' })]);
  });

  it('CT-02 imports 3,000 rows (1,500 students, 3,000 guardians) in one transaction', async () => {
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 1500; i++) {
      const id = `${4000000 + i}-${i % 10}`;
      const cls = ['小四甲班', '小四乙班', '小五甲班'][i % 3];
      rows.push(['本校', '', cls, `學生${i}`, id, '2017-09-01', `爸爸${i}`, '爸爸', `+853 67${String(i).padStart(6, '0')}`, '']);
      rows.push(['本校', '', cls, `學生${i}`, id, '2017-09-01', `媽媽${i}`, '媽媽', `+853 68${String(i).padStart(6, '0')}`, '']);
    }
    const before = await counts();
    const res = await upload(admin, await sheet(rows));
    expect(await res.json()).toEqual({ students: 1500, guardians: 3000, newMembers: 3000, reusedMembers: 0 });
    expect(await counts()).toEqual({ students: before.students + 1500, guardians: before.guardians + 3000, members: before.members + 3000, audit: before.audit + 1 });
    const tree = await admin.get('home-school/tree');
    const p4a = tree.body.campuses[0].grades.flatMap((g: { classes: unknown[] }) => g.classes).find((c: { name: string }) => c.name === '小四甲班');
    expect(p4a).toMatchObject({ studentCount: 500, joinedCount: 0, parentCount: 1000 });
  });
});
