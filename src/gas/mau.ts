/** The Mẫu sheet in Sheets: a new report from a built-in form, a copy of one to edit, or a Mẫu already there. */
import {
  findProvince,
  mauErrorText,
  newSettings,
  provinces,
  provinceUnits,
  readMau,
  renderMau,
  renderSettings,
  reshapeTab,
  type Template,
  templates,
  type Unit,
} from '../core';
import * as messages from '../core/messages';
import { asTextRows } from './cells';
import { type Context, readTab, TIME_ZONE, UserError } from './env';
import { protectAdminSheet } from './protect';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const T = messages.mauText;
const mg = messages.mauGasText;

/** The Mẫu sheet's values, or null when the spreadsheet has none: read by every action with Cấu hình. */
export function mauValues(ss: Spreadsheet): unknown[][] | null {
  return readTab(ss.getSheetByName(T.sheet));
}

function zoneOf(ss: Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || TIME_ZONE;
}

/** "3", "con-duong-sxsdat", "3 sửa": a built-in form, and whether a copy to edit is wanted. */
function chooseForm(typed: string): { template: Template; copy: boolean } {
  const g = new RegExp(`^(.*?)(?:\\s+(${mg.copyWords.join('|')}))?$`, 'i').exec(typed.trim());
  const pick = (g?.[1] ?? '').trim();
  const n = Number(pick);
  const template = Number.isInteger(n) && n >= 1 ? templates()[n - 1] : templates().find((t) => t.id === pick);
  if (!template)
    throw new UserError(
      mg.unknownForm(
        typed,
        templates()
          .map((t) => t.id)
          .join(', '),
      ),
    );
  return { template, copy: g?.[2] !== undefined };
}

/**
 * The communes of 2025 live in dist/Communes.html, not in Code.js: every execution loads Code.js, only
 * this one reads them (scripts/build.mjs).
 */
function loadProvinces() {
  return provinces(HtmlService.createHtmlOutputFromFile('Communes').getContent().split(/\r?\n/));
}

function unitsOf(typed: string): { units: Unit[]; province: string } {
  if (!typed.trim()) return { units: [], province: '' };
  const found = findProvince(typed, loadProvinces());
  if (!('province' in found)) throw new UserError(messages.provinceText.unknownProvince(typed, found.suggestion));
  return { units: provinceUnits(found.province), province: found.province.name };
}

function writeSheet(ss: Spreadsheet, name: string, rows: readonly (readonly unknown[])[], at: number) {
  const sheet = ss.insertSheet(name, at);
  const width = Math.max(...rows.map((r) => r.length));
  const full = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  sheet.getRange(1, 1, full.length, width).setValues(asTextRows(full));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  return sheet;
}

/**
 * Dropdowns for the words a clerk picks in the columns table (Kiểu, Bắt buộc, Mức tiêu chí, Tổng hợp);
 * other spellings stay allowed, since the reader accepts them.
 */
function addDropdowns(sheet: Sheet, rows: readonly (readonly unknown[])[]): void {
  const H = T.headers.columns;
  const head = rows.findIndex((r) => r[0] === H.key[0]) + 1;
  const count = rows.slice(head).findIndex((r) => r[0] === '');
  if (head === 0 || count <= 0) return;
  const headers = rows[head - 1].map(String);
  const lists: [string, string[]][] = [
    [H.type[0], Object.values(T.types).map((w) => w[0])],
    [H.required[0], [messages.yesNo.yes, messages.yesNo.no]],
    [H.level[0], [T.levels.required[0], T.levels.encouraged[0]]],
    [
      H.summary[0],
      Object.values(T.columnSummaries)
        .map((w) => w[0])
        .filter(Boolean),
    ],
  ];
  for (const [header, words] of lists) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(words, true).setAllowInvalid(true).build();
    sheet.getRange(head + 1, headers.indexOf(header) + 1, count, 1).setDataValidation(rule);
  }
}

/**
 * A new report: Cấu hình from the Mẫu sheet when there is one (else from the chosen built-in form, with
 * a Mẫu copy when asked), its units from the chosen province. Checks everything before writing anything.
 */
export function startReport(formChoice: string, provinceChoice: string, email: string): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { units, province } = unitsOf(provinceChoice);
  const existing = mauValues(ss);
  let template: Template;
  let copy = false;
  if (existing) {
    const read = readMau(existing, zoneOf(ss));
    if (!read.template) throw new UserError(mauErrorText(read.issues));
    template = read.template;
  } else {
    ({ template, copy } = chooseForm(formChoice));
  }
  writeSheet(ss, messages.settingsLabels.sheet, renderSettings(newSettings(template, units, email ? [email] : [])), 0);
  if (copy) addDropdowns(writeSheet(ss, T.sheet, renderMau(template), 1), renderMau(template));
  return mg.started(copy, existing !== null, units.length, province);
}

/** The menu's questions for a new report: which form (unless a Mẫu is there), which province. */
export function promptNewReport(email: string): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let form = '';
  if (!ss.getSheetByName(T.sheet)) {
    const r = ui.prompt(messages.gasText.menu, mg.formPrompt(templates()), ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return undefined;
    form = r.getResponseText();
  }
  const p = ui.prompt(messages.gasText.menu, mg.provincePrompt, ui.ButtonSet.OK_CANCEL);
  return startReport(form, p.getSelectedButton() === ui.Button.OK ? p.getResponseText() : '', email);
}

/** At set-up: keys made up for blank `Mã cột` cells are written back (so they stay), and Mẫu is the admins'. */
export function settleMau(ctx: Context): void {
  if (runOf(ctx).before !== null || runOf(ctx).unknown) {
    PropertiesService.getDocumentProperties().setProperty(APPLIED, JSON.stringify(shapeOf(ctx.template)));
  }
  const sheet = ctx.ss.getSheetByName(T.sheet);
  if (!sheet) return;
  const read = readMau(sheet.getDataRange().getValues(), ctx.sheetZone);
  for (const f of read.filled) sheet.getRange(f.row, f.col).setValue(f.value);
  protectAdminSheet(ctx, sheet);
}

/** The form's columns as the unit tabs were last laid out by set-up, kept where no unit can edit. */
const APPLIED = 'mau.appliedColumns';
type Shape = { key: string; label: string }[];
const shapeOf = (t: Template): Shape => t.columns.map((c) => ({ key: c.key, label: c.label }));
const runs = new WeakMap<Context, { before: Shape | null; unknown: boolean; said: string[]; tabs: number }>();

function runOf(ctx: Context) {
  let run = runs.get(ctx);
  if (!run) {
    const stored = PropertiesService.getDocumentProperties().getProperty(APPLIED);
    const before = stored ? (JSON.parse(stored) as Shape) : null;
    const same = before !== null && JSON.stringify(before) === JSON.stringify(shapeOf(ctx.template));
    run = { before: same ? null : before, unknown: before === null, said: [], tabs: 0 };
    runs.set(ctx, run);
  }
  return run;
}

/**
 * At set-up, before a unit tab is validated: when the form changed since the last set-up, the tab is
 * re-laid by Mã cột (a new column in its place, a renamed one with its data, a dropped one moved to the
 * right, the unit's own columns kept), in one write; stale validation right of the form is cleared.
 */
export function followForm(ctx: Context, sheet: Sheet, values: unknown[][]): unknown[][] {
  const run = runOf(ctx);
  if (!run.before) return values;
  const old: Template = {
    ...ctx.template,
    columns: run.before.map((c) => ({ ...c, type: 'text', required: false })),
  };
  const r = reshapeTab(old, ctx.template, values);
  if (!r || (!r.added.length && !r.renamed.length && !r.movedAside.length && sameOrder(values, r.values))) {
    return values;
  }
  const width = Math.max(...r.values.map((row) => row.length));
  const rows = r.values.map((row) => [...row, ...Array<unknown>(width - row.length).fill('')]);
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(asTextRows(rows));
  const n = ctx.template.columns.length;
  const header = rows.findIndex((row) => row[0] === ctx.template.columns[0].label) + 1;
  if (width > n && header > 0 && sheet.getMaxRows() > header) {
    sheet.getRange(header + 1, n + 1, sheet.getMaxRows() - header, width - n).clearDataValidations();
  }
  if (run.tabs++ === 0) run.said.push(messages.mauChangeText.tab(sheet.getName(), r.added, r.renamed, r.movedAside));
  return rows;
}

function sameOrder(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  return a.length === b.length && a.every((row, i) => row.every((v, j) => v === b[i][j]));
}

/** What set-up says about a changed form: the first tab's changes and how many tabs followed. */
export function formChangeNote(ctx: Context): string {
  const run = runOf(ctx);
  return run.tabs ? `\n${messages.mauChangeText.applied(run.tabs, run.said[0] ?? '')}` : '';
}
