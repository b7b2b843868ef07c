/**
 * 自動升班 at school size (issue 4), in one run on the real Bun server (demo school B-888):
 *   setup   3,000 students with a parent each go into the contacts through the Excel import;
 *   preview POST …/promotion/b01/upload of a B01 export of those 3,000 (2.5 MB: the bureau's
 *           many fields), which validates, matches, stores and answers the preview — timed
 *           over 6 uploads, the first cold; the server's peak RSS (VmHWM, reset just before)
 *           over its idle RSS during the first;
 *   apply   POST …/promotion/b01/apply moving all 3,000 into their new classes, 3 times (an
 *           undo between), beside the raw baseline measured in the same run: the same 3,000
 *           student rows inserted in one transaction with the stock `@libsql/client` on a
 *           fresh school database (same pragmas), in a child pinned like the server.
 *    bun bench/promotion.ts  |  bun bench/run.ts promotion     (--no-write: print only)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { studentsWorkbook } from '../api/src/home-school/student-sheet';
import { b01FileText, b01Records, DEMO_CLASSES } from '../api/src/promotion/test-b01-file';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { DEMO_SCHOOL, signInBackOffice, startApp } from './lib/app';
import { waitForQuiet } from './lib/load';
import { CPU, makeTempDir, memoryOf, pinned, removeTempDir, runChild } from './lib/processes';
import { recordSection } from './lib/record';

const STUDENTS = 3_000;
const UPLOADS = 6;
const APPLIES = 3;
const RAW_ROUNDS = 5;
const API = `/api/s/${DEMO_SCHOOL}`;
export const TARGETS = { previewMs: 250, applyOverRaw: 5, previewExtraMb: 64 };

export interface PromotionResult {
  fileBytes: number;
  uploadMs: number[];
  previewGetMs: number[];
  idleMb: number;
  peakMb: number;
  applyMs: number[];
  moved: number;
  raw: { rowByRowMs: number[]; multiRowMs: number[] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The baseline, in this process: 3,000 student rows, one transaction, row by row and 500 a statement. */
async function rawInserts(): Promise<PromotionResult['raw']> {
  const dir = makeTempDir('promotion-raw');
  const records = b01Records(STUDENTS);
  const now = Date.now();
  const cols = '(id, name, education_id, birth_date, class_id, status, created_at, updated_at)';
  const args = (r: (typeof records)[number], i: number) => [`raw${i}`, r.name, r.educationId, r.birthDate, null, 'active', now, now];
  const out: PromotionResult['raw'] = { rowByRowMs: [], multiRowMs: [] };
  try {
    for (let round = 0; round < RAW_ROUNDS * 2; round++) {
      const client = createClient({ url: `file:${join(dir, `raw-${round}.db`)}` });
      await client.executeMultiple('PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;');
      await migrate(client, migrations);
      const multi = round % 2 === 1;
      const t0 = performance.now();
      const tx = await client.transaction('write');
      if (multi) {
        for (let i = 0; i < records.length; i += 500) {
          const part = records.slice(i, i + 500);
          await tx.execute({ sql: `insert into students ${cols} values ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, args: part.flatMap((r, j) => args(r, i + j)) });
        }
      } else {
        for (const [i, r] of records.entries()) await tx.execute({ sql: `insert into students ${cols} values (?, ?, ?, ?, ?, ?, ?, ?)`, args: args(r, i) });
      }
      await tx.commit();
      (multi ? out.multiRowMs : out.rowByRowMs).push(performance.now() - t0);
      client.close();
    }
    return out;
  } finally {
    removeTempDir(dir);
  }
}

async function ok(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${(await res.text()).slice(0, 2000)}`);
  return res;
}

/** Runs the measurements; the app is started and stopped here. */
export async function benchPromotion(): Promise<PromotionResult> {
  const dataDir = makeTempDir('promotion');
  try {
    const app = await startApp(dataDir);
    let measured: Omit<PromotionResult, 'raw'>;
    try {
      const cookie = await signInBackOffice(app);
      const me = (await (await ok(await fetch(`${app.url}${API}/auth/me`, { headers: { cookie } }), 'me')).json()) as { csrfToken: string };
      const post = (path: string, body: BodyInit, type = 'application/json') =>
        fetch(`${app.url}${API}${path}`, { method: 'POST', headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': type }, body });
      const timed = async (what: string, run: () => Promise<Response>) => {
        const t0 = performance.now();
        const res = await ok(await run(), what);
        const body = await res.json();
        return { ms: performance.now() - t0, body };
      };

      // the contacts: student i in class i mod 24, with a parent
      const inContacts = b01Records(STUDENTS);
      const sheet = inContacts.map((r, i) => ({
        校部: '本校',
        年級: DEMO_CLASSES[i % DEMO_CLASSES.length].gradeName,
        班級: r.className,
        學生姓名: r.name,
        教育證編號: r.educationId,
        出生日期: r.birthDate,
        家長姓名: String(r.guardianName),
        關係: '爸爸',
        家長手機: `+853 68${String(i).padStart(6, '0')}`,
        加入狀態: '',
      }));
      await ok(await post('/home-school/students/import', await studentsWorkbook(sheet), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'import');

      // the B01 file: every student two classes on (the next grade, same section)
      const text = b01FileText(b01Records(STUDENTS, (i) => ((i % DEMO_CLASSES.length) + 2) % DEMO_CLASSES.length));
      const fileBytes = new TextEncoder().encode(text).byteLength;

      await Bun.sleep(2_000);
      await waitForQuiet();
      let peakReset = true;
      try {
        writeFileSync(`/proc/${app.pid}/clear_refs`, '5');
      } catch {
        peakReset = false;
      }
      const idle = memoryOf(app.pid);
      let sampled = idle.rssMb;
      const sampler = setInterval(() => (sampled = Math.max(sampled, memoryOf(app.pid).rssMb)), 5);
      const uploadMs: number[] = [];
      let uploadId = '';
      for (let i = 0; i < UPLOADS; i++) {
        if (i === 1) clearInterval(sampler);
        const up = await timed('upload', () => post('/promotion/b01/upload', text));
        if (up.body.upload.anomalyCount !== 0) throw new Error(`the B01 file has ${up.body.upload.anomalyCount} anomalies`);
        uploadMs.push(up.ms);
        uploadId = up.body.upload.id;
        if (i === 0) {
          clearInterval(sampler);
          sampled = Math.max(sampled, peakReset ? memoryOf(app.pid).peakMb : sampled);
        }
      }
      const previewGetMs: number[] = [];
      for (let i = 0; i < 5; i++) previewGetMs.push((await timed('preview', () => fetch(`${app.url}${API}/promotion/b01/preview`, { headers: { cookie } }))).ms);

      const applyMs: number[] = [];
      let moved = 0;
      for (let i = 0; i < APPLIES; i++) {
        if (i > 0) await ok(await post('/promotion/b01/undo', '{}'), 'undo');
        await waitForQuiet();
        const applied = await timed('apply', () => post('/promotion/b01/apply', JSON.stringify({ uploadId })));
        applyMs.push(applied.ms);
        moved = applied.body.counts.moved;
      }
      if (!peakReset) console.warn('  ! could not reset VmHWM; the peak is VmRSS sampled every 5 ms');
      measured = { fileBytes, uploadMs, previewGetMs, idleMb: idle.rssMb, peakMb: sampled, applyMs, moved };
    } finally {
      await app.stop();
    }
    await waitForQuiet();
    const raw = JSON.parse(await runChild(pinned(CPU.server, [process.execPath, 'bench/promotion.ts', '--raw']))) as PromotionResult['raw'];
    return { ...measured, raw };
  } finally {
    removeTempDir(dataDir);
  }
}

/** The figures as the markdown table docs/BENCHMARKS.md shows. */
export function promotionMarkdown(r: PromotionResult, when: string): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const met = (b: boolean) => (b ? 'met' : '**missed**');
  const preview = median(r.uploadMs);
  const apply = median(r.applyMs);
  const raw = Math.min(median(r.raw.rowByRowMs), median(r.raw.multiRowMs));
  const extra = r.peakMb - r.idleMb;
  return [
    `Run of ${when}: ${STUDENTS.toLocaleString('en-US')} students, B01 file ${(r.fileBytes / 2 ** 20).toFixed(1)} MB; medians (all runs in brackets).`,
    '',
    '| measurement | figure | target | |',
    '|---|---:|---:|---|',
    `| B01 upload + preview (validate, match, store, answer) | ${ms(preview)} (${r.uploadMs.map((n) => n.toFixed(0)).join(', ')}; first cold) | ≤ ${TARGETS.previewMs} ms | ${met(preview <= TARGETS.previewMs)} |`,
    `| GET preview again | ${ms(median(r.previewGetMs))} | | |`,
    `| server RSS idle → peak during the first upload | ${r.idleMb.toFixed(0)} → ${r.peakMb.toFixed(0)} MB (+${extra.toFixed(0)} MB) | ≤ +${TARGETS.previewExtraMb} MB | ${met(extra <= TARGETS.previewExtraMb)} |`,
    `| 確認更新通訊錄 (apply, ${r.moved.toLocaleString('en-US')} moved) | ${ms(apply)} (${r.applyMs.map((n) => n.toFixed(0)).join(', ')}) | | |`,
    `| raw insert, one transaction: row by row / 500 a statement | ${ms(median(r.raw.rowByRowMs))} / ${ms(median(r.raw.multiRowMs))} | | |`,
    `| apply ÷ raw (the faster raw) | ${(apply / raw).toFixed(2)}× | ≤ ${TARGETS.applyOverRaw}× | ${met(apply / raw <= TARGETS.applyOverRaw)} |`,
  ].join('\n');
}


/** Runs, prints, and (unless `write` is false) records the figures in docs/BENCHMARKS.md between its markers. */
export async function runAndRecord(write: boolean): Promise<void> {
  const r = await benchPromotion();
  const md = promotionMarkdown(r, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  console.log(md);
  if (!write) return;
  recordSection('promotion', 'Promotion (issue 4)', md);
}

if (import.meta.main) {
  if (process.argv.includes('--raw')) console.log(JSON.stringify(await rawInserts()));
  else await runAndRecord(!process.argv.includes('--no-write'));
}
