import { cellMessages, sheetMessages } from './messages';
import { displayValue, parseCell, type Value } from './parse';
import type { Comparison, Template } from './template';
import { a1, cleanText, labelKey } from './text';

export type Severity = 'error' | 'warning';

/** One problem, everything a person needs to find and fix it. */
export interface Issue {
  sheet: string;
  /** A1 notation, e.g. `D7`. */
  cell: string;
  /** 1-based row and column of the cell. */
  row: number;
  col: number;
  /** The column's label, or '' for a problem of the whole sheet. */
  column: string;
  /** The value found, as the user sees it. */
  value: string;
  severity: Severity;
  message: string;
}

/** A problem at one cell of a sheet: what every reader of a sheet (tabs, Cấu hình, Mẫu) reports. */
export function issueAt(
  sheet: string,
  row: number,
  col: number,
  column: string,
  value: string,
  message: string,
  severity: Severity = 'error',
): Issue {
  return { sheet, cell: a1(row, col), row, col, column, value, severity, message };
}

export interface ParsedRow {
  /** 1-based row in the sheet. */
  row: number;
  values: Record<string, Value | null>;
  /** Criteria and derived values by key. */
  met: Record<string, boolean>;
  derived: Record<string, number | boolean | null>;
  passes: boolean;
}

export interface SheetReport {
  sheet: string;
  /** 1-based row of the header, null when none was found. */
  headerRow: number | null;
  /** Template column key → 1-based sheet column. */
  columns: Record<string, number>;
  rows: ParsedRow[];
  issues: Issue[];
}

/** How many rows at the top may hold the title block before the header. */
const HEADER_SEARCH_ROWS = 15;

export const errorsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity === 'error');

/** `Tràng Định!D7: "năm trăm" không phải là số — nhập số mét, ví dụ 500` */
export function formatIssue(i: Issue): string {
  return `${i.sheet}!${i.cell}: ${i.message}`;
}

export function compare(left: Value, op: Comparison, right: Value): boolean {
  switch (op) {
    case '>=':
      return left >= right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '<':
      return left < right;
    case '=':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/** Finds the header row: the row among the first ones that carries most of the template's labels. */
export function findHeader(
  template: Template,
  values: readonly (readonly unknown[])[],
): {
  headerRow: number | null;
  columns: Record<string, number>;
} {
  const byLabel = new Map(template.columns.map((c) => [labelKey(c.label), c.key]));
  let best: { headerRow: number | null; columns: Record<string, number>; score: number } = {
    headerRow: null,
    columns: {},
    score: 0,
  };
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const columns: Record<string, number> = {};
    let score = 0;
    values[r].forEach((cell, c) => {
      const k = typeof cell === 'string' ? byLabel.get(labelKey(cell)) : undefined;
      if (k !== undefined && columns[k] === undefined) {
        columns[k] = c + 1;
        score++;
      }
    });
    if (score > best.score) best = { headerRow: r + 1, columns, score };
  }
  return { headerRow: best.headerRow, columns: best.columns };
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

/**
 * Validates a unit's tab given as the 2-D array a sheet returns (row 1 first). Columns are found by
 * their labels, so moved or inserted columns still validate; a unit's own extra columns are ignored.
 */
export function validateSheet(
  template: Template,
  sheet: string,
  values: readonly (readonly unknown[])[],
  timeZone: string,
): SheetReport {
  const issues: Issue[] = [];
  const { headerRow, columns } = findHeader(template, values);
  const sheetIssue = (row: number, col: number, column: string, severity: Severity, message: string) =>
    issues.push({ sheet, cell: a1(row, col), row, col, column, value: '', severity, message });

  if (headerRow === null) {
    const required = template.columns.filter((c) => c.required).map((c) => c.label);
    sheetIssue(1, 1, '', 'error', sheetMessages.headerNotFound(required.join(', ')));
    return { sheet, headerRow, columns, rows: [], issues };
  }
  for (const c of template.columns) {
    if (columns[c.key] !== undefined) continue;
    sheetIssue(
      headerRow,
      1,
      c.label,
      c.required ? 'error' : 'warning',
      c.required ? sheetMessages.missingRequiredColumn(c.label) : sheetMessages.missingOptionalColumn(c.label),
    );
  }

  // 0-based indices of the form's columns found in the sheet: a row with none of them filled is skipped.
  const present = template.columns.filter((c) => columns[c.key] !== undefined).map((c) => columns[c.key] - 1);
  const labels = Object.fromEntries(template.columns.map((c) => [c.key, c.label]));
  const rows: ParsedRow[] = [];
  for (let r = headerRow; r < values.length; r++) {
    const line = values[r];
    let blank = true;
    for (const i of present) {
      if (!isBlank(line[i])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const row = r + 1;
    const parsed: Record<string, Value | null> = {};
    for (const c of template.columns) {
      const col = columns[c.key];
      if (col === undefined) {
        parsed[c.key] = null;
        continue;
      }
      const raw = line[col - 1];
      const p = parseCell(raw, c, timeZone);
      parsed[c.key] = p.kind === 'ok' ? p.value : null;
      if (p.kind === 'error' || (p.kind === 'empty' && c.required)) {
        issues.push({
          sheet,
          cell: a1(row, col),
          row,
          col,
          column: c.label,
          value: displayValue(raw, timeZone),
          severity: 'error',
          message: p.kind === 'error' ? p.message : cellMessages.required(c.label),
        });
      }
    }
    for (const rule of template.rules) {
      const l = parsed[rule.left];
      const rt = parsed[rule.right];
      if (typeof l !== 'number' || typeof rt !== 'number' || compare(l, rule.op, rt)) continue;
      const col = columns[rule.left];
      issues.push({
        sheet,
        cell: a1(row, col),
        row,
        col,
        column: labels[rule.left],
        value: String(l),
        severity: rule.severity,
        message: sheetMessages.ruleDetail(rule.message, labels[rule.left], l, labels[rule.right], rt),
      });
    }
    rows.push(evaluateRow(template, row, parsed));
  }
  return { sheet, headerRow, columns, rows, issues };
}

/** Criteria, pass/fail and derived values of one parsed row. */
export function evaluateRow(template: Template, row: number, values: Record<string, Value | null>): ParsedRow {
  const met: Record<string, boolean> = {};
  let passes = true;
  for (const c of template.criteria) {
    const v = values[c.when.column];
    const holds = c.when.op === 'notEmpty' ? v !== null : v !== null && compare(v, c.when.op, c.when.value);
    met[c.key] = holds;
    if (!holds && !c.encouraged) passes = false;
  }
  const derived: Record<string, number | boolean | null> = {};
  for (const d of template.derived) {
    if (d.kind === 'passes') derived[d.key] = passes;
    else {
      const n = values[d.numerator];
      const den = values[d.denominator];
      derived[d.key] = typeof n === 'number' && typeof den === 'number' && den > 0 ? (n / den) * 100 : null;
    }
  }
  return { row, values, met, derived, passes };
}
