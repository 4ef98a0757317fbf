/** What the .xlsx door makes of a tab, whichever reader read it: values as shown, and notes on what it saw. */

/** Dates of date-formatted cells are read as UTC midnights (exceljs does so too): their calendar day is UTC's. */
export const XLSX_TIME_ZONE = 'UTC';

/** A number format that shows a percent (`0%`, `0.0%`), ignoring a `%` inside quotes or escaped. */
export function isPercentFormat(format: string | undefined): boolean {
  return !!format && format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** 0.85 in a percent cell is what the user sees: `85%`, with a decimal comma (`85,5%`) as typed in Vietnam. */
export function percentText(n: number): string {
  return `${String(Number((n * 100).toPrecision(12))).replace('.', ',')}%`;
}

import { xlsxText } from '../core/messages';

/** What the door sees in a tab beyond its values: a number merged over rows, a hidden row. */
export interface TabNote {
  /** The 1-based cell the note is about. */
  row: number;
  col: number;
  /** The rows it concerns: shown only when one of them is a data row of the report. */
  rows: number[];
  message: string;
}

export interface TabRead {
  values: unknown[][];
  notes: TabNote[];
  /**
   * What date cells show where that differs from a full date: a day typed without a year (`10/06`,
   * yearly) is stored as a date of this year in a format without one. Sparse, 0-based `row,col`.
   */
  shown: Map<string, string>;
}

/** A number merged over rows, as a reader found it: counted once, in its own cell (`row`, `col`). */
export interface MergedNumber {
  row: number;
  col: number;
  shown: string;
  /** The other rows the area covers (none: a merge across columns only, nothing to say). */
  rows: Set<number>;
  /** The area's last cell (`A7`). */
  last: string;
}

/** The notes on numbers merged over rows, added to a reader's notes, all in the order of the sheet. */
export function withMergedNotes(notes: TabNote[], merged: ReadonlyMap<string, MergedNumber>): TabNote[] {
  for (const [address, m] of merged) {
    if (m.rows.size === 0) continue;
    notes.push({
      row: m.row,
      col: m.col,
      rows: [m.row, ...m.rows],
      message: xlsxText.mergedNumber(`${address}:${m.last}`, m.shown, m.row),
    });
  }
  return notes.sort((a, b) => a.row - b.row || a.col - b.col);
}
