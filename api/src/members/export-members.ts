import { Writable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import * as ExcelJS from 'exceljs';
import { members } from '../../../db/schema';
import { canListMembers } from '../auth/policy';
import { schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { departmentsOf, type MemberFilters, memberWhere } from './member-query';
import { confidentialFields } from '../settings/settings';
import { formatPhone } from './phone';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns of the contacts table, headed as the screens show them. */
const COLUMNS = [
  { header: '姓名', key: 'name', width: 14 },
  { header: '職務', key: 'title', width: 14 },
  { header: '部門', key: 'departments', width: 36 },
  { header: '手機號碼', key: 'phone', width: 18 },
  { header: '帳號', key: 'account', width: 14 },
  { header: '身份', key: 'identities', width: 20 },
  { header: '狀態', key: 'status', width: 10 },
  { header: '加入時間', key: 'joinedAt', width: 18 },
];
export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);

const BATCH = 500;

/** `2026-11-28 10:00`, Macao time (UTC+8 all year, so a fixed offset is exact). */
const macauTime = (d: Date | null): string => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

/**
 * X-05 / CT-01 the staff contacts as an Excel workbook (導出), with the list's filters and the
 * caller's scope. Rows are read and written in batches through exceljs' streaming writer,
 * so a large school never holds every row twice.
 */
export async function exportMembers(ctx: ServiceContext, input: Omit<MemberFilters, 'kind' | 'status'>): Promise<{ filename: string; asciiFilename: string; body: Uint8Array<ArrayBuffer> }> {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const where = and(memberWhere(ctx.db, ctx.actor, tree, input), eq(members.kind, 'staff'));

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = ctx.actor?.name ?? '';
  const sheet = workbook.addWorksheet('成員');
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  // ADM-04: confidential fields are not exported either
  const hidden = new Set(await confidentialFields(ctx.db));
  const secret = (field: 'phone' | 'account', value: string) => (hidden.has(field) && value ? '保密' : value);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await ctx.db.select().from(members).where(where).orderBy(members.name, members.id).limit(BATCH).offset(offset).all();
    const departments = await departmentsOf(
      ctx.db,
      tree,
      rows.map((r) => r.id),
    );
    for (const m of rows) {
      sheet
        .addRow({
          name: m.name,
          title: m.title,
          departments: (departments.get(m.id) ?? []).map((d) => d.name).join('; '),
          phone: secret('phone', formatPhone(m.areaCode, m.phone)),
          account: secret('account', m.account ?? ''),
          identities: [m.isTeacher ? '教學人員' : null, m.isStaff ? '學校職員' : null].filter(Boolean).join('、'),
          status: m.status === 'disabled' ? '已停用' : m.joinedAt ? '已加入' : '未加入',
          joinedAt: macauTime(m.joinedAt),
        })
        .commit();
    }
    if (rows.length < BATCH) break;
  }
  sheet.commit();
  await workbook.commit();
  const day = macauTime(ctx.clock.now()).slice(0, 10);
  return { filename: `企業通訊錄_${day}.xlsx`, asciiFilename: `contacts_${day}.xlsx`, body: new Uint8Array(Buffer.concat(chunks)) };
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266, `filename*` per RFC 5987). */
export function contentDisposition(filename: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
