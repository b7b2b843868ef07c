import { eq } from 'drizzle-orm';
import * as ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, members, messages } from '../../../db/schema';
import { type ContactsWorld, contactsWorld, ROLES, type Role, SCHOOL_A, SCHOOL_B } from '../departments/contacts.fixture';
import { MINUTE } from '../lib/clock';
import type { Agent } from '../test/agent';
import { EXPORT_HEADERS, XLSX_TYPE } from './export-members';

/** A staff member made through the API by the creator of school A (not joined, invited). */
function newStaff(overrides: Record<string, unknown> = {}) {
  return { name: '王老師', title: '英文科老師', departmentIds: [] as string[], areaCode: '853', phone: '66001001', isTeacher: true, ...overrides };
}

async function db(w: ContactsWorld, code = SCHOOL_A) {
  return (await w.env.ctx(code)).db;
}

/** A staff member straight in the database: not joined, in `departmentId`. */
async function notJoined(w: ContactsWorld, name: string, phone: string, departmentId: string, code = SCHOOL_A): Promise<string> {
  const id = await w.env.addMember(code, { kind: 'staff', name, phone, isTeacher: true });
  await (await db(w, code)).update(members).set({ joinedAt: null }).where(eq(members.id, id));
  await w.place(code, id, departmentId);
  return id;
}

async function readWorkbook(res: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).text)));
  return rows;
}

describe('CT-01 members: who may call what', () => {
  let w: ContactsWorld;
  const targets = {} as Record<Role, string>;
  beforeAll(async () => {
    w = await contactsWorld();
    for (const [i, role] of ROLES.entries()) targets[role] = await notJoined(w, `待邀請-${role}`, `6600200${i}`, w.A.PC);
  });
  afterAll(() => w.env.close());

  type Call = (agent: Agent, role: Role, i: number) => Promise<{ status: number }>;
  const denied = { anonymous: 401, parent: 403, student: 403, teacher: 403 } as const;
  const TABLE: { name: string; call: Call; expect: Record<Role, number> }[] = [
    { name: 'GET /members', call: (a) => a.get('members'), expect: { ...denied, scopedIn: 200, scopedOut: 200, super: 200, creator: 200 } },
    {
      name: 'GET /members/:id',
      call: (a) => a.get(`members/${w.A.teacher}`),
      expect: { ...denied, teacher: 404, parent: 404, student: 404, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 },
    },
    {
      name: 'POST /members',
      call: (a, _role, i) => a.post('members', newStaff({ name: `新同事${i}`, phone: `6600300${i}`, departmentIds: [w.A.PC] })),
      expect: { ...denied, scopedIn: 201, scopedOut: 404, super: 201, creator: 201 },
    },
    {
      name: 'PATCH /members/:id',
      call: (a) => a.patch(`members/${w.A.teacher}`, { title: '中文科老師' }),
      expect: { ...denied, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 },
    },
    {
      name: 'POST /members/:id/invite',
      call: (a, role) => a.post(`members/${targets[role]}/invite`),
      expect: { ...denied, scopedIn: 200, scopedOut: 404, super: 200, creator: 200 },
    },
    {
      name: 'POST /members/invite',
      call: (a) => a.post('members/invite', { filter: 'not-joined' }),
      expect: { ...denied, scopedIn: 200, scopedOut: 200, super: 200, creator: 200 },
    },
    {
      name: 'GET /members/export.xlsx',
      call: (a) => a.raw('GET', 'members/export.xlsx'),
      expect: { ...denied, scopedIn: 200, scopedOut: 200, super: 200, creator: 200 },
    },
  ];

  describe.each(TABLE)('$name', (route) => {
    it.each(ROLES.map((role, i) => [role, i] as const))('CT-01 as %s', async (role, i) => {
      expect((await route.call(w.as[role], role, i)).status).toBe(route.expect[role]);
    });
  });

  it('CT-01 a scoped admin lists only the members of its departments', async () => {
    const inScope = await w.as.scopedIn.get('members?pageSize=100');
    const names = inScope.body.items.map((m: { name: string }) => m.name);
    expect(names).toEqual(expect.arrayContaining(['李老師', '小學部主任']));
    expect(names).not.toContain('中學部主任');
    expect(names).not.toContain('黃爸爸');
    const outScope = await w.as.scopedOut.get('members?pageSize=100');
    expect(outScope.body.items.map((m: { name: string }) => m.name)).toEqual(['中學部主任']);
    expect((await w.as.scopedOut.get(`members?departmentId=${w.A.PC}`)).status).toBe(404);
  });

  it('CT-01 a scoped admin neither disables nor sees out-of-scope members through the status routes', async () => {
    expect((await w.as.scopedIn.post(`members/${w.A.teacher}/disable`)).status).toBe(403);
    expect((await w.as.scopedOut.post(`members/${w.A.teacher}/disable`)).status).toBe(404);
    expect((await w.as.creator.get(`members/${w.A.teacher}`)).body.status).toBe('active');
  });

  describe('tenant isolation', () => {
    it('CT-01 member ids and departments of school B through school A are 404 or unknown, and B is unchanged', async () => {
      const before = await w.snapshot(SCHOOL_B);
      const a = w.as.creator;
      expect((await a.get(`members/${w.B.teacher}`)).status).toBe(404);
      expect((await a.patch(`members/${w.B.teacher}`, { title: 'x' })).status).toBe(404);
      expect((await a.post(`members/${w.B.teacher}/invite`)).status).toBe(404);
      const create = await a.post('members', newStaff({ phone: '66009999', departmentIds: [w.B.PC] }));
      expect(create.body.error).toMatchObject({ code: 'unknown_ref', field: 'departmentIds' });
      expect((await a.get(`members?departmentId=${w.B.PC}`)).status).toBe(400);
      expect(await w.snapshot(SCHOOL_B)).toEqual(before);
    });
  });
});

describe('CT-01 members: add, edit, filter', () => {
  let w: ContactsWorld;
  beforeEach(async () => {
    w = await contactsWorld();
  });
  afterEach(() => w.env.close());

  it('CT-01 adds a staff member: departments, title, identities, not joined, invited by SMS and outbox, audited', async () => {
    const res = await w.as.creator.post('members', newStaff({ departmentIds: [w.A.PC, w.A.SE], areaCode: '+853', phone: '6600 1001', isStaff: true, account: 'wong', password: 'password9' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '王老師',
      kind: 'staff',
      title: '英文科老師',
      areaCode: '853',
      phone: '66001001',
      account: 'wong',
      identities: ['teacher', 'staff'],
      joinedAt: null,
      activatedAt: null,
      invitedAt: w.env.clock.now().toISOString(),
      departments: [
        { id: w.A.PC, name: '中文科組', isHead: false },
        { id: w.A.SE, name: '英文科組', isHead: false },
      ],
      headOf: [],
      smsSent: true,
    });
    const sms = w.env.sms.sent.at(-1);
    expect(sms).toMatchObject({ phone: '66001001' });
    expect(sms?.text).toContain(`【測試學校 ${SCHOOL_A}】王老師您好，學校邀請您加入智慧校園`);
    const outbox = await (await db(w)).select().from(messages).where(eq(messages.memberId, res.body.id)).all();
    expect(outbox.map((m) => m.dedupeKey)).toEqual(['contacts:invite:1']);
    const [audit] = await (await db(w)).select().from(auditLog).where(eq(auditLog.action, 'member.create')).all();
    expect(audit).toMatchObject({ targetId: res.body.id, after: { name: '王老師', phone: '66001001', departmentIds: [w.A.PC, w.A.SE] } });
    expect(JSON.stringify(audit.after)).not.toContain('password9');
    expect((await w.env.agent(SCHOOL_A).signIn('wong', 'password9')).status).toBe(200);
  });

  it.each([
    ['853', '66001234'],
    ['86', '13800138000'],
    ['852', '91234567'],
    ['44', '7700900123'],
  ])('CT-01 accepts a +%s mobile number', async (areaCode, phone) => {
    const res = await w.as.creator.post('members', newStaff({ areaCode, phone, departmentIds: [w.A.PC] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ areaCode, phone });
  });

  it('CT-01 edits name, title, identities, phone and departments, keeping the head flag of a kept department, audited', async () => {
    await w.place(SCHOOL_A, w.A.teacher, w.A.PM, true);
    const res = await w.as.creator.patch(`members/${w.A.teacher}`, {
      name: '李大文',
      title: '科組長',
      isStaff: true,
      areaCode: '86',
      phone: '13800138000',
      departmentIds: [w.A.PM, w.A.SE],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: '李大文',
      title: '科組長',
      identities: ['teacher', 'staff'],
      areaCode: '86',
      phone: '13800138000',
      departments: [
        { id: w.A.PM, isHead: true },
        { id: w.A.SE, isHead: false },
      ],
      headOf: [w.A.PM],
    });
    const [audit] = await (await db(w)).select().from(auditLog).where(eq(auditLog.action, 'member.update')).all();
    expect(audit).toMatchObject({ before: { name: '李老師', departmentIds: [w.A.PC, w.A.PM] }, after: { name: '李大文', departmentIds: [w.A.PM, w.A.SE] } });
  });

  it('CT-01 a scoped admin moves a member only within its scope; memberships outside it stay', async () => {
    await w.place(SCHOOL_A, w.A.teacher, w.A.SE);
    const res = await w.as.scopedIn.patch(`members/${w.A.teacher}`, { departmentIds: [w.A.PM] });
    expect(res.status).toBe(200);
    expect(res.body.departments.map((d: { id: string }) => d.id)).toEqual([w.A.PM, w.A.SE]);
    const out = await w.as.scopedIn.patch(`members/${w.A.teacher}`, { departmentIds: [w.A.S] });
    expect(out.status).toBe(404);
    const up = await w.as.scopedIn.patch(`members/${w.A.teacher}`, { departmentIds: [w.A.root] });
    expect(up.status).toBe(403);
    expect((await w.as.creator.get(`members/${w.A.teacher}`)).body.departments.map((d: { id: string }) => d.id)).toEqual([w.A.PM, w.A.SE]);
  });

  it('CT-01 a scoped admin edits normal users only; only the creator or the admin themself changes an admin phone', async () => {
    await w.place(SCHOOL_A, w.A.super, w.A.PC);
    expect((await w.as.scopedIn.patch(`members/${w.A.super}`, { title: 'x' })).status).toBe(403);
    expect((await w.as.super.patch(`members/${w.A.scopedIn}`, { phone: '66009998' })).status).toBe(403);
    expect((await w.as.super.patch(`members/${w.A.scopedIn}`, { title: '主任' })).status).toBe(200);
    expect((await w.as.creator.patch(`members/${w.A.scopedIn}`, { phone: '66009998' })).status).toBe(200);
    expect((await w.as.super.patch(`members/${w.A.super}`, { phone: '66009997' })).status).toBe(200);
    expect((await w.as.super.patch(`members/${w.A.teacher}`, { phone: '66009996' })).status).toBe(200);
  });

  it('CT-01 filters: department with its sub-departments, not joined, not activated, search', async () => {
    const fresh = await w.as.creator.post('members', newStaff({ departmentIds: [w.A.PM] }));
    // signing the test agents in activated them: start from nobody activated but 李老師
    await (await db(w)).update(members).set({ activatedAt: null });
    await (await db(w)).update(members).set({ activatedAt: w.env.clock.now() }).where(eq(members.id, w.A.teacher));
    const names = async (q: string) => (await w.as.creator.get(`members?${q}`)).body.items.map((m: { name: string }) => m.name).sort();
    expect(await names(`departmentId=${w.A.P}`)).toEqual(['小學部主任', '李老師', '王老師'].sort());
    expect(await names(`departmentId=${w.A.PC}`)).toEqual(['李老師']);
    expect(await names('joined=0')).toEqual(['王老師']);
    expect(await names(`activated=0&departmentId=${w.A.P}`)).toEqual(['小學部主任', '王老師'].sort());
    expect(await names('activated=1')).toEqual(['李老師']);
    expect(await names('q=王')).toEqual(['王老師']);
    const list = await w.as.creator.get(`members?departmentId=${w.A.PM}`);
    expect(list.body).toMatchObject({ total: 1, page: 1, items: [{ id: fresh.body.id, departments: [{ id: w.A.PM, name: '數學科組' }], identities: ['teacher'] }] });
    expect((await w.as.creator.get('members?departmentId=nope')).body.error).toMatchObject({ code: 'unknown_ref', field: 'departmentId' });
    expect((await w.as.creator.get('members?joined=2')).body.error).toMatchObject({ field: 'joined' });
  });

  it('CT-01 one member shows departments, heads and identities', async () => {
    await w.place(SCHOOL_A, w.A.teacher, w.A.PM, true);
    const res = await w.as.scopedIn.get(`members/${w.A.teacher}`);
    expect(res.body).toMatchObject({
      id: w.A.teacher,
      identities: ['teacher'],
      departments: [
        { id: w.A.PC, name: '中文科組', isHead: false },
        { id: w.A.PM, name: '數學科組', isHead: true },
      ],
      headOf: [w.A.PM],
    });
    expect(res.body).not.toHaveProperty('passwordHash');
  });
});

describe('CT-01 members: bad input changes nothing (X-03)', () => {
  let w: ContactsWorld;
  beforeAll(async () => {
    w = await contactsWorld();
  });
  afterAll(() => w.env.close());

  const create = (o: Record<string, unknown>) => () => w.as.creator.post('members', newStaff({ departmentIds: [w.A.PC], ...o }));
  const cases: { name: string; call: () => Promise<{ status: number; body: { error: { code: string; field?: string; message: string } } }>; status: number; code: string; field?: string }[] = [
    { name: 'a Macao phone of the wrong shape', call: create({ phone: '12345678' }), status: 400, code: 'invalid_field', field: 'phone' },
    { name: 'a mainland phone of the wrong shape', call: create({ areaCode: '86', phone: '66001001' }), status: 400, code: 'invalid_field', field: 'phone' },
    { name: 'a phone with letters', call: create({ phone: '6600abcd' }), status: 400, code: 'invalid_field', field: 'phone' },
    { name: 'a bad area code', call: create({ areaCode: '+8533a' }), status: 400, code: 'invalid_field', field: 'areaCode' },
    { name: 'a duplicate phone', call: create({ phone: '66000002' }), status: 409, code: 'phone_in_use', field: 'phone' },
    { name: 'a phone of a parent', call: create({ phone: '66000101' }), status: 409, code: 'phone_in_use', field: 'phone' },
    { name: 'a duplicate account', call: create({ account: 'teacher' }), status: 409, code: 'account_taken', field: 'account' },
    { name: 'an account shaped like a phone', call: create({ account: '66001001' }), status: 400, code: 'invalid_field', field: 'account' },
    { name: 'no identity', call: create({ isTeacher: false }), status: 400, code: 'invalid_field', field: 'isTeacher' },
    { name: 'no department', call: create({ departmentIds: [] }), status: 400, code: 'invalid_field', field: 'departmentIds' },
    { name: 'an unknown department', call: create({ departmentIds: ['nope'] }), status: 400, code: 'unknown_ref', field: 'departmentIds' },
    { name: 'an empty name', call: create({ name: ' ' }), status: 400, code: 'invalid_field', field: 'name' },
    { name: 'a short password', call: create({ password: 'short' }), status: 400, code: 'invalid_field', field: 'password' },
    { name: 'a privileged field', call: create({ adminRole: 'super' }), status: 400, code: 'unknown_field', field: 'adminRole' },
    { name: 'an edit to a taken phone', call: () => w.as.creator.patch(`members/${w.A.teacher}`, { phone: '66000005' }), status: 409, code: 'phone_in_use', field: 'phone' },
    { name: 'an edit to a wrong-shaped phone', call: () => w.as.creator.patch(`members/${w.A.teacher}`, { areaCode: '86' }), status: 400, code: 'invalid_phone', field: 'phone' },
    { name: 'an edit removing every identity', call: () => w.as.creator.patch(`members/${w.A.teacher}`, { isTeacher: false }), status: 400, code: 'identity_required', field: 'isTeacher' },
    { name: 'an edit with no department', call: () => w.as.creator.patch(`members/${w.A.teacher}`, { departmentIds: [] }), status: 400, code: 'invalid_field', field: 'departmentIds' },
    { name: 'an empty edit', call: () => w.as.creator.patch(`members/${w.A.teacher}`, {}), status: 400, code: 'invalid_field' },
    { name: 'an edit of a parent', call: () => w.as.creator.patch(`members/${w.A.parent}`, { title: 'x' }), status: 404, code: 'not_found' },
    { name: 'a bulk invitation without filter', call: () => w.as.creator.post('members/invite', {}), status: 400, code: 'invalid_field', field: 'filter' },
  ];

  it.each(cases)('CT-01 $name → $status $code', async (c) => {
    const before = await w.snapshot(SCHOOL_A);
    const sms = w.env.sms.sent.length;
    const res = await c.call();
    expect(res.status).toBe(c.status);
    expect(res.body.error.code).toBe(c.code);
    if (c.field) expect(res.body.error.field).toBe(c.field);
    expect(await w.snapshot(SCHOOL_A)).toEqual(before);
    expect(w.env.sms.sent.length).toBe(sms);
  });

  it('ID-04 a duplicate phone is refused with the manual message', async () => {
    const res = await create({ phone: '66000002' })();
    expect(res.body.error.message).toBe('已存在相同手機號的用戶');
  });
});

describe('CT-01 invite again (再次邀請)', () => {
  let w: ContactsWorld;
  beforeEach(async () => {
    w = await contactsWorld();
  });
  afterEach(() => w.env.close());

  const outboxOf = async (memberId: string) =>
    (await (await db(w)).select().from(messages).where(eq(messages.memberId, memberId)).orderBy(messages.createdAt).all()).map((m) => m.dedupeKey);

  it('CT-01 invites by SMS and outbox, at most once in ten minutes (429), then again as a new message, audited', async () => {
    const id = await notJoined(w, '陳老師', '66004001', w.A.PC);
    // mid-window, so the ten minutes are not a fixed window's: 10:05 → 10:14 is refused
    w.env.clock.advance(5 * MINUTE);
    const first = await w.as.creator.post(`members/${id}/invite`);
    expect(first.body).toEqual({ invitedAt: w.env.clock.now().toISOString(), smsSent: true });
    expect(w.env.sms.sent.filter((s) => s.phone === '66004001')).toHaveLength(1);
    w.env.clock.advance(9 * MINUTE);
    const soon = await w.as.scopedIn.post(`members/${id}/invite`);
    expect(soon.status).toBe(429);
    expect(soon.body.error.code).toBe('rate_limited');
    expect(soon.body.error.message).toContain('60');
    w.env.clock.advance(MINUTE);
    expect((await w.as.scopedIn.post(`members/${id}/invite`)).status).toBe(200);
    expect(await outboxOf(id)).toEqual(['contacts:invite:1', 'contacts:invite:2']);
    expect(w.env.sms.sent.filter((s) => s.phone === '66004001')).toHaveLength(2);
    const audits = await (await db(w)).select().from(auditLog).where(eq(auditLog.action, 'member.invite')).all();
    expect(audits).toHaveLength(2);
    expect((await w.as.creator.get(`members/${id}`)).body.invitedAt).toBe(w.env.clock.now().toISOString());
  });

  it('CT-01 a member who joined, or a disabled one, is not invited', async () => {
    const joined = await w.as.creator.post(`members/${w.A.teacher}/invite`);
    expect(joined.status).toBe(409);
    expect(joined.body.error.code).toBe('already_joined');
    const id = await notJoined(w, '陳老師', '66004001', w.A.PC);
    await w.as.creator.post(`members/${id}/disable`);
    expect((await w.as.creator.post(`members/${id}/invite`)).status).toBe(403);
    expect(await outboxOf(id)).toEqual([]);
  });

  it('CT-01 invites everyone not joined in the caller scope in one go; the recently invited wait', async () => {
    const p1 = await notJoined(w, '甲', '66004001', w.A.PC);
    const p2 = await notJoined(w, '乙', '66004002', w.A.PM);
    const s1 = await notJoined(w, '丙', '66004003', w.A.SE);
    await w.as.creator.post(`members/${p2}/invite`);
    const scoped = await w.as.scopedIn.post('members/invite', { filter: 'not-joined' });
    expect(scoped.body).toEqual({ count: 1, smsSent: 1, smsFailed: 0 });
    expect(await outboxOf(p1)).toEqual(['contacts:invite:1']);
    expect(await outboxOf(s1)).toEqual([]);
    w.env.clock.advance(10 * MINUTE);
    const all = await w.as.creator.post('members/invite', { filter: 'not-joined' });
    expect(all.body.count).toBe(3);
    expect(await outboxOf(p1)).toEqual(['contacts:invite:1', 'contacts:invite:2']);
    expect(await outboxOf(p2)).toEqual(['contacts:invite:1', 'contacts:invite:2']);
    expect(await outboxOf(s1)).toEqual(['contacts:invite:1']);
    const [audit] = await (await db(w)).select().from(auditLog).where(eq(auditLog.action, 'member.invite-all')).orderBy(auditLog.at).all();
    expect(audit.after).toMatchObject({ filter: 'not-joined', count: 1, memberIds: [p1] });
    // a repeat within the minute is a double click
    expect((await w.as.creator.post('members/invite', { filter: 'not-joined' })).status).toBe(429);
  });

  it('CT-01 a failed SMS leaves the invitation recorded and says so', async () => {
    const id = await notJoined(w, '陳老師', '66004001', w.A.PC);
    const send = w.env.sms.send;
    w.env.sms.send = async () => {
      throw new Error('provider down');
    };
    try {
      const res = await w.as.creator.post(`members/${id}/invite`);
      expect(res.body.smsSent).toBe(false);
      expect(await outboxOf(id)).toEqual(['contacts:invite:1']);
    } finally {
      w.env.sms.send = send;
    }
  });
});

describe('X-05 CT-01 Excel export', () => {
  let w: ContactsWorld;
  beforeAll(async () => {
    w = await contactsWorld();
    await w.as.creator.post('members', newStaff({ departmentIds: [w.A.PM, w.A.SE], isStaff: true }));
    const leaver = await notJoined(w, '停用者', '66005001', w.A.SE);
    await w.as.creator.post(`members/${leaver}/disable`);
  });
  afterAll(() => w.env.close());

  it('X-05 the workbook opens, with the screen headers and one row per staff member', async () => {
    const res = await w.as.creator.raw('GET', 'members/export.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="contacts_2026-11-28\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('企業通訊錄_2026-11-28.xlsx');
    const rows = await readWorkbook(res);
    expect(rows[0]).toEqual(['姓名', '職務', '部門', '手機號碼', '帳號', '身份', '狀態', '加入時間']);
    expect(EXPORT_HEADERS).toEqual(rows[0]);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byName.keys()].sort()).toEqual(['中學部主任', '停用者', '創建人', '小學部主任', '李老師', '王老師', '超管'].sort());
    expect(byName.get('王老師')).toEqual(['王老師', '英文科老師', '數學科組; 英文科組', '+853 66001001', '', '教學人員、學校職員', '未加入', '']);
    expect(byName.get('李老師')).toEqual(['李老師', '', '中文科組', '+853 66000002', 'teacher', '教學人員', '已加入', '2026-11-28 10:00']);
    expect(byName.get('停用者')?.[6]).toBe('已停用');
    expect(byName.get('中學部主任')?.[6]).toBe('已加入');
  });

  it('X-05 the export takes the list filters and the caller scope', async () => {
    const names = async (agent: Agent, q = '') => (await readWorkbook(await agent.raw('GET', `members/export.xlsx${q}`))).slice(1).map((r) => r[0]).sort();
    expect(await names(w.as.creator, `?departmentId=${w.A.P}`)).toEqual(['小學部主任', '李老師', '王老師'].sort());
    expect(await names(w.as.creator, '?joined=0')).toEqual(['停用者', '王老師'].sort());
    expect(await names(w.as.creator, `?q=${encodeURIComponent('李')}`)).toEqual(['李老師']);
    expect(await names(w.as.scopedOut)).toEqual(['中學部主任', '停用者', '王老師'].sort());
    expect((await w.as.creator.get('members/export.xlsx?kind=parent')).body.error).toMatchObject({ code: 'unknown_field', field: 'kind' });
  });

  it('X-05 a department outside the scope cannot be exported', async () => {
    expect((await w.as.scopedOut.get(`members/export.xlsx?departmentId=${w.A.PC}`)).status).toBe(404);
  });
});
