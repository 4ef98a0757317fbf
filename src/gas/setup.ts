/** Thiết lập báo cáo: unit tabs, their data validation and protections, from Cấu hình. Idempotent. */
import {
  type Column,
  findHeader,
  messages,
  midnightIn,
  newSettings,
  renderSettings,
  type Template,
  templates,
  UNIT_TAB,
  type Unit,
  unitTabHead,
} from '../core';
import { asTextRows } from './cells';
import { type Context, loadContext, requireAdmin, UserError, withLock } from './env';
import { appendLog, logSheet } from './log';
import {
  adoptLegacySubmission,
  completePendingLocks,
  DATA_ROWS,
  protectAdminSheet,
  protectUnitTab,
  writeBlankCodes,
} from './protect';
import { isSubmitted, readDocState, statusOf } from './record';
import { adminProblems, findRenamed, restoreStatusLine } from './review';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const g = messages.gasText;

/** A first Cấu hình for a template, with the caller as its admin: the province then fills its units. */
export function createSettings(templateId: string, email: string): string {
  const template = templates.find((t) => t.id === templateId.trim());
  if (!template) {
    throw new UserError(messages.settingsMessages.unknownTemplate(templateId, templates.map((t) => t.id).join(', ')));
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet(messages.settingsLabels.sheet, 0);
  const rows = renderSettings(newSettings(template, [], email ? [email] : []));
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(asTextRows(rows));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  return g.setupNewSettings;
}

function rule(c: Column, zone: string): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  const day = (iso: string) => midnightIn(iso, zone);
  switch (c.type) {
    case 'yesno':
      return b
        .requireValueInList([messages.yesNo.yes, messages.yesNo.no], true)
        .setHelpText(c.hint ?? g.help.yesNo)
        .build();
    case 'choice':
      return b
        .requireValueInList(c.choices ?? [], true)
        .setHelpText(c.hint ?? c.label)
        .build();
    case 'integer':
    case 'number':
    case 'percent': {
      const min = c.min ?? (c.type === 'percent' ? 0 : undefined);
      const max = c.max ?? (c.type === 'percent' ? 100 : undefined);
      const help = c.hint ?? g.help.number;
      if (min !== undefined && max !== undefined) return b.requireNumberBetween(min, max).setHelpText(help).build();
      if (min !== undefined) return b.requireNumberGreaterThanOrEqualTo(min).setHelpText(help).build();
      return null;
    }
    case 'date':
      if (c.minDate && c.maxDate) {
        return b
          .requireDateBetween(day(c.minDate), day(c.maxDate))
          .setHelpText(c.hint ?? g.help.date)
          .build();
      }
      return b
        .requireDate()
        .setHelpText(c.hint ?? g.help.date)
        .build();
    case 'text':
      return null;
  }
}

/**
 * Makes a unit's tab, or completes one a cut run left blank. Its values are written last: a tab that
 * holds no value is one set-up has not finished, and the next run completes it.
 */
function newUnitTab(ctx: Context, unit: Unit, blank: Sheet | null): Sheet {
  const t = ctx.template;
  const sheet = blank ?? ctx.ss.insertSheet(unit.sheet);
  if (sheet.getMaxRows() < DATA_ROWS) sheet.insertRowsAfter(sheet.getMaxRows(), DATA_ROWS - sheet.getMaxRows());
  sheet.getRange(UNIT_TAB.titleRow, 1).setFontWeight('bold').setFontSize(13);
  sheet
    .getRange(UNIT_TAB.headerRow, 1, 1, t.columns.length)
    .setFontWeight('bold')
    .setWrap(true)
    .setBackground('#e8f0fe');
  sheet.setFrozenRows(UNIT_TAB.headerRow);
  t.columns.forEach((c, i) => {
    sheet.setColumnWidth(i + 1, c.width ?? 110);
  });
  const head = unitTabHead(t, unit, ctx.settings.period);
  sheet.getRange(1, 1, head.length, t.columns.length).setValues(asTextRows(head));
  return sheet;
}

/** A tab without a single value: one set-up began and did not finish (a unit's tab always has its title). */
const isBlank = (values: unknown[][]) => values.every((row) => row.every((v) => v === ''));

/**
 * Data validation on every template column found on the tab, from below the header to the last row: one
 * write for each run of adjacent template columns (usually one a tab). A unit's own columns are not touched.
 */
function applyValidation(
  ctx: Context,
  template: Template,
  sheet: Sheet,
  values: unknown[][],
  rules: Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>,
): void {
  const { headerRow, columns } = findHeader(template, values);
  if (headerRow === null) return;
  const rows = sheet.getMaxRows() - headerRow;
  if (rows < 1) return;
  const byCol = new Map<number, Column>();
  for (const c of template.columns) if (columns[c.key] !== undefined) byCol.set(columns[c.key], c);
  const ruleOf = (c: Column) => {
    if (!rules.has(c.key)) rules.set(c.key, rule(c, ctx.sheetZone));
    return rules.get(c.key) ?? null;
  };
  const sorted = [...byCol.keys()].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const run = sorted.slice(i, j + 1).map((col) => ruleOf(byCol.get(col) as Column));
    sheet
      .getRange(headerRow + 1, sorted[i], rows, run.length)
      .setDataValidations(Array.from({ length: rows }, () => run));
    i = j + 1;
  }
  for (const [col, c] of byCol)
    if (c.type === 'date') sheet.getRange(headerRow + 1, col, rows, 1).setNumberFormat('dd/MM/yyyy');
}

function ensureSheet(ctx: Context, name: string): Sheet {
  return ctx.ss.getSheetByName(name) ?? ctx.ss.insertSheet(name);
}

/** Creates what is missing and brings validation and protections in line; never touches a unit's rows. */
export function setup(): string {
  return withLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    requireAdmin(ctx);
    let created = 0;
    // One rule per column, built once and set on every tab.
    const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();
    // Codes first: protections, records and reminders are keyed by them, so a blank Mã is written down once.
    writeBlankCodes(ctx);
    const state = readDocState();
    // A tab renamed by hand is reported, never replaced by a blank one (its rows would be left behind).
    const tabs = new Map(ctx.settings.units.map((u) => [u.code, ss.getSheetByName(u.sheet)]));
    const renamed = findRenamed(
      ctx,
      ctx.settings.units.filter((u) => !tabs.get(u.code)),
    );
    for (const unit of ctx.settings.units) {
      if (renamed.has(unit.code)) continue;
      const found = tabs.get(unit.code) ?? null;
      const before = found ? found.getDataRange().getValues() : null;
      const complete = found && before && !isBlank(before) ? found : null;
      const sheet = complete ?? newUnitTab(ctx, unit, found);
      if (!complete) created++;
      const values = complete && before ? before : sheet.getDataRange().getValues();
      applyValidation(ctx, ctx.template, sheet, values, rules);
      const status = adoptLegacySubmission(unit, sheet, values, state) ?? statusOf(state, unit.code);
      restoreStatusLine(sheet, values, status);
      protectUnitTab(ctx, unit, sheet, isSubmitted(status));
    }
    protectAdminSheet(ctx, ensureSheet(ctx, messages.settingsLabels.sheet));
    protectAdminSheet(ctx, ensureSheet(ctx, messages.summaryText.sheet));
    protectAdminSheet(ctx, logSheet(ss));
    completePendingLocks(ctx, state);
    const message = g.setupDone(created, ctx.settings.units.length - created);
    appendLog(ss, [{ kind: 'setup', unit: '', who: ctx.email, key: '', detail: message }]);
    const problems = adminProblems(ctx, renamed);
    return problems ? `${message}\n\n${problems}` : message;
  });
}
