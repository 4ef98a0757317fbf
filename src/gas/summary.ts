/** Tổng hợp: one batch read per tab, the core aggregates, one batch write, under the document lock. */
import {
  aggregate,
  comparePeriods,
  formatDateTimeIn,
  keyMeasures,
  renderSummary,
  type Summary,
  type SummaryLayout,
  type UnitInput,
  withPrevious,
} from '../core';
import * as messages from '../core/messages';
import { asTextRows } from './cells';
import { loadContext, requireAdmin, TIME_ZONE, withLock } from './env';
import { appendLog } from './log';
import { previousFigures } from './period';
import { completePendingLocks, protectAdminSheet } from './protect';
import { adminProblems, review } from './review';
import { SUMMARY_AT, writeSnapshots } from './snapshot';
import { formatSummarySheet } from './summary-format';

const t = messages.summaryText;

export interface SummaryResult {
  summary: Summary;
  when: string;
  /** The tabs as read for this summary (the sidebar shows them without reading again). */
  inputs: UnitInput[];
  /** Tabs renamed by hand or not the unit's, and Cấu hình's problems, for the admin to read; '' when none. */
  problems: string;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Values, number formats, layout and the chart of a summary, on a new sheet. */
function writeSummary(sheet: Sheet, layout: SummaryLayout, summary: Summary, chartMeasure?: string): void {
  const rows = layout.values.length;
  const all = sheet.getRange(1, 1, rows, layout.width);
  all.setValues(asTextRows(layout.values));
  formatSummarySheet(sheet, layout);
  const measure = chartMeasure ?? summary.measures[0].key;
  const units = summary.units.length;
  if (units > 0) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(layout.headerRow, layout.unitCol, units + 1, 1))
      .addRange(sheet.getRange(layout.headerRow, layout.measureCols[measure], units + 1, 1))
      .setNumHeaders(1)
      .setOption('title', summary.measures.find((m) => m.key === measure)?.label ?? '')
      .setOption('legend', { position: 'none' })
      .setPosition(layout.totalRow + 3, 2, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
}

export function summarize(): SummaryResult {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    completePendingLocks(ctx);
    const { inputs, renamed, foreign } = review(ctx);
    const summary = aggregate(ctx.template, inputs);
    const when = formatDateTimeIn(new Date(), TIME_ZONE);
    const plain = renderSummary(ctx.template, summary, ctx.settings.reportTitle, when);
    // The previous period beside the current one, when Mở kỳ báo cáo mới archived one.
    const previous = previousFigures(ctx);
    const compared = previous ? comparePeriods(summary, previous) : null;
    const layout = compared ? withPrevious(plain, compared, keyMeasures(ctx.template, compared)) : plain;

    // Built aside, complete and protected, then swapped in: a cut at any call leaves the old complete
    // summary or the new complete one (for one call of the swap, under its working name).
    const draft = messages.atomicText.summaryDraftSheet;
    // A draft left by a cut run goes; the new summary takes the place of the old one (or of that draft).
    const leftover = ctx.ss.getSheetByName(draft);
    const old = ctx.ss.getSheetByName(t.sheet);
    const place = old || !leftover ? 0 : leftover.getIndex();
    if (leftover) ctx.ss.deleteSheet(leftover);
    const at = old ? old.getIndex() : place;
    const sheet = at ? ctx.ss.insertSheet(draft, at - 1) : ctx.ss.insertSheet(draft);
    writeSummary(sheet, layout, summary, ctx.template.chartMeasure);
    protectAdminSheet(ctx, sheet, t.sheet);
    if (old) ctx.ss.deleteSheet(old);
    sheet.setName(t.sheet);
    // The board's figures for every tab just read, and the summary's time line (its A2), in one call.
    writeSnapshots(inputs, { [SUMMARY_AT]: String(layout.values[1]?.[0] ?? '') });
    appendLog(ctx.ss, [
      {
        kind: 'summary',
        unit: '',
        who: ctx.email,
        key: '',
        detail: messages.gasText.summaryDone(summary.completeness.units, summary.completeness.submitted),
      },
    ]);
    return { summary, when, inputs, problems: adminProblems(ctx, renamed, foreign) };
  });
}
