/** The Mẫu commands: export a form to edit, check an edited one, make a report workbook from it. */
import { existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import {
  findProvince,
  formatIssue,
  messages,
  newSettings,
  presets,
  provinces,
  provinceUnits,
  readMau,
  renderMau,
  reshapeTab,
  type Template,
  type Unit,
  unitsFromTable,
} from '../core';
import { COMMUNES_2025 } from '../core/communes-data';
import { type Out, open, templateById } from './commands';
import { newWorkbook, readWorkbook, sheetValues, UsageError, XLSX_TIME_ZONE } from './xlsx';

const t = messages.cliText;
const mt = messages.mauCliText;
const T = messages.mauText;

/** Adds the Mẫu sheet: the form's rows, bold titles, dropdowns for the words a clerk picks. */
export function addMauSheet(wb: ExcelJS.Workbook, template: Template): ExcelJS.Worksheet {
  const rows = renderMau(template);
  const ws = wb.addWorksheet(T.sheet, { views: [{ state: 'frozen', xSplit: 2 }] });
  ws.addRows(rows);
  const head = rows.findIndex((r) => r[0] === T.headers.columns.key[0]) + 1;
  const sections = new Set(Object.values(T.sections).map((w) => w[0]));
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.getRow(2).alignment = { wrapText: false };
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    if (sections.has(String(r[0]))) row.font = { bold: true, color: { argb: 'FF1A73E8' } };
    else if (i > 0 && sections.has(String(rows[i - 1][0]))) {
      row.font = { bold: true };
      row.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
      });
    }
    if (i >= 2 && i < head - 2 && r[1] !== '') row.getCell(1).font = { bold: true };
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const widths = [22, 30, 12, 10, 11, 11, 18, 30, 14, 13, 14, 24, 11, 9];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
    ws.getColumn(i + 1).alignment = { horizontal: 'left' };
  });
  const headers = rows[head - 1].map(String);
  // Only over the columns table: the tables below it hold other words in the same columns.
  const count = rows.slice(head).findIndex((r) => r[0] === '');
  const list = (header: string, words: string[]) => {
    const col = headers.indexOf(header) + 1;
    const letter = ws.getColumn(col).letter;
    (ws as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}${head + 1}:${letter}${head + count}`,
      { type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`] },
    );
  };
  const H = T.headers.columns;
  list(
    H.type[0],
    Object.values(T.types).map((w) => w[0]),
  );
  list(H.required[0], [messages.yesNo.yes, messages.yesNo.no]);
  list(H.level[0], [T.levels.required[0], T.levels.encouraged[0]]);
  list(
    H.summary[0],
    Object.values(T.columnSummaries)
      .map((w) => w[0])
      .filter(Boolean),
  );
  return ws;
}

/** The Mẫu of a workbook, checked; its errors stop the command with every cell named. */
export async function templateFromMauFile(file: string): Promise<Template> {
  const wb = await readWorkbook(file);
  const ws = wb.getWorksheet(T.sheet);
  if (!ws) throw new UsageError(mt.noMauSheet(file));
  const r = readMau(sheetValues(ws), XLSX_TIME_ZONE);
  if (!r.template) throw new UsageError(messages.mauMessages.hasErrors(r.issues.length, r.issues.map(formatIssue)));
  return r.template;
}

/** `tong-hop mau`: export a built-in form (`--template --out`), or check an edited one (a path). */
export async function cmdMau(
  path: string | undefined,
  opts: { template?: string; out?: string; force?: boolean },
  out: Out,
): Promise<number> {
  if (path) {
    const wb = await readWorkbook(path);
    const ws = wb.getWorksheet(T.sheet);
    if (!ws) throw new UsageError(mt.noMauSheet(path));
    const r = readMau(sheetValues(ws), XLSX_TIME_ZONE);
    for (const i of r.issues) out(`${i.severity === 'error' ? '✗' : '!'} ${formatIssue(i)}`);
    if (!r.template) {
      out(messages.mauMessages.hasErrors(r.issues.filter((i) => i.severity === 'error').length, []).split('\n')[0]);
      return 1;
    }
    out(
      mt.checked(r.template.title, r.template.columns.length, r.template.criteria.length, r.template.measures.length),
    );
    return 0;
  }
  if (!opts.template) throw new UsageError(t.needArg('--template MÃ'));
  if (!opts.out) throw new UsageError(t.needArg('--out MAU.xlsx'));
  const template = templateById(opts.template);
  if (existsSync(opts.out) && !opts.force) throw new UsageError(t.outExists(opts.out));
  const wb = new ExcelJS.Workbook();
  addMauSheet(wb, template);
  await wb.xlsx.writeFile(opts.out);
  out(mt.exported(opts.out, template.title));
  return 0;
}

async function unitsFrom(opts: {
  tinh?: string;
  preset?: string;
  units?: string;
}): Promise<{ units: Unit[]; from: string }> {
  if (opts.tinh) {
    const found = findProvince(opts.tinh, provinces(COMMUNES_2025));
    if (!('province' in found))
      throw new UsageError(messages.provinceText.unknownProvince(opts.tinh, found.suggestion));
    return { units: provinceUnits(found.province), from: found.province.name };
  }
  if (opts.preset) {
    const p = presets[opts.preset];
    if (!p) throw new UsageError(t.unknownPreset(opts.preset, Object.keys(presets).join(', ')));
    return { units: p.units(), from: '' };
  }
  if (opts.units) {
    if (!existsSync(opts.units)) throw new UsageError(t.notFound(opts.units));
    const wb = new ExcelJS.Workbook();
    const ws = await wb.csv.readFile(opts.units, { parserOptions: { delimiter: ',' } });
    const parsed = unitsFromTable(sheetValues(ws));
    if (parsed.problems.length || parsed.units.length === 0) {
      throw new UsageError([t.unitsFileProblems, ...parsed.problems, messages.settingsMessages.noUnits].join(' '));
    }
    return { units: parsed.units, from: '' };
  }
  throw new UsageError(mt.needUnits);
}

/**
 * `tong-hop init` with `--mau` or `--tinh`: a report workbook that carries its Mẫu, so validate and
 * aggregate need nothing else; the units of a province of 2025 fill Cấu hình.
 */
export async function cmdInitMau(
  opts: {
    template?: string;
    mau?: string;
    tinh?: string;
    preset?: string;
    units?: string;
    out?: string;
    period?: string;
    admin?: string[];
    force?: boolean;
  },
  out: Out,
): Promise<number> {
  if (!opts.out) throw new UsageError(t.needArg('--out TỆP.xlsx'));
  if (existsSync(opts.out) && !opts.force) throw new UsageError(t.outExists(opts.out));
  let template: Template;
  if (opts.mau) template = await templateFromMauFile(opts.mau);
  else if (opts.template) {
    template = templateById(opts.template);
  } else throw new UsageError(mt.needMauOrTemplate);
  const { units, from } = await unitsFrom(opts);
  const settings = newSettings(template, units, opts.admin ?? [], opts.period ?? '');
  const wb = newWorkbook(template, settings);
  addMauSheet(wb, template);
  await wb.xlsx.writeFile(opts.out);
  out(mt.created(opts.out, units.length, from));
  return 0;
}

/**
 * `tong-hop apply-mau`: the form changed mid-period. A new workbook where every unit tab follows the new
 * Mẫu (see reshapeTab), every other sheet copied as it was; the old workbook is not touched.
 */
export async function cmdApplyMau(
  path: string,
  opts: { mau?: string; out?: string; force?: boolean },
  out: Out,
): Promise<number> {
  if (!opts.mau) throw new UsageError(t.needArg('--mau MAU-MOI.xlsx'));
  if (!opts.out) throw new UsageError(t.needArg('--out TỆP.xlsx'));
  if (existsSync(opts.out) && !opts.force) throw new UsageError(t.outExists(opts.out));
  if (resolve(opts.out) === resolve(path)) throw new UsageError(t.outExists(opts.out));
  const next = await templateFromMauFile(opts.mau);
  const o = await open(path);
  if (!o.book) throw new UsageError(t.notWorkbook(path));
  const old = o.loaded.template;
  const settings = o.loaded.settings;
  const wb = newWorkbook(next, settings);
  addMauSheet(wb, next);
  const put = (ws: ExcelJS.Worksheet, values: readonly (readonly unknown[])[]) => {
    if (ws.rowCount > values.length) ws.spliceRows(values.length + 1, ws.rowCount - values.length);
    values.forEach((row, r) => {
      ws.getRow(r + 1).values = row as ExcelJS.CellValue[];
    });
  };
  const mine = new Set([T.sheet, messages.summaryText.sheet]);
  const units = new Map(settings.units.map((u) => [u.sheet, u]));
  let changed = 0;
  for (const [name, { values }] of o.book.tabs) {
    if (mine.has(name)) continue;
    const dst = wb.getWorksheet(name) ?? wb.addWorksheet(name);
    if (!units.has(name)) {
      put(dst, values);
      continue;
    }
    const r = reshapeTab(old, next, values);
    if (!r) {
      put(dst, values);
      out(messages.mauChangeText.notFound(name));
      continue;
    }
    put(dst, r.values);
    if (changed++ === 0) out(messages.mauChangeText.tab(name, r.added, r.renamed, r.movedAside));
  }
  const tmp = `${opts.out}.tmp-${process.pid}`;
  await wb.xlsx.writeFile(tmp);
  renameSync(tmp, opts.out);
  out(messages.mauChangeText.done(opts.out, changed));
  return 0;
}
