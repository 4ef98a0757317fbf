import { formatDateTimeIn, type LogEntry, logRow, sentKeys } from '../core';
import * as messages from '../core/messages';
import { asTextRows } from './cells';
import { TIME_ZONE } from './env';
import { protectNewAdminSheet } from './protect';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const L = messages.logText;

/**
 * The hidden Nhật ký sheet; made on first use (by an admin's run), admin-only: units' entries are queued.
 * `guard` protects it when it is made (set-up gives it the admin list at once).
 */
export function logSheet(
  ss: Spreadsheet,
  guard: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void = protectNewAdminSheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(L.sheet);
  if (existing) return existing;
  const sheet = ss.insertSheet(L.sheet);
  sheet.getRange(1, 1, 1, L.headers.length).setValues([L.headers]);
  sheet.setFrozenRows(1);
  guard(sheet);
  sheet.hideSheet();
  return sheet;
}

/** Rows added at a time when the log reaches the bottom of its sheet (a write past it would fail). */
const GROW_BY = 500;

/** Appends entries in one write, growing the sheet first when they would not fit. */
export function appendLog(ss: Spreadsheet, entries: Omit<LogEntry, 'at'>[]): void {
  if (!entries.length) return;
  const at = formatDateTimeIn(new Date(), TIME_ZONE);
  const sheet = logSheet(ss);
  const rows = asTextRows(entries.map((e) => logRow({ ...e, at })));
  const first = sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  if (first + rows.length - 1 > max) sheet.insertRowsAfter(max, Math.max(GROW_BY, rows.length));
  sheet.getRange(first, 1, rows.length, L.headers.length).setValues(rows);
}

export function readSentKeys(ss: Spreadsheet): Set<string> {
  const sheet = ss.getSheetByName(L.sheet);
  return sentKeys(sheet ? sheet.getDataRange().getValues() : []);
}
