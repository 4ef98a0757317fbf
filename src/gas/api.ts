/**
 * The sidebar's server functions: plain JSON in and out (dates as text), one call to open the sidebar.
 * Each admin action checks the caller itself: any top-level function can be called from the browser.
 */
import {
  aggregate,
  type BoardUnit,
  boardOrder,
  calendarDateIn,
  daysLate,
  formatDmy,
  formatStatus,
  type Issue,
  messages,
  type PlannedEmail,
  roundDeadline,
  type UnitInput,
  type UnitSummary,
  unitIssues,
} from '../core';
import { type Context, currentUnit, explain, loadContext, requireAdmin, TIME_ZONE, UserError, unitByCode } from './env';
import { dailyRemindersOn, previewReminders, sendReminders } from './reminders';
import { check, reopen, submit } from './report';
import { review } from './review';
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
}

export interface AdminView {
  board: BoardRow[];
  submitted: number;
  units: number;
  remindersOn: boolean;
  lastSummary: string | null;
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

/** The board from tabs just read (after Tổng hợp or an admin's Kiểm tra), else reads them. */
function board(ctx: Context, reviewed: readonly UnitInput[]): AdminView {
  const inputs = reviewed.length === ctx.settings.units.length ? reviewed : review(ctx).inputs;
  const s = aggregate(ctx.template, inputs);
  const last = ctx.ss.getSheetByName(messages.summaryText.sheet);
  const updated = last ? String(last.getRange(2, 1).getValue() ?? '') : '';
  return {
    board: [...s.units].sort(boardOrder).map((u) => ({
      code: u.code,
      unit: u.unit,
      sheet: u.sheet,
      status: u.status,
      submittedAt: u.submittedAt ?? '',
      daysLate: u.status === 'late' ? daysLate(ctx.settings.deadlines, u.submittedAt ?? '') : null,
      errors: u.errors,
      rows: u.rows,
    })),
    submitted: s.completeness.submitted,
    units: s.completeness.units,
    remindersOn: dailyRemindersOn(),
    lastSummary: updated || null,
  };
}

function unitView(ctx: Context, reviewed: readonly UnitInput[]): UnitView | null {
  let unit: ReturnType<typeof currentUnit>;
  try {
    unit = currentUnit(ctx);
  } catch (e) {
    if (ctx.isAdmin && e instanceof UserError) return null;
    throw e;
  }
  const input = reviewed.find((i) => i.unit.code === unit.code) ?? review(ctx, [unit]).inputs[0];
  const status = input.report ? input.status.state : 'missing';
  // A unit cannot open Cấu hình: its missing tab is the province's to restore.
  const problems = unitIssues([input]).map((p) =>
    status === 'missing' ? { ...p, message: messages.sidebarText.missingTabUnit(unit.sheet) } : p,
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
 * What the sidebar shows. `reviewed` are tabs the action has just read and not changed since: they are
 * not read again (after Tổng hợp that saves a read of every tab).
 */
function stateOf(ctx: Context, reviewed: readonly UnitInput[] = []): State {
  const next = roundDeadline(ctx.settings.deadlines, calendarDateIn(new Date(), TIME_ZONE));
  return {
    email: ctx.email,
    isAdmin: ctx.isAdmin,
    reportTitle: ctx.settings.reportTitle,
    deadline: next ? { title: next.deadline.title, date: formatDmy(next.date), daysLeft: next.daysLeft } : null,
    unit: unitView(ctx, reviewed),
    admin: ctx.isAdmin ? board(ctx, reviewed) : null,
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
  const { inputs, issues, sheets, renamed } = review(ctx, [unit]);
  const input = inputs[0];
  const sheet = sheets.get(unit.sheet) ?? null;
  // A tab found under another name is named in the issue already; a deleted one needs set-up to restore.
  const problems =
    input.report || renamed.has(unit.code)
      ? issues
      : issues.map((p) => ({ ...p, message: messages.sidebarText.missingTabAdmin(unit.sheet) }));
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
export const apiSubmit = guard(apiSubmitImpl);
export const apiSummarize = guard(apiSummarizeImpl);
export const apiReopen = guard(apiReopenImpl);
export const apiPreviewReminders = guard(apiPreviewRemindersImpl);
export const apiSendReminders = guard(apiSendRemindersImpl);
export const apiRemindUnit = guard(apiRemindUnitImpl);
export const apiOpenUnit = guard(apiOpenUnitImpl);
export const apiSelectCell = guard(apiSelectCellImpl);
