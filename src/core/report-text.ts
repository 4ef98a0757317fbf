/**
 * The official report (Báo cáo) as plain data: its header block in the layout of Nghị định 30/2020
 * (Phụ lục I), a body of sentences written from the summary for the clerk to edit, the signature block and
 * the recipients. Writers (.docx in Node, the page in Sheets) only lay it out.
 */
import type { Summary, UnitSummary } from './aggregate';
import { calendarDateIn, type IsoDate, isDate } from './dates';
import { reportSettingsText as RS, reportText as t } from './messages';
import { readDate } from './parse';
import type { Template } from './template';
import { cleanText, labelKey } from './text';
import type { Issue } from './validate';

export type ReportField = keyof typeof RS.fields;
export type ReportSettings = Record<ReportField, string>;

const FIELDS = Object.keys(RS.fields) as ReportField[];

/** The BÁO CÁO block of Cấu hình as rows of 5 cells (label, value, help): defaults filled in. */
export function reportSettingsRows(): string[][] {
  return [
    [RS.section, '', RS.sectionHelp, '', ''],
    ...FIELDS.map((f) => [RS.fields[f].label, RS.fields[f].default, RS.fields[f].help, '', '']),
    ['', '', '', '', ''],
  ];
}

const str = (v: unknown) => (v === null || v === undefined ? '' : cleanText(String(v)));

/**
 * Reads the report's settings from Cấu hình: each field is the row whose first cell is its label (with or
 * without the block's title), the value beside it; a missing or empty one takes its default. A date cell is
 * the day it shows in `timeZone`, the sheet's (Sheets stores a typed day as midnight there; xlsx cells are UTC).
 */
export function parseReportSettings(
  values: readonly (readonly unknown[])[] | null,
  sheet: string,
  timeZone = 'UTC',
): { settings: ReportSettings; date: IsoDate | null; issues: Issue[] } {
  const settings = Object.fromEntries(FIELDS.map((f) => [f, RS.fields[f].default])) as ReportSettings;
  const issues: Issue[] = [];
  let date: IsoDate | null = null;
  const byLabel = new Map(FIELDS.map((f) => [labelKey(RS.fields[f].label), f]));
  (values ?? []).forEach((row, r) => {
    const field = byLabel.get(labelKey(str(row[0])));
    if (!field) return;
    const raw = row[1];
    const text = str(raw);
    if (!text) return;
    if (field === 'date') {
      date = readReportDate(raw, timeZone);
      if (!date) {
        issues.push({
          sheet,
          cell: `B${r + 1}`,
          row: r + 1,
          col: 2,
          column: RS.fields.date.label,
          value: text,
          severity: 'warning',
          message: RS.badDate(text),
        });
      }
      return;
    }
    settings[field] = text;
  });
  return { settings, date, issues };
}

function readReportDate(raw: unknown, timeZone: string): IsoDate | null {
  if (isDate(raw)) return calendarDateIn(raw, timeZone);
  return readDate(str(raw));
}

/** A number the Vietnamese way: 1.462.500.000 and 2.830,5 (dots group thousands, a comma for decimals). */
export function formatViNumber(n: number, digits = 0): string {
  const fixed = Math.abs(n).toFixed(digits);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

const pct = (n: number) => `${formatViNumber(n, Number.isInteger(Math.round(n * 10) / 10) ? 0 : 1)}%`;
const num = (n: number) => formatViNumber(n, Number.isInteger(Math.round(n * 10) / 10) ? 0 : 1);

/** "ngày 05 tháng 02 năm 2027": days below 10 and the months 1 and 2 take a leading zero (NĐ 30/2020). */
export function placeDate(place: string, iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return t.placeDate(place, dd, mm, String(y));
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
}

export interface ReportDocument {
  parent: string;
  issuer: string;
  number: string;
  nation: string;
  motto: string;
  placeDate: string;
  title: string;
  subject: string;
  sections: ReportSection[];
  authority: string;
  position: string;
  signer: string;
  recipients: string[];
  annexTitle: string;
  annexSubject: string;
  annexNote: string;
}

/** At most this many names in a sentence; the rest are counted and left to the annex. */
const MAX_NAMES = 12;
const names = (units: readonly UnitSummary[]) => {
  if (!units.length) return t.none;
  const shown = units.slice(0, units.length > MAX_NAMES ? MAX_NAMES - 2 : MAX_NAMES).map((u) => u.unit);
  const rest = units.length - shown.length;
  return rest > 0 ? t.andOthers(shown.join(', '), rest) : shown.join(', ');
};

/** The figures a leading/lagging sentence ranks by: the score, else % of target, else the chart's measure. */
function rankingMeasure(template: Template, summary: Summary): { key: string | null; label: string } | null {
  if (template.score) return { key: null, label: t.scoreWord };
  const toTarget = template.measures.find((m) => m.agg === 'percentOfTarget');
  const key = toTarget?.key ?? template.chartMeasure ?? summary.measures[0]?.key;
  const m = summary.measures.find((x) => x.key === key);
  return m ? { key: m.key, label: m.label.toLowerCase() } : null;
}

/** The report, from the summary and the settings; `today` is the date written when Cấu hình gives none. */
/** What a report is written from (plain JSON: it crosses from Apps Script to the Báo cáo page). */
export interface ReportInput {
  template: Template;
  summary: Summary;
  reportTitle: string;
  period: string;
  settings: ReportSettings;
  date: IsoDate;
}

export function buildReport(args: ReportInput): ReportDocument {
  const { template, summary, settings: s } = args;
  const c = summary.completeness;
  const present = summary.units.filter((u) => u.status !== 'missing');
  const late = summary.units.filter((u) => u.status === 'late');
  const draft = summary.units.filter((u) => u.status === 'draft');
  const missing = summary.units.filter((u) => u.status === 'missing');
  const withErrors = summary.units.filter((u) => u.errors > 0);

  const completeness = [
    t.submitted(c.submitted, c.units, pct(c.units ? (c.submitted / c.units) * 100 : 0), c.submitted - c.late, c.late),
  ];
  if (late.length) completeness.push(t.lateUnits(names(late)));
  // Units with no tab have their own sentence below: never "0 units not submitted" beside them.
  if (draft.length) completeness.push(t.notSubmitted(draft.length, names(draft)));
  else if (!missing.length) completeness.push(t.allSubmitted);
  if (missing.length) completeness.push(t.missing(missing.length, names(missing)));
  if (withErrors.length) completeness.push(t.withErrors(withErrors.length, names(withErrors)));

  const percentKeys = new Set(
    template.measures
      .filter(
        (m) =>
          ['percentPassing', 'percentYes', 'percentOfTarget'].includes(m.agg) || (m.agg === 'ratioOfSums' && m.percent),
      )
      .map((m) => m.key),
  );
  const results = [t.totals(args.reportTitle)];
  for (const m of summary.measures) {
    const v = summary.total[m.key];
    if (v === null || v === undefined) continue;
    results.push(t.measure(m.label, percentKeys.has(m.key) ? pct(v) : num(v)));
  }
  if (template.target && summary.totalTarget) {
    const reached = summary.total[template.target.measure];
    const targetLabel = summary.measures.find((m) => m.key === template.target?.measure)?.label ?? '';
    if (reached !== null && reached !== undefined) {
      results.push(
        percentKeys.has(template.target.measure)
          ? t.targetPercent(targetLabel, pct(reached), pct(summary.totalTarget))
          : t.target(targetLabel, num(reached), num(summary.totalTarget), pct((reached / summary.totalTarget) * 100)),
      );
    }
    const tm = template.target.measure;
    const hit = present.filter((u) => u.target && (u.measures[tm] ?? 0) >= u.target);
    const miss = present.filter((u) => u.target && (u.measures[tm] ?? 0) < u.target);
    results.push(t.reachedTarget(hit.length, names(hit)));
    if (miss.length) results.push(t.belowTarget(miss.length, names(miss)));
  }
  const by = rankingMeasure(template, summary);
  if (by && present.length > 1) {
    const value = (u: UnitSummary) => (by.key === null ? u.score : u.measures[by.key]);
    const ranked = present
      .filter((u) => value(u) !== null)
      .sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0) || a.unit.localeCompare(b.unit, 'vi'));
    const k = Math.min(3, Math.floor(ranked.length / 2));
    const show = (u: UnitSummary) => t.unitValue(u.unit, num(value(u) ?? 0));
    if (k > 0) {
      results.push(t.leading(by.label, ranked.slice(0, k).map(show).join(', ')));
      results.push(t.lagging(by.label, ranked.slice(-k).reverse().map(show).join(', ')));
    }
  }
  const sections: ReportSection[] = [
    { heading: t.sections.completeness, paragraphs: completeness },
    { heading: t.sections.results, paragraphs: results },
    {
      heading: t.sections.next,
      paragraphs: [draft.length || missing.length || withErrors.length ? t.nextSteps : t.nextStepsDone],
    },
  ];
  const pd = placeDate(s.place, args.date);
  return {
    parent: s.parent.toUpperCase(),
    issuer: s.issuer.toUpperCase(),
    number: t.number(s.number, s.code),
    nation: t.nation,
    motto: t.motto,
    placeDate: pd,
    title: t.title,
    subject: s.subject || t.subject(args.reportTitle, args.period),
    sections,
    authority: s.authority,
    position: s.position,
    signer: s.signer,
    recipients: recipientsOf(s.recipients),
    annexTitle: t.annexTitle,
    annexSubject: t.annexSubject(args.reportTitle),
    annexNote: t.annexNote(s.number ? `${s.number}/${s.code}` : '', formatDmyOf(args.date)),
  };
}

const recipientsOf = (s: string) =>
  s
    .split(';')
    .map((x) => cleanText(x))
    .filter(Boolean);

const formatDmyOf = (iso: IsoDate) => iso.split('-').reverse().join('/');
