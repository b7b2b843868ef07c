/**
 * 功課 at school size (issue 6), in one run on the real Bun server (demo school B-888):
 *   setup   in-process on the school database before the server starts: 1,000 students, each
 *           with their own member (本人) and a mobile session started as sign-in starts it
 *           (`startSession`), spread over the demo's classes; 30 published questions of the
 *           seven auto-marked kinds and a completed, scored definition of them. Then, through
 *           the API as the demo admin, ROUNDS assignments of it to every class, published.
 *   submit  per assignment, the 1,000 students hand in (PUT …/homework/mine/:id, submit: true,
 *           30 answers) 40 at a time from a client pinned to the load CPU: every submit is
 *           checked, auto-marked (HW-07) and stored with its submission and audit row. The
 *           first round warms up; submissions/s of the others beside the bare Bun baseline
 *           (autocannon GET, as in every benchmark) and the same client PUTting the same
 *           bodies to the bare server (what the client itself can send).
 *   export  GET …/homework/assignments/:id/export (HW-11) of the last assignment: every
 *           student of the school × 30 questions, wall time, EXPORTS times.
 *    bun bench/homework.ts    (--no-write: print only; HOMEWORK_PROFILE=<dir> also profiles the server)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { hwDefinitionItems, hwDefinitions, hwQuestions, hwSections, students, classes, subjects } from '../db/schema';
import { DEMO_SCHOOL, seedDemo } from '../db/seed/demo';
import { csrfTokenOf, startSession } from '../api/src/auth/sessions';
import type { QuestionContent } from '../api/src/homework/question-types';
import { systemContext } from '../api/src/lib/context';
import { newId } from '../api/src/lib/ids';
import { createLocalDeps } from '../api/src/local';
import { insertMember } from '../api/src/members/insert-member';
import { toSchool } from '../api/src/operator/registry';
import { DEMO_CLASSES, generatedId, generatedName } from '../api/src/promotion/test-b01-file';
import { signInBackOffice, startApp } from './lib/app';
import { recordSection } from './lib/record';
import { formatLoad, load, type LoadResult, waitForQuiet } from './lib/load';
import { CPU, makeTempDir, pinned, removeTempDir, runChild, startServer } from './lib/processes';

const STUDENTS = 1_000;
const QUESTIONS = 30;
const IN_FLIGHT = 40;
const ROUNDS = 4;
const EXPORTS = 3;
const API = `/api/s/${DEMO_SCHOOL}`;
export const TARGETS = { submissionsPerSec: 500, exportMs: 1_000 };

/** What the client child is given: the URLs, one student per entry, the body each sends. */
interface ClientJob {
  base: string;
  rounds: string[];
  students: { cookie: string; csrf: string; body: string }[];
}
interface Round {
  ms: number;
  ok: number;
  failed: number;
  firstError: string | null;
  p50: number;
  p99: number;
}

export interface HomeworkResult {
  rounds: Round[];
  /** Server CPU time per submission over the measured rounds, µs (steadier on a shared machine). */
  serverCpuUsPerSubmit: number;
  submitted: number[];
  ceiling: Round;
  baseline: LoadResult;
  exportMs: number[];
  exportBytes: number;
}

// -- setup ------------------------------------------------------------------------------

const opts = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i + 1}`, text }));
/** The seven auto-marked kinds, in turn; `right` and `wrong` are answers to each. */
const KINDS: { content: QuestionContent; right: unknown; wrong: unknown }[] = [
  { content: { type: 'single', body: { options: opts('3', '4', '5', '6') }, answerKey: { optionId: 'o2' } }, right: 'o2', wrong: 'o1' },
  { content: { type: 'multiple', body: { options: opts('2', '3', '4', '5') }, answerKey: { optionIds: ['o1', 'o3'] } }, right: ['o1', 'o3'], wrong: ['o1'] },
  { content: { type: 'true_false', body: {}, answerKey: { value: true } }, right: true, wrong: false },
  { content: { type: 'ordering', body: { items: opts('1', '10', '100', '1000') }, answerKey: { order: ['o1', 'o2', 'o3', 'o4'] } }, right: ['o1', 'o2', 'o3', 'o4'], wrong: ['o2', 'o1', 'o3', 'o4'] },
  {
    content: { type: 'matching', body: { left: opts('一', '二', '三'), right: opts('1', '2', '3', '4') }, answerKey: { pairs: { o1: 'o1', o2: 'o2', o3: 'o3' } } },
    right: { o1: 'o1', o2: 'o2', o3: 'o3' },
    wrong: { o1: 'o2', o2: 'o1', o3: 'o3' },
  },
  { content: { type: 'fill', body: { blanks: 2 }, answerKey: { blanks: [['12', '十二'], ['4', '四']] } }, right: [' 十二 ', '４'], wrong: ['12', '5'] },
  { content: { type: 'short', body: {}, answerKey: { accepted: ['Macau', '澳門'] } }, right: 'MACAU.', wrong: 'Hong Kong' },
];
const kindOf = (j: number) => KINDS[j % KINDS.length];

/** Seeds the demo school, the students with their sessions, the questions and the definition. */
async function setup(dataDir: string): Promise<{ sessions: { cookie: string; csrf: string }[]; questionIds: string[]; definitionId: string; subjectId: string; classIds: string[] }> {
  const deps = await createLocalDeps({ ...process.env, DATA_DIR: dataDir });
  try {
    await seedDemo(deps);
    const row = await deps.registry.row(DEMO_SCHOOL);
    if (!row) throw new Error('no demo school');
    const { db } = await deps.schools.get(DEMO_SCHOOL);
    const ctx = systemContext(deps, toSchool(row), db);
    const now = deps.clock.now();
    const classRows = await db.select({ id: classes.id, name: classes.name }).from(classes).all();
    const classId = new Map(classRows.map((c) => [c.name, c.id]));
    const subjectId = (await db.select({ id: subjects.id }).from(subjects).where(eq(subjects.code, 'MATH')).get())?.id ?? '';
    const memberIds: string[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < STUDENTS; i++) {
        const name = generatedName(i);
        const memberId = await insertMember(tx, { kind: 'student', name, phone: String(68_100_000 + i) }, now);
        memberIds.push(memberId);
        const klass = classId.get(DEMO_CLASSES[i % DEMO_CLASSES.length].className);
        if (!klass) throw new Error(`no demo class ${DEMO_CLASSES[i % DEMO_CLASSES.length].className}`);
        await tx.insert(students).values({ id: newId(now.getTime()), name, educationId: generatedId(i), birthDate: '2016-09-01', classId: klass, memberId, createdAt: now, updatedAt: now });
      }
    });
    const sessions: { cookie: string; csrf: string }[] = [];
    for (const memberId of memberIds) {
      const token = await startSession(ctx, { memberId, surface: 'mobile' });
      sessions.push({ cookie: `sc_session=${token}`, csrf: csrfTokenOf(token) });
    }
    const questionIds = Array.from({ length: QUESTIONS }, () => newId(now.getTime()));
    const definitionId = newId(now.getTime());
    const sectionId = newId(now.getTime());
    const creator = { creatorId: 'bench', creatorName: 'bench' };
    await db.transaction(async (tx) => {
      await tx.insert(hwQuestions).values(
        questionIds.map((id, j) => {
          const { type, body, answerKey } = kindOf(j).content;
          return { id, subjectId, type, text: `第 ${j + 1} 題`, body, answerKey, attachmentIds: [], status: 'published' as const, ...creator, createdAt: now, updatedAt: now, publishedAt: now };
        }),
      );
      await tx.insert(hwDefinitions).values({ id: definitionId, title: '期中練習', subjectId, scored: true, status: 'completed', totalScore: QUESTIONS * 2, ...creator, createdAt: now, updatedAt: now, completedAt: now });
      await tx.insert(hwSections).values({ id: sectionId, definitionId, parentId: null, title: '全部', sortOrder: 0 });
      await tx.insert(hwDefinitionItems).values(questionIds.map((questionId, j) => ({ id: newId(now.getTime()), definitionId, sectionId, questionId, score: 2, sortOrder: j })));
    });
    return { sessions, questionIds, definitionId, subjectId, classIds: classRows.map((c) => c.id) };
  } finally {
    await deps.schools.closeAll();
    deps.control.client.close();
  }
}

/** Student i's answers: right, except a wrong one every fifth question (shifted per student). */
function answersOf(i: number, questionIds: string[]): string {
  const answers = Object.fromEntries(questionIds.map((id, j) => [id, (i + j) % 5 === 0 ? kindOf(j).wrong : kindOf(j).right]));
  return JSON.stringify({ answers, submit: true });
}

// -- the client (a child process on the load CPU) ----------------------------------------

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Every student PUTs once to `url`, IN_FLIGHT at a time. */
async function round(url: string, job: ClientJob): Promise<Round> {
  const times: number[] = [];
  let next = 0;
  let failed = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const worker = async () => {
    for (let i = next++; i < job.students.length; i = next++) {
      const s = job.students[i];
      const start = performance.now();
      const res = await fetch(url, { method: 'PUT', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, body: s.body });
      const text = await res.text();
      if (res.ok) times.push(performance.now() - start);
      else {
        failed++;
        firstError ??= `${res.status} ${text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const ms = performance.now() - t0;
  times.sort((a, b) => a - b);
  return { ms, ok: times.length, failed, firstError, p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function client(jobFile: string): Promise<Round[]> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as ClientJob;
  const out: Round[] = [];
  for (const path of job.rounds) out.push(await round(`${job.base}${path}`, job));
  return out;
}

/** Runs the client in a child pinned to the load generator's CPU. */
async function runClient(dir: string, job: ClientJob): Promise<Round[]> {
  const file = join(dir, `client-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(job));
  return JSON.parse(await runChild(pinned(CPU.load, [process.execPath, 'bench/homework.ts', '--client', file]))) as Round[];
}

// -- the run ----------------------------------------------------------------------------

/** CPU time a process has used, ms (user + system, from /proc; NaN elsewhere). */
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

export async function benchHomework(): Promise<HomeworkResult> {
  const dataDir = makeTempDir('homework');
  try {
    const seeded = await setup(dataDir);
    const bodies = seeded.sessions.map((s, i) => ({ ...s, body: answersOf(i, seeded.questionIds) }));
    // HOMEWORK_PROFILE=<dir>: Bun's CPU profile of the server (markdown) is written there when it stops
    const app = await startApp(dataDir, process.env.HOMEWORK_PROFILE ? ['--cpu-prof-md', `--cpu-prof-dir=${process.env.HOMEWORK_PROFILE}`] : []);
    let measured: Omit<HomeworkResult, 'ceiling' | 'baseline'>;
    try {
      const cookie = await signInBackOffice(app);
      const me = (await (await ok(await fetch(`${app.url}${API}/auth/me`, { headers: { cookie } }), 'me')).json()) as { csrfToken: string };
      const admin = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
      const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString();
      const assignmentIds: string[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const body = { title: `期中練習 ${r + 1}`, subjectId: seeded.subjectId, definitionId: seeded.definitionId, kind: 'answer', classIds: seeded.classIds, deadline, publish: true };
        const res = await ok(await fetch(`${app.url}${API}/homework/assignments`, { method: 'POST', headers: admin, body: JSON.stringify(body) }), 'assign');
        assignmentIds.push(((await res.json()) as { id: string }).id);
      }
      const job = (ids: string[]) => ({ base: app.url, rounds: ids.map((id) => `${API}/homework/mine/${id}`), students: bodies });
      const warmUp = await runClient(dataDir, job(assignmentIds.slice(0, 1)));
      await waitForQuiet();
      const cpu0 = cpuMsOf(app.pid);
      const rounds = [...warmUp, ...(await runClient(dataDir, job(assignmentIds.slice(1))))];
      const serverCpuUsPerSubmit = ((cpuMsOf(app.pid) - cpu0) * 1000) / rounds.slice(1).reduce((n, x) => n + x.ok, 0);
      const submitted: number[] = [];
      for (const id of assignmentIds) {
        const view = (await (await ok(await fetch(`${app.url}${API}/homework/assignments/${id}`, { headers: { cookie } }), 'assignment')).json()) as { counts?: { submitted?: number } };
        submitted.push(view.counts?.submitted ?? Number.NaN);
      }
      const exportMs: number[] = [];
      let exportBytes = 0;
      for (let i = 0; i < EXPORTS; i++) {
        const t0 = performance.now();
        const res = await ok(await fetch(`${app.url}${API}/homework/assignments/${assignmentIds[assignmentIds.length - 1]}/export`, { headers: { cookie } }), 'export');
        exportBytes = (await res.arrayBuffer()).byteLength;
        exportMs.push(performance.now() - t0);
      }
      measured = { rounds, serverCpuUsPerSubmit, submitted, exportMs, exportBytes };
    } finally {
      await app.stop();
    }
    const hello = await startServer('bench/servers/hello.ts', {});
    try {
      const baseline = await load({ url: hello.url, serverPid: hello.pid });
      await waitForQuiet();
      const [ceiling] = await runClient(dataDir, { base: hello.url, rounds: ['/'], students: bodies });
      return { ...measured, ceiling, baseline };
    } finally {
      await hello.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const perSec = (r: Round) => (r.ok * 1000) / r.ms;

/** The figures as the markdown table docs/BENCHMARKS.md shows. */
export function homeworkMarkdown(r: HomeworkResult, when: string): string {
  const met = (b: boolean) => (b ? 'met' : '**missed**');
  const measured = r.rounds.slice(1);
  const rate = median(measured.map(perSec));
  const exportMs = median(r.exportMs);
  const failed = r.rounds.reduce((n, x) => n + x.failed, 0);
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  return [
    `Run of ${when}: ${STUDENTS.toLocaleString('en-US')} students × ${QUESTIONS} questions, ${IN_FLIGHT} submits in flight, ${ROUNDS} assignments (the first a warm-up); medians (all runs in brackets).`,
    '',
    '| measurement | figure | target | |',
    '|---|---:|---:|---|',
    `| submit + auto-mark + store (PUT …/homework/mine/:id) | ${int(rate)} submissions/s (${measured.map((x) => int(perSec(x))).join(', ')}; warm-up ${int(perSec(r.rounds[0]))}) | ≥ ${TARGETS.submissionsPerSec}/s | ${met(rate >= TARGETS.submissionsPerSec)} |`,
    `| server CPU per submission | ${int(r.serverCpuUsPerSubmit)} µs (≤ ${int(1e6 / TARGETS.submissionsPerSec)} µs on one core for ${TARGETS.submissionsPerSec}/s) | | |`,
    `| submit latency at ${IN_FLIGHT} in flight | p50 ${median(measured.map((x) => x.p50)).toFixed(1)} ms, p99 ${median(measured.map((x) => x.p99)).toFixed(1)} ms | | |`,
    `| handed in, as the assignments count them | ${r.submitted.map(int).join(', ')} of ${int(STUDENTS)} each${failed ? `; ⚠ ${failed} failed: ${r.rounds.find((x) => x.firstError)?.firstError}` : ''} | | |`,
    `| baseline: bare \`Bun.serve\` (autocannon GET, 64 connections) | ${int(r.baseline.rps)} req/s | | |`,
    `| the same client PUTting the same bodies to the bare server | ${int(perSec(r.ceiling))} req/s | | |`,
    `| submissions ÷ baseline / ÷ the client on the bare server | ${(rate / r.baseline.rps).toFixed(3)}× / ${(rate / perSec(r.ceiling)).toFixed(3)}× | | |`,
    `| results export (${(r.exportBytes / 1024).toFixed(0)} KB .xlsx) | ${exportMs.toFixed(0)} ms (${r.exportMs.map((n) => n.toFixed(0)).join(', ')}; first cold) | ≤ ${TARGETS.exportMs} ms | ${met(exportMs <= TARGETS.exportMs)} |`,
  ].join('\n');
}


/** Runs, prints, and (unless `write` is false) records the figures in docs/BENCHMARKS.md between its markers. */
export async function runAndRecord(write: boolean): Promise<void> {
  const r = await benchHomework();
  console.log(formatLoad('baseline (hello)', r.baseline));
  const md = homeworkMarkdown(r, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  console.log(md);
  if (!write) return;
  recordSection('homework', 'Homework (issue 6)', md);
}

if (import.meta.main) {
  const at = process.argv.indexOf('--client');
  if (at >= 0) console.log(JSON.stringify(await client(process.argv[at + 1])));
  else await runAndRecord(!process.argv.includes('--no-write'));
}
