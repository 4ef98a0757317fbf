/** The .xlsx door: reads workbooks into the plain values the core takes, and writes what it returns. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type Column,
  calendarDateIn,
  findHeader,
  formatDateTimeIn,
  formatDmy,
  loadSettings,
  messages,
  RESERVED_SHEETS,
  renderSettings,
  type Settings,
  type SettingsSource,
  sheetKey,
  type Template,
  UNIT_TAB,
  unitTabHead,
  type Values,
  VIETNAM_TIME_ZONE,
} from '../core';
import {
  isPercentFormat,
  type MergedNumber,
  percentText,
  type TabNote,
  type TabRead,
  withMergedNotes,
  XLSX_TIME_ZONE,
} from './cells';
import { fileProblem, UsageError } from './files';
import { openPackage, partText, type XlsxPackage, xmlText } from './package';
import { readBookParts, readSheetXml } from './sheet-xml';

export { isPercentFormat, percentText, type TabNote, type TabRead, XLSX_TIME_ZONE } from './cells';

const xlsxText = messages.xlsxText;

export { UsageError } from './files';
export { writeSummary } from './summary-sheet';

type Raw = ExcelJS.CellValue;

/** One cell as a sheet would give it: number, string, boolean, Date, or '' when empty. */
export function plainValue(v: Raw): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('error' in v) return String(v.error);
  if ('richText' in v) return v.richText.map((p) => p.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return resultValue((v as ExcelJS.CellFormulaValue).result);
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return String(v);
}

function resultValue(r: unknown): unknown {
  if (r === undefined || r === null) return '';
  if (typeof r === 'object' && !(r instanceof Date)) return String((r as { error?: unknown }).error ?? '');
  return r;
}

/**
 * A cell's value as the user sees it. A formula gives its cached result whatever it is: exceljs 4.4.0
 * drops a falsy one (0, false, '') from `cell.value` but keeps it in `cell.model.result`, and LibreOffice
 * writes every boolean as `=FALSE()`/`=TRUE()`. A number in a percent format is its percent text.
 */
export function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  const formula = v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
  const plain = formula ? resultValue((cell.model as { result?: unknown }).result) : plainValue(v);
  return typeof plain === 'number' && Number.isFinite(plain) && isPercentFormat(cell.numFmt)
    ? percentText(plain)
    : plain;
}

/** The display grid `loadSettings` takes to tell a yearly `10/06` from a one-off date. */
export function shownGrid(tab: TabRead): string[][] {
  const grid: string[][] = tab.values.map((r) => r.map(() => ''));
  for (const [at, text] of tab.shown) {
    const [r, c] = at.split(',').map(Number);
    grid[r][c] = text;
  }
  return grid;
}

/** How the door hands Cấu hình to the core: exceljs dates are UTC midnights; what yearless dates show. */
export function settingsSourceOf(tab: TabRead | undefined): SettingsSource {
  return { timeZone: XLSX_TIME_ZONE, display: tab ? shownGrid(tab) : undefined };
}

/**
 * Reads a tab. A merged area gives its value to every covered cell only when it is not a number: text
 * may fill the rows it spans, a number counts once (in its own cell) and the merge is noted.
 */
export function readTab(ws: ExcelJS.Worksheet): TabRead {
  const width = ws.actualColumnCount ? ws.columnCount : 0;
  const values: unknown[][] = [];
  const notes: TabNote[] = [];
  const shown = new Map<string, string>();
  const merged = new Map<string, MergedNumber>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type !== ExcelJS.ValueType.Merge) {
        const v = cellValue(cell);
        if (v instanceof Date && !/y/i.test(cell.numFmt ?? '')) {
          shown.set(`${r - 1},${c - 1}`, formatDmy(calendarDateIn(v, XLSX_TIME_ZONE)).slice(0, 5));
        }
        line.push(v);
        continue;
      }
      const master = cell.master;
      const value = cellValue(master);
      if (typeof value !== 'number') {
        line.push(value);
        continue;
      }
      line.push('');
      const m = merged.get(master.address) ?? {
        row: Number(master.row),
        col: Number(master.col),
        shown: String(value),
        rows: new Set<number>(),
        last: cell.address,
      };
      if (r !== m.row) m.rows.add(r);
      m.last = cell.address;
      merged.set(master.address, m);
    }
    values.push(line);
    if (row.hidden && line.some((v) => v !== '')) {
      notes.push({ row: r, col: 1, rows: [r], message: xlsxText.hiddenRow(r) });
    }
  }
  return { values, notes: withMergedNotes(notes, merged), shown };
}

export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  return readTab(ws).values;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new UsageError(messages.cliText.notFound(path));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (err) {
    throw new UsageError(fileProblem(err, path, false) ?? messages.cliText.notWorkbook(path));
  }
  return wb;
}

/**
 * A workbook file read straight from its package (sheet-xml.ts): every tab in the workbook's order, when
 * it was saved, and the package itself, kept to write the summary back into it without touching the rest.
 */
export interface BookFile {
  pkg: XlsxPackage;
  tabs: Map<string, TabRead>;
  /** The save time the spreadsheet program recorded inside the file (ms), NaN when there is none. */
  saved: number;
}

/** Reads a workbook file; throws what the file system or the zip reader throws. */
async function loadBook(path: string): Promise<BookFile> {
  const pkg = await openPackage(path);
  const book = await readBookParts(pkg);
  const tabs = new Map<string, TabRead>();
  for (const sheet of pkg.sheets) tabs.set(sheet.name, readSheetXml((await partText(pkg.zip, sheet.path)) ?? '', book));
  const core = (await partText(pkg.zip, 'docProps/core.xml')) ?? '';
  const modified = /<dcterms:modified(?=[\s>])[^>]*>([^<]*)<\/dcterms:modified>/.exec(core);
  return { pkg, tabs, saved: modified ? new Date(xmlText(modified[1])).getTime() : Number.NaN };
}

/** Runs `read` on a workbook file, saying in Vietnamese why it cannot be read. */
async function readingFile<T>(path: string, read: (path: string) => Promise<T>): Promise<T> {
  if (!existsSync(path)) throw new UsageError(messages.cliText.notFound(path));
  try {
    return await read(path);
  } catch (err) {
    throw new UsageError(fileProblem(err, path, false) ?? messages.cliText.notWorkbook(path));
  }
}

/** Reads a workbook file: its tabs, when it was saved, its package. */
export const readBook = (path: string) => readingFile(path, loadBook);

/** The names of a workbook file's tabs, without reading them. */
export const sheetNamesOf = (path: string) =>
  readingFile(path, async (p) => (await openPackage(p)).sheets.map((s) => s.name));

/** What a folder held: the files used (and the units each stood for), the files skipped and why. */
export interface FolderReport {
  used: { file: string; units: string[] }[];
  skipped: { file: string; reason: string }[];
  /** Lines for a person: where Cấu hình came from, which file stood for a unit, tabs not in Cấu hình. */
  notes: string[];
  /** Files skipped plus tabs with rows that nothing counts: each makes the run end with exit 1. */
  problems: number;
}

/** A source of tabs: one workbook, or a folder of workbooks as they arrive by email. */
export interface Source {
  settings: Values | null;
  /** How Cấu hình's cells were stored (zone of its dates, what yearless dates show). */
  settingsSource: SettingsSource;
  tab(name: string): Values | null;
  notes(name: string): TabNote[];
  files: string[];
  folder: FolderReport | null;
  /** Tabs that are neither a unit's (by Cấu hình) nor the add-in's own, with their rows: a renamed tab. */
  strays(units: ReadonlySet<string>, template: Template): { sheet: string; rows: number; title: string | null }[];
}

/** The add-in's own sheets (Cấu hình, Tổng hợp, Nhật ký, Mẫu): never a unit's tab. */
const isOwnSheet = (name: string) => RESERVED_SHEETS.some((r) => sheetKey(r) === sheetKey(name));

/** A workbook read into memory by exceljs (a workbook built in a test, say) as a source. */
export function workbookSource(wb: ExcelJS.Workbook, file: string): Source {
  const tabs = new Map<string, TabRead>();
  wb.eachSheet((ws) => {
    tabs.set(ws.name, readTab(ws));
  });
  return tabsSource(tabs, file);
}

/** One workbook's tabs as a source. */
export function tabsSource(tabs: Map<string, TabRead>, file: string): Source {
  return {
    settings: tabs.get(messages.settingsLabels.sheet)?.values ?? null,
    settingsSource: settingsSourceOf(tabs.get(messages.settingsLabels.sheet)),
    tab: (n) => tabs.get(n)?.values ?? null,
    notes: (n) => tabs.get(n)?.notes ?? [],
    files: [file],
    folder: null,
    strays: (units, template) =>
      [...tabs]
        .filter(([name]) => !units.has(name) && !isOwnSheet(name))
        .map(([sheet, tab]) => ({ sheet, rows: filledRows(template, tab.values), title: titleLine(tab.values) }))
        .filter((x) => x.rows > 0),
  };
}

/** Rows below the header that hold anything: how much a unit has filled in a copy of a tab. */
export function filledRows(template: Template | null, v: Values): number {
  const header = template ? (findHeader(template, v).headerRow ?? UNIT_TAB.headerRow) : UNIT_TAB.headerRow;
  return v.slice(header).filter((r) => r.some((c) => c !== '' && c !== null)).length;
}

/** The title line that names the unit in a tab made by set-up (`Đơn vị: Xã A`), when there is one. */
export function titleLine(v: Values): string | null {
  for (const row of v.slice(0, UNIT_TAB.headerRow - 1)) {
    const s = typeof row[0] === 'string' ? row[0] : '';
    if (/^Đơn vị:/i.test(s)) return s;
  }
  return null;
}

const dateTime = (ms: number) => formatDateTimeIn(new Date(ms), VIETNAM_TIME_ZONE);

/**
 * Reads a folder of workbooks as they arrive by email, naming every file used and every file skipped.
 * Settings come from the first file (by name) that has Cấu hình. When several files hold rows for the
 * same unit, the one saved last stands for it: the save time the spreadsheet program records inside the
 * file (Excel, LibreOffice and this tool all do), else the file's time on disk; on a tie, the later name.
 */
export async function folderSource(
  dir: string,
  exclude: string[],
  templateOf: (settings: Values, source: SettingsSource, mau: Values | null) => Template | null,
  progress?: { start(total: number): void; done(file: string): void },
): Promise<Source> {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.isDirectory() && !e.name.startsWith('~$') && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .filter((f) => !exclude.includes(f))
    .sort();
  const report: FolderReport = { used: [], skipped: [], notes: [], problems: 0 };
  const skip = (file: string, reason: string) => {
    report.skipped.push({ file: basename(file), reason });
    report.problems++;
  };
  const books = entries.filter((f) => extname(f).toLowerCase() === '.xlsx');
  for (const f of entries.filter((x) => !books.includes(x))) {
    const ext = extname(f).toLowerCase();
    skip(
      f,
      ['.xls', '.ods', '.xlsm', '.xlsb', '.fods', '.numbers'].includes(ext)
        ? xlsxText.otherFormat(ext)
        : xlsxText.notSpreadsheet,
    );
  }
  if (books.length === 0) {
    const why = report.skipped.map((k) => xlsxText.skipped(k.file, k.reason));
    throw new UsageError([messages.cliText.emptyFolder(dir), ...why].join('; '));
  }
  progress?.start(books.length);
  let settings: Values | null = null;
  let settingsSource: SettingsSource = settingsSourceOf(undefined);
  // The form travels with Cấu hình: the Mẫu of the file Cấu hình was taken from (a workbook made from an
  // edited Mẫu carries both).
  let mau: Values | null = null;
  const read: { file: string; saved: number; tabs: Map<string, TabRead> }[] = [];
  for (const file of books) {
    let tabs: Map<string, TabRead>;
    let inside: number;
    try {
      ({ tabs, saved: inside } = await loadBook(file));
    } catch (err) {
      skip(file, fileProblem(err, file, false) ?? xlsxText.unreadable);
      progress?.done(basename(file));
      continue;
    }
    const cfg = tabs.get(messages.settingsLabels.sheet);
    if (!settings && cfg) {
      settings = cfg.values;
      settingsSource = settingsSourceOf(cfg);
      mau = tabs.get(messages.mauText.sheet)?.values ?? null;
      report.notes.push(xlsxText.fileSettings(basename(file)));
    }
    read.push({ file: basename(file), saved: Number.isFinite(inside) ? inside : statSync(file).mtimeMs, tabs });
    progress?.done(basename(file));
  }
  if (read.length === 0) {
    const why = report.skipped.map((k) => xlsxText.skipped(k.file, k.reason));
    throw new UsageError([messages.cliText.noUsableFile(dir), ...why].join('; '));
  }
  const template = settings ? templateOf(settings, settingsSource, mau) : null;
  const unitSheets = new Set<string>();
  if (settings) {
    const loaded = loadSettings(settings, settingsSource, mau);
    if (loaded.ok) for (const u of loaded.settings.units) unitSheets.add(u.sheet);
  }
  const chosen = new Map<string, { file: string; tab: TabRead }>();
  const unitsOf = new Map<string, string[]>(read.map((r) => [r.file, []]));
  for (const sheet of unitSheets) {
    const copies = read
      .filter((r) => r.tabs.has(sheet))
      .map((r) => ({ file: r.file, saved: r.saved, tab: r.tabs.get(sheet) as TabRead }));
    if (copies.length === 0) continue;
    const filled = copies.filter((c) => filledRows(template, c.tab.values) > 0);
    filled.sort((a, b) => b.saved - a.saved || b.file.localeCompare(a.file));
    const pick = filled[0] ?? copies[0];
    chosen.set(sheet, pick);
    if (!filled.length) continue;
    unitsOf.get(pick.file)?.push(sheet);
    if (filled.length > 1) {
      report.notes.push(
        xlsxText.chosenCopy(
          sheet,
          pick.file,
          dateTime(pick.saved),
          filled.slice(1).map((c) => xlsxText.otherCopy(c.file, dateTime(c.saved))),
        ),
      );
    }
  }
  for (const r of read) {
    report.used.push({ file: r.file, units: unitsOf.get(r.file) ?? [] });
    for (const [name, tab] of r.tabs) {
      if (unitSheets.has(name) || isOwnSheet(name)) continue;
      const rows = filledRows(template, tab.values);
      if (rows === 0) continue;
      report.notes.push(xlsxText.renamedTab(r.file, name, rows, titleLine(tab.values)));
      report.problems++;
    }
  }
  return {
    settings,
    settingsSource,
    tab: (n) =>
      chosen.get(n)?.tab.values ??
      (n === messages.mauText.sheet ? mau : null) ??
      (n === messages.logText.sheet ? (read.find((r) => r.tabs.has(n))?.tabs.get(n)?.values ?? null) : null),
    notes: (n) => chosen.get(n)?.tab.notes ?? [],
    files: read.map((r) => join(dir, r.file)),
    folder: report,
    strays: () => [], // said per file in the folder report
  };
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
