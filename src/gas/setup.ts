/** Thiết lập báo cáo: unit tabs, their data validation and protections, from Cấu hình. Idempotent. */
import {
  type Column,
  findHeader,
  isForeignTab,
  midnightIn,
  type Template,
  UNIT_TAB,
  type Unit,
  unitTabHead,
} from '../core';
import * as messages from '../core/messages';
import { asTextRows } from './cells';
import { type Context, loadContext, requireAdmin, withLock } from './env';
import { appendLog, logSheet } from './log';
import { followForm, formChangeNote, settleMau } from './mau';
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

/** A unit's tab this run has made (or completed), with what set-up already knows of it. */
interface Made {
  sheet: Sheet;
  maxRows: number;
  values: unknown[][];
  inserted: boolean;
}

/**
 * Makes a unit's tab, or completes one a cut run left blank. Its values are written last: a tab that
 * holds no value is one set-up has not finished, and the next run completes it.
 */
function newUnitTab(ctx: Context, unit: Unit, blank: Sheet | null): Made {
  const t = ctx.template;
  const sheet = blank ?? ctx.ss.insertSheet(unit.sheet);
  let maxRows = sheet.getMaxRows();
  if (maxRows < DATA_ROWS) {
    sheet.insertRowsAfter(maxRows, DATA_ROWS - maxRows);
    maxRows = DATA_ROWS;
  }
  sheet.getRange(UNIT_TAB.titleRow, 1).setFontWeight('bold').setFontSize(13);
  sheet
    .getRange(UNIT_TAB.headerRow, 1, 1, t.columns.length)
    .setFontWeight('bold')
    .setWrap(true)
    .setBackground('#e8f0fe');
  sheet.setFrozenRows(UNIT_TAB.headerRow);
  // One call per run of adjacent columns of the same width.
  const widths = t.columns.map((c) => c.width ?? 110);
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (j === i) sheet.setColumnWidth(i + 1, widths[i]);
    else sheet.setColumnWidths(i + 1, j - i + 1, widths[i]);
    i = j + 1;
  }
  const head = unitTabHead(t, unit, ctx.settings.period);
  sheet.getRange(1, 1, head.length, t.columns.length).setValues(asTextRows(head));
  // A blank tab may hold what a cut run wrote elsewhere: only a tab inserted now is known to hold the head alone.
  const values = blank ? sheet.getDataRange().getValues() : head.map((r) => [...r]);
  return { sheet, maxRows, values, inserted: !blank };
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
  maxRows: number = sheet.getMaxRows(),
): void {
  const { headerRow, columns } = findHeader(template, values);
  if (headerRow === null) return;
  const rows = maxRows - headerRow;
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

/**
 * Apps Script stops any run at 6 minutes: set-up stops taking new units after this much time and a
 * one-off trigger finishes the job (Date.now() is Apps Script's clock, the fakes' in tests).
 */
export const SETUP_BUDGET_MS = 4.5 * 60 * 1000;
/** How long after a paused run its continuation starts. */
export const CONTINUE_AFTER_MS = 60 * 1000;
/** The one-off trigger's handler (an entry point of index.ts). */
export const CONTINUE_HANDLER = 'setupContinue';
/** The codes of the units a paused set-up has finished (Document Properties: no unit can type there). */
const PROGRESS_KEY = 'lhpn:setup:done';

/** The finished units' codes, or null when no set-up is paused. */
function readProgress(): Set<string> | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROGRESS_KEY);
  if (raw === null) return null;
  try {
    const codes: unknown = JSON.parse(raw);
    return new Set(Array.isArray(codes) ? codes.map(String) : []);
  } catch {
    return new Set();
  }
}

/** Deletes the continuation's triggers (at most one is left by a run; earlier ones too). */
function dropContinuation(): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  }
}

/** Saves which units are done and schedules the one continuation (any earlier one deleted first). */
function pause(done: Set<string>): void {
  PropertiesService.getDocumentProperties().setProperty(PROGRESS_KEY, JSON.stringify([...done]));
  dropContinuation();
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

/** Creates what is missing and brings validation and protections in line; never touches a unit's rows. */
export function setup(): string {
  return runSetup(false);
}

/**
 * The continuation's run (a one-off trigger, as the admin who scheduled it): finishes the units a paused
 * run left, then deletes its trigger. A set-up by hand in between finishes the job too; the trigger then
 * finds nothing left and only removes itself.
 */
export function continueSetup(): string {
  return runSetup(true);
}

function runSetup(resume: boolean): string {
  const started = Date.now();
  return withLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    requireAdmin(ctx);
    const units = ctx.settings.units;
    // A run by hand starts over (Cấu hình may have changed); a continuation skips what is done, and
    // finds nothing to do when a run by hand has finished the job since.
    const saved = resume ? readProgress() : null;
    if (resume && !saved) {
      dropContinuation();
      return '';
    }
    const done = saved ?? new Set<string>();
    let created = 0;
    // One rule per column, built once and set on every tab.
    const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();
    // Codes first: protections, records and reminders are keyed by them, so a blank Mã is written down once.
    writeBlankCodes(ctx);
    const state = readDocState();
    // A tab renamed by hand is reported, never replaced by a blank one (its rows would be left behind).
    const left = units.filter((u) => !done.has(u.code));
    // Every sheet's name read once: a first set-up finds a handful of sheets, not one look-up a unit.
    // Sheets' names are unique whatever their case, so they are matched that way.
    const byName = new Map(ss.getSheets().map((sh) => [sh.getName().toLowerCase(), sh]));
    const tabs = new Map(left.map((u) => [u.code, byName.get(u.sheet.toLowerCase()) ?? null]));
    const renamed = findRenamed(
      ctx,
      left.filter((u) => !tabs.get(u.code)),
    );
    // A sheet of someone's own that Cấu hình names as a unit's tab is reported and never written into.
    const foreign = new Map<string, string>();
    for (const unit of left) {
      if (Date.now() - started > SETUP_BUDGET_MS) {
        pause(done);
        appendLog(ss, [
          {
            kind: 'setup',
            unit: '',
            who: ctx.email,
            key: '',
            detail: messages.budgetText.setupPausedLog(done.size, units.length),
          },
        ]);
        const paused = messages.budgetText.setupPaused(done.size, units.length);
        const problems = adminProblems(ctx, renamed, foreign);
        return problems ? `${paused}\n\n${problems}` : paused;
      }
      done.add(unit.code);
      if (renamed.has(unit.code)) continue;
      const found = tabs.get(unit.code) ?? null;
      const before = found ? found.getDataRange().getValues() : null;
      if (found && before && isForeignTab(before)) {
        foreign.set(unit.code, found.getName());
        continue;
      }
      // A tab a cut run left blank is finished, never counted as existing.
      const made = found && before && !isBlank(before) ? null : newUnitTab(ctx, unit, found);
      const sheet = made ? made.sheet : (found as Sheet);
      if (made) created++;
      const values = followForm(ctx, sheet, made ? made.values : (before as unknown[][]));
      applyValidation(ctx, ctx.template, sheet, values, rules, made?.maxRows);
      const status = adoptLegacySubmission(unit, sheet, values, state) ?? statusOf(state, unit.code);
      restoreStatusLine(sheet, values, status);
      protectUnitTab(ctx, unit, sheet, isSubmitted(status), { inserted: made?.inserted, maxRows: made?.maxRows });
    }
    protectAdminSheet(ctx, ensureSheet(ctx, messages.settingsLabels.sheet));
    protectAdminSheet(ctx, ensureSheet(ctx, messages.summaryText.sheet));
    settleMau(ctx);
    protectAdminSheet(ctx, logSheet(ss));
    completePendingLocks(ctx, state);
    // The job is done: no progress left behind, no continuation waiting.
    if (resume || readProgress()) {
      PropertiesService.getDocumentProperties().deleteProperty(PROGRESS_KEY);
      dropContinuation();
    }
    const message = g.setupDone(created, units.length - created) + formChangeNote(ctx);
    appendLog(ss, [{ kind: 'setup', unit: '', who: ctx.email, key: '', detail: message }]);
    const problems = adminProblems(ctx, renamed, foreign);
    return problems ? `${message}\n\n${problems}` : message;
  });
}
