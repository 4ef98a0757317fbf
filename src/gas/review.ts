/** Validating unit tabs: one batch read per tab, the core does the rest; the state comes from the record. */
import {
  findStatusCell,
  formatIssue,
  formatStatus,
  type Issue,
  isForeignTab,
  RESERVED_SHEETS,
  reviewUnits,
  sheetKey,
  UNIT_TAB,
  type Unit,
  type UnitInput,
  type UnitStatus,
  unitIssues,
} from '../core';
import * as messages from '../core/messages';
import { asText } from './cells';
import { type Context, readTab, settingsProblems } from './env';
import { type DocState, readDocState, statusOf } from './record';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Review {
  inputs: UnitInput[];
  /** A missing tab as one error, then each tab's problems, in the order of Cấu hình. */
  issues: Issue[];
  /** The tabs found, by name: callers use them instead of looking them up again. */
  sheets: Map<string, Sheet>;
  /** The record and what waits for an admin, as read for this review. */
  state: DocState;
  /** Tabs whose status line did not say what the record says, and was written again. */
  restored: string[];
  /** Missing units' tabs found under another name (by unit code): reported, never used. */
  renamed: Map<string, string>;
  /** Units whose tab name is a sheet of someone's own (by unit code, see isForeignTab): reported, never used. */
  foreign: Map<string, string>;
}

export interface ReviewOptions {
  /** The record already read by this action. */
  state?: DocState;
  /** Write the status line back where it differs from the record (default: yes). */
  restore?: boolean;
}

/** Where a tab's status line is: where it was found, else where set-up puts it. */
export const statusCellOf = (input: UnitInput) => input.statusCell ?? { row: UNIT_TAB.statusRow, col: 1 };

/**
 * The status line says what the record says. Text typed or pasted into it by hand changes nothing: it is
 * written over here. Returns whether it had to be written.
 */
export function restoreStatusLine(sheet: Sheet, values: readonly (readonly unknown[])[], status: UnitStatus): boolean {
  // A sheet of the province's own that Cấu hình names is never written into.
  if (isForeignTab(values)) return false;
  const at = findStatusCell(values) ?? { row: UNIT_TAB.statusRow, col: 1 };
  const want = formatStatus(status);
  if (values[at.row - 1]?.[at.col - 1] === want) return false;
  sheet.getRange(at.row, at.col).setValue(asText(want));
  return true;
}

/**
 * The status line is only an output: a caller who may not write it (someone checking another unit's tab)
 * still gets the review, and the next admin run writes it. Nothing is lost: the record is the truth.
 */
function tryRestore(sheet: Sheet, values: readonly (readonly unknown[])[], status: UnitStatus): boolean {
  try {
    return restoreStatusLine(sheet, values, status);
  } catch (e) {
    if (/protected cell or object/i.test(String((e as Error)?.message ?? e))) return false;
    throw e;
  }
}

/**
 * Reads and validates the given units' tabs (every unit by default): one lookup and one batch read a tab,
 * one read of the record for all. Each unit's state is the record's, never the status text on its tab.
 */
export function review(ctx: Context, units: readonly Unit[] = ctx.settings.units, opts: ReviewOptions = {}): Review {
  const state = opts.state ?? readDocState();
  const only = { ...ctx.settings, units: [...units] };
  const sheets = new Map<string, Sheet>();
  const tabs = new Map<string, readonly (readonly unknown[])[]>();
  const foreign = new Map<string, string>();
  const tabOf = (u: Unit) => {
    const sheet = ctx.ss.getSheetByName(u.sheet);
    const values = readTab(sheet);
    // A sheet of someone's own under the unit's tab name is not the unit's tab: read as missing, never written.
    if (sheet && values && isForeignTab(values)) {
      foreign.set(u.code, u.sheet);
      return null;
    }
    if (sheet) sheets.set(u.sheet, sheet);
    if (values) tabs.set(u.sheet, values);
    return values;
  };
  const inputs = reviewUnits(ctx.template, only, tabOf, ctx.sheetZone);
  const restored: string[] = [];
  for (const input of inputs) {
    input.status = statusOf(state, input.unit.code);
    const sheet = sheets.get(input.unit.sheet);
    const values = tabs.get(input.unit.sheet);
    if (opts.restore !== false && sheet && values && tryRestore(sheet, values, input.status)) {
      restored.push(input.unit.sheet);
    }
  }
  const renamed = findRenamed(
    ctx,
    inputs.filter((i) => !i.report).map((i) => i.unit),
  );
  const issues = withForeign(inputs, withRenamed(inputs, unitIssues(inputs), renamed), foreign);
  return { inputs, issues, sheets, state, restored, renamed, foreign };
}

/**
 * Tabs that look like a missing unit's tab under another name: a sheet not named in Cấu hình whose title
 * block names the unit. Reported, never used in its place (the province decides which tab is the unit's).
 * Costs nothing while every tab is where Cấu hình says.
 */
export function findRenamed(ctx: Context, missing: readonly Unit[]): Map<string, string> {
  const found = new Map<string, string>();
  if (!missing.length) return found;
  const known = new Set([...ctx.settings.units.map((u) => sheetKey(u.sheet)), ...RESERVED_SHEETS.map(sheetKey)]);
  for (const sheet of ctx.ss.getSheets()) {
    const name = sheet.getName();
    if (known.has(sheetKey(name)) || sheet.getMaxRows() < UNIT_TAB.statusRow) continue;
    const top = sheet
      .getRange(1, 1, UNIT_TAB.statusRow, 1)
      .getValues()
      .map((r) => String(r[0] ?? ''));
    for (const unit of missing) {
      const line = messages.unitTabText.unitLine(unit.name, '');
      if (!found.has(unit.code) && top.some((t) => t === line || t.startsWith(`${line} — `))) {
        found.set(unit.code, name);
      }
    }
  }
  return found;
}

/** The missing-tab problems, each naming the renamed tab when one holds the unit's title block. */
function withRenamed(inputs: readonly UnitInput[], issues: Issue[], renamed: Map<string, string>): Issue[] {
  if (!renamed.size) return issues;
  return issues.map((issue) => {
    const unit = inputs.find((i) => !i.report && i.unit.sheet === issue.sheet)?.unit;
    const other = unit ? renamed.get(unit.code) : undefined;
    return unit && other ? { ...issue, message: messages.recordText.renamedTab(unit.sheet, unit.name, other) } : issue;
  });
}

/** The missing-tab problems of units whose tab name is a sheet of someone's own, saying so. */
function withForeign(inputs: readonly UnitInput[], issues: Issue[], foreign: Map<string, string>): Issue[] {
  if (!foreign.size) return issues;
  return issues.map((issue) => {
    const unit = inputs.find((i) => !i.report && i.unit.sheet === issue.sheet)?.unit;
    return unit && foreign.has(unit.code)
      ? { ...issue, message: messages.recordText.foreignTab(unit.sheet, unit.name) }
      : issue;
  });
}

/**
 * What an admin must read after an action: tabs renamed by hand, sheets of someone's own named as a unit's
 * tab, then Cấu hình's problems; '' when none.
 */
export function adminProblems(
  ctx: Context,
  renamed: Map<string, string>,
  foreign: Map<string, string> = new Map(),
): string {
  const t = messages.recordText;
  const lines = ctx.settings.units.flatMap((u) => [
    ...(renamed.has(u.code) ? [`• ${t.renamedTab(u.sheet, u.name, renamed.get(u.code) ?? '')}`] : []),
    ...(foreign.has(u.code) ? [`• ${t.foreignTab(u.sheet, u.name)}`] : []),
  ]);
  return [lines.join('\n'), settingsProblems(ctx)].filter(Boolean).join('\n\n');
}

export const firstMessage = (issues: readonly Issue[]) => (issues[0] ? formatIssue(issues[0]) : '');
