/** Validating unit tabs: one batch read per tab, the core does the rest. */
import { formatIssue, type Issue, messages, reviewUnits, type Unit, type UnitInput } from '../core';
import { type Context, readTab } from './env';

export interface Review {
  inputs: UnitInput[];
  /** Settings problems first, then a missing tab as one error, then each tab's problems. */
  issues: Issue[];
}

/** Reads and validates the given units' tabs (every unit by default). */
export function review(ctx: Context, units: readonly Unit[] = ctx.settings.units): Review {
  const only = { ...ctx.settings, units: [...units] };
  const inputs = reviewUnits(ctx.template, only, (u) => readTab(ctx.ss.getSheetByName(u.sheet)), ctx.sheetZone);
  const issues: Issue[] = [];
  for (const i of inputs) {
    if (i.report) issues.push(...i.report.issues);
    else {
      const message = messages.sheetMessages.missingTab(i.unit.sheet, i.unit.name);
      issues.push({
        sheet: i.unit.sheet,
        cell: 'A1',
        row: 1,
        col: 1,
        column: '',
        value: '',
        severity: 'error',
        message,
      });
    }
  }
  return { inputs, issues };
}

export const errorsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
export const firstMessage = (issues: readonly Issue[]) => (issues[0] ? formatIssue(issues[0]) : '');
