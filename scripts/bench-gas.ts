/**
 * Service calls of one Tổng hợp in Apps Script, counted by the fakes over the built bundle: what the
 * real run's time depends on. Rows must not change the count; units may (one batch read per tab).
 */
import { resolve } from 'node:path';
import { ADMIN, province, road } from '../test/gas/province';

process.env.GAS_DIST = resolve(process.cwd(), 'dist');

function measure(units: number, rows: number) {
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
  p.world.resetCalls();
  const t0 = process.hrtime.bigint();
  p.g.call('menuSummarize', [], { user: ADMIN });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const calls = Object.fromEntries(p.world.calls);
  return {
    total: p.world.totalCalls(),
    reads: calls['Range.getValues'] ?? 0,
    writes: calls['Range.setValues'] ?? 0,
    ms,
  };
}

function measureSetup(units: number) {
  const world = province({ units }).world;
  const first = world.totalCalls();
  return first;
}

console.log('Apps Script: service calls of one Tổng hợp (fakes over dist/Code.js)');
for (const [units, rows] of [
  [11, 10],
  [11, 990],
  [130, 10],
  [130, 990],
] as const) {
  const m = measure(units, rows);
  console.log(
    `  ${String(units).padStart(3)} units × ${String(rows).padStart(4)} rows: ${m.total} calls (${m.reads} getValues, ${m.writes} setValues), ${m.ms.toFixed(0)} ms in-process`,
  );
}

console.log('Apps Script: service calls of Thiết lập báo cáo (first run, then a run that changes nothing)');
for (const units of [11, 130]) {
  const p = province({ units });
  p.world.resetCalls();
  p.g.call('menuSetup', [], { user: ADMIN });
  const rerun = p.world.totalCalls();
  console.log(
    `  ${String(units).padStart(3)} units: about ${measureSetup(units)} calls for the whole first set-up, ${rerun} for a re-run`,
  );
}
