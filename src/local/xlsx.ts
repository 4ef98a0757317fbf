/** The .xlsx door: reads workbooks into the plain values the core takes, and writes what it returns. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type Column,
  findHeader,
  messages,
  renderSettings,
  type Settings,
  type Template,
  UNIT_TAB,
  unitTabHead,
  type Values,
} from '../core';

export { writeSummary } from './summary-sheet';

/** exceljs gives dates of date-formatted cells as UTC midnights: read their calendar day in UTC. */
export const XLSX_TIME_ZONE = 'UTC';

export class UsageError extends Error {}

type Raw = ExcelJS.CellValue;

/** One cell as a sheet would give it: number, string, boolean, Date, or '' when empty. */
export function plainValue(v: Raw): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('error' in v) return String(v.error);
  if ('richText' in v) return v.richText.map((p) => p.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined || r === null ? '' : typeof r === 'object' && !(r instanceof Date) ? String(r.error) : r;
  }
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return String(v);
}

export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const width = ws.actualColumnCount ? ws.columnCount : 0;
  const out: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line: unknown[] = [];
    for (let c = 1; c <= width; c++) line.push(plainValue(row.getCell(c).value));
    out.push(line);
  }
  return out;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new UsageError(messages.cliText.notFound(path));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw new UsageError(messages.cliText.notWorkbook(path));
  }
  return wb;
}

/** A source of tabs: one workbook, or a folder of workbooks as they arrive by email. */
export interface Source {
  settings: Values | null;
  tab(name: string): Values | null;
  files: string[];
}

export function workbookSource(wb: ExcelJS.Workbook, file: string): Source {
  const values = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => {
    values.set(ws.name, sheetValues(ws));
  });
  return {
    settings: values.get(messages.settingsLabels.sheet) ?? null,
    tab: (n) => values.get(n) ?? null,
    files: [file],
  };
}

/** Rows below the header that hold anything: how much a unit has filled in a copy of a tab. */
function filledRows(template: Template | null, v: Values): number {
  const header = template ? (findHeader(template, v).headerRow ?? UNIT_TAB.headerRow) : UNIT_TAB.headerRow;
  return v.slice(header).filter((r) => r.some((c) => c !== '' && c !== null)).length;
}

/**
 * Reads every .xlsx of a folder. Settings come from the first file (by name) that has Cấu hình; a unit's
 * tab from the file where that tab holds most rows, the newest on a tie (each unit returns its copy).
 */
export async function folderSource(
  dir: string,
  exclude: string[],
  templateOf: (settings: Values) => Template | null,
  progress?: { start(total: number): void; done(file: string): void },
): Promise<Source> {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.xlsx') && !f.startsWith('~$'))
    .map((f) => join(dir, f))
    .filter((f) => !exclude.includes(f))
    .sort();
  if (files.length === 0) throw new UsageError(messages.cliText.emptyFolder(dir));
  progress?.start(files.length);
  let settings: Values | null = null;
  const copies = new Map<string, { values: Values; mtime: number }[]>();
  for (const file of files) {
    const wb = await readWorkbook(file);
    const src = workbookSource(wb, file);
    settings ??= src.settings;
    const mtime = statSync(file).mtimeMs;
    wb.eachSheet((ws) => {
      const v = src.tab(ws.name);
      if (!v || ws.name === messages.settingsLabels.sheet || ws.name === messages.summaryText.sheet) return;
      copies.set(ws.name, [...(copies.get(ws.name) ?? []), { values: v, mtime }]);
    });
    progress?.done(basename(file));
  }
  const template = settings ? templateOf(settings) : null;
  const pick = (name: string) => {
    const list = copies.get(name);
    if (!list) return null;
    const scored = list.map((c) => ({ ...c, rows: filledRows(template, c.values) }));
    scored.sort((a, b) => b.rows - a.rows || b.mtime - a.mtime);
    return scored[0].values;
  };
  return { settings, tab: pick, files };
}

function validationFor(c: Column): ExcelJS.DataValidation | null {
  const error = { showErrorMessage: true, errorStyle: 'warning', errorTitle: c.label, error: c.hint ?? c.label };
  switch (c.type) {
    case 'yesno':
      return {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${messages.yesNo.yes},${messages.yesNo.no}"`],
        ...error,
      };
    case 'choice':
      return { type: 'list', allowBlank: !c.required, formulae: [`"${(c.choices ?? []).join(',')}"`], ...error };
    case 'integer':
    case 'number':
    case 'percent':
      return {
        type: c.type === 'integer' ? 'whole' : 'decimal',
        operator: 'between',
        allowBlank: !c.required,
        formulae: [c.min ?? (c.type === 'percent' ? 0 : -1e15), c.max ?? (c.type === 'percent' ? 100 : 1e15)],
        ...error,
      };
    case 'date': {
      const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
      return {
        type: 'date',
        operator: 'between',
        allowBlank: !c.required,
        formulae: [d(c.minDate ?? '1900-01-01'), d(c.maxDate ?? '2999-12-31')],
        ...error,
      };
    }
    case 'text':
      return null;
  }
}

/** How many rows below the header get the columns' data validation in a new workbook. */
export const VALIDATED_ROWS = 500;

/** A new workbook: Cấu hình, one tab per unit with its title block, header and validation, and Tổng hợp. */
export function newWorkbook(template: Template, settings: Settings): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet(messages.settingsLabels.sheet);
  cfg.addRows(renderSettings(settings));
  cfg.columns = [{ width: 22 }, { width: 34 }, { width: 26 }, { width: 40 }, { width: 14 }];
  cfg.eachRow((row) => {
    const first = String(row.getCell(1).value ?? '');
    if (first === first.toUpperCase() && first.length > 1 && /[A-ZĐ]/.test(first)) row.font = { bold: true };
  });
  for (const unit of settings.units) {
    const ws = wb.addWorksheet(unit.sheet, { views: [{ state: 'frozen', ySplit: UNIT_TAB.headerRow }] });
    ws.addRows(unitTabHead(template, unit, settings.period));
    ws.getRow(UNIT_TAB.titleRow).font = { bold: true, size: 13 };
    ws.getRow(UNIT_TAB.headerRow).font = { bold: true };
    ws.getRow(UNIT_TAB.headerRow).alignment = { wrapText: true, vertical: 'middle' };
    template.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.round((c.width ?? 110) / 7);
      const v = validationFor(c);
      if (!v) return;
      const letter = ws.getColumn(i + 1).letter;
      const from = UNIT_TAB.firstDataRow;
      (ws as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${letter}${from}:${letter}${from + VALIDATED_ROWS - 1}`,
        v,
      );
      if (c.type === 'date') ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
    });
  }
  const sum = wb.addWorksheet(messages.summaryText.sheet);
  sum.addRow([messages.summaryText.title(settings.reportTitle)]);
  return wb;
}

/** The reminder log, when a workbook carries one (a copy downloaded from Google Sheets does). */
export function logValues(source: Source): Values {
  return source.tab(messages.logText.sheet) ?? [];
}
