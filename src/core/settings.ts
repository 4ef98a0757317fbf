import { parseDeadlineDate } from './deadlines';
import { settingsLabels as L, settingsMessages as m, yesNo } from './messages';
import { readNumber } from './parse';
import { reportSettingsRows } from './report-text';
import type { DeadlineSpec, Template } from './template';
import { a1, cleanText, isEmail, labelKey, splitList } from './text';
import type { Issue } from './validate';

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
const str = (v: unknown) => (v === null || v === undefined ? '' : cleanText(String(v)));

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

/**
 * Reads the Cấu hình sheet: plain tables a person edits. Every problem names its cell; a problem in
 * one row leaves the other rows usable.
 */
export function parseSettings(
  values: readonly Row[],
  sheet: string = L.sheet,
): { settings: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  const problem = (row: number, col: number, column: string, value: string, message: string, warning = false) =>
    issues.push({
      sheet,
      cell: a1(row, col),
      row,
      col,
      column,
      value,
      severity: warning ? 'warning' : 'error',
      message,
    });

  const templateId = keyValue(values, L.template);
  if (!templateId) problem(1, 1, L.template, '', m.noTemplate);

  const units: Unit[] = [];
  const seen = new Set<string>();
  const ut = tableRows(values, L.unitsSection);
  ut.rows.forEach(({ row: r, at: row }, i) => {
    const name = str(r[1]);
    const sheetName = str(r[2]) || safeSheetName(name);
    if (!name) return;
    if (!isValidSheetName(sheetName)) problem(row, 3, L.unitHeader[2], sheetName, m.badSheetName(sheetName));
    for (const k of [labelKey(name), `tab:${labelKey(sheetName)}`]) {
      if (seen.has(k)) problem(row, 2, L.unitHeader[1], name, m.duplicateUnit(name));
      seen.add(k);
    }
    const emails = splitList(str(r[3]));
    for (const e of emails.filter((x) => !isEmail(x))) problem(row, 4, L.unitHeader[3], e, m.badEmail(e), true);
    let target: number | null = null;
    const rawTarget = str(r[4]);
    if (rawTarget) {
      const n = typeof r[4] === 'number' ? r[4] : readNumber(rawTarget).value;
      if (n === null || n <= 0) problem(row, 5, L.unitHeader[4], rawTarget, m.badTarget(rawTarget));
      else target = n;
    }
    units.push({ code: str(r[0]) || `DV${String(i + 1).padStart(2, '0')}`, name, sheet: sheetName, emails, target });
  });
  if (units.length === 0) problem(1, 1, L.unitsSection, '', m.noUnits);

  const deadlines: DeadlineSpec[] = [];
  const dt = tableRows(values, L.deadlinesSection);
  dt.rows.forEach(({ row: r, at: row }, i) => {
    const date = typeof r[2] === 'string' ? cleanText(r[2]) : str(r[2]);
    if (!date && !str(r[1])) return;
    if (!parseDeadlineDate(date)) {
      problem(row, 3, L.deadlineHeader[2], date, m.badDeadline(date));
      return;
    }
    const offsetsText = str(r[3]);
    const offsets = offsetsText ? splitList(offsetsText).map(Number) : [7, 3, 1, 0];
    if (offsets.some((n) => !Number.isInteger(n) || n < 0)) {
      problem(row, 4, L.deadlineHeader[3], offsetsText, m.badOffsets(offsetsText));
      return;
    }
    const overdueText = labelKey(str(r[4]));
    deadlines.push({
      code: str(r[0]) || `han-${i + 1}`,
      title: str(r[1]) || date,
      date,
      offsets,
      overdue: !['không', 'khong', 'no', 'false', '0'].includes(overdueText),
    });
  });

  const admins: string[] = [];
  const at = tableRows(values, L.adminsSection);
  at.rows.forEach(({ row: r, at: row }) => {
    for (const e of splitList(str(r[0]))) {
      if (isEmail(e)) admins.push(e.toLowerCase());
      else problem(row, 1, L.adminHeader[0], e, m.badEmail(e), true);
    }
  });

  return {
    settings: {
      templateId,
      reportTitle: keyValue(values, L.reportTitle),
      period: keyValue(values, L.period),
      units,
      deadlines,
      admins,
    },
    issues,
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
  if (nameCol < 0) return { units: [], problems: [`thiếu cột "${L.unitHeader[1]}" ở dòng đầu của tệp đơn vị`] };
  const units: Unit[] = [];
  rows.slice(1).forEach((r, i) => {
    const name = str(r[nameCol]);
    if (!name) return;
    const targetText = targetCol >= 0 ? str(r[targetCol]) : '';
    const target = targetText ? readNumber(targetText).value : null;
    if (targetText && (target === null || target <= 0)) problems.push(`dòng ${i + 2}: ${m.badTarget(targetText)}`);
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
