// `npm run bench [-- --quick]`: every figure of the performance table, measured now, printed beside its
// goal and written to bench/results.json (one object: each figure's value, unit and the run's parameters).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const quick = process.argv.includes('--quick');

/** Runs one bench program and returns the object of its `BENCH {json}` line. */
function run(script, env = {}) {
  const r = spawnSync(process.execPath, [script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (r.stdout ?? '').split('\n');
  for (const l of lines) if (l && !l.startsWith('BENCH ')) console.log(l);
  const json = lines.find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !json) {
    console.error(r.stderr);
    throw new Error(`${script} failed (exit ${r.status})`);
  }
  return JSON.parse(json.slice(6));
}

const engineSizes = quick
  ? [
      [11, 100],
      [130, 100],
    ]
  : [
      [11, 1000],
      [130, 1000],
      [1000, 1000],
    ];
const engine = engineSizes.map(
  ([units, rows]) => run('dist-local/bench.js', { BENCH_UNITS: String(units), BENCH_ROWS: String(rows) }).engine,
);
const [xu, xr] = quick ? [11, 100] : [130, 1000];
const { xlsx } = run('dist-local/bench-xlsx.js', { BENCH_UNITS: String(xu), BENCH_ROWS: String(xr) });
const { gas } = run('dist-local/bench-gas.js', quick ? { BENCH_QUICK: '1' } : {});

const biggestSummary = gas.summary.at(-1);
const flat = gas.summary.filter((s) => s.units === biggestSummary.units).every((s) => s.calls === biggestSummary.calls);
const setupMax = gas.setup.at(-1);
const sidebarMax = gas.sidebar.at(-1);
const slowest = Math.min(...engine.map((e) => e.cellsPerSecond));
const figures = {
  summaryCalls: {
    value: biggestSummary.calls,
    unit: 'service calls',
    params: { units: biggestSummary.units, rows: biggestSummary.rows, flatInRows: flat },
    goal: `≤ units + 5 (${biggestSummary.units + 5}), flat in rows`,
    met: biggestSummary.calls <= biggestSummary.units + 5 && flat,
  },
  summaryVsNaive: {
    value: gas.naive.ratio,
    unit: '× fewer calls than cell-by-cell',
    params: { units: gas.naive.units, rows: gas.naive.rows, naiveCalls: gas.naive.calls, calls: gas.naive.ours },
    goal: '≥ 1,000×',
    met: gas.naive.ratio >= 1000,
  },
  setupCallsPerUnit: {
    value: setupMax.perUnit,
    unit: 'service calls a unit, first set-up',
    params: { byUnits: gas.setup },
    goal: '≤ 15',
    met: gas.setup.every((s) => s.perUnit <= 15),
  },
  sidebarOpenCalls: {
    value: sidebarMax.calls,
    unit: 'service calls to open the admin sidebar',
    params: { byUnits: gas.sidebar },
    goal: '≤ 10 whatever the units',
    met: gas.sidebar.every((s) => s.calls <= 10),
  },
  engineCellsPerSecond: {
    value: slowest,
    unit: 'cells/s (validate + aggregate, slowest size)',
    params: { bySize: engine },
    goal: '≥ 2,000,000, linear in units',
    met: slowest >= 2_000_000,
  },
  xlsxAggregateSeconds: {
    value: xlsx.seconds,
    unit: 's',
    params: xlsx,
    goal: '≤ 10 s',
    met: xlsx.seconds <= 10,
  },
  xlsxAggregatePeakMiB: {
    value: xlsx.peakMiB,
    unit: 'MiB RSS',
    params: xlsx,
    goal: '≤ 500 MiB',
    met: xlsx.peakMiB <= 500,
  },
  bundleKB: {
    value: gas.bundle.bytes / 1024,
    unit: 'KB (dist/Code.js)',
    params: {},
    goal: '≤ 150 KB',
    met: gas.bundle.bytes / 1024 <= 150,
  },
  loadAndOnOpenMs: {
    value: gas.bundle.loadAndOnOpenMs,
    unit: 'ms (gas-local load + onOpen)',
    params: {},
    goal: '≤ 20 ms',
    met: gas.bundle.loadAndOnOpenMs <= 20,
  },
};

const fmt = (v) => (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
console.log(`\n${quick ? 'QUICK ' : ''}bench, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}):`);
console.log('| figure | measured | goal | met |\n| --- | --- | --- | --- |');
for (const [name, f] of Object.entries(figures))
  console.log(`| ${name} | ${fmt(f.value)} ${f.unit} | ${f.goal} | ${f.met ? 'yes' : 'no'} |`);

mkdirSync('bench', { recursive: true });
const file = quick ? 'bench/results-quick.json' : 'bench/results.json';
writeFileSync(
  file,
  `${JSON.stringify({ command: `npm run bench${quick ? ' -- --quick' : ''}`, date: new Date().toISOString(), cores: cpus().length, figures }, null, 2)}\n`,
);
console.log(`written: ${file}`);
