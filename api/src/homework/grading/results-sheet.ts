import { Writable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import type { QuestionMarks } from '../../../../db/schema/homework';

/**
 * HW-11 the Excel export of an assignment's results (X-05: the headers the screens show): a
 * 總覽 sheet with one row per class, then one sheet per class with one row per student and
 * one column per question holding the mark. Written through exceljs' streaming writer
 * without shared strings or styles: 1,000 students × 30 questions is 30,000 cells, and the
 * in-memory workbook would hold each of them as an object until the end.
 */

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SubmissionStatus = 'not_started' | 'saved' | 'submitted' | 'graded' | 'correction';

/** 學生作業 / 詳情 shows these (manual §5). */
export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  not_started: '未開始',
  saved: '已保存',
  submitted: '已提交',
  graded: '已批改',
  correction: '需訂正',
};

/** A question column: its header and the score it is out of (null when unscored). */
export interface ResultQuestion {
  id: string;
  text: string;
  score: number | null;
}

/** One student's row. `marks` are those of the latest submitted attempt (null: none). */
export interface ResultRow {
  studentName: string;
  status: SubmissionStatus;
  late: boolean;
  attempts: number;
  score: number | null;
  marks: QuestionMarks | null;
}

export interface ResultClass {
  name: string;
  rows: ResultRow[];
}

export interface ResultsInput {
  scored: boolean;
  totalScore: number | null;
  questions: ResultQuestion[];
  classes: ResultClass[];
}

const BASE = ['班級', '姓名', '狀態', '遲交', '作答次數', '分數'];
const BASE_WIDTHS = [14, 12, 10, 8, 10, 8];
const SUMMARY = ['班級', '學生人數', '已提交', '已批改', '需訂正', '未提交', '遲交', '平均分', '最高分', '最低分'];

const SUBMITTED: ReadonlySet<SubmissionStatus> = new Set(['submitted', 'graded', 'correction']);

/** A question's header: its number, the start of its text, and its score. */
function questionHeader(q: ResultQuestion, i: number): string {
  const text = q.text.replace(/\s+/g, ' ').trim();
  const short = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `${i + 1}. ${short}${q.score === null ? '' : ` (${q.score}分)`}`;
}

/**
 * The cell of one mark: the score on a scored homework, 對/錯 on an unscored one; 待批改
 * while a submitted answer waits for the teacher; empty when nothing was submitted.
 */
function markCell(scored: boolean, marks: QuestionMarks | null, questionId: string): string | number {
  if (!marks) return '';
  const m = marks[questionId];
  if (!m) return '';
  if (scored) return m.score ?? '待批改';
  if (m.correct === true) return '對';
  if (m.correct === false) return '錯';
  return m.auto ? '' : '待批改';
}

// Excel refuses these in sheet names, and names longer than 31 characters
function sheetName(name: string, used: Set<string>): string {
  const clean = (name.replace(/[\\/*?:[\]]/g, ' ').trim() || '未分班').slice(0, 28);
  let out = clean;
  for (let i = 2; used.has(out); i++) out = `${clean}(${i})`;
  used.add(out);
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The 總覽 row of a class: counts and, on a scored homework, average / highest / lowest score. */
function summaryRow(c: ResultClass, scored: boolean): (string | number)[] {
  const submitted = c.rows.filter((r) => SUBMITTED.has(r.status));
  const scores = scored ? submitted.flatMap((r) => (r.score === null ? [] : [r.score])) : [];
  const stats = scores.length ? [round2(scores.reduce((a, b) => a + b, 0) / scores.length), Math.max(...scores), Math.min(...scores)] : ['', '', ''];
  return [
    c.name,
    c.rows.length,
    submitted.length,
    c.rows.filter((r) => r.status === 'graded').length,
    c.rows.filter((r) => r.status === 'correction').length,
    c.rows.length - submitted.length,
    c.rows.filter((r) => r.late).length,
    ...stats,
  ];
}

/** Builds the workbook; rows are committed as they are written, so the writer keeps few. */
export async function resultsWorkbook(input: ResultsInput): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // no styles: they cost more than the rest of the sheet together, and the headers need none
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: false });
  const used = new Set<string>();
  const addSheet = (name: string, headers: string[], widths: number[]) => {
    const ws = wb.addWorksheet(sheetName(name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 16 }));
    ws.getRow(1).commit();
    return ws;
  };

  const summary = addSheet('總覽', SUMMARY, [14, 10, 8, 8, 8, 8, 8, 8, 8, 8]);
  for (const c of input.classes) summary.addRow(summaryRow(c, input.scored)).commit();
  if (input.scored && input.totalScore !== null) summary.addRow(['總分', input.totalScore]).commit();
  summary.commit();

  const headers = [...BASE, ...input.questions.map(questionHeader)];
  for (const c of input.classes) {
    const ws = addSheet(c.name, headers, BASE_WIDTHS);
    for (const r of c.rows) {
      const cells: (string | number)[] = [c.name, r.studentName, STATUS_LABELS[r.status], r.late ? '是' : '否', r.attempts, input.scored ? (r.score ?? '') : ''];
      for (const q of input.questions) cells.push(markCell(input.scored, r.marks, q.id));
      ws.addRow(cells).commit();
    }
    ws.commit();
  }
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
