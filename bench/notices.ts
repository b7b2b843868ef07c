/**
 * 家校通知 at school size (issue 5), in one run on the real Bun server (demo school B-888 grown
 * by 5,000 families: one student and one parent each, over the demo's classes):
 *   create  POST …/notices to the whole school as the demo admin (5,000 receipts and 5,000
 *           outbox messages in the request's one transaction), CREATES times, the first a
 *           warm-up; and, in-process on the same database before the server starts, the two
 *           statements that write them (receipts, outbox rows) timed on their own.
 *   storm   PARENTS parents (sessions started as sign-in starts them) open the notice and
 *           confirm it — GET …/notices/inbox/:id then POST …/inbox/:id/confirm, round after
 *           round — from IN_FLIGHT connections of a client pinned to the load CPU, for
 *           BENCH_WARMUP + BENCH_SECONDS; beside the bare Bun baseline (autocannon, as every
 *           benchmark) and the same client against the bare server, in the same run.
 *   export  GET …/notices/:id/export.xlsx of a notice with 10 questions answered by all 5,000
 *           recipients (answers written in-process first), EXPORTS times.
 *    bun bench/notices.ts    (--no-write: print only; NOTICES_PROFILE=<dir> also profiles the server)
 *    bun bench/run.ts notices
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { classes, guardians, members, noticeRecipients, notices, students } from '../db/schema';
import { DEMO_SCHOOL, seedDemo } from '../db/seed/demo';
import { csrfTokenOf, loadActor, startSession } from '../api/src/auth/sessions';
import { type ServiceContext, systemContext } from '../api/src/lib/context';
import { newId } from '../api/src/lib/ids';
import { createLocalDeps } from '../api/src/local';
import { enqueueReceiptMessages, insertReceipts } from '../api/src/notices/dispatch-notice';
import { toSchool } from '../api/src/operator/registry';
import { signInBackOffice, startApp } from './lib/app';
import { recordSection } from './lib/record';
import { formatLoad, LOAD, load, type LoadResult, waitForQuiet } from './lib/load';
import { CPU, makeTempDir, pinned, removeTempDir, runChild, startServer } from './lib/processes';

const FAMILIES = 5_000;
const PARENTS = FAMILIES;
const IN_FLIGHT = 64;
const CREATES = 6;
const PHASE_ROUNDS = 5;
const EXPORTS = 3;
const QUESTIONS = 10;
const API = `/api/s/${DEMO_SCHOOL}`;
export const TARGETS = { createMs: 50, stormRps: 3_000, stormP99Ms: 50, exportMs: 1_500 };

interface Storm {
  ms: number;
  ok: number;
  failed: number;
  firstError: string | null;
  p50: number;
  p99: number;
}
export interface NoticesResult {
  createMs: number[];
  phases: { receiptsMs: number; outboxMs: number; commitMs: number; rows: number }[];
  storm: Storm;
  stormServerCpuUs: number;
  ceiling: Storm;
  baseline: LoadResult;
  exportMs: number[];
  exportBytes: number;
}

const SURNAMES = '陳黃李梁何林張吳鄭劉馮郭蔡葉蘇區';
const GIVEN = '嘉子浩欣梓晴俊詠朗思家雅志美文宇熙琳軒怡';
const nameOf = (i: number) => SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[Math.floor(i / GIVEN.length) % GIVEN.length];
const FORM = Array.from({ length: QUESTIONS }, (_, j) =>
  j % 3 === 0
    ? { type: 'single', text: `第 ${j + 1} 題：能否出席？`, required: true, options: [{ text: '能' }, { text: '不能' }, { text: '未定' }] }
    : j % 3 === 1
      ? { type: 'multiple', text: `第 ${j + 1} 題：可參與的項目`, options: [{ text: '賽跑' }, { text: '跳遠' }, { text: '拔河' }] }
      : { type: 'short', text: `第 ${j + 1} 題：備註` },
);
const noticeBody = (over: Record<string, unknown> = {}) => ({
  title: '全校家長通知：秋季運動會',
  content: '<p>本校將於十一月舉行秋季運動會，請家長細閱並確認。</p>',
  recipients: { wholeSchool: true, audience: 'parents' },
  settings: { requireConfirm: true, urgent: true },
  ...over,
});

// -- setup, in-process, before the server starts -------------------------------------------

/** Every recipient's answers to FORM, varied per row, written by one statement. */
const answersSql = sql.raw(
  `json_object(${FORM.map((q, j) =>
    q.type === 'single'
      ? `'q${j + 1}', 'o' || (1 + (rowid + ${j}) % 3)`
      : q.type === 'multiple'
        ? `'q${j + 1}', json_array('o1', 'o' || (2 + (rowid + ${j}) % 2))`
        : `'q${j + 1}', '由' || student_name || '家長填寫：請安排午膳。'`,
  ).join(', ')})`,
);

/** Seeds the demo school and the families, and starts the parents' mobile sessions. */
async function setup(dataDir: string) {
  const deps = await createLocalDeps({ ...process.env, DATA_DIR: dataDir });
  try {
    await seedDemo(deps);
    const row = await deps.registry.row(DEMO_SCHOOL);
    if (!row) throw new Error('no demo school');
    const { db } = await deps.schools.get(DEMO_SCHOOL);
    const now = deps.clock.now();
    const classIds = (await db.select({ id: classes.id }).from(classes).all()).map((c) => c.id);
    const parentIds: string[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < FAMILIES; i += 500) {
        const batch = Array.from({ length: Math.min(500, FAMILIES - i) }, (_, k) => ({ n: i + k, parent: newId(now.getTime()), student: newId(now.getTime()) }));
        await tx.insert(members).values(batch.map((b) => ({ id: b.parent, kind: 'parent' as const, name: `${nameOf(b.n)[0]}家長${b.n}`, areaCode: '853', phone: String(68_000_000 + b.n), createdAt: now, updatedAt: now })));
        await tx.insert(students).values(batch.map((b) => ({ id: b.student, name: nameOf(b.n), classId: classIds[b.n % classIds.length], createdAt: now, updatedAt: now })));
        await tx.insert(guardians).values(batch.map((b) => ({ studentId: b.student, memberId: b.parent, relation: b.n % 2 ? '媽媽' : '爸爸', createdAt: now })));
        parentIds.push(...batch.map((b) => b.parent));
      }
    });
    const system = systemContext(deps, toSchool(row), db);
    const sessions: { cookie: string; csrf: string; memberId: string }[] = [];
    for (const memberId of parentIds.slice(0, PARENTS)) {
      const token = await startSession(system, { memberId, surface: 'mobile' });
      sessions.push({ cookie: `sc_session=${token}`, csrf: csrfTokenOf(token), memberId });
    }
    return sessions;
  } finally {
    await deps.schools.closeAll();
    deps.control.client.close();
  }
}

/** A school database of the data dir, opened in this process (the server may be running: SQLite takes turns). */
async function withSchool<T>(dataDir: string, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const deps = await createLocalDeps({ ...process.env, DATA_DIR: dataDir });
  try {
    const row = await deps.registry.row(DEMO_SCHOOL);
    if (!row) throw new Error('no demo school');
    const { db } = await deps.schools.get(DEMO_SCHOOL);
    const admin = await db.select().from(members).where(eq(members.account, 'admin')).get();
    if (!admin) throw new Error('no demo admin');
    return await work({ ...systemContext(deps, toSchool(row), db), actor: await loadActor(db, admin) });
  } finally {
    await deps.schools.closeAll();
    deps.control.client.close();
  }
}

/** Every recipient of the form notice answers all its questions (one statement). */
const answerAll = (ctx: ServiceContext, id: string) => {
  const now = ctx.clock.now().getTime();
  return ctx.db.run(sql`update ${noticeRecipients} set answers = ${answersSql}, answer_locale = 'zh-Hant', answered_at = ${now}, answers_updated_at = ${now},
    read_at = ${now} where notice_id = ${id}`);
};

/**
 * The statements that write a notice's rows, timed alone on copies of notice `id`, each in
 * its own transaction like a send: the receipts, the outbox rows, and the commit.
 */
async function phases(ctx: ServiceContext, id: string): Promise<NoticesResult['phases']> {
  const source = await ctx.db.select().from(notices).where(eq(notices.id, id)).get();
  if (!source) throw new Error('no notice to copy');
  const out: NoticesResult['phases'] = [];
  for (let r = 0; r < PHASE_ROUNDS; r++) {
    await waitForQuiet();
    const now = ctx.clock.now();
    const marks: number[] = [];
    let rows = 0;
    await ctx.db.transaction(async (tx) => {
      const [n] = await tx.insert(notices).values({ ...source, id: newId(now.getTime()), title: `${source.title} ${r}` }).returning();
      marks.push(performance.now());
      rows = await insertReceipts(tx, n, now, now);
      marks.push(performance.now());
      await enqueueReceiptMessages(tx, ctx, n, now);
      marks.push(performance.now());
    });
    marks.push(performance.now());
    out.push({ receiptsMs: marks[1] - marks[0], outboxMs: marks[2] - marks[1], commitMs: marks[3] - marks[2], rows });
  }
  return out;
}

// -- the storm client (a child process on the load CPU) ------------------------------------

interface StormJob {
  base: string;
  warmup: number;
  seconds: number;
  parents: { cookie: string; csrf: string; receipt: string }[];
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** IN_FLIGHT workers: each takes the next parent, opens the notice, confirms it; timed after the warm-up. */
async function storm(job: StormJob): Promise<Storm> {
  const times: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  let next = 0;
  const start = performance.now();
  const from = start + job.warmup * 1000;
  const until = from + job.seconds * 1000;
  const call = async (method: string, path: string, p: StormJob['parents'][number]) => {
    const t0 = performance.now();
    const res = await fetch(`${job.base}${path}`, { method, headers: { cookie: p.cookie, 'x-csrf-token': p.csrf } });
    const text = await res.text();
    if (t0 < from) return;
    if (res.ok) times.push(performance.now() - t0);
    else {
      failed++;
      firstError ??= `${method} ${path}: ${res.status} ${text.slice(0, 200)}`;
    }
  };
  const worker = async () => {
    while (performance.now() < until) {
      const p = job.parents[next++ % job.parents.length];
      await call('GET', `${API}/notices/inbox/${p.receipt}`, p);
      await call('POST', `${API}/notices/inbox/${p.receipt}/confirm`, p);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  times.sort((a, b) => a - b);
  return { ms: performance.now() - from, ok: times.length, failed, firstError, p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function runStorm(dir: string, job: StormJob): Promise<Storm> {
  const file = join(dir, `storm-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(job));
  return JSON.parse(await runChild(pinned(CPU.load, [process.execPath, 'bench/notices.ts', '--client', file]))) as Storm;
}

// -- the run --------------------------------------------------------------------------------

function cpuMsOf(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function ok(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${(await res.text()).slice(0, 2000)}`);
  return res;
}

export async function benchNotices(): Promise<NoticesResult> {
  const dataDir = makeTempDir('notices');
  try {
    const sessions = await setup(dataDir);
    // NOTICES_PROFILE=<dir>: Bun's CPU profile of the server (markdown) is written there when it stops
    const app = await startApp(dataDir, process.env.NOTICES_PROFILE ? ['--cpu-prof-md', `--cpu-prof-dir=${process.env.NOTICES_PROFILE}`] : []);
    let measured: Omit<NoticesResult, 'ceiling' | 'baseline' | 'phases'>;
    let parents: StormJob['parents'];
    let formId = '';
    try {
      const cookie = await signInBackOffice(app);
      const me = (await (await ok(await fetch(`${app.url}${API}/auth/me`, { headers: { cookie } }), 'me')).json()) as { csrfToken: string };
      const admin = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
      const send = async (body: unknown) => {
        const t0 = performance.now();
        const res = await ok(await fetch(`${app.url}${API}/notices`, { method: 'POST', headers: admin, body: JSON.stringify(body) }), 'create');
        const ms = performance.now() - t0;
        const made = (await res.json()) as { id: string; recipients: number };
        // the demo's own families come on top
        if (made.recipients < FAMILIES) throw new Error(`the notice reached ${made.recipients}, fewer than ${FAMILIES}`);
        return { id: made.id, ms };
      };
      const createMs: number[] = [];
      let stormId = '';
      for (let i = 0; i < CREATES; i++) {
        await waitForQuiet();
        const made = await send(noticeBody());
        createMs.push(made.ms);
        stormId = made.id;
      }
      parents = [];
      for (const s of sessions) {
        const inbox = (await (await ok(await fetch(`${app.url}${API}/notices/inbox?pageSize=5`, { headers: { cookie: s.cookie } }), 'inbox')).json()) as {
          items: { id: string; noticeId: string }[];
        };
        const receipt = inbox.items.find((i) => i.noticeId === stormId)?.id;
        if (!receipt) throw new Error('a parent has no receipt of the notice');
        parents.push({ cookie: s.cookie, csrf: s.csrf, receipt });
      }
      await waitForQuiet();
      const cpu0 = cpuMsOf(app.pid);
      const result = await runStorm(dataDir, { base: app.url, warmup: LOAD.warmup, seconds: LOAD.duration, parents });
      const stormServerCpuUs = ((cpuMsOf(app.pid) - cpu0) * 1000) / result.ok;
      // the form, answered by everyone (written beside the running server), then exported
      formId = (await send(noticeBody({ title: '秋季運動會回條', questions: FORM }))).id;
      await withSchool(dataDir, (ctx) => answerAll(ctx, formId));
      const exportMs: number[] = [];
      let exportBytes = 0;
      for (let i = 0; i < EXPORTS; i++) {
        await waitForQuiet();
        const t0 = performance.now();
        const res = await ok(await fetch(`${app.url}${API}/notices/${formId}/export.xlsx`, { headers: { cookie } }), 'export');
        exportBytes = (await res.arrayBuffer()).byteLength;
        exportMs.push(performance.now() - t0);
      }
      measured = { createMs, storm: result, stormServerCpuUs, exportMs, exportBytes };
    } finally {
      await app.stop();
    }
    const phaseTimes = await withSchool(dataDir, (ctx) => phases(ctx, formId));
    const hello = await startServer('bench/servers/hello.ts', {});
    try {
      const baseline = await load({ url: hello.url, serverPid: hello.pid });
      await waitForQuiet();
      const ceiling = await runStorm(dataDir, { base: hello.url, warmup: LOAD.warmup, seconds: LOAD.duration, parents });
      return { ...measured, phases: phaseTimes, ceiling, baseline };
    } finally {
      await hello.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const rps = (s: Storm) => (s.ok * 1000) / s.ms;

/** The figures as the markdown table docs/BENCHMARKS.md shows. */
export function noticesMarkdown(r: NoticesResult, when: string): string {
  const met = (b: boolean) => (b ? 'met' : '**missed**');
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  const ms = (n: number) => n.toFixed(1);
  const created = r.createMs.slice(1);
  const create = median(created);
  const receipts = median(r.phases.map((p) => p.receiptsMs));
  const outbox = median(r.phases.map((p) => p.outboxMs));
  const rate = rps(r.storm);
  const exportMs = median(r.exportMs);
  return [
    `Run of ${when}: the demo school with ${int(FAMILIES)} more families (one parent each); medians (all runs in brackets). The statements alone are timed in-process after the run's ${CREATES + 1} notices, on copies of the last.`,
    '',
    '| measurement | figure | target | |',
    '|---|---:|---:|---|',
    `| create a notice to the whole school: POST …/notices, ${int(FAMILIES)} receipts + ${int(FAMILIES)} outbox rows in one transaction | ${ms(create)} ms (${created.map(ms).join(', ')}; warm-up ${ms(r.createMs[0])}) | ≤ ${TARGETS.createMs} ms | ${met(create <= TARGETS.createMs)} |`,
    `| — of which the outbox rows (one \`insert … select\`, in-process) | ${ms(outbox)} ms (${r.phases.map((p) => ms(p.outboxMs)).join(', ')}) | ≤ ${TARGETS.createMs} ms | ${met(outbox <= TARGETS.createMs)} |`,
    `| — of which the receipts (one \`insert … select\`, in-process) | ${ms(receipts)} ms (${r.phases.map((p) => ms(p.receiptsMs)).join(', ')}) | | |`,
    `| — and the commit | ${ms(median(r.phases.map((p) => p.commitMs)))} ms (${r.phases.map((p) => ms(p.commitMs)).join(', ')}) | | |`,
    `| read storm: ${int(PARENTS)} parents open + confirm, ${IN_FLIGHT} in flight, ${LOAD.duration} s | ${int(rate)} req/s, p50 ${ms(r.storm.p50)} ms, p99 ${ms(r.storm.p99)} ms${r.storm.failed ? `; ⚠ ${r.storm.failed} failed: ${r.storm.firstError}` : ''} | ≥ ${int(TARGETS.stormRps)} req/s, p99 ≤ ${TARGETS.stormP99Ms} ms | ${met(rate >= TARGETS.stormRps && r.storm.p99 <= TARGETS.stormP99Ms)} |`,
    `| server CPU per storm request | ${int(r.stormServerCpuUs)} µs | | |`,
    `| baseline: bare \`Bun.serve\` (autocannon GET, ${LOAD.connections} connections) | ${int(r.baseline.rps)} req/s, p99 ${ms(r.baseline.p99)} ms | | |`,
    `| the storm client against the bare server | ${int(rps(r.ceiling))} req/s, p99 ${ms(r.ceiling.p99)} ms | | |`,
    `| storm ÷ baseline / ÷ the client on the bare server | ${(rate / r.baseline.rps).toFixed(3)}× / ${(rate / rps(r.ceiling)).toFixed(3)}× | | |`,
    `| answers export, ${int(FAMILIES)} recipients × ${QUESTIONS} questions (${(r.exportBytes / 1024).toFixed(0)} KB .xlsx) | ${int(exportMs)} ms (${r.exportMs.map(int).join(', ')}) | ≤ ${int(TARGETS.exportMs)} ms | ${met(exportMs <= TARGETS.exportMs)} |`,
  ].join('\n');
}


/** Runs, prints, and (unless `write` is false) records the figures in docs/BENCHMARKS.md between its markers. */
export async function runAndRecord(write: boolean): Promise<void> {
  const r = await benchNotices();
  console.log(formatLoad('baseline (hello)', r.baseline));
  const md = noticesMarkdown(r, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  console.log(md);
  if (!write) return;
  recordSection('notices', 'Notices (issue 5)', md);
}

if (import.meta.main) {
  const at = process.argv.indexOf('--client');
  if (at >= 0) console.log(JSON.stringify(await storm(JSON.parse(readFileSync(process.argv[at + 1], 'utf8')) as StormJob)));
  else await runAndRecord(!process.argv.includes('--no-write'));
}
