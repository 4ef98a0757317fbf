/** Reading the spreadsheet into plain values, and who is at the keyboard. */
import {
  type Issue,
  intlHasTimeZones,
  loadSettings,
  type Settings,
  type Template,
  type Unit,
  useZoneParts,
  type Values,
  VIETNAM_TIME_ZONE,
} from '../core';
import * as messages from '../core/messages';

// Dates are turned into calendar days with Intl; should this runtime's Intl not know time zones, the
// same fields come from Utilities.formatDate, which Google documents for exactly this.
if (!intlHasTimeZones()) {
  useZoneParts((instant, timeZone) => {
    const [year, month, day, hour, minute] = Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd-HH-mm').split('-');
    return { year, month, day, hour, minute };
  });
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A message for the user: shown as it is, never with a stack. */
export class UserError extends Error {}

export const TIME_ZONE = VIETNAM_TIME_ZONE;

/**
 * Any error as a message a person can act on, in Vietnamese: Google's service errors say what happened,
 * that nothing was lost and what to do; Google's English follows in small print, never alone.
 */
export function explain(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const msg = String((e as Error)?.message ?? e);
  const t = messages.recordText.errors;
  const g = messages.gasText;
  if (/protected cell or object/i.test(msg)) return g.protectedCell;
  if (/too many times for one day: email/i.test(msg)) return g.quota;
  const said = /timed out|timeout|maximum execution time/i.test(msg)
    ? t.timedOut
    : /server error|internal error|backend error|try again later/i.test(msg)
      ? t.serverError
      : /too many (times|LockService operations|requests)|rate limit|quota/i.test(msg)
        ? t.quota
        : t.unexpected;
  return t.withDetail(said, msg);
}

/** One batch read of a whole tab: the only way this add-in reads a sheet. */
export function readTab(sheet: Sheet | null): unknown[][] | null {
  if (!sheet) return null;
  // One call instead of getDataRange + getValues: -1 reads to the last row and column with data
  // (Sheet.getSheetValues). A tab emptied by hand leaves no row to read, and how Google refuses that is not
  // documented: any refusal is read the long way, which also retries a passing service error once.
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues();
  }
}

export interface Context {
  ss: Spreadsheet;
  /** The zone the sheet's dates live in. */
  sheetZone: string;
  settings: Settings;
  template: Template;
  /** Every problem found in Cấu hình, with its cell: shown to admins, never dropped. */
  settingsIssues: Issue[];
  /** Units whose Mã was blank, with the code each was given (set-up writes them into Cấu hình). */
  blankCodes: { row: number; code: string }[];
  email: string;
  isAdmin: boolean;
  /** The spreadsheet's owner, '' when Google does not say. */
  owner: string;
  /** The account the script runs as (read once, when first needed). */
  effectiveEmail(): string;
}

export function userEmail(): string {
  return (Session.getActiveUser().getEmail() || '').toLowerCase();
}

/** Loads Cấu hình; the admins are its admin list, or the owner while the list is empty. */
export function loadContext(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Context {
  const sheetZone = ss.getSpreadsheetTimeZone() || TIME_ZONE;
  const sheet = ss.getSheetByName(messages.settingsLabels.sheet);
  // Said for Sheets (the command line's words name its init command).
  if (!sheet) throw new UserError(messages.gasText.settingsGone);
  // Values as Sheets stores them (a typed 25/09/2020 is a Date), and what each cell shows: a yearly 10/06
  // is stored as a Date of this year too, and only its display says it was typed without a year.
  const range = sheet.getDataRange();
  const loaded = loadSettings(
    range.getValues() as Values,
    { timeZone: sheetZone, display: range.getDisplayValues() },
    readTab(ss.getSheetByName(messages.mauText.sheet)),
  );
  if (!loaded.ok) throw new UserError(loaded.reason);
  const email = userEmail();
  // The owner is looked up only when needed (no admin list, or protections being set): the board's
  // opening reads nothing it does not show.
  let owner: string | null = null;
  const ownerEmail = () => {
    if (owner === null) {
      const ownerUser = ss.getOwner();
      owner = ownerUser ? ownerUser.getEmail().toLowerCase() : '';
    }
    return owner;
  };
  const admins = loaded.settings.admins.length ? loaded.settings.admins : ownerEmail() ? [ownerEmail()] : [];
  let effective: string | null = null;
  return {
    ss,
    sheetZone,
    settings: { ...loaded.settings, admins },
    template: loaded.template,
    settingsIssues: loaded.issues,
    blankCodes: loaded.blankCodes,
    email,
    isAdmin: email !== '' && admins.includes(email),
    get owner() {
      return ownerEmail();
    },
    effectiveEmail: () => {
      effective ??= (Session.getEffectiveUser().getEmail() || '').toLowerCase();
      return effective;
    },
  };
}

export function requireAdmin(ctx: Context): void {
  if (!ctx.isAdmin) throw new UserError(messages.gasText.notAdmin);
}

/**
 * The caller's unit: the one whose focal emails hold theirs; when they are the focal point of several
 * (Cấu hình says so as a warning), the one whose tab is active, never a guess; without an email, the unit
 * whose tab is active.
 */
export function currentUnit(ctx: Context): Unit {
  const mine = ctx.email ? ctx.settings.units.filter((u) => u.emails.some((e) => e.toLowerCase() === ctx.email)) : [];
  if (mine.length === 1) return mine[0];
  const active = ctx.ss.getActiveSheet().getName();
  const candidates = mine.length ? mine : ctx.settings.units;
  const unit = candidates.find((u) => u.sheet === active);
  if (unit) return unit;
  if (mine.length) throw new UserError(messages.recordText.severalUnits(mine.map((u) => u.name)));
  throw new UserError(messages.gasText.noUnit);
}

export function unitByCode(ctx: Context, code: string): Unit {
  const unit = ctx.settings.units.find((u) => u.code === code || u.name === code);
  if (!unit) throw new UserError(messages.gasText.reopenUnknown(code));
  return unit;
}

/** How long a run waits for another (a Tổng hợp of 130 tabs takes tens of seconds) before saying so. */
const LOCK_WAIT_MS = 60_000;

/**
 * The document lock, or a clear message: "someone else is running" only when the wait ran out (Google's
 * "Lock timeout"); any other failure of the lock service is said for what it is.
 */
export function withLock<T>(run: () => T): T {
  // getDocumentLock() is null outside a document (a script run from the editor): the script lock then.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (e) {
    if (/lock timeout|holding the lock/i.test(String((e as Error)?.message ?? e)))
      throw new UserError(messages.gasText.busy);
    throw e;
  }
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

export function tabUrl(ss: Spreadsheet, sheet: Sheet | null): string {
  return sheet ? `${ss.getUrl()}#gid=${sheet.getSheetId()}` : ss.getUrl();
}

/** Cấu hình's problems as lines for an alert (the first ten; the sidebar lists them all), or ''. */
export function settingsProblems(ctx: Context, max = 10): string {
  const list = ctx.settingsIssues;
  if (!list.length) return '';
  const t = messages.recordText;
  const lines = list.slice(0, max).map((i) => t.settingsProblemLine(i.cell, i.message));
  if (list.length > max) lines.push(t.moreProblems(list.length - max));
  return [t.settingsProblems(list.length), ...lines].join('\n');
}
