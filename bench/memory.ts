/**
 * 5. Memory with 100 schools: starts the app (demo seeded, so 1 school), provisions 100 more
 *    through the operator API, opens each school's database with one `GET /api/s/<code>/info`,
 *    and reads the server's resident memory (VmRSS) from /proc. Then restarts the server on
 *    the same data directory (startup opens and migrates every school) and reads it again
 *    after the same 101 requests.
 *    bun bench/memory.ts
 */
import { DEMO_SCHOOL, getText, postJson, signInOperator, startApp } from './lib/app';
import { makeTempDir, memoryOf, removeTempDir, type Server } from './lib/processes';

export const SCHOOLS = 100;

export interface MemoryResult {
  schools: number;
  /** RSS just after start, MB (one school). */
  startMb: number;
  /** RSS after provisioning 100 schools through the API and touching all 101, MB. */
  provisionedMb: number;
  /** Peak RSS (VmHWM) of that process, MB. */
  provisionedPeakMb: number;
  /** RSS of a fresh process on the same 101 schools, after touching each, MB. */
  restartedMb: number;
  restartedPeakMb: number;
  /** Seconds to provision the 100 schools (PBKDF2 of each creator's password included). */
  provisionSeconds: number;
}

const codes = Array.from({ length: SCHOOLS }, (_, i) => `M-${i + 1}`);

async function touchAll(server: Server): Promise<void> {
  for (const code of [DEMO_SCHOOL, ...codes]) {
    const info = JSON.parse(await getText(server, `/api/s/${code}/info`)) as { code: string };
    if (info.code !== code) throw new Error(`/api/s/${code}/info answered ${info.code}`);
  }
}

export async function benchMemory(): Promise<MemoryResult> {
  const dataDir = makeTempDir('memory');
  try {
    const app = await startApp(dataDir);
    let start: number;
    let provisioned: { rssMb: number; peakMb: number };
    let provisionSeconds: number;
    try {
      await Bun.sleep(500);
      start = memoryOf(app.pid).rssMb;
      const headers = await signInOperator(app);
      const t0 = performance.now();
      for (const [i, code] of codes.entries()) {
        await postJson(
          app,
          '/api/operator/schools',
          {
            code,
            nameZh: `基準學校 ${i + 1}`,
            nameEn: `Benchmark School ${i + 1}`,
            creator: { name: '創建人', account: 'admin', areaCode: '853', phone: String(66100001 + i), password: 'bench-password' },
          },
          headers,
        );
      }
      provisionSeconds = (performance.now() - t0) / 1000;
      await touchAll(app);
      await Bun.sleep(500);
      provisioned = memoryOf(app.pid);
    } finally {
      await app.stop();
    }

    const again = await startApp(dataDir);
    try {
      await touchAll(again);
      await Bun.sleep(500);
      const restarted = memoryOf(again.pid);
      return {
        schools: SCHOOLS + 1,
        startMb: start,
        provisionedMb: provisioned.rssMb,
        provisionedPeakMb: provisioned.peakMb,
        restartedMb: restarted.rssMb,
        restartedPeakMb: restarted.peakMb,
        provisionSeconds,
      };
    } finally {
      await again.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

if (import.meta.main) {
  const r = await benchMemory();
  console.log(`RSS at start (1 school)                          ${r.startMb.toFixed(0)} MB`);
  console.log(`RSS after provisioning ${SCHOOLS} + touching ${r.schools}        ${r.provisionedMb.toFixed(0)} MB (peak ${r.provisionedPeakMb.toFixed(0)} MB, provisioning ${r.provisionSeconds.toFixed(1)} s)`);
  console.log(`RSS restarted on ${r.schools} schools, each touched       ${r.restartedMb.toFixed(0)} MB (peak ${r.restartedPeakMb.toFixed(0)} MB)`);
}
