/** Validating unit tabs: one batch read per tab, the core does the rest. */
import { formatIssue, type Issue, reviewUnits, type Unit, type UnitInput, unitIssues } from '../core';
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
  return { inputs, issues: unitIssues(inputs) };
}

export const firstMessage = (issues: readonly Issue[]) => (issues[0] ? formatIssue(issues[0]) : '');
