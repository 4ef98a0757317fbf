/**
 * Who may edit what. Each unit tab: the sheet for admins only, except the status cell and the data rows;
 * those two for the unit's focal emails and the admins. Submitting takes the unit off the data rows.
 *
 * Google never removes the owner or the user running the script from a protection. So when a unit submits,
 * its own account stays an editor until the next run by an admin (Tổng hợp, the daily trigger, set-up)
 * finishes the lock: pending locks are kept in document properties.
 */
import { UNIT_TAB, type Unit } from '../core';
import type { Context } from './env';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const PENDING = 'lhpn.pendingLocks';
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
 * caller are never removed (Google would not).
 */
function setEditors(ctx: Context, p: Protection, emails: readonly string[]): void {
  const want = new Set(emails.map((e) => e.toLowerCase()));
  const me = ctx.effectiveEmail();
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  if (me && !current.includes(me)) p.addEditor(me);
  const extra = current.filter((e) => !want.has(e) && e !== me && e !== ctx.owner);
  const missing = [...want].filter((e) => !current.includes(e));
  if (extra.length) p.removeEditors(extra);
  if (missing.length) p.addEditors(missing);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

function ensure(
  ctx: Context,
  existing: Map<string, Protection>,
  make: () => Protection,
  description: string,
  editors: readonly string[],
  range: GoogleAppsScript.Spreadsheet.Range | null = null,
): Protection {
  const p = existing.get(description) ?? (stray(existing, range) ?? make()).setDescription(description);
  setEditors(ctx, p, editors);
  return p;
}

/** Protections of one unit tab; running it again only brings editors back in line with Cấu hình. */
export function protectUnitTab(ctx: Context, unit: Unit, sheet: Sheet, submitted: boolean): void {
  const admins = ctx.settings.admins;
  const unitEditors = [...admins, ...unit.emails];
  const rows = Math.max(sheet.getMaxRows(), UNIT_TAB.firstDataRow);
  const cols = sheet.getMaxColumns();
  const data = sheet.getRange(UNIT_TAB.firstDataRow, 1, rows - UNIT_TAB.firstDataRow + 1, cols);
  const status = sheet.getRange(UNIT_TAB.statusRow, 1);
  const existing = ours(sheet);
  const whole = ensure(ctx, existing, () => sheet.protect(), tag('tab', unit.code), admins);
  whole.setUnprotectedRanges([data, status]);
  ensure(ctx, existing, () => data.protect(), tag('data', unit.code), submitted ? admins : unitEditors, data);
  ensure(ctx, existing, () => status.protect(), tag('status', unit.code), unitEditors, status);
}

/** Admins only; `name` is the sheet's name once a sheet built aside (Tổng hợp) takes its place. */
export function protectAdminSheet(ctx: Context, sheet: Sheet, name = sheet.getName()): void {
  ensure(ctx, ours(sheet), () => sheet.protect(), tag('admin', name), ctx.settings.admins);
}

function pending(): string[] {
  const v = PropertiesService.getDocumentProperties().getProperty(PENDING);
  return v ? (JSON.parse(v) as string[]) : [];
}

function savePending(codes: string[]): void {
  const props = PropertiesService.getDocumentProperties();
  if (codes.length) props.setProperty(PENDING, JSON.stringify(codes));
  else props.deleteProperty(PENDING);
}

/** Takes the unit off its data rows; what Google keeps (the caller) waits for an admin's next run. */
export function lockUnit(ctx: Context, unit: Unit, sheet: Sheet): void {
  const p = ours(sheet).get(tag('data', unit.code));
  if (!p) return;
  setEditors(ctx, p, ctx.settings.admins);
  const still = p.getEditors().some((u) => unit.emails.includes(u.getEmail().toLowerCase()));
  if (still && !ctx.isAdmin) savePending([...new Set([...pending(), unit.code])]);
}

export function unlockUnit(ctx: Context, unit: Unit, sheet: Sheet): void {
  const p = ours(sheet).get(tag('data', unit.code));
  if (p) setEditors(ctx, p, [...ctx.settings.admins, ...unit.emails]);
  savePending(pending().filter((c) => c !== unit.code));
}

/** Run by admins' executions: finishes the locks units could not finish on themselves. */
export function completePendingLocks(ctx: Context): void {
  if (!ctx.isAdmin) return;
  const codes = pending();
  if (!codes.length) return;
  for (const code of codes) {
    const unit = ctx.settings.units.find((u) => u.code === code);
    const sheet = unit ? ctx.ss.getSheetByName(unit.sheet) : null;
    const p = unit && sheet ? ours(sheet).get(tag('data', unit.code)) : null;
    if (p) setEditors(ctx, p, ctx.settings.admins);
  }
  savePending([]);
}
