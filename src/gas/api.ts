/**
 * The sidebar's server functions: plain JSON in and out (dates as text), one call to open the sidebar.
 * Each admin action checks the caller itself: any top-level function can be called from the browser.
 */
import {
  type BoardUnit,
  boardOrder,
  calendarDateIn,
  DIGEST_WHO,
  daysLate,
  formatDateTimeIn,
  formatDmy,
  formatStatus,
  type Issue,
  type PlannedEmail,
  readSentRecord,
  roundDeadline,
  type UnitInput,
  type UnitSummary,
  unitIssues,
  unknownReminders,
} from '../core';
import * as messages from '../core/messages';
import {
  type Context,
  currentUnit,
  explain,
  loadContext,
  requireAdmin,
  TIME_ZONE,
  UserError,
  unitByCode,
  withLock,
} from './env';
import { docStateFrom, readProps, statusOf } from './record';
import { dailyRemindersOn, previewReminders, recordedRemindersOn, sendReminders, settleReminder } from './reminders';
import { check, reopen, submit } from './report';
import { review } from './review';
import { REMINDERS_ON, SUMMARY_AT, snapshotsFrom, writeSnapshots } from './snapshot';
import { summarize } from './summary';

/** Problems cross to the page as they are: the core's Issue is plain JSON. */
export type IssueDto = Issue;

export interface DeadlineDto {
  title: string;
  /** dd/MM/yyyy */
  date: string;
  /** Negative once the deadline has passed: the round still answers to it. */
  daysLeft: number;
}

export interface UnitView {
  code: string;
  name: string;
  sheet: string;
  status: UnitSummary['status'];
  statusText: string;
  problems: IssueDto[];
}

export interface BoardRow extends BoardUnit {
  sheet: string;
  /** When the unit's tab was last read (`HH:mm dd/MM/yyyy`); null when no action has read it yet. */
  readAt: string | null;
}

export interface AdminView {
  board: BoardRow[];
  submitted: number;
  units: number;
  /** Units whose tab no action has read yet. */
  unread: number;
  /** The oldest of the figures shown (`HH:mm dd/MM/yyyy`), null when none has been read. */
  readSince: string | null;
  remindersOn: boolean;
  lastSummary: string | null;
  /** Reminders whose fate is unknown, for a person to settle (from the record: no extra call). */
  unknown: UnknownDto[];
}

export interface UnknownDto {
  key: string;
  /** The subject and recipients. */
  what: string;
  /** The unit's name; '' for the admins' digest. */
  unit: string;
  digest: boolean;
}

export interface State {
  email: string;
  isAdmin: boolean;
  reportTitle: string;
  deadline: DeadlineDto | null;
  unit: UnitView | null;
  admin: AdminView | null;
  /** Problems found in Cấu hình, each with its cell and how to fix it (admins only; [] for units). */
  settingsIssues: IssueDto[];
}

export interface EmailDto {
  /** The unit's code ('' for the admins' digest). */
  code: string;
  to: string[];
  unit: string;
  kind: PlannedEmail['kind'];
  subject: string;
}

/** A unit's email key ends with its code (see planReminders); the digest's ends with `digest`. */
const codeOf = (e: PlannedEmail) => (e.kind === 'digest' ? '' : e.key.slice(e.key.lastIndexOf('|') + 1));

const emailDto = (e: PlannedEmail): EmailDto => ({
  code: codeOf(e),
  to: e.to,
  unit: e.unit,
  kind: e.kind,
  subject: e.subject,
});

/**
 * The board from Cấu hình, the submission record and the units' snapshots (see snapshot.ts): no unit tab
 * is read, whatever the number of units. A unit whose tab no action has read yet says so ("chưa kiểm
 * tra") rather than a guess; `Làm mới toàn bộ` (apiRefreshAll) reads every tab again.
 */
function board(ctx: Context, all: Readonly<Record<string, string>>): AdminView {
  const state = docStateFrom(all);
  const snaps = snapshotsFrom(all);
  const rows: BoardRow[] = ctx.settings.units.map((u) => {
    const rec = statusOf(state, u.code);
    const snap = snaps.get(u.code);
    const status = snap && !snap.exists ? 'missing' : rec.state;
    return {
      code: u.code,
      unit: u.name,
      sheet: u.sheet,
      status,
      submittedAt: rec.at ?? '',
      daysLate: status === 'late' ? daysLate(ctx.settings.deadlines, rec.at ?? '') : null,
      errors: snap?.errors ?? 0,
      rows: snap?.rows ?? 0,
      readAt: snap ? formatDateTimeIn(new Date(snap.at), TIME_ZONE) : null,
    };
  });
  const read = [...snaps.entries()].filter(([code]) => rows.some((r) => r.code === code)).map(([, s]) => s.at);
  return {
    board: rows.sort(boardOrder),
    submitted: rows.filter((r) => r.status === 'submitted' || r.status === 'late').length,
    units: rows.length,
    unread: rows.filter((r) => r.readAt === null).length,
    readSince: read.length ? formatDateTimeIn(new Date(Math.min(...read)), TIME_ZONE) : null,
    remindersOn: recordedRemindersOn(all) ?? false,
    lastSummary: all[SUMMARY_AT] || null,
    unknown: unknownReminders(readSentRecord(all)).map((u) => ({
      key: u.key,
      what: u.what,
      unit: ctx.settings.units.find((x) => x.code === u.who)?.name ?? '',
      digest: u.who === DIGEST_WHO,
    })),
  };
}

/**
 * The caller's own unit: its tab is read (and its snapshot written for the board). An admin sees a unit
 * view only when Cấu hình names them the focal point of one unit: the board needs no look at the active tab.
 */
function unitView(
  ctx: Context,
  reviewed: readonly UnitInput[],
  all: Readonly<Record<string, string>>,
): UnitView | null {
  let unit: ReturnType<typeof currentUnit>;
  if (ctx.isAdmin) {
    const mine = ctx.settings.units.filter((u) => u.emails.some((e) => e.toLowerCase() === ctx.email));
    if (mine.length !== 1) return null;
    unit = mine[0];
  } else {
    unit = currentUnit(ctx);
  }
  let input = reviewed.find((i) => i.unit.code === unit.code);
  if (!input) {
    input = review(ctx, [unit], { state: docStateFrom(all) }).inputs[0];
    writeSnapshots([input]);
  }
  const status = input.report ? input.status.state : 'missing';
  // A unit cannot open Cấu hình: its missing tab is the province's to restore.
  const problems = unitIssues([input]).map((p) =>
    status === 'missing' ? { ...p, message: messages.boardText.missingTabUnit(unit.sheet) } : p,
  );
  return {
    code: unit.code,
    name: unit.name,
    sheet: unit.sheet,
    status,
    statusText: status === 'missing' ? messages.statusNames.missing : formatStatus(input.status),
    problems,
  };
}

/**
 * What the sidebar shows: Cấu hình and Document Properties (one getProperties call) for the board, and the
 * caller's own tab unless the action has just read it (`reviewed`).
 */
function stateOf(ctx: Context, reviewed: readonly UnitInput[] = []): State {
  const next = roundDeadline(ctx.settings.deadlines, calendarDateIn(new Date(), TIME_ZONE));
  const all = readProps();
  return {
    email: ctx.email,
    isAdmin: ctx.isAdmin,
    reportTitle: ctx.settings.reportTitle,
    deadline: next ? { title: next.deadline.title, date: formatDmy(next.date), daysLeft: next.daysLeft } : null,
    unit: unitView(ctx, reviewed, all),
    admin: ctx.isAdmin ? board(ctx, all) : null,
    settingsIssues: ctx.isAdmin ? ctx.settingsIssues : [],
  };
}

function apiStateImpl(): State {
  return stateOf(loadContext());
}

function apiCheckImpl(): State {
  const ctx = loadContext();
  return stateOf(ctx, check(ctx, false).inputs);
}

/**
 * Làm mới toàn bộ: every unit's tab read again (one lookup and one batch read a tab) and every snapshot
 * written in one call, with the time of the last Tổng hợp as its sheet says and, on a spreadsheet from
 * before the board kept it, whether the daily reminders are on.
 */
function apiRefreshAllImpl(): State {
  const ctx = loadContext();
  requireAdmin(ctx);
  const inputs = withLock(() => {
    const all = readProps();
    const { inputs } = review(ctx, ctx.settings.units, { state: docStateFrom(all) });
    const extra: Record<string, string> = {};
    const sheet = ctx.ss.getSheetByName(messages.summaryText.sheet);
    const when = sheet ? String(sheet.getRange(2, 1).getValue() ?? '') : '';
    if (when && !all[SUMMARY_AT]) extra[SUMMARY_AT] = when;
    if (recordedRemindersOn(all) === null) extra[REMINDERS_ON] = dailyRemindersOn(all) ? '1' : '0';
    writeSnapshots(inputs, extra);
    return inputs;
  });
  return stateOf(ctx, inputs);
}

/** After an action has completed, a failure to read the new state is no failure of the action. */
function afterDone<T>(done: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new UserError(messages.recordText.doneButNoRefresh(done, explain(e)));
  }
}

/** Submitting and reopening change a status line: the state is read afresh. */
function apiSubmitImpl(): State {
  const { message } = submit();
  return afterDone(message, apiStateImpl);
}

function apiSummarizeImpl(): State {
  const { inputs, summary } = summarize();
  const done = messages.gasText.summaryDone(summary.completeness.units, summary.completeness.submitted);
  return afterDone(done, () => stateOf(loadContext(), inputs));
}

function apiReopenImpl(unitCode: string): State {
  const message = reopen(String(unitCode));
  return afterDone(message, apiStateImpl);
}

function apiPreviewRemindersImpl(): { emails: EmailDto[]; deferred: EmailDto[]; badAddresses: string[] } {
  const p = previewReminders();
  return { emails: p.emails.map(emailDto), deferred: p.deferred.map(emailDto), badAddresses: p.badAddresses };
}

export interface SendDto {
  sent: number;
  deferred: number;
  failed: string[];
  /** Emails Google gave no clear answer about: never sent again, named to the admins. */
  unknown: number;
}

const sendDto = (r: ReturnType<typeof sendReminders>): SendDto => ({
  sent: r.sent.length,
  deferred: r.deferred.length,
  failed: r.failed,
  unknown: r.unknown.length,
});

/**
 * Sends today's reminders. With units unticked (codes in `leaveOut`) only the others go, and the admins'
 * digest waits for the next run (sendReminders sends no digest for a chosen set of units).
 */
function apiSendRemindersImpl(leaveOut: string[] = []): SendDto {
  const skip = new Set((Array.isArray(leaveOut) ? leaveOut : []).map(String));
  if (!skip.size) return sendDto(sendReminders());
  const units = loadContext()
    .settings.units.map((u) => u.code)
    .filter((c) => !skip.has(c));
  return sendDto(sendReminders({ units }));
}

/** Nhắc on a board row: today's reminder to that one unit, under the same once-only record. */
function apiRemindUnitImpl(code: string): SendDto {
  return sendDto(sendReminders({ units: [String(code)] }));
}

/**
 * A person's answer for a reminder of unknown fate (the board's list): `sent` records it as sent, `resend`
 * sends it again now if it is still due. The board comes back with the answer.
 */
function apiSettleReminderImpl(key: string, how: string): { send: SendDto; state: State } {
  if (how !== 'sent' && how !== 'resend') throw new UserError(messages.reminderText.notUnknown);
  const send = sendDto(settleReminder(String(key), how));
  return { send, state: stateOf(loadContext()) };
}

export interface OpenedUnit {
  code: string;
  /** Whether the unit's tab was found and activated. */
  opened: boolean;
  problems: IssueDto[];
}

/**
 * A unit's name on the board: its tab comes to the front with the first error selected, and its
 * problems come back to be shown under its row. One unit's tab is read, whatever the province's size.
 */
function apiOpenUnitImpl(code: string): OpenedUnit {
  const ctx = loadContext();
  requireAdmin(ctx);
  const unit = unitByCode(ctx, String(code));
  const { inputs, issues, sheets, renamed, foreign } = review(ctx, [unit]);
  const input = inputs[0];
  // The tab was just read: the board's row follows what is shown under it.
  writeSnapshots([input]);
  const sheet = sheets.get(unit.sheet) ?? null;
  // A tab found under another name, or a sheet not the unit's, is named in the issue already; a deleted one
  // needs set-up to restore.
  const problems =
    input.report || renamed.has(unit.code) || foreign.has(unit.code)
      ? issues
      : issues.map((p) => ({ ...p, message: messages.boardText.missingTabAdmin(unit.sheet) }));
  if (sheet) {
    sheet.activate();
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    if (first && first.row > 1) sheet.getRange(first.cell).activate();
  }
  return { code: unit.code, opened: sheet !== null, problems };
}

/** Selects a cell a problem names; only tabs of the report (not hidden sheets), and Cấu hình for admins. */
function apiSelectCellImpl(sheetName: string, a1: string): boolean {
  const ctx = loadContext();
  // Admins are also taken to the cells of Cấu hình that the board lists as problems.
  const known =
    ctx.settings.units.some((u) => u.sheet === sheetName) ||
    (ctx.isAdmin && sheetName === messages.settingsLabels.sheet);
  if (!known || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(String(a1))) return false;
  if (!ctx.isAdmin && currentUnit(ctx).sheet !== sheetName) return false;
  const sheet = ctx.ss.getSheetByName(sheetName);
  if (!sheet) return false;
  sheet.activate();
  sheet.getRange(a1).activate();
  return true;
}

/** google.script.run hands the page only the message of an error: make it one a person can act on. */
function guard<A extends unknown[], R>(run: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return run(...args);
    } catch (e) {
      throw new Error(explain(e));
    }
  };
}

/** Everything the sidebar shows when it opens: one round trip. */
export const apiState = guard(apiStateImpl);
export const apiCheck = guard(apiCheckImpl);
export const apiRefreshAll = guard(apiRefreshAllImpl);
export const apiSubmit = guard(apiSubmitImpl);
export const apiSummarize = guard(apiSummarizeImpl);
export const apiReopen = guard(apiReopenImpl);
export const apiPreviewReminders = guard(apiPreviewRemindersImpl);
export const apiSendReminders = guard(apiSendRemindersImpl);
export const apiRemindUnit = guard(apiRemindUnitImpl);
export const apiSettleReminder = guard(apiSettleReminderImpl);
export const apiOpenUnit = guard(apiOpenUnitImpl);
export const apiSelectCell = guard(apiSelectCellImpl);
