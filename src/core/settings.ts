import { calendarDateIn, formatDmy, isDate } from './dates';
import { parseDeadlineDate } from './deadlines';
import { atomicText, settingsLabels as L, logText, settingsMessages as m, summaryText, yesNo } from './messages';
import { readNumber } from './parse';
import { reportSettingsRows } from './report-text';
import type { DeadlineSpec, Template } from './template';
import { cleanText, isEmail, labelKey, splitList } from './text';
import { type Issue, issueAt } from './validate';

export interface Unit {
  code: string;
  name: string;
  /** The tab that holds the unit's rows. */
  sheet: string;
  emails: string[];
  /** Per-unit target; null means the template's default. */
  target: number | null;
}

export interface Settings {
  templateId: string;
  reportTitle: string;
  period: string;
  units: Unit[];
  deadlines: DeadlineSpec[];
  admins: string[];
}

type Row = readonly unknown[];
const str = (v: unknown, timeZone?: string) => cellText(v, timeZone);

/** How a spreadsheet program handed Cấu hình over: the zone its dates live in, and what each cell shows. */
export interface SettingsSource {
  /** The zone a `Date` from the sheet is read in (the spreadsheet's zone; UTC for exceljs). */
  timeZone?: string;
  /**
   * What each cell shows (Sheets' getDisplayValues), same shape as the values. It tells a yearly `10/06`
   * from a one-off date: Sheets stores both as a `Date`, but shows a day typed without a year without one.
   */
  display?: readonly Row[];
}

/** Reminder days before a deadline when the cell is blank (or cannot be read). */
export const DEFAULT_OFFSETS = [7, 3, 1, 0] as const;

/** A cell as a person reads it: a date as dd/MM/yyyy in the sheet's zone, never a JavaScript date string. */
export function cellText(v: unknown, timeZone: string = UTC_ZONE): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return formatDmy(calendarDateIn(v, timeZone));
  if (typeof v === 'boolean') return v ? yesNo.yes : yesNo.no;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : '';
  return cleanText(String(v));
}
const UTC_ZONE = 'UTC';

/**
 * Sheets the add-in makes itself: no unit may have a tab of the same name (case and accents as typed). Tổng
 * hợp is built aside under its draft name, and a sheet left under that name by a cut run is deleted; set-up
 * copies new tabs from its prototype sheet, deleted at the end of the run.
 */
export const RESERVED_SHEETS: readonly string[] = [
  L.sheet,
  summaryText.sheet,
  atomicText.summaryDraftSheet,
  logText.sheet,
  L.templateSheet,
  L.prototypeSheet,
];

/** How names of tabs compare in Sheets and Excel: Unicode NFC, case ignored. */
export const sheetKey = (s: string) => cleanText(s).toLowerCase();

/** Why a tab name cannot be used, or null. */
function sheetNameProblem(s: string): string | null {
  if (!isValidSheetName(s)) return m.badSheetName(s);
  if (/^'|'$/.test(s)) return m.apostropheSheetName(s);
  if (sheetKey(s) === 'history') return m.reservedSheetName(s);
  if (RESERVED_SHEETS.some((r) => sheetKey(r) === sheetKey(s))) return m.reservedSheetName(s);
  return null;
}

/** Sheet names Excel and Sheets both accept: no `[]:*?/\`, at most 31 characters. */
export function isValidSheetName(s: string): boolean {
  return s.length > 0 && s.length <= 31 && !/[[\]:*?/\\]/.test(s);
}

export function safeSheetName(s: string): string {
  return cleanText(s.replace(/[[\]:*?/\\]/g, ' '))
    .slice(0, 31)
    .trim();
}

function findSection(values: readonly Row[], title: string): number {
  const k = labelKey(title);
  return values.findIndex((r) => labelKey(str(r[0])) === k);
}

const SECTIONS = [L.unitsSection, L.deadlinesSection, L.adminsSection].map(labelKey);

/** The rows of a table under a section title: from below its header to the next section, blank rows skipped. */
function tableRows(values: readonly Row[], title: string): { rows: { row: Row; at: number }[] } {
  const start = findSection(values, title);
  if (start < 0) return { rows: [] };
  const rows: { row: Row; at: number }[] = [];
  for (let r = start + 2; r < values.length; r++) {
    if (SECTIONS.includes(labelKey(str(values[r][0])))) break;
    if (values[r].slice(0, 5).every((v) => str(v) === '')) continue;
    rows.push({ row: values[r], at: r + 1 });
  }
  return { rows };
}

function keyValue(values: readonly Row[], label: string): string {
  const i = findSection(values, label);
  return i < 0 ? '' : str(values[i][1]);
}

/** The code a unit gets when Cấu hình leaves its Mã blank: the first DVnn no other unit uses. */
export function freeCodes(taken: Iterable<string>, n: number): string[] {
  const used = new Set([...taken].map((c) => c.toLowerCase()));
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) {
    const code = `DV${String(i).padStart(2, '0')}`;
    if (!used.has(code.toLowerCase())) out.push(code);
  }
  return out;
}

/** A deadline cell as text: a typed `10/06` comes back from Sheets as a Date of this year, shown without one. */
function deadlineText(v: unknown, shown: unknown, timeZone: string): string {
  if (!isDate(v)) return typeof v === 'string' ? cleanText(v) : str(v, timeZone);
  const day = calendarDateIn(v, timeZone);
  const yearless = typeof shown === 'string' && /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*$/.test(shown);
  return yearless ? formatDmy(day).slice(0, 5) : formatDmy(day);
}

const NO_WORDS = ['không', 'khong', 'no', 'false', '0', 'sai'];

/**
 * Reads the Cấu hình sheet: plain tables a person edits, with cells as a spreadsheet program stores them
 * (dates, numbers, booleans or text). Every problem names its cell and how to fix it; a problem in one
 * row leaves the other rows usable; a unit whose row cannot be used safely is left out, never guessed.
 */
export function parseSettings(
  values: readonly Row[],
  sheet: string = L.sheet,
  source: SettingsSource = {},
): {
  settings: Settings;
  issues: Issue[];
  blankCodes: { row: number; code: string }[];
  /** Rows typed in the HẠN NỘP table, valid or not: only a table left empty takes the form's deadlines. */
  deadlineRows: number;
} {
  const zone = source.timeZone ?? UTC_ZONE;
  const text = (v: unknown) => str(v, zone);
  const issues: Issue[] = [];
  const problem = (row: number, col: number, column: string, value: string, message: string, warning = false) =>
    issues.push(issueAt(sheet, row, col, column, value, message, warning ? 'warning' : 'error'));

  const templateId = keyValue(values, L.template);
  if (!templateId) problem(1, 1, L.template, '', m.noTemplate);

  const H = L.unitHeader;
  const units: (Unit & { at: number })[] = [];
  const names = new Map<string, number>();
  const tabs = new Map<string, number>();
  const codes = new Map<string, number>();
  const emailRows = new Map<string, number>();
  for (const { row: r, at: row } of tableRows(values, L.unitsSection).rows) {
    const name = text(r[1]);
    const typedSheet = text(r[2]);
    if (!name) {
      // A row with a tab, an email or a target but no name is a unit the province meant: said, never dropped
      // silently (a Mã alone is what is left of a unit taken off the list).
      if (typedSheet || text(r[3]) || text(r[4])) problem(row, 2, H[1], '', m.noUnitName);
      continue;
    }
    const sheetName = typedSheet || safeSheetName(name);
    const code = text(r[0]);
    const nameProblem = sheetNameProblem(sheetName);
    if (nameProblem) {
      problem(row, typedSheet ? 3 : 2, typedSheet ? H[2] : H[1], sheetName, nameProblem);
      continue;
    }
    const sameName = names.get(labelKey(name));
    if (sameName !== undefined) {
      problem(row, 2, H[1], name, m.duplicateUnit(name, sameName));
      continue;
    }
    const sameTab = tabs.get(sheetKey(sheetName));
    if (sameTab !== undefined) {
      const cut = !typedSheet && cleanText(name).length > 31;
      problem(row, typedSheet ? 3 : 2, typedSheet ? H[2] : H[1], sheetName, m.duplicateSheet(sheetName, sameTab, cut));
      continue;
    }
    const sameCode = code ? codes.get(code.toLowerCase()) : undefined;
    if (sameCode !== undefined) {
      problem(row, 1, H[0], code, m.duplicateCode(code, sameCode));
      continue;
    }
    names.set(labelKey(name), row);
    tabs.set(sheetKey(sheetName), row);
    if (code) codes.set(code.toLowerCase(), row);
    const emails: string[] = [];
    for (const e of splitList(text(r[3]))) {
      // Kept as typed: the reminders' digest names it too; protections take only real addresses.
      emails.push(e);
      if (!isEmail(e)) {
        problem(row, 4, H[3], e, m.badEmail(e), true);
        continue;
      }
      const first = emailRows.get(e.toLowerCase());
      if (first !== undefined) problem(row, 4, H[3], e, m.sharedEmail(e, first), true);
      else emailRows.set(e.toLowerCase(), row);
    }
    let target: number | null = null;
    const rawTarget = text(r[4]);
    if (rawTarget) {
      const n = typeof r[4] === 'number' ? r[4] : typeof r[4] === 'string' ? readNumber(rawTarget).value : null;
      if (n === null || !Number.isFinite(n) || n <= 0) problem(row, 5, H[4], rawTarget, m.badTarget(rawTarget));
      else target = n;
    }
    units.push({ code, name, sheet: sheetName, emails, target, at: row });
  }
  // A blank Mã gets a code no other unit has; set-up writes it into Cấu hình, so it never moves again.
  const blank = units.filter((u) => !u.code);
  const fresh = freeCodes(codes.keys(), blank.length);
  const blankCodes = blank.map((u, i) => {
    u.code = fresh[i];
    return { row: u.at, code: fresh[i] };
  });
  if (units.length === 0) problem(1, 1, L.unitsSection, '', m.noUnits);

  const deadlines: DeadlineSpec[] = [];
  const dt = tableRows(values, L.deadlinesSection);
  let deadlineRows = 0;
  dt.rows.forEach(({ row: r, at: row }, i) => {
    const date = deadlineText(r[2], source.display?.[row - 1]?.[2], zone);
    if (!date && !text(r[1])) return;
    deadlineRows++;
    if (!parseDeadlineDate(date)) {
      problem(row, 3, L.deadlineHeader[2], date, m.badDeadline(date));
      return;
    }
    const offsetsText = text(r[3]);
    let offsets = offsetsText
      ? typeof r[3] === 'number'
        ? [r[3]]
        : splitList(offsetsText).map((x) => (/^\d+$/.test(x) ? Number(x) : Number.NaN))
      : [...DEFAULT_OFFSETS];
    if (offsets.some((n) => !Number.isInteger(n) || n < 0)) {
      // The date the province typed still stands (a late submission is still late); the reminders follow
      // the usual days until the cell is fixed, and the admin is told.
      problem(row, 4, L.deadlineHeader[3], offsetsText, m.badOffsetsUsual(offsetsText));
      offsets = [...DEFAULT_OFFSETS];
    }
    const overdue = typeof r[4] === 'boolean' ? r[4] : !NO_WORDS.includes(labelKey(text(r[4])));
    deadlines.push({
      code: text(r[0]) || `han-${i + 1}`,
      title: text(r[1]) || date,
      date,
      offsets,
      overdue,
    });
  });

  const admins: string[] = [];
  const at = tableRows(values, L.adminsSection);
  at.rows.forEach(({ row: r, at: row }) => {
    for (const e of splitList(text(r[0]))) {
      if (isEmail(e)) admins.push(e.toLowerCase());
      else problem(row, 1, L.adminHeader[0], e, m.badEmail(e), true);
    }
  });

  return {
    settings: {
      templateId,
      reportTitle: keyValue(values, L.reportTitle),
      period: keyValue(values, L.period),
      units: units.map(({ at: _, ...u }) => u),
      deadlines,
      admins,
    },
    issues,
    blankCodes,
    deadlineRows,
  };
}

/** Writes settings as the Cấu hình sheet's rows (5 columns wide), the inverse of `parseSettings`. */
export function renderSettings(s: Settings): string[][] {
  const row = (...cells: (string | number | null)[]) => {
    const r = cells.map((c) => (c === null ? '' : String(c)));
    while (r.length < 5) r.push('');
    return r;
  };
  return [
    row(L.title),
    row(L.help),
    row(L.template, s.templateId),
    row(L.reportTitle, s.reportTitle),
    row(L.period, s.period),
    row(),
    ...reportSettingsRows(),
    row(L.unitsSection),
    row(...L.unitHeader),
    ...s.units.map((u) => row(u.code, u.name, u.sheet, u.emails.join('; '), u.target)),
    row(),
    row(L.deadlinesSection),
    row(...L.deadlineHeader),
    ...s.deadlines.map((d) => row(d.code, d.title, d.date, d.offsets.join(', '), d.overdue ? yesNo.yes : yesNo.no)),
    row(),
    row(L.adminsSection),
    row(...L.adminHeader),
    ...s.admins.map((e) => row(e)),
  ];
}

/** Units from a table whose header is `Tên đơn vị, Email đầu mối, Chỉ tiêu` (as a CSV the province keeps). */
export function unitsFromTable(rows: readonly Row[]): { units: Unit[]; problems: string[] } {
  const header = (rows[0] ?? []).map((v) => labelKey(str(v)));
  const col = (label: string) => header.indexOf(labelKey(label));
  const [nameCol, emailCol, targetCol] = [col(L.unitHeader[1]), col(L.unitHeader[3]), col(L.unitHeader[4])];
  const problems: string[] = [];
  if (nameCol < 0) return { units: [], problems: [m.unitsTableNoName] };
  const units: Unit[] = [];
  rows.slice(1).forEach((r, i) => {
    const name = str(r[nameCol]);
    if (!name) return;
    const targetText = targetCol >= 0 ? str(r[targetCol]) : '';
    const target = targetText ? readNumber(targetText).value : null;
    if (targetText && (target === null || target <= 0)) problems.push(m.unitsTableLine(i + 2, m.badTarget(targetText)));
    units.push({
      code: `DV${String(units.length + 1).padStart(2, '0')}`,
      name,
      sheet: safeSheetName(name),
      emails: emailCol >= 0 ? splitList(str(r[emailCol])) : [],
      target: target !== null && target > 0 ? target : null,
    });
  });
  return { units, problems };
}

/** Fresh settings for a template and a list of units. */
export function newSettings(template: Template, units: Unit[], admins: string[] = [], period = ''): Settings {
  return { templateId: template.id, reportTitle: template.title, period, units, deadlines: template.deadlines, admins };
}
