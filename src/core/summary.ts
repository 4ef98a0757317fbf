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
  /** How the sheet is laid out for people and for paper: the same for both doors. */
  look: SummaryLook;
}

/** Number formats, widths, the header's height and the print intent of the Tổng hợp sheet. */
export interface SummaryLook {
  /** Per column (index = column - 1): a number format code ('' = leave General), as Excel and Sheets read it. */
  numberFormats: string[];
  /** Per column: width in characters of the default font (Excel's unit; Sheets takes pixels: `pixels()`). */
  widths: number[];
  /** Lines the wrapped header labels need at those widths. */
  headerLines: number;
  /** Rows (1-based) spanning the whole table width: the title block. */
  titleRows: number[];
  print: {
    landscape: boolean;
    /** Rows repeated at the top of every printed page (1-based, inclusive). */
    repeatRows: [number, number];
    /** Margins in inches, as Excel's page setup stores them. */
    margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  };
}

const round = (n: number | null, digits = 1) => (n === null ? '' : Math.round(n * 10 ** digits) / 10 ** digits);
const PERCENT_AGGS = new Set(['percentPassing', 'percentYes', 'ratioOfSums', 'percentOfTarget']);

/** Orders units for the board: missing, then not submitted, then late, then on time; by name within. */
export function boardOrder(a: Pick<UnitSummary, 'status' | 'unit'>, b: Pick<UnitSummary, 'status' | 'unit'>): number {
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
  const headerRow = 4;
  const totalRowAt = 5 + summary.units.length;
  const table = values.slice(headerRow, totalRowAt);
  return {
    values,
    width,
    headerRow,
    firstUnitRow: 5,
    totalRow: totalRowAt,
    unitCol: 2,
    measureCols,
    percentCols,
    look: summaryLook(head, table, percentCols, headerRow),
  };
}

/** Excel's built-in style codes: rendered with the reader's own separators (1.540.000.000 in Vietnamese). */
export const NUMBER_FORMAT = {
  integer: '#,##0',
  decimal: (digits: number) => `#,##0.${'0'.repeat(digits)}`,
  percent: '0.0"%"',
} as const;

const decimalsOf = (n: number) => {
  const s = String(Math.abs(n));
  const dot = s.indexOf('.');
  return s.includes('e') ? 2 : dot < 0 ? 0 : s.length - dot - 1;
};

/** How many characters a number takes once grouped by thousands with `digits` decimals. */
export function shownLength(n: number, digits: number): number {
  const whole = String(Math.trunc(Math.abs(Math.round(n * 10 ** digits) / 10 ** digits))).length;
  return (n < 0 ? 1 : 0) + whole + Math.floor((whole - 1) / 3) + (digits ? digits + 1 : 0);
}

/** The lines a label takes when wrapped at `width` characters (words never split). */
export function wrappedLines(label: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const len = [...word].length;
    if (used === 0) used = len;
    else if (used + 1 + len <= width) used += 1 + len;
    else {
      lines++;
      used = len;
    }
  }
  return lines;
}

/** Landscape once the table is wider than what fits across a portrait A4 page at full size. */
const PORTRAIT_CHARS = 95;
/** Inches, as Excel's page setup and Google's PDF export take them. */
const PRINT_MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
const MAX_WIDTH = 42;

function summaryLook(head: string[], table: SummaryCell[][], percentCols: number[], headerRow: number): SummaryLook {
  const numberFormats: string[] = [];
  const widths: number[] = [];
  head.forEach((label, i) => {
    const cells = table.map((r) => r[i]);
    const numbers = cells.filter((v): v is number => typeof v === 'number');
    const texts = cells.filter((v): v is string => typeof v === 'string' && v !== '');
    const digits = Math.min(2, Math.max(0, ...numbers.map(decimalsOf)));
    const percent = percentCols.includes(i + 1);
    numberFormats.push(
      i === 0 || !numbers.length
        ? ''
        : percent
          ? NUMBER_FORMAT.percent
          : digits
            ? NUMBER_FORMAT.decimal(digits)
            : NUMBER_FORMAT.integer,
    );
    const content = Math.max(
      0,
      ...numbers.map((n) => shownLength(n, percent ? 1 : digits) + (percent ? 1 : 0)),
      // Printers substitute wider fonts than Excel's measure assumes: text gets 15% more room.
      ...texts.map((s) => Math.ceil([...s].length * 1.15)),
    );
    const longestWord = Math.max(...label.split(/\s+/).map((w) => [...w].length));
    widths.push(Math.min(MAX_WIDTH, Math.max(content, longestWord, 4) + 2));
  });
  const headerLines = Math.max(...head.map((label, i) => wrappedLines(label, widths[i] - 1)));
  const total = widths.reduce((a, b) => a + b, 0);
  return {
    numberFormats,
    widths,
    headerLines,
    titleRows: [1, 2, 3],
    print: {
      landscape: total > PORTRAIT_CHARS,
      repeatRows: [headerRow, headerRow],
      margins: PRINT_MARGINS,
    },
  };
}

function sumOf(units: readonly UnitSummary[], f: (u: UnitSummary) => number): number {
  return units.filter((u) => u.status !== 'missing').reduce((s, u) => s + f(u), 0);
}

/**
 * Google's PDF export of one sheet, as the spreadsheet's own "Download › PDF" builds it. The parameters
 * are not in Google's reference; their meaning is as widely used: size=A4, portrait=false (landscape),
 * fitw=true (fit to width), gridlines=false, fzr=true (frozen rows repeated on every page), fzc=false,
 * printtitle/sheetnames=false (no spreadsheet or sheet name in the header), pagenum=CENTER (page numbers),
 * margins in inches. Opened in the user's browser, it needs no scope of the add-on.
 */
export function summaryPdfUrl(spreadsheetId: string, gid: number, look?: SummaryLook): string {
  const m = look?.print.margins ?? PRINT_MARGINS;
  const params: [string, string | number | boolean][] = [
    ['format', 'pdf'],
    ['gid', gid],
    ['size', 'A4'],
    ['portrait', look ? !look.print.landscape : false],
    ['fitw', true],
    ['gridlines', false],
    ['fzr', true],
    ['fzc', false],
    ['printtitle', false],
    ['sheetnames', false],
    ['pagenum', 'CENTER'],
    ['horizontal_alignment', 'CENTER'],
    ['top_margin', m.top],
    ['bottom_margin', m.bottom],
    ['left_margin', m.left],
    ['right_margin', m.right],
  ];
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}
