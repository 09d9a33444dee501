'use strict';
// Reads h2load outputs and per-request log files; prints the median of the runs per target and the ratios.
// Usage: node summarize.js <results dir> <target>...   (files <dir>/<target>.<run>.out, .log and .cpu)
// .cpu holds "<target ticks before> <backend ticks before> <target ticks after> <backend ticks after> <ticks/s>";
// CPU per request = ticks / (req/s x BENCH_SECONDS), BENCH_SECONDS = duration + warm-up (both are on the CPU clock).
const fs = require('fs');
const path = require('path');

const [dir, ...targets] = process.argv.slice(2);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function readRun(target, run) {
  const out = fs.readFileSync(path.join(dir, `${target}.${run}.out`), 'utf8');
  const rps = Number(/finished in [^,]+, ([\d.]+) req\/s/.exec(out)?.[1]);
  const requests = /requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored/.exec(out);
  const durations = fs.readFileSync(path.join(dir, `${target}.${run}.log`), 'utf8')
    .split('\n').filter(Boolean).map((line) => Number(line.split('\t')[2])).sort((a, b) => a - b);
  const cpuFile = path.join(dir, `${target}.${run}.cpu`);
  const seconds = Number(process.env.BENCH_SECONDS || 0);
  let cpu = NaN;
  let backendCpu = NaN;
  if (fs.existsSync(cpuFile) && seconds > 0) {
    const [tb, bb, ta, ba, tck] = fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number);
    const requests = rps * seconds;
    cpu = ((ta - tb) / tck) * 1e6 / requests;
    backendCpu = ((ba - bb) / tck) * 1e6 / requests;
  }
  return {
    cpu, backendCpu,
    rps, done: Number(requests?.[3]), failed: Number(requests?.[5]) + Number(requests?.[6]),
    p50: percentile(durations, 50) / 1000, p99: percentile(durations, 99) / 1000,
  };
}

const results = {};
for (const target of targets) {
  const runs = fs.readdirSync(dir).filter((f) => f.startsWith(`${target}.`) && f.endsWith('.out'))
    .map((f) => readRun(target, f.split('.')[1]));
  if (runs.length === 0) continue;
  results[target] = {
    runs: runs.length,
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
    cpu: median(runs.map((r) => r.cpu)),
    backendCpu: median(runs.map((r) => r.backendCpu)),
  };
}

const isProxy = (target) => target.startsWith('gateway') || target === 'nginx';
const pad = (value, width) => String(value).padStart(width);
const fixed = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-'); // no .cpu files: not measured
console.log(`${'target'.padEnd(14)}${pad('runs', 6)}${pad('req/s', 12)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}${pad('failed', 8)}${pad('cpu us/req', 12)}${pad('+backend', 10)}`);
for (const [target, r] of Object.entries(results)) {
  const backend = isProxy(target) ? fixed(r.backendCpu) : '';
  console.log(`${target.padEnd(14)}${pad(r.runs, 6)}${pad(r.rps.toFixed(0), 12)}${pad(r.p50.toFixed(3), 10)}${pad(r.p99.toFixed(3), 10)}${pad(r.failed, 8)}${pad(fixed(r.cpu), 12)}${pad(backend, 10)}`);
}
const ours = results.ours;
const js = results['grpc-js'];
const gateway = results.gateway;
if (ours && js) {
  console.log(`ours/grpc-js throughput: ${(ours.rps / js.rps).toFixed(2)}x   p50: ${(ours.p50 / js.p50).toFixed(2)}x   p99: ${(ours.p99 / js.p99).toFixed(2)}x`);
}
for (const [name, g] of Object.entries(results).filter(([target]) => isProxy(target))) {
  if (ours) {
    console.log(`${`${name}/direct`.padEnd(21)} p50: +${(g.p50 - ours.p50).toFixed(3)} ms (+${(((g.p50 / ours.p50) - 1) * 100).toFixed(0)}%)   p99: +${(((g.p99 / ours.p99) - 1) * 100).toFixed(0)}%   throughput: ${(g.rps / ours.rps).toFixed(2)}x   proxy CPU: ${fixed(g.cpu)} us/call`);
  }
}
