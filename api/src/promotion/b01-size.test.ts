import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, type SchoolFixture, signInAll } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import type { TestEnv } from '../test/harness';
import { B01_LIMIT } from './routes';
import { b01FileText, b01Records, DEMO_CLASSES } from './test-b01-file';
import { promotionCounts, promotionEnv } from './test-school';

/**
 * PRM-04 / PRM-07 at school size: a B01 export of 3,000 students (about 2.5 MB, over the
 * app's 1 MB JSON limit) uploads on its route's own 16 MB limit, and its preview lists — a
 * class, the anomaly list — can be read to the last record, page by page.
 */

let env: TestEnv;
let agents: Record<Role, Agent>;
let B: SchoolFixture;
const STUDENTS = 3_000;
// a class of 150 (more than a page of 100), the others spread over the remaining classes
const BIG_CLASS = 0;
const classOf = (i: number) => (i < 150 ? BIG_CLASS : 1 + (i % (DEMO_CLASSES.length - 1)));

beforeAll(async () => {
  ({ env, schools: [B] } = await promotionEnv(['B-888']));
  agents = await signInAll(env, 'B-888');
});
afterAll(() => env.close());

const upload = (body: string) => agents.super.raw('POST', 'promotion/b01/upload', { body, headers: { 'content-type': 'application/json' } });

/** Every record of a listing, page by page; the pages must not overlap. */
async function readAll(query: string, pageSize = 100): Promise<{ seq: number }[]> {
  const out: { seq: number }[] = [];
  for (let page = 1; ; page++) {
    const res = await agents.super.get(`promotion/b01/preview/students?${query}&pageSize=${pageSize}&page=${page}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    out.push(...res.body.items);
    if (res.body.items.length < pageSize) {
      expect(out).toHaveLength(res.body.total);
      return out;
    }
  }
}

describe('PRM-04 a 3,000-student B01 file', () => {
  let uploadId: string;

  it('PRM-04 a file over 1 MB uploads (the route’s limit is 16 MB) and is previewed', async () => {
    const text = b01FileText(b01Records(STUDENTS, classOf));
    expect(new TextEncoder().encode(text).byteLength).toBeGreaterThan(1024 * 1024);
    const res = await upload(text);
    expect(res.status, (await res.clone().text()).slice(0, 500)).toBe(201);
    const body = await res.json();
    uploadId = body.upload.id;
    // nobody of the generated school is in the contacts: every record is not_subscribed
    expect(body.upload).toMatchObject({ total: STUDENTS, anomalyCount: STUDENTS });
    expect(body.classes).toHaveLength(DEMO_CLASSES.length);
    expect(body.classes.reduce((n: number, c: { uploaded: number }) => n + c.uploaded, 0)).toBe(STUDENTS);
    // PRM-04 in school order: by grade, then the B08 table's order (甲班 before 乙班)
    expect(body.classes.map((c: { className: string }) => c.className)).toEqual(DEMO_CLASSES.map((c) => c.className));
    expect(body.classes.every((c: { reasons: { code: string }[] }) => c.reasons.map((r) => r.code).join() === 'not_subscribed')).toBe(true);
  });

  it('PRM-04 a class of 150 reads to its last student in pages of 100, ordered by 學號', async () => {
    const { gradeCode, className } = DEMO_CLASSES[BIG_CLASS];
    const rows = (await readAll(`gradeCode=${gradeCode}&className=${encodeURIComponent(className)}&uploadId=${uploadId}`)) as { seq: number; classNumber: number }[];
    expect(rows).toHaveLength(150);
    expect(rows.map((r) => r.classNumber)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('PRM-04 the whole anomaly list (3,000) reads page by page in the file’s order, each record once', async () => {
    const rows = await readAll(`anomaly=1&uploadId=${uploadId}`);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: STUDENTS }, (_, i) => i));
  });

  it('X-01 pages past the end are empty; a page size over 100 is refused naming the field', async () => {
    const past = await agents.super.get(`promotion/b01/preview/students?anomaly=1&pageSize=100&page=31`);
    expect(past.body).toMatchObject({ items: [], total: STUDENTS, page: 31 });
    expect((await agents.super.get('promotion/b01/preview/students?pageSize=500')).body.error.field).toBe('pageSize');
  });

  it('PRM-04 pages pinned to an upload are 409 b01_stale once a newer file came; an unknown upload is 404', async () => {
    env.clock.advance(60_000);
    expect((await upload(b01FileText(b01Records(3)))).status).toBe(201);
    const stale = await agents.super.get(`promotion/b01/preview/students?uploadId=${uploadId}`);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'b01_stale', field: 'uploadId' });
    const unknown = await agents.super.get('promotion/b01/preview/students?uploadId=nope');
    expect([unknown.status, unknown.body.error.field]).toEqual([404, 'uploadId']);
  });
});

describe('PRM-07 the upload’s limit', () => {
  it('PRM-07 a file over 16 MB is 413 and stores nothing', async () => {
    const before = await promotionCounts(env);
    const huge = `{"form":"DSEDJ-B01","pad":"${'x'.repeat(B01_LIMIT)}"}`;
    const res = await upload(huge);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('16 MB') });
    expect(await promotionCounts(env)).toEqual(before);
  });

  it('the larger limit is the upload’s alone: 2 MB to another promotion route is 413 (1 MB)', async () => {
    const before = await promotionCounts(env);
    const res = await agents.super.raw('POST', 'promotion/b08/sync', {
      body: JSON.stringify({ schoolYear: '2026/2027', campusId: B.hs.campusId, language: 'zh-Hant', separateParentClasses: false, pad: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain('1 MB');
    expect(await promotionCounts(env)).toEqual(before);
  });

  it('anonymous callers are 401 before the body is read', async () => {
    const res = await env.agent('B-888').raw('POST', 'promotion/b01/upload', { body: b01FileText(b01Records(2)), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(401);
  });
});
