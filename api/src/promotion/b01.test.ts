import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardians, subscriptions } from '../../../db/schema';
import { ROLES, type Role, type SchoolFixture, signInAll } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';
import { NEXT_YEAR, placement, promotionCounts, promotionEnv, syncYear } from './test-school';

/** PRM-04, PRM-05, PRM-07: 按B01表更新通訊錄年級班別, with the sample file of docs/. */

const SAMPLE = JSON.parse(readFileSync(join(__dirname, '../../../docs/samples/b01-sample.json'), 'utf8'));

let env: TestEnv;
let B: SchoolFixture;
let agents: Record<Role, Agent>;

beforeAll(async () => {
  ({ env, schools: [B] } = await promotionEnv());
  agents = await signInAll(env, 'B-888');
  // the sample moves students into 小三丙班, which only the B08 sync of 2026/2027 makes
  await syncYear(agents.super, B, '2026/2027');
});
afterAll(() => env.close());

const record = (over: Record<string, unknown> = {}) => ({ educationId: '1234567-1', name: '黃小明', gradeCode: 'P4', className: '小四甲班', ...over });
const file = (students: unknown[], over: Record<string, unknown> = {}) => ({ form: 'DSEDJ-B01', schoolCode: 'B-888', schoolYear: NEXT_YEAR, students, ...over });

describe('PRM-07 a malformed file is refused whole', () => {
  it.each([
    ['another form', file([record()], { form: 'DSEDJ-B07' }), 'form'],
    ['another school', file([record()], { schoolCode: 'C-001' }), 'schoolCode'],
    ['a school year of the wrong form', file([record()], { schoolYear: '2027' }), 'schoolYear'],
    ['no students', file([]), 'students'],
    ['a record without its class', file([record(), { educationId: '1234567-2', name: '陳嘉欣', gradeCode: 'P4' }]), 'students.1.className'],
    ['a number where text belongs', file([record({ name: 42 })]), 'students.0.name'],
    ['a record that is not an object', file([record(), 'x']), 'students.1'],
  ])('PRM-07 %s: 400 listing the first errors, nothing stored', async (_, body, field) => {
    const before = await promotionCounts(env);
    const res = await agents.super.post('promotion/b01/upload', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'import_invalid', field });
    expect(res.body.error.message).toMatch(/沒有任何資料被更改/);
    expect(res.body.error.errors[0]).toMatchObject({ field, message: expect.any(String) });
    expect(await promotionCounts(env)).toEqual(before);
  });

  it('PRM-07 many errors: the first twenty are listed with the total count', async () => {
    const bad = Array.from({ length: 30 }, () => ({ educationId: 1 }));
    const res = await agents.super.post('promotion/b01/upload', file(bad));
    expect(res.body.error.errors).toHaveLength(20);
    expect(res.body.error.message).toMatch(/^匯入檔案有 \d+ 處錯誤/);
  });

  it('not JSON at all is a 400', async () => {
    const res = await agents.super.raw('POST', 'promotion/b01/upload', { body: '{"form":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
  });
});

describe('PRM-04 preview, PRM-05 apply, undo', () => {
  let uploadId: string;

  it('PRM-04 the sample file: per class the uploaded count, the anomaly count and its reasons', async () => {
    const before = await placement(env);
    const res = await agents.super.post('promotion/b01/upload', SAMPLE);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    uploadId = res.body.upload.id;
    expect(res.body.upload).toMatchObject({ schoolYear: '2026/2027', total: 8, anomalyCount: 3, by: { name: '超管' } });
    expect(res.body.applied).toBeNull();
    const byClass = Object.fromEntries(res.body.classes.map((c: { className: string; uploaded: number; anomalies: number }) => [c.className, [c.uploaded, c.anomalies]]));
    expect(byClass).toEqual({ 小一乙班: [2, 1], 小一戊班: [1, 1], 小三乙班: [2, 0], 小三丙班: [2, 0], 小四甲班: [1, 1] });
    const unknown = res.body.classes.find((c: { className: string }) => c.className === '小一戊班');
    expect(unknown.reasons.map((r: { code: string; label: string }) => `${r.code}:${r.label}`)).toEqual(['unknown_class:班別不存在（未按B08表同步）', 'not_subscribed:學生未訂閱']);
    expect(res.body.classes[0].gradeCode).toBe('P1');
    // nothing moved yet
    expect(await placement(env)).toEqual(before);
    expect((await agents.super.get('promotion/b01/preview')).body).toEqual(res.body);
  });

  it('PRM-04 drill into a class: the students of the last file there, where they are now', async () => {
    const res = await agents.super.get(`promotion/b01/preview/students?gradeCode=P3&className=${encodeURIComponent('小三丙班')}`);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((s: { name: string; currentClassName: string }) => `${s.name}:${s.currentClassName}`)).toEqual(['黃小明:小三甲班', '吳思穎:小三乙班']);
    const odd = await agents.super.get('promotion/b01/preview/students?anomaly=1');
    expect(odd.body.items.map((s: { name: string; anomalies: { code: string }[] }) => `${s.name}:${s.anomalies.map((a) => a.code).join('+')}`)).toEqual([
      '陳家豪:not_subscribed',
      '陳家怡:unknown_class+not_subscribed',
      '黃梓晴:malformed',
    ]);
    expect((await agents.super.get('promotion/b01/preview/students?q=陳&pageSize=2')).body).toMatchObject({ total: 4, pageSize: 2 });
  });

  it('PRM-04 X-05 the preview exports to Excel with the screen’s headers', async () => {
    const res = await agents.super.raw('GET', 'promotion/b01/preview.xlsx');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const summary = book.getWorksheet('預覽結果');
    expect(summary?.getRow(1).values).toEqual([undefined, '年級', '班別', '上傳人數', '異常數', '異常原因']);
    expect(summary?.rowCount).toBe(6);
    const list = book.getWorksheet('學生名單');
    expect(list?.getRow(1).values).toEqual([undefined, '年級', '班別', '學號', '學生姓名', '教育證編號', '異常原因']);
    expect(list?.rowCount).toBe(9);
  });

  it('PRM-05 確認更新通訊錄 moves the students in one go and logs who, when and the counts; twice is refused', async () => {
    const { db } = await env.ctx('B-888');
    const links = await db.$count(guardians);
    const res = await agents.super.post('promotion/b01/apply', { uploadId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ kind: 'apply', counts: { total: 8, moved: 4, unchanged: 1, skipped: 3 }, by: { name: '超管' } });
    expect(await placement(env)).toMatchObject({
      黃小明: '小三丙班 2026/2027',
      陳嘉欣: '小三乙班 2026/2027',
      陳嘉豪: '小一乙班 2026/2027',
      林子軒: '小三乙班 2026/2027',
      吳思穎: '小三丙班 2026/2027',
    });
    // SUB-06: families keep their subscription through a class change
    expect(await db.$count(guardians)).toBe(links);
    expect((await agents.super.get('promotion/b01/preview')).body.applied).toMatchObject({ updateId: res.body.id });
    expect((await agents.super.post('promotion/b01/apply', { uploadId })).body.error).toMatchObject({ code: 'b01_applied', field: 'uploadId' });
    const log = await agents.super.get('promotion/b01/log');
    expect(log.body.items[0]).toMatchObject({ kind: 'apply', counts: { moved: 4 }, by: { name: '超管' } });
    expect(await db.$count(auditLog, eq(auditLog.action, 'promotion.b01-apply'))).toBe(1);
  });

  it('undo puts every student back and is logged; twice is refused', async () => {
    const res = await agents.creator.post('promotion/b01/undo');
    expect(res.body).toMatchObject({ kind: 'undo', counts: { restored: 4, skipped: 0 } });
    expect(await placement(env)).toMatchObject({ 黃小明: '小三甲班 2026/2027', 陳嘉欣: '小三甲班 2026/2027', 陳嘉豪: '小一甲班 2026/2027', 吳思穎: '小三乙班 2026/2027' });
    expect((await agents.creator.post('promotion/b01/undo')).body.error.code).toBe('b01_nothing_to_undo');
    const log = (await agents.super.get('promotion/b01/log')).body.items;
    expect(log.map((l: { kind: string }) => l.kind)).toEqual(['undo', 'apply']);
    expect(log[1].undoneAt).not.toBeNull();
  });

  it('PRM-05 a newer file: the old upload is stale; only the newest apply can be undone', async () => {
    env.clock.advance(60_000);
    expect((await agents.super.post('promotion/b01/apply', { uploadId })).status).toBe(200);
    env.clock.advance(60_000);
    const next = await agents.super.post('promotion/b01/upload', { ...SAMPLE, students: SAMPLE.students.slice(0, 2).map((s: Record<string, unknown>) => ({ ...s, className: '小三乙班' })) });
    expect(next.body.upload.anomalyCount).toBe(0);
    expect((await agents.super.post('promotion/b01/apply', { uploadId })).body.error).toMatchObject({ code: 'b01_stale', field: 'uploadId' });
    env.clock.advance(60_000);
    const second = await agents.super.post('promotion/b01/apply', { uploadId: next.body.upload.id });
    expect(second.body.counts).toMatchObject({ moved: 1, unchanged: 1 });
    env.clock.advance(60_000);
    await agents.super.post('promotion/b01/undo');
    // back to where the first apply had put 黃小明, not further
    expect((await placement(env))['黃小明']).toBe('小三丙班 2026/2027');
    expect((await agents.super.post('promotion/b01/undo')).body.error.code).toBe('b01_nothing_to_undo');
  });

  it('PRM-04 a card twice in one file is a duplicate both times and moves nobody', async () => {
    const res = await agents.super.post('promotion/b01/upload', { ...SAMPLE, students: [SAMPLE.students[0], { ...SAMPLE.students[0], className: '小三乙班' }] });
    expect(res.body.classes.map((c: { reasons: { code: string }[] }) => c.reasons.map((r) => r.code))).toEqual([['duplicate'], ['duplicate']]);
  });
});

describe('SUB-06 a new school year needs no new subscription', () => {
  it('PRM-01 + PRM-05 sync 2027/2028, upload its B01, apply: students sit in the new year’s classes with the same families', async () => {
    const { db } = await env.ctx('B-888');
    const subs = await db.$count(subscriptions);
    const links = await db.$count(guardians);
    await syncYear(agents.super, B, NEXT_YEAR);
    const up = await agents.super.post('promotion/b01/upload', file([record(), record({ educationId: '1234567-3', name: '陳嘉豪', gradeCode: 'P2', className: '小二甲班' })]));
    expect(up.body.upload.anomalyCount, JSON.stringify(up.body.classes)).toBe(0);
    await agents.super.post('promotion/b01/apply', { uploadId: up.body.upload.id });
    expect(await placement(env)).toMatchObject({ 黃小明: `小四甲班 ${NEXT_YEAR}`, 陳嘉豪: `小二甲班 ${NEXT_YEAR}` });
    expect([await db.$count(subscriptions), await db.$count(guardians)]).toEqual([subs, links]);
  });
});

describe('who may update through B01 (b01 app)', () => {
  const allowed: Role[] = ['super', 'creator'];
  const routes: [string, string, unknown?][] = [
    ['GET', 'promotion/b01/preview'],
    ['GET', 'promotion/b01/preview/students'],
    ['GET', 'promotion/b01/preview.xlsx'],
    ['GET', 'promotion/b01/log'],
    ['POST', 'promotion/b01/upload', { form: 'x' }],
    ['POST', 'promotion/b01/apply', { uploadId: 'none' }],
    ['POST', 'promotion/b01/undo', {}],
  ];
  it.each(ROLES)('%s', async (role) => {
    const before = await promotionCounts(env);
    for (const [method, path, body] of routes) {
      const res = await agents[role].json(method, path, body);
      if (role === 'anonymous') expect(res.status, path).toBe(401);
      else if (!allowed.includes(role)) expect(res.status, path).toBe(403);
      else expect(res.status, path).not.toBe(403);
    }
    if (!allowed.includes(role)) expect(await promotionCounts(env)).toEqual(before);
  });

  it('tenant isolation: an upload of school C applied through school B is 404 and changes nothing', async () => {
    const c = env.agent('C-001');
    await c.signIn('admin', 'password1');
    const upC = await c.post('promotion/b01/upload', file([record()], { schoolCode: 'C-001' }));
    expect(upC.status).toBe(201);
    const before = await promotionCounts(env);
    const res = await agents.super.post('promotion/b01/apply', { uploadId: upC.body.upload.id });
    expect(res.status).toBe(404);
    expect(res.body.error.field).toBe('uploadId');
    expect(await promotionCounts(env)).toEqual(before);
    expect((await c.get('promotion/b01/preview')).body.upload.id).toBe(upC.body.upload.id);
  });
});
