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
import { asText, asTextRows } from './cells';
import { type Context, loadContext, requireAdmin, withLock } from './env';
import { appendLog, logSheet } from './log';
import { followForm, formChangeNote, settleMau } from './mau';
import {
  adoptLegacySubmission,
  completePendingLocks,
  DATA_ROWS,
  isOwnSheet,
  protectAdminSheet,
  protectNewSheet,
  protectUnitTab,
  writeBlankCodes,
} from './protect';
import { isSubmitted, readDocState, statusOf } from './record';
import { adminProblems, findRenamed, restoreStatusLine } from './review';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const g = messages.gasText;

function rule(c: Column, zone: string): GoogleAppsScript.Spreadsheet.DataValidation | null {
  // A builder only for a column that gets a rule (each builder call is a service call).
  const b = () => SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  const day = (iso: string) => midnightIn(iso, zone);
  switch (c.type) {
    case 'yesno':
      return b()
        .requireValueInList([messages.yesNo.yes, messages.yesNo.no], true)
        .setHelpText(c.hint ?? g.help.yesNo)
        .build();
    case 'choice':
      return b()
        .requireValueInList(c.choices ?? [], true)
        .setHelpText(c.hint ?? c.label)
        .build();
    case 'integer':
    case 'number':
    case 'percent': {
      const min = c.min ?? (c.type === 'percent' ? 0 : undefined);
      const max = c.max ?? (c.type === 'percent' ? 100 : undefined);
      const help = c.hint ?? g.help.number;
      if (min !== undefined && max !== undefined) return b().requireNumberBetween(min, max).setHelpText(help).build();
      if (min !== undefined) return b().requireNumberGreaterThanOrEqualTo(min).setHelpText(help).build();
      return null;
    }
    case 'date':
      if (c.minDate && c.maxDate) {
        return b()
          .requireDateBetween(day(c.minDate), day(c.maxDate))
          .setHelpText(c.hint ?? g.help.date)
          .build();
      }
      return b()
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
  /** The tab's column count, when known without asking. */
  maxCols?: number;
  values: unknown[][];
  inserted: boolean;
  /** Copied from the prototype: its formats, widths and data validation came with it. */
  copied?: boolean;
}

/**
 * Lays a unit tab out by hand: enough rows, the title and header formats, the frozen header, the
 * columns' widths, then the head's values (last: a tab that holds no value is one set-up has not
 * finished, and the next run completes it). Returns the tab's row count.
 */
function layOut(ctx: Context, sheet: Sheet, head: string[][]): number {
  const t = ctx.template;
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
  sheet.getRange(1, 1, head.length, t.columns.length).setValues(asTextRows(head));
  return maxRows;
}

/**
 * Completes a tab a cut run left blank (or one made by hand under the unit's name, still empty). It may
 * hold what a cut run wrote elsewhere: its values are read back.
 */
function completeBlankTab(ctx: Context, unit: Unit, blank: Sheet): Made {
  const maxRows = layOut(ctx, blank, unitTabHead(ctx.template, unit, ctx.settings.period));
  return { sheet: blank, maxRows, values: blank.getDataRange().getValues(), inserted: false };
}

const PROTOTYPE = messages.settingsLabels.prototypeSheet;

/**
 * The tab new unit tabs are copied from. Google, Spreadsheet.insertSheet's options.template: "All data
 * from the template sheet object is copied to the new sheet" (protections are not said to be, and none
 * is relied on: the prototype's own is for admins only, and each copy gets the unit's three). Laid out,
 * validated and protected once a run; its unit line is rewritten before each copy, so a copy is a
 * finished tab the moment it exists (one call) and costs 2 calls where laying one out costs about 17.
 * Deleted when the run ends or pauses; one a cut run left is deleted by the next set-up.
 */
interface Prototype {
  sheet: Sheet;
  /** The unit line's cell, and the line it holds now. */
  line: GoogleAppsScript.Spreadsheet.Range;
  holds: unknown;
  maxRows: number;
  maxCols: number;
}

function makePrototype(
  ctx: Context,
  first: Unit,
  rules: Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>,
): Prototype {
  const sheet = ctx.ss.insertSheet(PROTOTYPE);
  // Protected before anything is written on it: no unit can change what every new tab is copied from.
  protectNewSheet(ctx, sheet, PROTOTYPE);
  const head = unitTabHead(ctx.template, first, ctx.settings.period);
  const maxRows = layOut(ctx, sheet, head);
  applyValidation(ctx, ctx.template, sheet, head, rules, maxRows);
  return {
    sheet,
    line: sheet.getRange(UNIT_TAB.unitRow, 1),
    holds: head[UNIT_TAB.unitRow - 1][0],
    maxRows,
    maxCols: sheet.getMaxColumns(),
  };
}

/**
 * Frees the prototype's name before a run: a prototype a cut run left is deleted (it may be stale: Mẫu may
 * have changed since). A sheet of that name is deleted only when it is one set-up made (it carries the
 * prototype's protection) or holds nothing; another is left alone, and false says the name is taken.
 */
function clearPrototypeName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: Sheet | undefined): boolean {
  if (!sheet) return true;
  if (!isOwnSheet(sheet, PROTOTYPE) && !isBlank(sheet.getDataRange().getValues())) return false;
  ss.deleteSheet(sheet);
  return true;
}

/** A new unit tab laid out by hand (when no prototype can be made). */
function layOutNewTab(ctx: Context, unit: Unit): Made {
  const sheet = ctx.ss.insertSheet(unit.sheet);
  const head = unitTabHead(ctx.template, unit, ctx.settings.period);
  return { sheet, maxRows: layOut(ctx, sheet, head), values: head, inserted: true };
}

/** A new unit tab, copied from the prototype with the unit's own line. */
function copyUnitTab(ctx: Context, proto: Prototype, unit: Unit): Made {
  const head = unitTabHead(ctx.template, unit, ctx.settings.period);
  const line = head[UNIT_TAB.unitRow - 1][0];
  if (proto.holds !== line) {
    proto.line.setValue(asText(line));
    proto.holds = line;
  }
  const sheet = ctx.ss.insertSheet(unit.sheet, { template: proto.sheet });
  return { sheet, maxRows: proto.maxRows, maxCols: proto.maxCols, values: head, inserted: true, copied: true };
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
    const byName = new Map(
      ss
        .getSheets()
        .map((sheet) => ({ name: sheet.getName(), sheet }))
        .map((s) => [s.name.toLowerCase(), s]),
    );
    const named = (name: string) => byName.get(name.toLowerCase());
    const tabs = new Map(left.map((u) => [u.code, named(u.sheet)?.sheet ?? null]));
    const renamed = findRenamed(
      ctx,
      left.filter((u) => !tabs.get(u.code)),
    );
    // A sheet of someone's own that Cấu hình names as a unit's tab is reported and never written into.
    const foreign = new Map<string, string>();
    // New tabs are copied from a prototype made for this run (undefined until the first is needed), or
    // laid out one by one when its name is taken by a sheet that is not one a cut run left (null).
    let proto: Prototype | null | undefined = clearPrototypeName(ss, named(PROTOTYPE)?.sheet) ? undefined : null;
    for (const unit of left) {
      if (Date.now() - started > SETUP_BUDGET_MS) {
        if (proto) ss.deleteSheet(proto.sheet);
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
      let made: Made | null = null;
      if (!found) {
        if (proto === undefined) proto = makePrototype(ctx, unit, rules);
        made = proto ? copyUnitTab(ctx, proto, unit) : layOutNewTab(ctx, unit);
      } else if (isBlank(before as unknown[][])) {
        // A tab a cut run left blank is finished, never counted as existing.
        made = completeBlankTab(ctx, unit, found);
      }
      const sheet = made ? made.sheet : (found as Sheet);
      const given = made ? made.values : (before as unknown[][]);
      const values = followForm(ctx, sheet, given);
      // A copy holds the prototype's validation, unless the form's change re-laid it.
      if (!made?.copied || values !== given) applyValidation(ctx, ctx.template, sheet, values, rules, made?.maxRows);
      const status = adoptLegacySubmission(unit, sheet, values, state) ?? statusOf(state, unit.code);
      restoreStatusLine(sheet, values, status);
      const finished = protectUnitTab(ctx, unit, sheet, isSubmitted(status), {
        inserted: made?.inserted,
        maxRows: made?.maxRows,
        // Re-laying may have added columns.
        maxCols: values === given ? made?.maxCols : undefined,
      });
      // A tab a cut run copied is complete but for its protections: it is counted as new, as set-up made it.
      if (made || !finished) created++;
    }
    if (proto) ss.deleteSheet(proto.sheet);
    // Cấu hình and Tổng hợp for admins only (an empty Tổng hợp made when missing), found by the names read above.
    for (const name of [messages.settingsLabels.sheet, messages.summaryText.sheet]) {
      const found = named(name);
      if (found) protectAdminSheet(ctx, found.sheet, found.name);
      else protectNewSheet(ctx, ss.insertSheet(name), name);
    }
    settleMau(ctx);
    // Nhật ký made now is protected for the admins at once; one already there is brought in line.
    let madeLog = false;
    const log = logSheet(ss, (sheet) => {
      protectNewSheet(ctx, sheet, messages.logText.sheet);
      madeLog = true;
    });
    if (!madeLog) protectAdminSheet(ctx, log, messages.logText.sheet);
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
