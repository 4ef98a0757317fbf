/**
 * The sidebar's server functions: plain JSON in and out (dates as text), one call to open the sidebar.
 * Each admin action checks the caller itself: any top-level function can be called from the browser.
 */
import {
  aggregate,
  boardOrder,
  calendarDateIn,
  formatDmy,
  formatStatus,
  type Issue,
  messages,
  nextDeadline,
  type PlannedEmail,
  type UnitInput,
  type UnitSummary,
  unitIssues,
} from '../core';
import { type Context, currentUnit, explain, loadContext, TIME_ZONE, UserError } from './env';
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

export interface BoardRow {
  code: string;
  unit: string;
  sheet: string;
  status: UnitSummary['status'];
  statusText: string;
  submittedAt: string;
  onTime: boolean | null;
  errors: number;
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
  to: string[];
  unit: string;
  kind: PlannedEmail['kind'];
  subject: string;
}

const emailDto = (e: PlannedEmail): EmailDto => ({ to: e.to, unit: e.unit, kind: e.kind, subject: e.subject });

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
      statusText: messages.statusNames[u.status],
      submittedAt: u.submittedAt ?? '',
      onTime: u.status === 'submitted' ? true : u.status === 'late' ? false : null,
      errors: u.errors,
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
  return {
    code: unit.code,
    name: unit.name,
    sheet: unit.sheet,
    status,
    statusText: status === 'missing' ? messages.statusNames.missing : formatStatus(input.status),
    problems: unitIssues([input]),
  };
}

/**
 * What the sidebar shows. `reviewed` are tabs the action has just read and not changed since: they are
 * not read again (after Tổng hợp that saves a read of every tab).
 */
function stateOf(ctx: Context, reviewed: readonly UnitInput[] = []): State {
  const next = nextDeadline(ctx.settings.deadlines, calendarDateIn(new Date(), TIME_ZONE));
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

function apiSendRemindersImpl(): { sent: number; deferred: number; failed: string[] } {
  const r = sendReminders();
  return { sent: r.sent.length, deferred: r.deferred.length, failed: r.failed };
}

/** Selects a cell a problem names; only tabs of the report (not hidden sheets) can be selected. */
function apiSelectCellImpl(sheetName: string, a1: string): boolean {
  const ctx = loadContext();
  const known = ctx.settings.units.some((u) => u.sheet === sheetName);
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
export const apiSelectCell = guard(apiSelectCellImpl);
