/**
 * The .xlsx door at provincial scale: a generated workbook of N unit tabs × M rows, then
 * `tong-hop aggregate` on it (in place, as a clerk runs it) in a child process, timed, with its peak memory (scripts/rss.cjs).
 * Prints one `BENCH {json}` line for scripts/bench.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newSettings, roads, UNIT_TAB, type Unit } from '../src/core';
import { sampleRoads } from '../src/local/demo';
import { newWorkbook } from '../src/local/xlsx';

const UNITS = Number(process.env.BENCH_UNITS ?? 130);
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-xlsx-'));
  const units: Unit[] = Array.from({ length: UNITS }, (_, i) => ({
    code: `DV${String(i + 1).padStart(3, '0')}`,
    name: `Xã số ${i + 1}`,
    sheet: `Xã số ${i + 1}`,
    emails: [`xa${i + 1}@example.org`],
    target: null,
  }));
  const wb = newWorkbook(roads, newSettings(roads, units, [], 'Năm 2020'));
  const rnd = seeded(3);
  for (const u of units) {
    const ws = wb.getWorksheet(u.sheet);
    if (!ws) throw new Error(`no tab ${u.sheet}`);
    sampleRoads(u, ROWS, rnd).forEach((r, k) => {
      ws.getRow(UNIT_TAB.firstDataRow + k).values = r as never;
    });
  }
  const input = join(dir, 'bao-cao.xlsx');
  await wb.xlsx.writeFile(input);
  const size = statSync(input).size;
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', resolve('scripts/rss.cjs'), 'bin/tong-hop.js', 'aggregate', input], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = /BENCH_RSS (\d+)/.exec(run.stderr ?? '');
  if (process.env.BENCH_KEEP) console.log(dir, run.stdout.slice(-2000));
  else rmSync(dir, { recursive: true, force: true });
  // The province's total row proves the tabs were read, not just opened.
  if (!rss || !run.stdout.includes('Toàn tỉnh'))
    throw new Error(`aggregate failed (exit ${run.status}): ${run.stderr}`);
  const peakMiB = Number(rss[1]) / 1024;
  console.log(
    `xlsx door: tong-hop aggregate on ${UNITS} tabs × ${ROWS} rows (${(size / 1e6).toFixed(1)} MB): ${seconds.toFixed(1)} s, peak ${peakMiB.toFixed(0)} MiB RSS (exit ${run.status})`,
  );
  console.log(
    `BENCH ${JSON.stringify({ xlsx: { units: UNITS, rows: ROWS, bytes: size, seconds, peakMiB, exit: run.status } })}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
