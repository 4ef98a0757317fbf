/**
 * The engine's throughput on the road template (BENCH_UNITS × BENCH_ROWS, default 130 × 1,000), as values
 * a sheet would return. It times validation and aggregation only; reading files is the adapters' cost.
 * Run by `npm run bench` (scripts/bench.mjs) at several sizes.
 */
import {
  aggregate,
  reviewUnits,
  roads,
  type Settings,
  UNIT_TAB,
  type Unit,
  unitTabHead,
  VIETNAM_TIME_ZONE,
} from '../core';
import { sampleRoads } from './demo';

const UNITS = Number(process.env.BENCH_UNITS ?? 130);
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
/** Runs timed after one untimed warm-up run (the JIT would otherwise dominate the small sizes). */
const RUNS = 5;

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const units: Unit[] = Array.from({ length: UNITS }, (_, i) => ({
  code: `DV${i + 1}`,
  name: `Đơn vị ${i + 1}`,
  sheet: `Đơn vị ${i + 1}`,
  emails: [`dv${i + 1}@example.org`],
  target: null,
}));
const settings: Settings = {
  templateId: roads.id,
  reportTitle: roads.title,
  period: '',
  units,
  deadlines: roads.deadlines,
  admins: [],
};
const rnd = seeded(7);
const tabs = new Map(
  units.map((u) => {
    const rows = sampleRoads(u, ROWS, rnd);
    // Every 50th row carries a mistake, so the error path is part of the measure.
    rows.forEach((r, k) => {
      if (k % 50 === 0) r[2] = 'năm trăm';
    });
    return [u.sheet, [...unitTabHead(roads, u, ''), ...rows] as unknown[][]];
  }),
);
const cells = UNITS * (ROWS + UNIT_TAB.headerRow) * roads.columns.length;

let peak = process.memoryUsage().rss;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const times: number[] = [];
let errors = 0;
reviewUnits(roads, settings, (u) => tabs.get(u.sheet) ?? null, VIETNAM_TIME_ZONE);
for (let run = 0; run < RUNS; run++) {
  const t0 = process.hrtime.bigint();
  const inputs = reviewUnits(roads, settings, (u) => tabs.get(u.sheet) ?? null, VIETNAM_TIME_ZONE);
  const summary = aggregate(roads, inputs);
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  peak = Math.max(peak, process.memoryUsage().rss);
  errors = summary.units.reduce((a, u) => a + u.errors, 0);
}
clearInterval(sample);
const best = Math.min(...times);
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(
  `engine: ${UNITS} units × ${ROWS} rows × ${roads.columns.length} columns = ${cells.toLocaleString('en')} cells`,
);
console.log(`runs: ${times.map((x) => x.toFixed(3)).join(' s, ')} s (validate + aggregate)`);
console.log(
  `throughput: ${Math.round(cells / median).toLocaleString('en')} cells/s (median), ${Math.round(cells / best).toLocaleString('en')} cells/s (best)`,
);
console.log(`peak memory: ${(peak / 1024 / 1024).toFixed(0)} MiB RSS (input values included)`);
console.log(`errors found: ${errors} (expected ${UNITS * Math.ceil(ROWS / 50)})`);
// One line for scripts/bench.mjs, which gathers every measure into bench/results.json.
console.log(
  `BENCH ${JSON.stringify({ engine: { units: UNITS, rows: ROWS, cells, seconds: median, cellsPerSecond: cells / median, peakMiB: peak / 1024 / 1024 } })}`,
);
