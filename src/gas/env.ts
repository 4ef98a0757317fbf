/** Reading the spreadsheet into plain values, and who is at the keyboard. */
import {
  intlHasTimeZones,
  loadSettings,
  messages,
  type Settings,
  type Template,
  type Unit,
  useZoneParts,
  type Values,
  VIETNAM_TIME_ZONE,
} from '../core';

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

/** Google's errors that a user can act on, said in Vietnamese; anything else keeps its own words. */
export function explain(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const msg = String((e as Error)?.message ?? e);
  if (/protected cell or object/i.test(msg)) return messages.gasText.protectedCell;
  if (/too many times for one day/i.test(msg)) return messages.gasText.quota;
  return messages.gasText.error(msg);
}

/** One batch read of a whole tab: the only way this add-in reads a sheet. */
export function readTab(sheet: Sheet | null): unknown[][] | null {
  return sheet ? sheet.getDataRange().getValues() : null;
}

export interface Context {
  ss: Spreadsheet;
  /** The zone the sheet's dates live in. */
  sheetZone: string;
  settings: Settings;
  template: Template;
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
  const loaded = loadSettings(
    readTab(ss.getSheetByName(messages.settingsLabels.sheet)) as Values | null,
    readTab(ss.getSheetByName(messages.mauText.sheet)),
    ss.getSpreadsheetTimeZone() || TIME_ZONE,
  );
  if (!loaded.ok) throw new UserError(loaded.reason);
  const email = userEmail();
  const ownerUser = ss.getOwner();
  const owner = ownerUser ? ownerUser.getEmail().toLowerCase() : '';
  const admins = loaded.settings.admins.length ? loaded.settings.admins : owner ? [owner] : [];
  let effective: string | null = null;
  return {
    ss,
    sheetZone: ss.getSpreadsheetTimeZone() || TIME_ZONE,
    settings: { ...loaded.settings, admins },
    template: loaded.template,
    email,
    isAdmin: email !== '' && admins.includes(email),
    owner,
    effectiveEmail: () => {
      effective ??= (Session.getEffectiveUser().getEmail() || '').toLowerCase();
      return effective;
    },
  };
}

export function requireAdmin(ctx: Context): void {
  if (!ctx.isAdmin) throw new UserError(messages.gasText.notAdmin);
}

/** The caller's unit: the one whose focal emails hold theirs, else the one whose tab is active. */
export function currentUnit(ctx: Context): Unit {
  const mine = ctx.email
    ? ctx.settings.units.find((u) => u.emails.some((e) => e.toLowerCase() === ctx.email))
    : undefined;
  if (mine) return mine;
  const active = ctx.ss.getActiveSheet().getName();
  const unit = ctx.settings.units.find((u) => u.sheet === active);
  if (!unit) throw new UserError(messages.gasText.noUnit);
  return unit;
}

export function unitByCode(ctx: Context, code: string): Unit {
  const unit = ctx.settings.units.find((u) => u.code === code || u.name === code);
  if (!unit) throw new UserError(messages.gasText.reopenUnknown(code));
  return unit;
}

/** How long a run waits for another (a Tổng hợp of 130 tabs takes tens of seconds) before saying so. */
const LOCK_WAIT_MS = 60_000;

/** The document lock, or a clear "someone else is running" message. */
export function withLock<T>(run: () => T): T {
  // getDocumentLock() is null outside a document (a script run from the editor): the script lock then.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new UserError(messages.gasText.busy);
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
