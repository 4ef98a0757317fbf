import type { UnitInput } from './aggregate';
import { mauErrorText, readMau } from './mau';
import { settingsMessages, sheetMessages } from './messages';
import { parseSettings, type Settings, type SettingsSource, type Unit } from './settings';
import { findStatusCell, readStatus } from './status';
import type { Template } from './template';
import { findTemplate, templates } from './templates';
import { type Issue, validateSheet } from './validate';

export type Values = readonly (readonly unknown[])[];

export type Loaded =
  | {
      ok: true;
      settings: Settings;
      template: Template;
      issues: Issue[];
      /** Units whose Mã was blank: the code each was given, for set-up to write into Cấu hình. */
      blankCodes: { row: number; code: string }[];
    }
  | { ok: false; reason: string; issues: Issue[] };

/**
 * Reads Cấu hình and finds its template: the workbook's own Mẫu sheet when it has one (it wins over the
 * template id), else the built-in form Cấu hình names. `ok: false` when the workbook cannot be used at all.
 */
export function loadSettings(values: Values | null, source: SettingsSource = {}, mau: Values | null = null): Loaded {
  if (!values) return { ok: false, reason: settingsMessages.noSheet, issues: [] };
  const parsed = parseSettings(values, undefined, source);
  const { settings, blankCodes } = parsed;
  // The form's deadlines stand in only for a HẠN NỘP table left empty: a date typed wrong is said, never
  // replaced by the form's date (units would be reminded of, and marked late against, a day nobody set).
  const formDeadlines = parsed.deadlineRows === 0;
  let issues = parsed.issues;
  if (mau) {
    const read = readMau(mau, source.timeZone ?? 'UTC');
    if (!read.template) return { ok: false, reason: mauErrorText(read.issues), issues: [...issues, ...read.issues] };
    issues = issues.filter((i) => i.message !== settingsMessages.noTemplate);
    if (formDeadlines) settings.deadlines = read.template.deadlines;
    return {
      ok: true,
      settings: { ...settings, templateId: read.template.id },
      template: read.template,
      issues,
      blankCodes,
    };
  }
  if (!settings.templateId) return { ok: false, reason: settingsMessages.noTemplate, issues };
  const template = findTemplate(settings.templateId);
  if (!template) {
    const ids = templates()
      .map((t) => t.id)
      .join(', ');
    return { ok: false, reason: settingsMessages.unknownTemplate(settings.templateId, ids), issues };
  }
  if (formDeadlines) settings.deadlines = template.deadlines;
  return { ok: true, settings, template, issues, blankCodes };
}

/** Validates every unit's tab and reads its status; a tab that is not there stays null. */
export function reviewUnits(
  template: Template,
  settings: Settings,
  tabOf: (u: Unit) => Values | null,
  timeZone: string,
): UnitInput[] {
  return settings.units.map((unit) => {
    const v = tabOf(unit);
    if (!v) return { unit, report: null, status: { state: 'draft' }, statusCell: null };
    return {
      unit,
      report: validateSheet(template, unit.sheet, v, timeZone),
      status: readStatus(v),
      statusCell: findStatusCell(v),
    };
  });
}

/** Every unit's problems in the order of Cấu hình; a tab that is not there is one error naming it. */
export function unitIssues(inputs: readonly UnitInput[]): Issue[] {
  return inputs.flatMap((i) =>
    i.report
      ? i.report.issues
      : [
          {
            sheet: i.unit.sheet,
            cell: 'A1',
            row: 1,
            col: 1,
            column: '',
            value: '',
            severity: 'error' as const,
            message: sheetMessages.missingTab(i.unit.sheet, i.unit.name),
          },
        ],
  );
}
