import ExcelJS from 'exceljs';
import { RELATIONS } from './identity';

/**
 * The students sheet: one layout for the export, the import and the template, with
 * the headers of the screen, so an export edited in Excel or LibreOffice imports back.
 */
export const HEADERS = ['校部', '年級', '班級', '學生姓名', '教育證編號', '出生日期', '家長姓名', '關係', '家長手機', '加入狀態'] as const;
export type Header = (typeof HEADERS)[number];
/** 加入狀態 is shown, never read. */
export const REQUIRED_HEADERS: Header[] = HEADERS.filter((h) => h !== '加入狀態');
export const SHEET_NAME = '學生家長';
export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS: Record<Header, number> = {
  校部: 12,
  年級: 10,
  班級: 14,
  學生姓名: 14,
  教育證編號: 14,
  出生日期: 12,
  家長姓名: 14,
  關係: 8,
  家長手機: 18,
  加入狀態: 10,
};
// typed as text, so Excel keeps 0-led numbers, hyphens and dates as written
const TEXT_COLUMNS: Header[] = ['教育證編號', '出生日期', '家長手機'];

export type SheetRow = Record<Header, string>;

function newSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = HEADERS.map((h) => ({ header: h, key: h, width: WIDTHS[h], style: TEXT_COLUMNS.includes(h) ? { numFmt: '@' } : {} }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** The export: one row per guardian (a student without guardians still has one row). */
export async function studentsWorkbook(rows: SheetRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  const ws = newSheet(wb);
  ws.addRows(rows.map((r) => HEADERS.map((h) => r[h])));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The import template: the headers, and a sheet of notes with the classes one may use. */
export async function templateWorkbook(classRows: { campus: string; grade: string; name: string }[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  newSheet(wb);
  const notes = wb.addWorksheet('說明');
  notes.columns = [{ width: 16 }, { width: 70 }];
  notes.addRows([
    ['欄位', '填寫方法'],
    ['校部 / 年級 / 班級', '必須是下表中的班級（校部、年級可留空，但班級名稱重複時需填寫）'],
    ['學生姓名', '必填'],
    ['教育證編號', '例如 1234567-8；首次在本澳註冊的學生填臨時教育證編號（XX 加 5 位數字，例如 XX12345）'],
    ['出生日期', 'YYYYMMDD 或 YYYY-MM-DD'],
    ['家長姓名 / 關係 / 家長手機', `每位家長一行；關係：${RELATIONS.join('、')}；手機例如 +853 66123456`],
    ['加入狀態', '匯入時不讀取'],
    [],
    ['校部', '年級', '班級'],
    ...classRows.map((c) => [c.campus, c.grade, c.name]),
  ]);
  notes.getRow(1).font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, numbers without grouping. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** Reads the first sheet: the header row's columns by name, then each non-empty row with its number. */
export async function readSheet(bytes: ArrayBuffer): Promise<{ headers: Map<string, number>; rows: { row: number; cells: SheetRow }[] } | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0];
  if (!ws) return null;
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const name = cellText(cell.value).normalize('NFKC');
    if (name && !headers.has(name)) headers.set(name, col);
  });
  const rows: { row: number; cells: SheetRow }[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells = Object.fromEntries(HEADERS.map((h) => [h, headers.has(h) ? cellText(r.getCell(headers.get(h) ?? 0).value) : ''])) as SheetRow;
    if (HEADERS.some((h) => cells[h] !== '')) rows.push({ row: n, cells });
  });
  return { headers, rows };
}
