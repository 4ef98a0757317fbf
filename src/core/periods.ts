import type { Summary, UnitInput } from './aggregate';
import type { IsoDate } from './dates';
import { foldKey } from './fold';
import { newPeriodText, periodText, statusNames, summaryText } from './messages';
import type { SummaryCell, SummaryLayout } from './summary';
import type { DeadlineSpec, Template } from './template';

type Figures = Record<string, number | null>;

/** One unit (or the province) in two periods: each measure now, before, and the change. */
export interface PeriodRow {
  unit: string;
  current: Figures;
  previous: Figures;
  change: Figures;
}

export interface PeriodComparison {
  /** The measures both periods have, in the current form's order. */
  measures: { key: string; label: string }[];
  units: PeriodRow[];
  total: PeriodRow;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** What a comparison needs of a period: its measures, each unit's figures, the province's. */
export interface PeriodFigures {
  measures: { key: string; label: string }[];
  units: { code: string; unit: string; measures: Figures }[];
  total: Figures;
}

/**
 * The current period beside the previous one: units matched by code, else by name (the list may have
 * changed between periods), measures matched by key; a unit new this period has no previous figures.
 */
export function comparePeriods(current: Summary, previous: PeriodFigures): PeriodComparison {
  const before = new Set(previous.measures.map((m) => m.key));
  const measures = current.measures.filter((m) => before.has(m.key));
  const row = (unit: string, now: Figures, then: Figures | undefined): PeriodRow => {
    const r: PeriodRow = { unit, current: {}, previous: {}, change: {} };
    for (const { key } of measures) {
      const a = now[key] ?? null;
      const b = then?.[key] ?? null;
      r.current[key] = a;
      r.previous[key] = b;
      r.change[key] = a !== null && b !== null ? round(a - b) : null;
    }
    return r;
  };
  const units = current.units.map((u) => {
    const p =
      previous.units.find((x) => x.code === u.code) ?? previous.units.find((x) => foldKey(x.unit) === foldKey(u.unit));
    return row(u.unit, u.measures, p?.measures);
  });
  return { measures, units, total: row('', current.total, previous.total) };
}

/** The few measures worth showing beside the summary: the chart's, the target's, then the form's first ones. */
export function keyMeasures(template: Template, comparison: PeriodComparison, max = 3): string[] {
  const have = new Set(comparison.measures.map((m) => m.key));
  const order = [template.chartMeasure, template.target?.measure, ...template.measures.map((m) => m.key)];
  const picked: string[] = [];
  for (const k of order) if (k && have.has(k) && !picked.includes(k) && picked.length < max) picked.push(k);
  return picked;
}

/** The previous period and the change beside the summary's table: new columns through the same layout. */
export function withPrevious(layout: SummaryLayout, c: PeriodComparison, keys: readonly string[]): SummaryLayout {
  if (!keys.length) return layout;
  const t = periodText;
  const label = (k: string) => c.measures.find((m) => m.key === k)?.label ?? k;
  const cell = (n: number | null | undefined): SummaryCell => (n === null || n === undefined ? '' : n);
  const extra = (r: number): SummaryCell[] => {
    if (r === layout.headerRow) return keys.flatMap((k) => [t.previous(label(k)), t.change(label(k))]);
    const row = r === layout.totalRow ? c.total : r >= layout.firstUnitRow ? c.units[r - layout.firstUnitRow] : null;
    if (!row) return keys.flatMap(() => ['', '']);
    return keys.flatMap((k) => [cell(row.previous[k]), cell(row.change[k])]);
  };
  const values = layout.values.map((r, i) => [...r, ...extra(i + 1)]);
  const width = layout.width + keys.length * 2;
  const percent = new Set(layout.percentCols);
  const formats = keys.flatMap((k) => {
    const f = layout.look.numberFormats[layout.measureCols[k] - 1] || '#,##0.0';
    return [f, f];
  });
  const percentCols = [...layout.percentCols];
  keys.forEach((k, i) => {
    if (percent.has(layout.measureCols[k])) percentCols.push(layout.width + 2 * i + 1, layout.width + 2 * i + 2);
  });
  const widths = keys.flatMap((k) => {
    const w = Math.max(12, layout.look.widths[layout.measureCols[k] - 1] ?? 12);
    return [w, w];
  });
  const headerLines = Math.max(
    layout.look.headerLines,
    ...keys.map((k) => Math.ceil(t.change(label(k)).length / Math.max(12, widths[0] ?? 12))),
  );
  return {
    ...layout,
    values,
    width,
    percentCols,
    look: {
      ...layout.look,
      numberFormats: [...layout.look.numberFormats, ...formats],
      widths: [...layout.look.widths, ...widths],
      headerLines,
    },
  };
}

const A = newPeriodText.archive;

/**
 * A finished period kept as values, to be found again in a year: the summary's figures (with the measures'
 * keys, so that the next period can be compared with it), then every unit's rows as the unit typed them,
 * each after the unit's code and name. The inverse is `readArchive`.
 */
export function renderArchive(opts: {
  period: string;
  reportTitle: string;
  when: string;
  who: string;
  template: Template;
  summary: Summary;
  /** Each unit's tab as read, and its report (for the header row and the columns). */
  tabs: { input: UnitInput; values: readonly (readonly unknown[])[] | null }[];
}): unknown[][] {
  const { template, summary } = opts;
  const cols = template.columns;
  const width = Math.max(3 + summary.measures.length, 2 + cols.length);
  const pad = (r: unknown[]) => {
    while (r.length < width) r.push('');
    return r;
  };
  const out: unknown[][] = [
    pad([A.title(opts.period)]),
    pad([A.saved(opts.reportTitle, opts.when, opts.who)]),
    pad([]),
    pad([A.summarySection]),
    pad([A.unitCode, A.unit, A.status, ...summary.measures.map((m) => m.label)]),
    pad([A.keys, '', '', ...summary.measures.map((m) => m.key)]),
    ...summary.units.map((u) =>
      pad([u.code, u.unit, statusNames[u.status], ...summary.measures.map((m) => u.measures[m.key] ?? '')]),
    ),
    pad([
      '',
      summaryText.total,
      `${summary.completeness.submitted}/${summary.completeness.units}`,
      ...summary.measures.map((m) => summary.total[m.key] ?? ''),
    ]),
    pad([]),
    pad([A.dataSection]),
    pad([A.unitCode, A.unit, ...cols.map((c) => c.label)]),
  ];
  for (const { input, values } of opts.tabs) {
    const report = input.report;
    if (!report || !values || report.headerRow === null) continue;
    for (const r of dataRows(values, report.headerRow, report.columns, cols)) {
      out.push(pad([input.unit.code, input.unit.name, ...r]));
    }
  }
  return out;
}

/** A tab's rows below its header in the form's column order; rows with nothing typed are left out. */
export function dataRows(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  columns: Record<string, number>,
  cols: Template['columns'],
): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = headerRow; i < values.length; i++) {
    const r = cols.map((c) => (columns[c.key] ? (values[i][columns[c.key] - 1] ?? '') : ''));
    if (r.some((v) => v !== '' && v !== null)) rows.push(r);
  }
  return rows;
}

/** The figures of an archived period (see renderArchive), or null when the sheet is not one. */
export function readArchive(values: readonly (readonly unknown[])[]): PeriodFigures | null {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const keysAt = values.findIndex((r) => text(r[0]) === A.keys);
  if (keysAt < 1) return null;
  const labels = values[keysAt - 1];
  const measures: PeriodFigures['measures'] = [];
  // Each measure's column: a column without a key (one inserted by hand, say) is skipped, not shifted into.
  const at: number[] = [];
  for (let c = 3; c < values[keysAt].length; c++) {
    const key = text(values[keysAt][c]);
    if (!key) continue;
    measures.push({ key, label: text(labels[c]) });
    at.push(c);
  }
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const figures = (r: readonly unknown[]) => {
    const f: Figures = {};
    measures.forEach((m, i) => {
      f[m.key] = num(r[at[i]]);
    });
    return f;
  };
  const units: PeriodFigures['units'] = [];
  for (let i = keysAt + 1; i < values.length; i++) {
    const r = values[i];
    if (text(r[1]) === summaryText.total && text(r[0]) === '') return { measures, units, total: figures(r) };
    if (!text(r[1])) break;
    units.push({ code: text(r[0]), unit: text(r[1]), measures: figures(r) });
  }
  return null;
}

/** What Document Properties keep of the period: its name, the day it was opened, and its archive. */
export interface PeriodRecord {
  name: string;
  /** The day the period was opened: deadlines on or before it belong to an earlier period. */
  opened: IsoDate | '';
  /** Counts the periods opened in this spreadsheet: the reminders of each are keyed apart. */
  epoch: number;
  /** The hidden sheet holding the previous period, '' when none. */
  archive: string;
}

/**
 * The deadlines as the reminders of this period see them: keyed by period, so that a reminder sent in
 * an earlier period neither stops this period's nor (see `opened`) is sent again.
 */
export function periodDeadlines(deadlines: readonly DeadlineSpec[], period: PeriodRecord | null): DeadlineSpec[] {
  if (!period || period.epoch < 1) return [...deadlines];
  return deadlines.map((d) => ({ ...d, code: `${d.code}~${period.epoch}` }));
}
