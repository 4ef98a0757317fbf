/** Kiểm tra, Nộp báo cáo and Mở lại: what unit staff do on their tab, and what the province undoes. */
import {
  calendarDateIn,
  errorsOf,
  formatDateTimeIn,
  formatStatus,
  isLate,
  messages,
  UNIT_TAB,
  type Unit,
  type UnitInput,
  type UnitStatus,
} from '../core';
import { asText } from './cells';
import {
  type Context,
  currentUnit,
  loadContext,
  requireAdmin,
  TIME_ZONE,
  UserError,
  unitByCode,
  withLock,
} from './env';
import { appendLog } from './log';
import { markSheet } from './marks';
import { lockUnit, unlockUnit } from './protect';
import { firstMessage, type Review, review } from './review';

const g = messages.gasText;

export interface CheckResult extends Review {
  message: string;
}

/** Marks each reviewed tab's problems on its data rows. */
function mark({ inputs, sheets }: Review): void {
  for (const { unit, report } of inputs) {
    const sheet = sheets.get(unit.sheet);
    if (sheet && report) markSheet(sheet, report.issues, (report.headerRow ?? UNIT_TAB.headerRow) + 1);
  }
}

/** Validates and marks the caller's unit tab, or every tab for an admin. */
export function check(ctx?: Context, all?: boolean): CheckResult {
  return withLock(() => {
    const c = ctx ?? loadContext();
    const r = review(c, (all ?? c.isAdmin) ? c.settings.units : [currentUnit(c)]);
    mark(r);
    const errors = errorsOf(r.issues);
    return { ...r, message: g.checkDone(errors.length, new Set(errors.map((i) => i.sheet)).size) };
  });
}

/** A unit's tab, read and validated once, or a message naming the missing tab. */
function reviewOne(ctx: Context, unit: Unit) {
  const r = review(ctx, [unit]);
  const sheet = r.sheets.get(unit.sheet);
  if (!sheet) throw new UserError(messages.sheetMessages.missingTab(unit.sheet, unit.name));
  return { review: r, input: r.inputs[0], sheet };
}

function writeStatus(sheet: GoogleAppsScript.Spreadsheet.Sheet, input: UnitInput, status: UnitStatus): void {
  const at = input.statusCell ?? { row: UNIT_TAB.statusRow, col: 1 };
  sheet.getRange(at.row, at.col).setValue(asText(formatStatus(status)));
}

/** Refuses while errors remain; then stamps the status line and the log and locks the data rows. */
export function submit(): { unit: Unit; status: UnitStatus; message: string } {
  return withLock(() => {
    const ctx = loadContext();
    const unit = currentUnit(ctx);
    const { review: r, input, sheet } = reviewOne(ctx, unit);
    if (input.status.state !== 'draft') throw new UserError(g.alreadySubmitted(formatStatus(input.status)));
    mark(r);
    const errors = errorsOf(r.issues);
    if (errors.length) throw new UserError(g.submitRefused(errors.length, firstMessage(errors)));
    const now = new Date();
    const late = isLate(ctx.settings.deadlines, calendarDateIn(now, TIME_ZONE));
    const status: UnitStatus = {
      state: late ? 'late' : 'submitted',
      at: formatDateTimeIn(now, TIME_ZONE),
      by: ctx.email || messages.unitTabText.unknownUser,
    };
    writeStatus(sheet, input, status);
    lockUnit(ctx, unit, sheet);
    appendLog(ctx.ss, [
      { kind: 'submit', unit: unit.name, who: status.by ?? '', key: '', detail: formatStatus(status) },
    ]);
    return { unit, status, message: g.submitted(unit.name, late) };
  });
}

/** An admin gives a unit its report back: status to draft, the data rows editable again. */
export function reopen(unitCode: string): string {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    const unit = unitByCode(ctx, unitCode);
    const { input, sheet } = reviewOne(ctx, unit);
    if (input.status.state === 'draft') throw new UserError(g.notSubmitted(unit.name));
    const note = messages.unitTabText.reopened(formatDateTimeIn(new Date(), TIME_ZONE), ctx.email);
    writeStatus(sheet, input, { state: 'draft', note });
    unlockUnit(ctx, unit, sheet);
    appendLog(ctx.ss, [{ kind: 'reopen', unit: unit.name, who: ctx.email, key: '', detail: note }]);
    return g.reopened(unit.name);
  });
}
