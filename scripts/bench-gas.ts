/**
 * Apps Script cost, counted by the fakes over the built bundle: what a real run's time depends on.
 * Tổng hợp's calls (flat in rows) beside a naive cell-by-cell reference kept here; Thiết lập's calls at
 * provincial sizes; the admin sidebar's opening; the bundle's size and load time.
 * Prints one `BENCH {json}` line for scripts/bench.mjs. BENCH_QUICK=1 for a small run.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Google, World } from '../test/fakes';
import { ADMIN, province, road } from '../test/gas/province';

process.env.GAS_DIST = resolve(process.cwd(), 'dist');
const quick = process.env.BENCH_QUICK === '1';

function filled(units: number, rows: number) {
  const p = province({ units });
  for (const u of p.units) {
    p.g.type(
      u.emails[0],
      u.sheet,
      6,
      1,
      Array.from({ length: rows }, (_, i) => road(`Đường ${i + 1}`, 450 + (i % 400))),
    );
  }
  return p;
}

type Counted = { total: number; reads: number; writes: number };
function counted(world: World): Counted {
  const calls = Object.fromEntries(world.calls);
  return { total: world.totalCalls(), reads: calls['Range.getValues'] ?? 0, writes: calls['Range.setValues'] ?? 0 };
}

/** Tổng hợp as the add-in runs it. */
function summaryCalls(units: number, rows: number): Counted {
  const p = filled(units, rows);
  p.world.resetCalls();
  p.g.call('menuSummarize', [], { user: ADMIN });
  return counted(p.world);
}

/** The reference a first draft would write: every cell of every unit tab read with its own call. */
function naiveCalls(units: number, rows: number): number {
  const p = filled(units, rows);
  p.world.resetCalls();
  p.world.run(() => {
    const ss = p.g.spreadsheet;
    for (const u of p.units) {
      const sheet = ss.getSheetByName(u.sheet);
      const lastRow = sheet.getLastRow();
      const lastCol = sheet.getLastColumn();
      for (let r = 1; r <= lastRow; r++) for (let c = 1; c <= lastCol; c++) sheet.getRange(r, c).getValue();
    }
  });
  return p.world.totalCalls();
}

/** Calls of a first Thiết lập báo cáo (the admin's two runs: choose the form, then after typing Cấu hình). */
function setupCalls(units: number): number {
  return province({ units }).world.totalCalls();
}

function sidebarCalls(units: number): number {
  const p = filled(units, 5);
  p.world.resetCalls();
  p.g.call('apiState', [], { user: ADMIN });
  return p.world.totalCalls();
}

function bundle() {
  const bytes = statSync(resolve('dist/Code.js')).size;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const g = new Google(new World({ now: new Date().toISOString(), user: ADMIN }));
    g.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const ms = times.sort((a, b) => a - b)[2];
  return { bytes, loadAndOnOpenMs: ms };
}

const result: Record<string, unknown> = {};
const sizes: [number, number][] = quick
  ? [
      [11, 10],
      [11, 100],
    ]
  : [
      [11, 10],
      [11, 990],
      [130, 10],
      [130, 990],
    ];
console.log('Apps Script: service calls of one Tổng hợp (fakes over dist/Code.js)');
result.summary = sizes.map(([units, rows]) => {
  const m = summaryCalls(units, rows);
  console.log(
    `  ${String(units).padStart(3)} units × ${String(rows).padStart(4)} rows: ${m.total} calls (${m.reads} getValues, ${m.writes} setValues)`,
  );
  return { units, rows, calls: m.total, getValues: m.reads, setValues: m.writes };
});
{
  const [units, rows] = quick ? [11, 100] : [130, 990];
  const naive = naiveCalls(units, rows);
  const ours = summaryCalls(units, rows).total;
  console.log(`  naive cell-by-cell reference, ${units} × ${rows}: ${naive} calls, ${(naive / ours).toFixed(0)}× ours`);
  result.naive = { units, rows, calls: naive, ours, ratio: naive / ours };
}
console.log('Apps Script: service calls of a first Thiết lập báo cáo');
result.setup = (quick ? [11, 30] : [65, 99, 170]).map((units) => {
  const calls = setupCalls(units);
  console.log(`  ${String(units).padStart(3)} units: ${calls} calls (${(calls / units).toFixed(1)} a unit)`);
  return { units, calls, perUnit: calls / units };
});
console.log('Apps Script: service calls of opening the admin sidebar');
result.sidebar = (quick ? [11] : [11, 130]).map((units) => {
  const calls = sidebarCalls(units);
  console.log(`  ${String(units).padStart(3)} units: ${calls} calls`);
  return { units, calls };
});
result.bundle = bundle();
console.log(
  `Apps Script bundle: ${((result.bundle as { bytes: number }).bytes / 1024).toFixed(0)} KB, load + onOpen ${(result.bundle as { loadAndOnOpenMs: number }).loadAndOnOpenMs.toFixed(1)} ms (gas-local, median of 5)`,
);
console.log(`BENCH ${JSON.stringify({ gas: result })}`);
