import ExcelJS from 'exceljs';
import { asc, eq } from 'drizzle-orm';
import { b01Rows } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { latestUpload } from './latest-upload';
import type { Anomaly } from './match-b01';
import { previewB01 } from './preview-b01';
import { reasonLabel } from './presenter';

/**
 * PRM-04 導出excel: the preview per class (年級, 班別, 上傳人數, 異常數, 異常原因) and
 * every record with its anomalies, with the screen's headers; opens in Excel and LibreOffice.
 */
export async function previewWorkbook(ctx: ServiceContext): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
  const preview = await previewB01(ctx);
  const upload = await latestUpload(ctx.db);
  const book = new ExcelJS.Workbook();
  book.creator = 'Smart Campus';
  book.created = ctx.clock.now();
  const summary = book.addWorksheet('預覽結果');
  summary.columns = [
    { header: '年級', key: 'grade', width: 10 },
    { header: '班別', key: 'className', width: 18 },
    { header: '上傳人數', key: 'uploaded', width: 10 },
    { header: '異常數', key: 'anomalies', width: 10 },
    { header: '異常原因', key: 'reasons', width: 48 },
  ];
  for (const c of preview.classes) {
    summary.addRow({
      grade: c.gradeName ?? c.gradeCode,
      className: c.className,
      uploaded: c.uploaded,
      anomalies: c.anomalies,
      reasons: c.reasons.map((r) => `${r.label} ×${r.count}`).join('；'),
    });
  }
  const list = book.addWorksheet('學生名單');
  list.columns = [
    { header: '年級', key: 'gradeCode', width: 8 },
    { header: '班別', key: 'className', width: 18 },
    { header: '學號', key: 'classNumber', width: 8 },
    { header: '學生姓名', key: 'name', width: 20 },
    { header: '教育證編號', key: 'educationId', width: 14 },
    { header: '異常原因', key: 'reasons', width: 40 },
  ];
  const rows = await ctx.db.select().from(b01Rows).where(eq(b01Rows.uploadId, upload.id)).orderBy(asc(b01Rows.seq)).all();
  for (const r of rows) {
    list.addRow({
      gradeCode: r.gradeCode,
      className: r.className,
      classNumber: r.classNumber ?? '',
      name: r.name,
      educationId: r.educationId,
      reasons: (r.anomalies as Anomaly[]).map((a) => reasonLabel(a, ctx.locale)).join('；'),
    });
  }
  for (const sheet of [summary, list]) sheet.getRow(1).font = { bold: true };
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), fileName: `B01預覽結果-${upload.schoolYear.replace('/', '-')}.xlsx` };
}
