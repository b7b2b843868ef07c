import ExcelJS from 'exceljs';
import type { NoticeAnswer, NoticeQuestion } from '../../../db/schema';

/**
 * N-04 the Excel downloads (X-05: the headers of the screens). Without a form: one sheet per
 * class listing who received, read and confirmed. With a form (反饋詳情): one row per
 * recipient, one column per question; choices are written in zh-Hant whichever language the
 * recipient answered in, so every answer to a question sits in one column.
 */

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetRecipient {
  className: string;
  studentName: string;
  memberName: string;
  relation: string;
  deliverAt: Date;
  readAt: Date | null;
  confirmedAt: Date | null;
  answeredAt: Date | null;
  answers: Record<string, NoticeAnswer> | null;
}

const BASE = ['班級', '學生姓名', '接收人', '關係', '發送時間', '已讀', '已確認'];
const WIDTHS = [14, 12, 12, 8, 18, 18, 18];

/** Asia/Macau wall time, as the screens show it (the sheet has no zone). */
const macau = (d: Date | null): string => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

/** An answer as text: choice labels, 是/否, file names, blanks joined. */
export function answerText(q: NoticeQuestion, value: NoticeAnswer | undefined, fileNames: Map<string, string>): string {
  if (value === undefined) return '';
  const label = (id: string) => q.options?.find((o) => o.id === id)?.text['zh-Hant'] ?? id;
  switch (q.type) {
    case 'single':
      return label(String(value));
    case 'multiple':
      return (value as string[]).map(label).join('、');
    case 'true_false':
      return value === true ? '是' : '否';
    case 'file':
      return (value as string[]).map((id) => fileNames.get(id) ?? id).join('、');
    case 'fill':
      return (value as string[]).join('；');
    default:
      return String(value);
  }
}

const base = (r: SheetRecipient) => [r.className, r.studentName, r.memberName, r.relation, macau(r.deliverAt), macau(r.readAt), macau(r.confirmedAt)];

// Excel refuses these in sheet names and names longer than 31 characters
const sheetName = (name: string, used: Set<string>): string => {
  const clean = (name.replace(/[\\/*?:[\]]/g, ' ').trim() || '未分班').slice(0, 28);
  let out = clean;
  for (let i = 2; used.has(out); i++) out = `${clean}(${i})`;
  used.add(out);
  return out;
};

function addSheet(wb: ExcelJS.Workbook, name: string, headers: string[], widths: number[], rows: unknown[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h, i) => ({ header: h, width: widths[i] ?? 24 }));
  ws.getRow(1).font = { bold: true };
  ws.addRows(rows);
}

/** Without a form: a sheet per class (the classes present in `rows`, in order). */
export async function deliveryWorkbook(rows: SheetRecipient[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const byClass = new Map<string, SheetRecipient[]>();
  for (const r of rows) {
    const list = byClass.get(r.className);
    if (list) list.push(r);
    else byClass.set(r.className, [r]);
  }
  const used = new Set<string>();
  if (byClass.size === 0) addSheet(wb, '發送情況', BASE, WIDTHS, []);
  for (const [cls, list] of byClass) addSheet(wb, sheetName(cls, used), BASE, WIDTHS, list.map(base));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** With a form (反饋詳情): one row per recipient, one column per question. */
export async function answersWorkbook(questions: NoticeQuestion[], rows: SheetRecipient[], fileNames: Map<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const headers = [...BASE, '填寫時間', ...questions.map((q, i) => `${i + 1}. ${q.text['zh-Hant']}`)];
  addSheet(
    wb,
    '反饋詳情',
    headers,
    [...WIDTHS, 18],
    rows.map((r) => [...base(r), macau(r.answeredAt), ...questions.map((q) => answerText(q, r.answers?.[q.id], fileNames))]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
