/** Kiểm tra, Nộp báo cáo and Mở lại: what unit staff do on their tab, and what the province undoes. */
import {
  calendarDateIn,
  errorsOf,
  formatDateTimeIn,
  formatStatus,
  isLate,
  UNIT_TAB,
  type Unit,
  type UnitInput,
  type UnitStatus,
} from '../core';
import * as messages from '../core/messages';
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
import { markSheet } from './marks';
import { completePendingLocks, lockUnit, unlockUnit } from './protect';
import { type DocState, isSubmitted, readDocState, statusOf, writeChange } from './record';
import { firstMessage, type Review, review, statusCellOf } from './review';
import { snapshotBatch, writeSnapshots } from './snapshot';

const g = messages.gasText;

export interface CheckResult extends Review {
  message: string;
}

/** Marks each reviewed tab's problems on its data rows. */
function mark(inputs: readonly UnitInput[], sheets: Review['sheets']): void {
  for (const { unit, report } of inputs) {
    const sheet = sheets.get(unit.sheet);
    if (sheet && report) markSheet(sheet, report.issues, (report.headerRow ?? UNIT_TAB.headerRow) + 1);
  }
}

/**
 * Marks, unless the caller may not write into the rows (someone checking a tab that is not theirs): the
 * check is then read-only, and says so. Returns whether the marks were written.
 */
function markIfAllowed(inputs: readonly UnitInput[], sheets: Review['sheets']): boolean {
  try {
    mark(inputs, sheets);
    return true;
  } catch (e) {
    if (/protected cell or object/i.test(String((e as Error)?.message ?? e))) return false;
    throw e;
  }
}

/**
 * Validates and marks the caller's unit tab, or every tab for an admin, under the document lock. A
 * submitted report's rows are locked for its unit: it is checked read-only (no marks), and the message
 * says it is submitted.
 */
export function check(ctxIn?: Context, allIn?: boolean): CheckResult {
  return withLock(() => {
    const ctx = ctxIn ?? loadContext();
    const all = allIn ?? ctx.isAdmin;
    const r = review(ctx, all ? ctx.settings.units : [currentUnit(ctx)]);
    // The board's figures for the tabs just read, in one call.
    writeSnapshots(r.inputs);
    const writable = ctx.isAdmin ? r.inputs : r.inputs.filter((i) => !isSubmitted(i.status));
    const marked = markIfAllowed(writable, r.sheets);
    const errors = errorsOf(r.issues);
    const counted = g.checkDone(errors.length, new Set(errors.map((i) => i.sheet)).size);
    const done = marked ? counted : messages.recordText.checkedNotMarked(errors.length);
    const mine = r.inputs.length === 1 ? r.inputs[0] : null;
    const message =
      mine && isSubmitted(mine.status)
        ? messages.recordText.checkSubmitted(formatStatus(mine.status), errors.length)
        : done;
    return { ...r, message };
  });
}

/** A unit's tab, read and validated once, or a message naming the missing tab. */
function reviewOne(ctx: Context, unit: Unit, state: DocState, restore = true) {
  const r = review(ctx, [unit], { state, restore });
  const sheet = r.sheets.get(unit.sheet);
  // The review's own problem names a tab renamed by hand when there is one.
  if (!sheet) throw new UserError(r.issues[0]?.message ?? messages.sheetMessages.missingTab(unit.sheet, unit.name));
  return { review: r, input: r.inputs[0], sheet };
}

function writeStatus(sheet: GoogleAppsScript.Spreadsheet.Sheet, input: UnitInput, status: UnitStatus): void {
  const at = statusCellOf(input);
  sheet.getRange(at.row, at.col).setValue(asText(formatStatus(status)));
}

/**
 * Refuses while errors remain; then writes the record (with its log entry and pending lock, in one call),
 * stamps the status line from it and locks the data rows. Every later step is repeated by running Nộp
 * again: a retry when the record already says submitted finishes the status line, the lock and the log.
 */
export function submit(): { unit: Unit; status: UnitStatus; message: string } {
  return withLock(() => {
    const ctx = loadContext();
    const unit = currentUnit(ctx);
    const state = readDocState();
    // The review writes the status line back from the record where it differs.
    const { review: r, input, sheet } = reviewOne(ctx, unit, state);
    const recorded = statusOf(state, unit.code);
    if (isSubmitted(recorded)) {
      writeSnapshots(r.inputs);
      const locked = lockUnit(ctx, unit, sheet, state);
      const logged = state.queued.length > 0 && ctx.isAdmin;
      completePendingLocks(ctx, state);
      // Nothing left to finish: said as an answer, not an error (a retry after a cut lands here too).
      const nothingLeft = !locked && !logged && r.restored.length === 0;
      const message = nothingLeft
        ? g.alreadySubmitted(formatStatus(recorded))
        : g.submitted(unit.name, recorded.state === 'late');
      return { unit, status: recorded, message };
    }
    mark(r.inputs, r.sheets);
    const errors = errorsOf(r.issues);
    if (errors.length) {
      // Refused, but the board learns of the errors the unit has to fix.
      writeSnapshots(r.inputs);
      throw new UserError(g.submitRefused(errors.length, firstMessage(errors)));
    }
    const now = new Date();
    const late = isLate(ctx.settings.deadlines, calendarDateIn(now, TIME_ZONE));
    const status: UnitStatus = {
      state: late ? 'late' : 'submitted',
      at: formatDateTimeIn(now, TIME_ZONE),
      by: ctx.email || messages.unitTabText.unknownUser,
    };
    const entry = writeChange(
      {
        code: unit.code,
        status,
        log: {
          at: status.at ?? '',
          kind: 'submit',
          unit: unit.name,
          who: status.by ?? '',
          key: '',
          detail: formatStatus(status),
        },
        pendingLock: true,
      },
      now,
      snapshotBatch(r.inputs, now),
    );
    state.records.set(unit.code, status);
    state.pendingLocks.add(unit.code);
    state.queued.push(entry);
    writeStatus(sheet, input, status);
    lockUnit(ctx, unit, sheet, state);
    completePendingLocks(ctx, state);
    return { unit, status, message: g.submitted(unit.name, late) };
  });
}

/**
 * An admin gives a unit its report back: the record to draft first (with its log entry), then the data
 * rows editable again and the status line. Run again after a cut, it finishes the unlocking.
 */
export function reopen(unitCode: string): string {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    const unit = unitByCode(ctx, unitCode);
    const state = readDocState();
    const { input, sheet, review: r } = reviewOne(ctx, unit, state);
    const recorded = statusOf(state, unit.code);
    if (!isSubmitted(recorded)) {
      writeSnapshots(r.inputs);
      const unlocked = unlockUnit(ctx, unit, sheet);
      const logged = state.queued.length > 0;
      completePendingLocks(ctx, state);
      return !unlocked && !logged && r.restored.length === 0 ? g.notSubmitted(unit.name) : g.reopened(unit.name);
    }
    const now = new Date();
    const note = messages.unitTabText.reopened(formatDateTimeIn(now, TIME_ZONE), ctx.email);
    const status: UnitStatus = { state: 'draft', note };
    // The rows and the status line first, the record last: a cut before the record leaves the unit
    // listed as submitted, and Mở lại clicked again finishes the job.
    unlockUnit(ctx, unit, sheet);
    writeStatus(sheet, input, status);
    const entry = writeChange(
      {
        code: unit.code,
        status,
        log: {
          at: formatDateTimeIn(now, TIME_ZONE),
          kind: 'reopen',
          unit: unit.name,
          who: ctx.email,
          key: '',
          detail: note,
        },
        pendingLock: false,
      },
      now,
      snapshotBatch(r.inputs, now),
    );
    state.records.set(unit.code, status);
    state.queued.push(entry);
    completePendingLocks(ctx, state);
    return g.reopened(unit.name);
  });
}
