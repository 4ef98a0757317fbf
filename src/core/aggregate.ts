import type { Unit } from './settings';
import type { UnitStatus } from './status';
import type { Measure, Template } from './template';
import { errorsOf, type ParsedRow, type SheetReport } from './validate';

export type UnitSummaryStatus = 'missing' | UnitStatus['state'];

export interface UnitSummary {
  unit: string;
  code: string;
  sheet: string;
  status: UnitSummaryStatus;
  submittedAt: string | null;
  submittedBy: string | null;
  errors: number;
  warnings: number;
  rows: number;
  measures: Record<string, number | null>;
  /** The unit's target for the template's target measure (its own, or the default). */
  target: number | null;
  score: number | null;
  rank: number | null;
}

export interface Summary {
  measures: { key: string; label: string }[];
  units: UnitSummary[];
  total: Record<string, number | null>;
  totalTarget: number | null;
  completeness: { units: number; submitted: number; late: number; withErrors: number; missing: number };
}

/** What aggregation needs of one unit: its settings row, its validated tab (null if missing), its status. */
export interface UnitInput {
  unit: Unit;
  report: SheetReport | null;
  status: UnitStatus;
  /** Where the tab's status line is (1-based), when it has one. */
  statusCell?: { row: number; col: number } | null;
}

const ADDITIVE = new Set<Measure['agg']>(['sum', 'count', 'countPassing', 'countYes']);

function rowValue(row: ParsedRow, key: string): unknown {
  if (key in row.values) return row.values[key];
  if (key in row.met) return row.met[key];
  return row.derived[key] ?? null;
}

const numbers = (rows: readonly ParsedRow[], key: string) =>
  rows.map((r) => rowValue(r, key)).filter((v): v is number => typeof v === 'number');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (n: number, d: number) => (d > 0 ? (n / d) * 100 : null);

/** One measure over a set of rows (a unit's, or every unit's pooled for the province's total). */
export function measureRows(m: Measure, rows: readonly ParsedRow[]): number | null {
  switch (m.agg) {
    case 'count':
      return rows.length;
    case 'countPassing':
      return rows.filter((r) => r.passes).length;
    case 'percentPassing':
      return pct(rows.filter((r) => r.passes).length, rows.length);
    case 'countYes':
      return rows.filter((r) => rowValue(r, m.column) === true).length;
    case 'percentYes':
      return pct(rows.filter((r) => rowValue(r, m.column) === true).length, rows.length);
    case 'sum':
      return sum(numbers(rows, m.column));
    case 'avg': {
      const xs = numbers(rows, m.column);
      return xs.length ? sum(xs) / xs.length : null;
    }
    case 'min':
    case 'max': {
      const xs = numbers(rows, m.column);
      return xs.length ? (m.agg === 'min' ? Math.min(...xs) : Math.max(...xs)) : null;
    }
    case 'ratioOfSums': {
      const d = sum(numbers(rows, m.denominator));
      if (d <= 0) return null;
      const n = sum(numbers(rows, m.numerator));
      return m.percent ? (n / d) * 100 : n / d;
    }
    case 'percentOfTarget':
      return null; // needs the unit's target: filled in by `measuresOf`
  }
}

function measuresOf(template: Template, rows: readonly ParsedRow[], target: number | null) {
  const out: Record<string, number | null> = {};
  for (const m of template.measures) out[m.key] = measureRows(m, rows);
  if (template.target) {
    const reached = out[template.target.measure];
    for (const m of template.measures) {
      if (m.agg === 'percentOfTarget') out[m.key] = reached !== null && target ? (reached / target) * 100 : null;
    }
  }
  return out;
}

function scoreOf(template: Template, measures: Record<string, number | null>): number | null {
  if (!template.score) return null;
  return template.score.weights.reduce((s, w) => s + (measures[w.measure] ?? 0) * w.weight, 0);
}

/**
 * Competition ranking (1, 2, 2, 4) by score, highest first. A rank is for a complete report: a unit
 * without a score, with errors or with no rows gets none.
 */
function rank(units: UnitSummary[]): void {
  const scored = units
    .filter((u) => u.score !== null && u.errors === 0 && u.rows > 0)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  scored.forEach((u, i) => {
    const prev = scored[i - 1];
    u.rank = prev && prev.score === u.score ? prev.rank : i + 1;
  });
}

/** Per-unit measures, province total, completeness, targets, score and rank. */
export function aggregate(template: Template, inputs: readonly UnitInput[]): Summary {
  const defaultTarget = template.target?.default ?? null;
  const units: UnitSummary[] = inputs.map(({ unit, report, status }) => {
    const target = template.target ? (unit.target ?? defaultTarget) : null;
    const rows = report?.rows ?? [];
    const measures = report
      ? measuresOf(template, rows, target)
      : Object.fromEntries(template.measures.map((m) => [m.key, null]));
    const errors = report ? errorsOf(report.issues).length : 0;
    return {
      unit: unit.name,
      code: unit.code,
      sheet: unit.sheet,
      status: report ? status.state : 'missing',
      submittedAt: status.at ?? null,
      submittedBy: status.by ?? null,
      errors,
      warnings: (report?.issues.length ?? 0) - errors,
      rows: rows.length,
      measures,
      target,
      score: report ? scoreOf(template, measures) : null,
      rank: null,
    };
  });
  rank(units);

  const allRows = inputs.flatMap((i) => i.report?.rows ?? []);
  const targetMeasure = template.measures.find((m) => m.key === template.target?.measure);
  const totalTarget = !template.target
    ? null
    : targetMeasure && ADDITIVE.has(targetMeasure.agg)
      ? sum(units.map((u) => u.target ?? 0))
      : template.target.default;
  const total = measuresOf(template, allRows, totalTarget);
  return {
    measures: template.measures.map((m) => ({ key: m.key, label: m.label })),
    units,
    total,
    totalTarget,
    completeness: completenessOf(units),
  };
}

/** Who submitted (on time or late), who is late, who has errors, whose tab is missing, of all units. */
export function completenessOf(units: readonly UnitSummary[]): Summary['completeness'] {
  return {
    units: units.length,
    submitted: units.filter((u) => u.status === 'submitted' || u.status === 'late').length,
    late: units.filter((u) => u.status === 'late').length,
    withErrors: units.filter((u) => u.errors > 0).length,
    missing: units.filter((u) => u.status === 'missing').length,
  };
}
