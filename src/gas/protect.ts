/**
 * Who may edit what. Each unit tab: the sheet for admins only, except the status cell and the data rows;
 * those two for the unit's focal emails and the admins. Submitting takes the unit off the data rows.
 *
 * Google never removes the owner or the user running the script from a protection. So when a unit submits,
 * its own account stays an editor until the next run by an admin (Tổng hợp, the daily trigger, set-up)
 * finishes the lock: pending locks are kept in document properties beside the record (record.ts).
 */
import { isEmail, readStatus, UNIT_TAB, type Unit, type UnitStatus } from '../core';
import * as messages from '../core/messages';
import { asText } from './cells';
import type { Context } from './env';
import { appendLog, logSheet } from './log';
import {
  adoptRecord,
  clearLegacyPending,
  clearPendingLock,
  type DocState,
  dropQueued,
  isSubmitted,
  readDocState,
  statusOf,
} from './record';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Nhật ký's column that holds a reminder's key, or a queued entry's id. */
const LOG_KEY_COL = 5;
const tag = (kind: 'tab' | 'data' | 'status' | 'admin', code: string) => `lhpn:${kind}:${code}`;

/** Rows a new unit tab gets, so that the protected data range covers what units type. */
export const DATA_ROWS = 1000;

/**
 * The add-in's protections on a sheet by description, read once per sheet. A protection without a
 * description is kept too, as `stray:SHEET` or `stray:RANGE`: a run cut between protect() and
 * setDescription() leaves one, open to every editor, and the next run takes it over (see ensure).
 */
function ours(sheet: Sheet): Map<string, Protection> {
  const found = new Map<string, Protection>();
  for (const type of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE]) {
    for (const p of sheet.getProtections(type)) {
      const d = p.getDescription();
      if (d.startsWith('lhpn:')) found.set(d, p);
      else if (d === '') found.set(type === SpreadsheetApp.ProtectionType.SHEET ? STRAY_SHEET : STRAY_RANGE, p);
    }
  }
  return found;
}

const STRAY_SHEET = 'stray:SHEET';
const STRAY_RANGE = 'stray:RANGE';

/** A protection without description over the same cells as the one wanted: ours, cut before its name. */
function stray(existing: Map<string, Protection>, range: GoogleAppsScript.Spreadsheet.Range | null): Protection | null {
  const p = existing.get(range ? STRAY_RANGE : STRAY_SHEET);
  if (!p) return null;
  if (range && p.getRange().getA1Notation() !== range.getA1Notation()) return null;
  existing.delete(range ? STRAY_RANGE : STRAY_SHEET);
  return p;
}

/**
 * Brings a protection's editors to exactly `emails`, touching it only where it differs (most runs change
 * nothing). The caller is made an editor before others are removed, as Google advises; the owner and the
 * caller are never removed (Google would not). Returns whether anything had to change.
 */
function setEditors(ctx: Context, p: Protection, emails: readonly string[]): boolean {
  const want = new Set(emails.filter(isEmail).map((e) => e.toLowerCase()));
  const me = ctx.effectiveEmail();
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  let changed = false;
  if (me && !current.includes(me)) {
    p.addEditor(me);
    changed = true;
  }
  const extra = current.filter((e) => !want.has(e) && e !== me && e !== ctx.owner);
  const missing = [...want].filter((e) => !current.includes(e));
  if (extra.length) p.removeEditors(extra);
  if (missing.length) p.addEditors(missing);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return changed || extra.length > 0 || missing.length > 0;
}

/**
 * What a protection made in this run starts with. Google: "Until the script actually changes the list of
 * editors for the range ... the permissions mirror those of the spreadsheet itself" (Range.protect,
 * Sheet.protect). So a new protection's editors are the spreadsheet's editors (with its owner and the
 * caller), read ONCE a run, and are removed by that list instead of reading each protection's editors.
 * Whether domain editing is on is read on the first new protection of the run (it mirrors the file's
 * sharing, the same for every new one).
 */
interface Fresh {
  editors: string[];
  domainEdit: boolean | null;
  /** Whether the caller is a named editor of the file (not only through a group, or as its owner). */
  meNamed: boolean;
}
const freshOf = new WeakMap<Context, Fresh>();

function fresh(ctx: Context): Fresh {
  let f = freshOf.get(ctx);
  if (!f) {
    const emails = ctx.ss.getEditors().map((u) => u.getEmail().toLowerCase());
    const me = ctx.effectiveEmail();
    f = {
      editors: [...new Set([...emails, ctx.owner, me].filter((e) => e !== ''))],
      domainEdit: null,
      meNamed: me === ctx.owner || emails.includes(me),
    };
    freshOf.set(ctx, f);
  }
  return f;
}

/** Brings a protection just made to exactly `emails` (with the caller and owner, whom Google keeps). */
function setFreshEditors(ctx: Context, p: Protection, emails: readonly string[]): void {
  const f = fresh(ctx);
  const want = new Set(emails.filter(isEmail).map((e) => e.toLowerCase()));
  const me = ctx.effectiveEmail();
  const extra = f.editors.filter((e) => !want.has(e) && e !== me && e !== ctx.owner);
  const missing = [...want].filter((e) => !f.editors.includes(e));
  // Google: make sure the caller is an editor before removing others (their right may come from a group).
  if (me && !f.meNamed) p.addEditor(me);
  if (extra.length) p.removeEditors(extra);
  if (missing.length) p.addEditors(missing);
  f.domainEdit ??= p.canDomainEdit();
  if (f.domainEdit) p.setDomainEdit(false);
}

function ensure(
  ctx: Context,
  existing: Map<string, Protection>,
  make: () => Protection,
  description: string,
  editors: readonly string[],
  range: GoogleAppsScript.Spreadsheet.Range | null = null,
): Protection {
  const named = existing.get(description);
  const found = named ?? stray(existing, range)?.setDescription(description);
  if (found) {
    setEditors(ctx, found, editors);
    return found;
  }
  const p = make().setDescription(description);
  setFreshEditors(ctx, p, editors);
  return p;
}

/**
 * Protections of one unit tab; running it again only brings editors back in line with Cấu hình. A tab
 * this run has just inserted has no protection to look for; `maxRows` and `maxCols` are its size when known.
 * Returns whether the tab already had its own (named) protection: set-up had finished it before.
 */
export function protectUnitTab(
  ctx: Context,
  unit: Unit,
  sheet: Sheet,
  submitted: boolean,
  known: { inserted?: boolean; maxRows?: number; maxCols?: number } = {},
): boolean {
  const admins = ctx.settings.admins;
  const unitEditors = [...admins, ...unit.emails];
  const rows = Math.max(known.maxRows ?? sheet.getMaxRows(), UNIT_TAB.firstDataRow);
  const cols = known.maxCols ?? sheet.getMaxColumns();
  const data = sheet.getRange(UNIT_TAB.firstDataRow, 1, rows - UNIT_TAB.firstDataRow + 1, cols);
  const status = sheet.getRange(UNIT_TAB.statusRow, 1);
  const existing = known.inserted ? new Map<string, Protection>() : ours(sheet);
  const finished = existing.has(tag('tab', unit.code));
  const whole = ensure(ctx, existing, () => sheet.protect(), tag('tab', unit.code), admins);
  whole.setUnprotectedRanges([data, status]);
  ensure(ctx, existing, () => data.protect(), tag('data', unit.code), submitted ? admins : unitEditors, data);
  ensure(ctx, existing, () => status.protect(), tag('status', unit.code), unitEditors, status);
  return finished;
}

/** Whether a sheet carries the admins' protection set-up gives a sheet of that name (it made the sheet). */
export function isOwnSheet(sheet: Sheet, name: string): boolean {
  return ours(sheet).has(tag('admin', name));
}

/** A sheet this run has just inserted, for admins only: it holds no protection to look for. */
export function protectNewSheet(ctx: Context, sheet: Sheet, name: string): void {
  ensure(ctx, new Map(), () => sheet.protect(), tag('admin', name), ctx.settings.admins);
}

/** Admins only; `name` is the sheet's name once a sheet built aside (Tổng hợp) takes its place. */
export function protectAdminSheet(ctx: Context, sheet: Sheet, name = sheet.getName()): void {
  ensure(ctx, ours(sheet), () => sheet.protect(), tag('admin', name), ctx.settings.admins);
}

/**
 * Takes the unit off its data rows. What Google keeps (the caller) waits for an admin's next run: the
 * pending lock was written with the record; it is cleared here once nobody of the unit is left.
 * Returns whether anything had to change (a retry finds nothing to do when the first run finished).
 */
export function lockUnit(ctx: Context, unit: Unit, sheet: Sheet, state: DocState): boolean {
  const p = ours(sheet).get(tag('data', unit.code));
  if (!p) return false;
  const changed = setEditors(ctx, p, ctx.settings.admins);
  const unitEmails = unit.emails.map((e) => e.toLowerCase());
  const still = p.getEditors().some((u) => unitEmails.includes(u.getEmail().toLowerCase()));
  if (!still && state.pendingLocks.has(unit.code)) clearPendingLock(unit.code);
  return changed;
}

/** Gives the unit its data rows back; returns whether anything had to change. */
export function unlockUnit(ctx: Context, unit: Unit, sheet: Sheet): boolean {
  const p = ours(sheet).get(tag('data', unit.code));
  return p ? setEditors(ctx, p, [...ctx.settings.admins, ...unit.emails]) : false;
}

/**
 * Run by admins' executions: finishes what units' runs could not finish themselves. The data locks of
 * units whose record says submitted (a pending lock of a unit reopened since is dropped), then the Nhật ký
 * entries units' runs queued (the log is admin-only), oldest first, each written once.
 */
export function completePendingLocks(ctx: Context, state: DocState = readDocState()): void {
  if (!ctx.isAdmin) return;
  for (const code of state.pendingLocks) {
    const unit = ctx.settings.units.find((u) => u.code === code);
    const sheet = unit ? ctx.ss.getSheetByName(unit.sheet) : null;
    const p = unit && sheet ? ours(sheet).get(tag('data', unit.code)) : null;
    if (p && isSubmitted(statusOf(state, code))) setEditors(ctx, p, ctx.settings.admins);
    clearPendingLock(code);
  }
  if (state.pendingLocks.size) clearLegacyPending();
  state.pendingLocks.clear();
  writeQueuedLog(ctx, state);
}

/** Writes the queued log entries not yet in Nhật ký (a run cut after writing them leaves their keys). */
function writeQueuedLog(ctx: Context, state: DocState): void {
  if (!state.queued.length) return;
  const sheet = logSheet(ctx.ss);
  const last = sheet.getLastRow();
  const look = Math.min(Math.max(last - 1, 0), state.queued.length + 20);
  const written = new Set(
    look > 0
      ? sheet
          .getRange(last - look + 1, LOG_KEY_COL, look, 1)
          .getValues()
          .map((r) => String(r[0]))
      : [],
  );
  const fresh = state.queued.filter((e) => e.kind && !written.has(e.id));
  appendLog(
    ctx.ss,
    fresh.map((e) => ({ kind: e.kind, unit: e.unit, who: e.who, key: e.id, detail: e.detail })),
  );
  dropQueued(state.queued.map((e) => e.id));
  state.queued = [];
}

/**
 * Writes the code each unit with a blank Mã was given into Cấu hình (as text), one write per run of
 * adjacent rows: from then on the code stays with the unit wherever its row moves. A Mã the province
 * typed (an official commune code, say) is never touched.
 */
export function writeBlankCodes(ctx: Context): void {
  if (!ctx.blankCodes.length) return;
  const sheet = ctx.ss.getSheetByName(messages.settingsLabels.sheet);
  const blanks = [...ctx.blankCodes].sort((a, b) => a.row - b.row);
  if (!sheet) return;
  for (let i = 0; i < blanks.length; ) {
    let j = i;
    while (j + 1 < blanks.length && blanks[j + 1].row === blanks[j].row + 1) j++;
    const run = blanks.slice(i, j + 1);
    sheet.getRange(run[0].row, 1, run.length, 1).setValues(run.map((b) => [asText(b.code)]));
    i = j + 1;
  }
  ctx.blankCodes = [];
}

/**
 * A sheet the add-in has just made for admins (Nhật ký): protected at once, for the account running the
 * script only (an admin: units' runs never make it), under the description set-up keeps in line with the
 * admin list. Google's pattern: remove every editor but the caller, and domain editing.
 */
export function protectNewAdminSheet(sheet: Sheet): void {
  const p = sheet.protect().setDescription(tag('admin', sheet.getName()));
  const me = (Session.getEffectiveUser().getEmail() || '').toLowerCase();
  if (me) p.addEditor(me);
  const others = p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e.toLowerCase() !== me);
  if (others.length) p.removeEditors(others);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/**
 * A spreadsheet from before the submission record: a unit whose status line says submitted AND whose data
 * rows an admin has already locked against it (what no unit can do by typing) gets that submission as its
 * record, once. A status line alone is never believed. Returns the adopted state, or null.
 */
export function adoptLegacySubmission(
  unit: Unit,
  sheet: Sheet,
  values: readonly (readonly unknown[])[],
  state: DocState,
): UnitStatus | null {
  if (state.records.has(unit.code)) return null;
  const line = readStatus(values);
  if (line.state === 'draft') return null;
  const p = ours(sheet).get(tag('data', unit.code));
  const emails = unit.emails.map((e) => e.toLowerCase());
  if (!p || !emails.length || p.getEditors().some((u) => emails.includes(u.getEmail().toLowerCase()))) return null;
  adoptRecord(unit.code, line);
  state.records.set(unit.code, line);
  return line;
}
