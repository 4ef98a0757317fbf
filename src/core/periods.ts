import type { Summary } from './aggregate';
import { foldKey } from './fold';
import type { Template } from './template';

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

/**
 * The current period beside the previous one: units matched by code, else by name (the list may have
 * changed between periods), measures matched by key; a unit new this period has no previous figures.
 */
export function comparePeriods(current: Summary, previous: Summary): PeriodComparison {
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
