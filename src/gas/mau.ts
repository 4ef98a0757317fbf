/** The Mẫu sheet in Sheets: a new report from a built-in form, a copy of one to edit, or a Mẫu already there. */
import {
  findProvince,
  mauErrorText,
  messages,
  newSettings,
  provinceUnits,
  readMau,
  renderMau,
  renderSettings,
  type Template,
  templates,
  type Unit,
} from '../core';
import { asTextRows } from './cells';
import { type Context, readTab, TIME_ZONE, UserError } from './env';
import { protectAdminSheet } from './protect';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
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
  const g = /^(.*?)(?:\s+(sửa|sua|bản sao|ban sao))?$/i.exec(typed.trim());
  const pick = (g?.[1] ?? '').trim();
  const n = Number(pick);
  const template = Number.isInteger(n) && n >= 1 ? templates[n - 1] : templates.find((t) => t.id === pick);
  if (!template) throw new UserError(mg.unknownForm(typed, templates.map((t) => t.id).join(', ')));
  return { template, copy: g?.[2] !== undefined };
}

function unitsOf(typed: string): { units: Unit[]; province: string } {
  if (!typed.trim()) return { units: [], province: '' };
  const found = findProvince(typed);
  if (!('province' in found)) throw new UserError(messages.mauCliText.unknownProvince(typed, found.suggestion));
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
  if (copy) writeSheet(ss, T.sheet, renderMau(template), 1);
  return mg.started(copy, existing !== null, units.length, province);
}

/** The menu's questions for a new report: which form (unless a Mẫu is there), which province. */
export function promptNewReport(email: string): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let form = '';
  if (!ss.getSheetByName(T.sheet)) {
    const r = ui.prompt(messages.gasText.menu, mg.formPrompt(templates), ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return undefined;
    form = r.getResponseText();
  }
  const p = ui.prompt(messages.gasText.menu, mg.provincePrompt, ui.ButtonSet.OK_CANCEL);
  return startReport(form, p.getSelectedButton() === ui.Button.OK ? p.getResponseText() : '', email);
}

/** At set-up: keys made up for blank `Mã cột` cells are written back (so they stay), and Mẫu is the admins'. */
export function settleMau(ctx: Context): void {
  const sheet = ctx.ss.getSheetByName(T.sheet);
  if (!sheet) return;
  const read = readMau(sheet.getDataRange().getValues(), ctx.sheetZone);
  for (const f of read.filled) sheet.getRange(f.row, f.col).setValue(f.value);
  protectAdminSheet(ctx, sheet);
}
