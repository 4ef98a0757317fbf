/**
 * Mở kỳ báo cáo mới: the finished period's values archived into a hidden, admin-only sheet of this
 * spreadsheet, then the unit tabs emptied and given back to the units, the record reset, the new period
 * written into Cấu hình. Mẫu, Cấu hình and the protections stay.
 *
 * Why an archive sheet and not a copy of the spreadsheet: a copy needs a Drive scope the add-in does not
 * declare (appsscript.json has spreadsheets.currentonly only), and a province finds a tab in the same file
 * a year later more surely than a file somewhere in someone's Drive.
 *
 * Order of the writes: the archive is complete (values, protection, hidden) before Document Properties say
 * "opening period X, archived in sheet S" (one call, with the period record the reminders read); from then
 * a retry never archives again: it only finishes the clearing and resetting, each step of which finds
 * nothing to do once done.
 */
import {
  aggregate,
  calendarDateIn,
  cleanText,
  foldKey,
  formatDateTimeIn,
  type IsoDate,
  isForeignTab,
  labelKey,
  type PeriodFigures,
  type PeriodRecord,
  readArchive,
  renderArchive,
  reviewUnits,
  type Unit,
  type UnitInput,
} from '../core';
import * as messages from '../core/messages';
import { asText, asTextRows } from './cells';
import { type Context, loadContext, readTab, requireAdmin, TIME_ZONE, UserError, withLock } from './env';
import { appendLog, logSheet } from './log';
import { markSheet } from './marks';
import { completePendingLocks, protectAdminSheet, unlockUnit } from './protect';
import { readDocState, resetRecords, statusOf } from './record';
import { restoreStatusLine } from './review';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const t = messages.newPeriodText;
const PERIOD = 'lhpn.period';
const OPENING = 'lhpn.periodOpening';
const ARCHIVES = 'lhpn.archives';
/** Longest period name: "Lưu " + the name stays well inside Sheets' 100 characters for a tab. */
const MAX_NAME = 80;
/** Nhật ký's Khóa column (1-based). */
const LOG_KEY_COL = 5;

/** A period being opened: written once its archive is complete, removed when everything is done. */
interface Opening {
  from: string;
  to: string;
  archive: string;
  opened: IsoDate;
  epoch: number;
}

const props = () => PropertiesService.getDocumentProperties();

function parse<T>(v: string | null | undefined): T | null {
  if (!v) return null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

/** The current period as Document Properties keep it (one call), null before any period was opened. */
export function readPeriodRecord(): PeriodRecord | null {
  return parse<PeriodRecord>(props().getProperty(PERIOD));
}

/** The new period's name when an earlier Mở kỳ báo cáo mới was cut short, else null. */
export function pendingOpening(): string | null {
  return parse<Opening>(props().getProperty(OPENING))?.to ?? null;
}

/** The previous period's figures, from its archive sheet, or null when there is none. */
export function previousFigures(ctx: Context): PeriodFigures | null {
  const record = readPeriodRecord();
  if (!record?.archive) return null;
  const values = readTab(ctx.ss.getSheetByName(record.archive));
  return values ? readArchive(values) : null;
}

/** The name asked for, or why it cannot be used. */
export function checkPeriodName(ctx: Context, name: string): string {
  const to = cleanText(name);
  if (!to) throw new UserError(t.emptyName);
  if (to.length > MAX_NAME) throw new UserError(t.tooLong);
  if (foldKey(to) === foldKey(ctx.settings.period)) throw new UserError(t.sameName(to));
  return to;
}

/** The archive's tab name for the current period: unique, never the name of a sheet someone else made. */
export function archiveName(ctx: Context, archives: readonly string[] = readArchives()): string {
  const from = ctx.settings.period || t.unnamed;
  const base = t.archiveSheet(from);
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (archives.includes(name)) continue;
    const sheet = ctx.ss.getSheetByName(name);
    if (!sheet || isLeftover(sheet, from)) return name;
  }
}

const readArchives = (): string[] => parse<string[]>(props().getProperty(ARCHIVES)) ?? [];

/** An archive a cut run left unfinished: empty, or titled for this period (never a sheet of the user's). */
function isLeftover(sheet: Sheet, from: string): boolean {
  if (sheet.getLastRow() === 0) return true;
  return String(sheet.getRange(1, 1).getValue()) === messages.newPeriodText.archive.title(from);
}

interface Tab {
  input: UnitInput;
  sheet: Sheet | null;
  values: unknown[][] | null;
}

/** Every unit's tab: one lookup and one batch read each; each unit's state is the record's. */
function readTabs(ctx: Context): Tab[] {
  const state = readDocState();
  const found = new Map<string, { sheet: Sheet | null; values: unknown[][] | null }>();
  const inputs = reviewUnits(
    ctx.template,
    ctx.settings,
    (u: Unit) => {
      const sheet = ctx.ss.getSheetByName(u.sheet);
      const values = readTab(sheet);
      // A sheet of someone's own under the unit's tab name is neither archived as the unit's nor emptied.
      if (values && isForeignTab(values)) {
        found.set(u.code, { sheet: null, values: null });
        return null;
      }
      found.set(u.code, { sheet, values });
      return values;
    },
    ctx.sheetZone,
  );
  return inputs.map((input) => {
    input.status = statusOf(state, input.unit.code);
    const f = found.get(input.unit.code);
    return { input, sheet: f?.sheet ?? null, values: f?.values ?? null };
  });
}

/** Builds the archive sheet complete: values, admin-only protection, hidden. */
function writeArchive(ctx: Context, name: string, from: string, tabs: Tab[]): void {
  const leftover = ctx.ss.getSheetByName(name);
  if (leftover) ctx.ss.deleteSheet(leftover);
  const summary = aggregate(
    ctx.template,
    tabs.map((x) => x.input),
  );
  const rows = renderArchive({
    period: from,
    reportTitle: ctx.settings.reportTitle,
    when: formatDateTimeIn(new Date(), TIME_ZONE),
    who: ctx.email,
    template: ctx.template,
    summary,
    tabs,
  });
  const sheet = ctx.ss.insertSheet(name, ctx.ss.getSheets().length);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(asTextRows(rows));
  protectAdminSheet(ctx, sheet);
  sheet.hideSheet();
}

/** Empties a tab's data rows (the form's columns only, values only) and gives it back to the unit. */
function resetTab(ctx: Context, tab: Tab, to: string, stored: Record<string, string>): void {
  const { input, sheet, values } = tab;
  const report = input.report;
  if (!sheet || !values || !report || report.headerRow === null) return;
  const header = report.headerRow;
  const cols = Object.values(report.columns).sort((a, b) => a - b);
  if (values.length > header && cols.length) {
    // Adjacent columns in one call: a form's columns are usually one run.
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const filled = values.slice(header).some((r) => r.slice(cols[i] - 1, cols[j]).some((v) => v !== ''));
      if (filled) sheet.getRange(header + 1, cols[i], values.length - header, cols[j] - cols[i] + 1).clearContent();
      i = j + 1;
    }
  }
  // Kiểm tra's marks come off the emptied rows; a tab never marked costs nothing here.
  const marks = `lhpn.marks.${sheet.getSheetId()}`;
  if (Object.keys(stored).some((k) => k.startsWith(marks))) markSheet(sheet, [], header + 1);
  restoreStatusLine(sheet, values, { state: 'draft' });
  const line = messages.unitTabText.unitLine(input.unit.name, '');
  const at = values.slice(0, header).findIndex((r) => {
    const v = String(r[0] ?? '');
    return v === line || v.startsWith(`${line} — `);
  });
  const want = messages.unitTabText.unitLine(input.unit.name, to);
  if (at >= 0 && values[at][0] !== want) sheet.getRange(at + 1, 1).setValue(asText(want));
  unlockUnit(ctx, input.unit, sheet);
}

/** Writes the new period into Cấu hình's "Kỳ báo cáo" row (as text), when it says something else. */
function writePeriodSetting(ctx: Context, to: string): void {
  const sheet = ctx.ss.getSheetByName(messages.settingsLabels.sheet);
  const values = readTab(sheet);
  if (!sheet || !values) return;
  const row = values.findIndex((r) => labelKey(String(r[0] ?? '')) === labelKey(messages.settingsLabels.period));
  if (row >= 0 && values[row][1] !== to) sheet.getRange(row + 1, 2).setValue(asText(to));
}

/** Logs the opening once: a retry after a cut that followed the entry finds it (by its key) and adds none. */
function logOnce(ctx: Context, o: Opening): void {
  const key = `period:${o.epoch}`;
  const sheet = logSheet(ctx.ss);
  const last = sheet.getLastRow();
  if (last > 1 && sheet.getRange(last, LOG_KEY_COL).getValue() === key) return;
  appendLog(ctx.ss, [{ kind: 'period', unit: '', who: ctx.email, key, detail: t.logDetail(o.from, o.to, o.archive) }]);
}

/** Mở kỳ báo cáo mới (admin), under the document lock; `name` is the new period's. */
export function openPeriod(name: string): string {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    const all = props().getProperties();
    let opening = parse<Opening>(all[OPENING]);
    const earlier = opening !== null;
    completePendingLocks(ctx);
    const tabs = readTabs(ctx);
    if (!opening) {
      const to = checkPeriodName(ctx, name);
      const archives = parse<string[]>(all[ARCHIVES]) ?? [];
      const previous = parse<PeriodRecord>(all[PERIOD]);
      const from = ctx.settings.period || t.unnamed;
      const archive = archiveName(ctx, archives);
      writeArchive(ctx, archive, from, tabs);
      opening = {
        from,
        to,
        archive,
        opened: calendarDateIn(new Date(), TIME_ZONE),
        epoch: (previous?.epoch ?? 0) + 1,
      };
      const record: PeriodRecord = { name: to, opened: opening.opened, epoch: opening.epoch, archive };
      props().setProperties({
        [OPENING]: JSON.stringify(opening),
        [PERIOD]: JSON.stringify(record),
        [ARCHIVES]: JSON.stringify([...archives, archive]),
      });
    }
    const o = opening;
    for (const tab of tabs) resetTab(ctx, tab, o.to, all);
    resetRecords(tabs.filter((x) => x.input.status.state !== 'draft').map((x) => x.input.unit.code));
    writePeriodSetting(ctx, o.to);
    logOnce(ctx, o);
    props().deleteProperty(OPENING);
    const done = t.done(o.to, o.archive, ctx.settings.units.length);
    return earlier ? `${t.finishedEarlier(o.to)}\n\n${done}` : done;
  });
}
