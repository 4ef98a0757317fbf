/** Periods in the CLI: open the next period from a finished workbook, and compare a period with the previous. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { aggregate, comparePeriods, keyMeasures, messages, type PeriodComparison, type SummaryLayout } from '../core';
import { cmdAggregate, type Out, open } from './commands';
import { addMauSheet } from './mau-commands';
import { textTable } from './table';
import { newWorkbook, UsageError } from './xlsx';

const t = messages.cliText;
const p = messages.periodText;

/**
 * `tong-hop new-period`: a new workbook for the next period with the finished one's Mẫu, units, emails,
 * deadlines and admins, and empty unit tabs. The finished workbook is not touched: it is the archive.
 */
export async function cmdNewPeriod(
  path: string,
  opts: { period?: string; out?: string; force?: boolean },
  out: Out,
): Promise<number> {
  if (!opts.period) throw new UsageError(t.needArg(p.needPeriod));
  if (!opts.out) throw new UsageError(t.needArg('--out TỆP.xlsx'));
  if (existsSync(opts.out) && !opts.force) throw new UsageError(t.outExists(opts.out));
  const o = await open(path);
  const { template, settings } = o.loaded;
  const wb = newWorkbook(template, { ...settings, period: opts.period });
  if (o.source.tab(messages.mauText.sheet)) addMauSheet(wb, template);
  await wb.xlsx.writeFile(opts.out);
  out(p.newPeriod(opts.out, opts.period, settings.units.length, path));
  return 0;
}

/** Writes the previous period and the change beside the summary's columns, row by row. */
function addBeside(ws: ExcelJS.Worksheet, c: PeriodComparison, keys: string[], layout: SummaryLayout) {
  let col = layout.width;
  const label = (k: string) => c.measures.find((m) => m.key === k)?.label ?? k;
  const cell = (n: number | null) => (n === null ? '' : n);
  for (const k of keys) {
    ws.getCell(layout.headerRow, col + 1).value = p.previous(label(k));
    ws.getCell(layout.headerRow, col + 2).value = p.change(label(k));
    c.units.forEach((u, i) => {
      ws.getCell(layout.firstUnitRow + i, col + 1).value = cell(u.previous[k]);
      ws.getCell(layout.firstUnitRow + i, col + 2).value = cell(u.change[k]);
    });
    ws.getCell(layout.totalRow, col + 1).value = cell(c.total.previous[k]);
    ws.getCell(layout.totalRow, col + 2).value = cell(c.total.change[k]);
    for (const x of [col + 1, col + 2]) {
      ws.getColumn(x).width = 14;
      ws.getColumn(x).numFmt = '#,##0.0';
    }
    col += 2;
  }
  ws.getRow(layout.headerRow).font = { bold: true };
  ws.getRow(layout.headerRow).alignment = { wrapText: true, vertical: 'middle' };
}

/**
 * `tong-hop aggregate --previous`: the ordinary summary, then the previous period beside it (in the
 * Tổng hợp sheet and on the terminal, or as `previous` in --json).
 */
export async function cmdAggregateWithPrevious(
  path: string,
  opts: { out?: string; json?: boolean; previous: string },
  out: Out,
): Promise<number> {
  if (!existsSync(opts.previous)) throw new UsageError(t.notFound(opts.previous));
  const before = await open(opts.previous);
  const lines: string[] = [];
  const compared: { c?: PeriodComparison; keys: string[] } = { keys: [] };
  // The previous period goes into the summary sheet before it is written: one write, in place or --out.
  const code = await cmdAggregate(
    path,
    { out: opts.out, json: opts.json },
    (l) => lines.push(l),
    (now, summary, ws, layout) => {
      const c = comparePeriods(summary, aggregate(before.loaded.template, before.inputs));
      const keys = keyMeasures(now.loaded.template, c);
      addBeside(ws, c, keys, layout);
      Object.assign(compared, { c, keys });
    },
  );
  const { c, keys } = compared;
  if (!c) return code;
  if (opts.json) {
    out(JSON.stringify({ ...JSON.parse(lines.join('\n')), previous: c }, null, 2));
    return code;
  }
  for (const l of lines) out(l);
  const label = (k: string) => c.measures.find((m) => m.key === k)?.label ?? k;
  const fmt = (n: number | null) => (n === null ? '' : Math.round(n * 10) / 10);
  const head = [
    messages.summaryText.headers.unit,
    ...keys.flatMap((k) => [label(k), p.previous(label(k)), p.change(label(k))]),
  ];
  const row = (r: PeriodComparison['total'], name: string) => [
    name,
    ...keys.flatMap((k) => [fmt(r.current[k]), fmt(r.previous[k]), fmt(r.change[k])]),
  ];
  out('');
  out(p.compared(basename(opts.previous), c.units.filter((u) => keys.some((k) => u.previous[k] !== null)).length));
  out(textTable(head, [...c.units.map((u) => row(u, u.unit)), row(c.total, messages.summaryText.total)]));
  return code;
}
