// The load generator, run under Node in its own process (never inside the server's):
//   node bench/lib/load-generator.mjs '{"url":…,"connections":64,"duration":10,"warmup":3,"headers":{…},"serverPid":…}'
// Warms up, then measures, and prints one JSON line. Latency percentiles come from every
// 2xx response time (autocannon's own histogram rounds to whole milliseconds). Around the
// measured window it also reads the CPU time of the server, of itself and of the whole
// machine, so a run disturbed by other work on the machine shows it.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2]);
const TICK_MS = 10; // USER_HZ is 100 on Linux

function run(duration, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: opts.url, connections: opts.connections, duration, headers: opts.headers ?? {} },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (onResponse) instance.on('response', onResponse);
  });
}

/** CPU ms: the server's, this process's, and the machine's (all cores) by kind. */
function cpuNow() {
  let server = Number.NaN;
  let machine = { tasks: Number.NaN, irq: Number.NaN, steal: Number.NaN };
  try {
    // fields after the ")" of the command name: utime is the 12th, stime the 13th
    const f = readFileSync(`/proc/${opts.serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
    server = (Number(f[11]) + Number(f[12])) * TICK_MS;
    // user nice system idle iowait irq softirq steal
    const c = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    machine = { tasks: (c[0] + c[1] + c[2]) * TICK_MS, irq: (c[5] + c[6]) * TICK_MS, steal: c[7] * TICK_MS };
  } catch {
    // no /proc (not Linux) or no server pid: the CPU figures stay NaN
  }
  const self = process.cpuUsage();
  return { server, self: (self.user + self.system) / 1000, machine, at: performance.now() };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

if (opts.warmup > 0) await run(opts.warmup);

let times = new Float64Array(1 << 20);
let n = 0;
const before = cpuNow();
const result = await run(opts.duration, (_client, status, _bytes, ms) => {
  if (status < 200 || status > 299) return;
  if (n === times.length) {
    const bigger = new Float64Array(times.length * 2);
    bigger.set(times);
    times = bigger;
  }
  times[n++] = ms;
});
const after = cpuNow();
const wall = after.at - before.at;
const sorted = times.subarray(0, n).sort();
const ok = result['2xx'];
const serverCpuMs = after.server - before.server;
const selfCpuMs = after.self - before.self;
const cores = (msOfCpu) => msOfCpu / wall;
process.stdout.write(
  `${JSON.stringify({
    requests: ok,
    seconds: result.duration,
    rps: ok / result.duration,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[n - 1] ?? Number.NaN,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    serverCores: cores(serverCpuMs),
    serverCpuUsPerRequest: (serverCpuMs * 1000) / ok,
    loadCores: cores(selfCpuMs),
    // interrupts and softirqs: on loopback, mostly the TCP traffic of this very benchmark
    irqCores: cores(after.machine.irq - before.machine.irq),
    // tasks other than the server and the load generator: other work on a shared machine
    otherCores: Math.max(0, cores(after.machine.tasks - before.machine.tasks - serverCpuMs - selfCpuMs)),
    // time the hypervisor gave to other guests
    stealCores: cores(after.machine.steal - before.machine.steal),
  })}\n`,
);
