/** Validating unit tabs: one batch read per tab, the core does the rest. */
import { formatIssue, type Issue, reviewUnits, type Unit, type UnitInput, unitIssues } from '../core';
import { type Context, readTab } from './env';

export interface Review {
  inputs: UnitInput[];
  /** A missing tab as one error, then each tab's problems, in the order of Cấu hình. */
  issues: Issue[];
  /** The tabs found, by name: callers use them instead of looking them up again. */
  sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet>;
}

/** Reads and validates the given units' tabs (every unit by default): one lookup and one batch read a tab. */
export function review(ctx: Context, units: readonly Unit[] = ctx.settings.units): Review {
  const only = { ...ctx.settings, units: [...units] };
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  const tabOf = (u: Unit) => {
    const sheet = ctx.ss.getSheetByName(u.sheet);
    if (sheet) sheets.set(u.sheet, sheet);
    return readTab(sheet);
  };
  const inputs = reviewUnits(ctx.template, only, tabOf, ctx.sheetZone);
  return { inputs, issues: unitIssues(inputs), sheets };
}

export const firstMessage = (issues: readonly Issue[]) => (issues[0] ? formatIssue(issues[0]) : '');
