import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export interface TestServer {
  /** e.g. http://localhost:41234 */
  url: string;
  dataDir: string;
  /** Waits for the SMS sent to this phone after `since` (ms) and returns its 6-digit code. */
  smsCode(areaCode: string, phone: string, since: number): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

function waitForReady(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server not ready after ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      if (output().includes('ready on')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before it was ready:\n${output()}`));
    });
  });
}

/**
 * Starts the Bun server on a free port with a fresh data directory and the demo school
 * (DEMO=1), and waits until it says "ready on". `E2E_SERVER_ENTRY` swaps the entry file.
 */
export async function startServer(): Promise<TestServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'smart-campus-e2e-'));
  const entry = process.env.E2E_SERVER_ENTRY ?? 'api/src/bun.ts';
  const child = spawn(join(root, 'node_modules/.bin/bun'), [entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO: '1', PUBLIC_URL: `http://localhost:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  try {
    await waitForReady(child, () => output, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    throw error;
  }

  return {
    url: `http://localhost:${port}`,
    dataDir,
    async smsCode(areaCode, phone, since) {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        let log = '';
        try {
          log = readFileSync(join(dataDir, 'sms.log'), 'utf8');
        } catch {
          // not written yet
        }
        const sms = log
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { at: string; areaCode: string; phone: string; text: string })
          .filter((s) => s.areaCode === areaCode && s.phone === phone && Date.parse(s.at) >= since - 1000)
          .at(-1);
        const code = sms?.text.match(/\b(\d{6})\b/)?.[1];
        if (code) return code;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`no SMS code for +${areaCode} ${phone} in ${join(dataDir, 'sms.log')}`);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
