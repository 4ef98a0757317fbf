import type { Summary, UnitSummary } from './aggregate';
import { sheetMessages, statusNames, summaryText as t, yesNo } from './messages';
import type { Template } from './template';

export type SummaryCell = string | number;

export interface SummaryLayout {
  values: SummaryCell[][];
  width: number;
  /** 1-based rows. */
  headerRow: number;
  firstUnitRow: number;
  totalRow: number;
  /** 1-based columns of the unit name and of each measure, for formats and the chart. */
  unitCol: number;
  measureCols: Record<string, number>;
  /** Columns holding percentages (formatted 0.0). */
  percentCols: number[];
}

const round = (n: number | null, digits = 1) => (n === null ? '' : Math.round(n * 10 ** digits) / 10 ** digits);
const PERCENT_AGGS = new Set(['percentPassing', 'percentYes', 'ratioOfSums', 'percentOfTarget']);

/** Orders units for the board: missing, then not submitted, then late, then on time; by name within. */
export function boardOrder(a: UnitSummary, b: UnitSummary): number {
  const weight = { missing: 0, draft: 1, late: 2, submitted: 3 } as const;
  return weight[a.status] - weight[b.status] || a.unit.localeCompare(b.unit, 'vi');
}

/**
 * The Tổng hợp sheet as a rectangle of plain values: title, time of the run, one row per unit in the
 * order of Cấu hình, the province's total, completeness and the names of missing tabs.
 */
export function renderSummary(template: Template, summary: Summary, reportTitle: string, when: string): SummaryLayout {
  const h = t.headers;
  const head: string[] = [
    h.index,
    h.unit,
    h.status,
    h.submittedAt,
    h.submittedBy,
    h.onTime,
    h.errors,
    h.warnings,
    h.rows,
  ];
  const measureCols: Record<string, number> = {};
  const percentCols: number[] = [];
  for (const m of summary.measures) {
    head.push(m.label);
    measureCols[m.key] = head.length;
    const agg = template.measures.find((x) => x.key === m.key)?.agg;
    if (agg && PERCENT_AGGS.has(agg)) percentCols.push(head.length);
  }
  if (template.target) head.push(template.target.label);
  if (template.score) head.push(h.score, h.rank);
  const width = head.length;
  const pad = (r: SummaryCell[]) => {
    while (r.length < width) r.push('');
    return r;
  };

  const unitRow = (u: UnitSummary, i: number): SummaryCell[] => {
    const r: SummaryCell[] = [
      i + 1,
      u.unit,
      statusNames[u.status],
      u.submittedAt ?? '',
      u.submittedBy ?? '',
      u.status === 'submitted' ? yesNo.yes : u.status === 'late' ? yesNo.no : '',
      u.status === 'missing' ? '' : u.errors,
      u.status === 'missing' ? '' : u.warnings,
      u.status === 'missing' ? '' : u.rows,
      ...summary.measures.map((m) => round(u.measures[m.key])),
    ];
    if (template.target) r.push(u.target ?? '');
    if (template.score) r.push(round(u.score, 2), u.rank ?? '');
    return r;
  };
  const c = summary.completeness;
  const totalRow: SummaryCell[] = [
    '',
    t.total,
    `${c.submitted}/${c.units}`,
    '',
    '',
    '',
    sumOf(summary.units, (u) => u.errors),
    sumOf(summary.units, (u) => u.warnings),
    sumOf(summary.units, (u) => u.rows),
    ...summary.measures.map((m) => round(summary.total[m.key])),
  ];
  if (template.target) totalRow.push(summary.totalTarget ?? '');

  const values: SummaryCell[][] = [
    pad([t.title(reportTitle)]),
    pad([t.updated(when)]),
    pad([t.completeness(c.submitted, c.units, c.late, c.withErrors)]),
    pad(head),
    ...summary.units.map((u, i) => pad(unitRow(u, i))),
    pad(totalRow),
  ];
  const missing = summary.units.filter((u) => u.status === 'missing');
  if (missing.length) {
    values.push(pad([]), pad([t.problemsTitle]));
    for (const u of missing) values.push(pad([sheetMessages.missingTab(u.sheet, u.unit)]));
  }
  return {
    values,
    width,
    headerRow: 4,
    firstUnitRow: 5,
    totalRow: 5 + summary.units.length,
    unitCol: 2,
    measureCols,
    percentCols,
  };
}

function sumOf(units: readonly UnitSummary[], f: (u: UnitSummary) => number): number {
  return units.filter((u) => u.status !== 'missing').reduce((s, u) => s + f(u), 0);
}
