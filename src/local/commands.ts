import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import ExcelJS from 'exceljs';
import {
  a1,
  aggregate,
  boardOrder,
  errorsOf,
  findTemplate,
  formatDateTimeIn,
  formatDmy,
  formatIssue,
  type Issue,
  isEmail,
  isoFromParts,
  type Loaded,
  loadSettings,
  messages,
  newSettings,
  planReminders,
  presets,
  RESERVED_SHEETS,
  reviewUnits,
  type SettingsSource,
  type SheetReport,
  type Summary,
  type SummaryLayout,
  sentKeys,
  sheetKey,
  type Template,
  templates,
  type UnitInput,
  unitIssues,
  unitsFromTable,
  type Values,
  VIETNAM_TIME_ZONE,
} from '../core';
import { readBytes, saveWorkbook } from './files';
import { saveSummaryInto } from './summary-part';
import { textTable } from './table';
import {
  type BookFile,
  folderSource,
  logValues,
  newWorkbook,
  readBook,
  type Source,
  sheetNamesOf,
  sheetValues,
  type TabNote,
  tabsSource,
  UsageError,
  writeSummary,
  XLSX_TIME_ZONE,
} from './xlsx';

const t = messages.cliText;

/** The built-in form with this id, or the usage error that lists the ids there are. */
export function templateById(id: string): Template {
  const found = findTemplate(id);
  if (!found)
    throw new UsageError(
      t.unknownTemplate(
        id,
        templates()
          .map((x) => x.id)
          .join(', '),
      ),
    );
  return found;
}

export type Out = (line: string) => void;

export interface Opened {
  source: Source;
  loaded: Extract<Loaded, { ok: true }>;
  inputs: UnitInput[];
  /** Tabs with rows that no unit of Cấu hình names (a renamed tab), as warnings. */
  strays: Issue[];
  /** The workbook file read, when the path is one (not a folder): its tabs and its package. */
  book: BookFile | null;
}

/** Opens a workbook or a folder of workbooks and validates every unit's tab. */
export async function open(path: string, exclude: string[] = [], progress = false): Promise<Opened> {
  if (!existsSync(path)) throw new UsageError(t.notFound(path));
  let source: Source;
  let book: BookFile | null = null;
  if (statSync(path).isDirectory()) {
    const bar = progress
      ? new SingleBar({ format: `${t.reading} {bar} {value}/{total} {file}`, hideCursor: true })
      : null;
    const templateOf = (v: Parameters<typeof loadSettings>[0], how: SettingsSource, mau: Values | null) => {
      const l = loadSettings(v, how, mau);
      return l.ok ? l.template : null;
    };
    source = await folderSource(
      path,
      exclude,
      templateOf,
      bar
        ? { start: (total) => bar.start(total, 0, { file: '' }), done: (file) => bar.increment({ file }) }
        : undefined,
    );
    bar?.stop();
  } else {
    book = await readBook(path);
    source = tabsSource(book.tabs, path);
  }
  const loaded = loadSettings(source.settings, source.settingsSource, source.tab(messages.mauText.sheet));
  if (!loaded.ok) throw new UsageError(loaded.reason);
  const inputs = reviewUnits(loaded.template, loaded.settings, (u) => source.tab(u.sheet), XLSX_TIME_ZONE);
  for (const i of inputs)
    if (i.report) i.report.issues.push(...doorIssues(loaded.template, i.report, source.notes(i.unit.sheet)));
  const unitSheets = new Set(loaded.settings.units.map((u) => u.sheet));
  const strays = source.strays(unitSheets, loaded.template).map(
    (x): Issue => ({
      sheet: x.sheet,
      cell: 'A1',
      row: 1,
      col: 1,
      column: '',
      value: '',
      severity: 'warning',
      message: messages.xlsxText.strayTab(x.rows, x.title),
    }),
  );
  return { source, loaded, inputs, strays, book };
}

/** The door's own notes on a tab (a merged number, a hidden row) as warnings, where they touch its data rows. */
function doorIssues(template: Template, report: SheetReport, notes: readonly TabNote[]): Issue[] {
  const dataRows = new Set(report.rows.map((r) => r.row));
  const label = (col: number) => template.columns.find((c) => report.columns[c.key] === col)?.label ?? '';
  return notes
    .filter((n) => n.rows.some((r) => dataRows.has(r)))
    .map((n) => ({
      sheet: report.sheet,
      cell: a1(n.row, n.col),
      row: n.row,
      col: n.col,
      column: label(n.col),
      value: '',
      severity: 'warning' as const,
      message: n.message,
    }));
}

/** Lines naming every file of a folder used or skipped, and why; nothing for a single workbook. */
export function folderLines(o: Opened): string[] {
  const f = o.source.folder;
  if (!f) return [];
  return [
    messages.xlsxText.folderHeader(f.used.length, f.skipped.length),
    ...f.used.map((u) => `  ✓ ${messages.xlsxText.fileUsed(u.file, u.units)}`),
    ...f.skipped.map((s) => `  ✗ ${messages.xlsxText.skipped(s.file, s.reason)}`),
    ...f.notes.map((n) => `  ! ${n}`),
  ];
}

/** The exit code a run ends with: 1 when data has errors or a file of the folder could not be used. */
const exitFor = (o: Opened, errors: number) => (errors > 0 || (o.source.folder?.problems ?? 0) > 0 ? 1 : 0);

/** Every problem: settings, missing tabs, then each unit's tab in the order of Cấu hình. */
export function allIssues(o: Opened): Issue[] {
  return [...o.loaded.issues, ...unitIssues(o.inputs), ...o.strays];
}

export function cmdTemplates(out: Out): number {
  const rows = templates().map((tp) => [
    tp.id,
    tp.title,
    tp.columns.length,
    tp.deadlines.map((d) => d.date).join(', '),
  ]);
  out(textTable(t.templatesHeader, rows));
  return 0;
}

/**
 * The list of units for `init`: a CSV (UTF-8, comma-separated) or the first sheet of an .xlsx, as a
 * province keeps it. Anything else (an old .xls, a picture) is refused without quoting its bytes.
 */
async function unitsTable(path: string): Promise<unknown[][]> {
  const bytes = readBytes(path);
  const refuse = () => new UsageError(messages.cliErrors.unitsNotTable(path));
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw refuse();
    }
    const ws = wb.worksheets[0];
    if (!ws) throw refuse();
    return sheetValues(ws);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse();
  }
  // Control characters (other than tab and line ends) mean a binary file, not a list typed by a person.
  if ([...text].some((ch) => ch < ' ' && !'\t\n\r'.includes(ch))) throw refuse();
  const wb = new ExcelJS.Workbook();
  const ws = await wb.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { parserOptions: { delimiter: ',' } });
  return sheetValues(ws);
}

/** Names Excel would refuse, or that would clash with the add-in's own sheets, stopped with a reason. */
function sheetNamesUsable(units: readonly { name: string; sheet: string }[]): void {
  const e = messages.cliErrors;
  const key = sheetKey;
  const reserved = new Set([...RESERVED_SHEETS, 'History'].map(key));
  const seen = new Map<string, string>();
  for (const u of units) {
    if (reserved.has(key(u.sheet))) throw new UsageError(e.reservedSheet(u.name, u.sheet));
    if (/^'|'$/.test(u.sheet)) throw new UsageError(e.quotedSheet(u.name, u.sheet));
    const other = seen.get(key(u.sheet));
    if (other !== undefined) throw new UsageError(e.sameSheet(other, u.name, u.sheet));
    seen.set(key(u.sheet), u.name);
  }
}

export async function cmdInit(
  opts: {
    template?: string;
    units?: string;
    preset?: string;
    out?: string;
    period?: string;
    admin?: string[];
    force?: boolean;
  },
  out: Out,
): Promise<number> {
  if (!opts.template) throw new UsageError(t.needArg('--template MÃ'));
  if (!opts.out) throw new UsageError(t.needArg('--out TỆP.xlsx'));
  const template = templateById(opts.template);
  if (existsSync(opts.out) && !opts.force) throw new UsageError(t.outExists(opts.out));
  let units: ReturnType<typeof unitsFromTable>['units'];
  if (opts.preset) {
    const p = presets[opts.preset];
    if (!p) throw new UsageError(t.unknownPreset(opts.preset, Object.keys(presets).join(', ')));
    units = p.units();
  } else if (opts.units) {
    if (!existsSync(opts.units)) throw new UsageError(t.notFound(opts.units));
    const parsed = unitsFromTable(await unitsTable(opts.units));
    if (parsed.problems.length || parsed.units.length === 0) {
      throw new UsageError([t.unitsFileProblems, ...parsed.problems, messages.settingsMessages.noUnits].join(' '));
    }
    units = parsed.units;
  } else throw new UsageError(t.needUnits);
  sheetNamesUsable(units);
  const bad = (opts.admin ?? []).find((a) => !isEmail(a));
  if (bad !== undefined) throw new UsageError(messages.cliErrors.badAdmin(bad));
  const settings = newSettings(template, units, opts.admin ?? [], opts.period ?? '');
  await saveWorkbook(newWorkbook(template, settings), opts.out);
  out(t.created(opts.out, units.length));
  return 0;
}

export async function cmdValidate(path: string, json: boolean, out: Out): Promise<number> {
  const o = await open(path, [], !json && process.stderr.isTTY === true);
  const issues = allIssues(o);
  const errors = errorsOf(issues).length;
  if (json) {
    const shape = issues.map(({ sheet, cell, column, value, severity, message }) => ({
      sheet,
      cell,
      column,
      value,
      severity,
      message,
    }));
    out(JSON.stringify({ issues: shape, ...folderJson(o) }, null, 2));
  } else {
    for (const l of folderLines(o)) out(l);
    for (const i of issues) out(`${i.severity === 'error' ? '✗' : '!'} ${formatIssue(i)}`);
    const sheets = new Set(issues.map((i) => i.sheet)).size;
    out(issues.length ? t.problemCount(errors, issues.length - errors, sheets) : t.noProblems);
  }
  return exitFor(o, errors);
}

const folderJson = (o: Opened) => (o.source.folder ? { folder: o.source.folder } : {});

/** The summary as a terminal table: the board order, the measures that fit a screen. */
export function summaryTable(o: Opened, s: Summary): string {
  const tpl = o.loaded.template;
  // The first measures and % of target: what fits a terminal and answers "how far along are we".
  const toTarget = new Set(tpl.measures.filter((m) => m.agg === 'percentOfTarget').map((m) => m.key));
  const shown = [
    ...s.measures.filter((m) => !toTarget.has(m.key)).slice(0, 4),
    ...s.measures.filter((m) => toTarget.has(m.key)),
  ];
  const fmt = (n: number | null) => (n === null ? '' : Math.round(n * 10) / 10);
  const head = [
    messages.summaryText.headers.unit,
    messages.summaryText.headers.status,
    messages.summaryText.headers.errors,
    ...shown.map((m) => m.label),
  ];
  if (tpl.score) head.push(messages.summaryText.headers.rank);
  const rows = [...s.units].sort(boardOrder).map((u) => {
    const r: (string | number)[] = [
      u.unit,
      messages.statusNames[u.status],
      u.status === 'missing' ? '' : u.errors,
      ...shown.map((m) => fmt(u.measures[m.key])),
    ];
    if (tpl.score) r.push(u.rank ?? '');
    return r;
  });
  const total: (string | number)[] = [
    messages.summaryText.total,
    `${s.completeness.submitted}/${s.completeness.units}`,
    s.units.reduce((a, u) => a + u.errors, 0),
    ...shown.map((m) => fmt(s.total[m.key])),
  ];
  if (tpl.score) total.push('');
  return textTable(head, [...rows, total]);
}

/** Adds to the summary sheet before it is saved (the previous period beside it, say). */
export type SummaryExtra = (o: Opened, summary: Summary, ws: ExcelJS.Worksheet, layout: SummaryLayout) => void;

export async function cmdAggregate(
  path: string,
  opts: { out?: string; json?: boolean },
  out: Out,
  extra?: SummaryExtra,
): Promise<number> {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const target = opts.out ?? (isDir ? join(path, 'Tong-hop.xlsx') : path);
  const o = await open(path, [target], !opts.json && process.stderr.isTTY === true);
  const summary = aggregate(o.loaded.template, o.inputs);
  const when = formatDateTimeIn(new Date(), VIETNAM_TIME_ZONE);
  // The summary is laid out alone; in place, only its sheet goes into the workbook's package.
  const wb = new ExcelJS.Workbook();
  const layout = writeSummary(wb, o.loaded.template, summary, o.loaded.settings.reportTitle, when);
  extra?.(o, summary, wb.getWorksheet(messages.summaryText.sheet) as ExcelJS.Worksheet, layout);
  if (o.book && target === path) {
    await saveSummaryInto(o.book.pkg, wb, target);
  } else {
    // A separate summary file may be replaced; a workbook holding anything else may not.
    if (existsSync(target)) {
      const other = (await sheetNamesOf(target)).filter((n) => n !== messages.summaryText.sheet);
      if (other.length) throw new UsageError(t.outNotSummary(target, other[0]));
    }
    await saveWorkbook(wb, target);
  }
  if (opts.json) {
    out(
      JSON.stringify(
        {
          measures: summary.measures,
          units: summary.units.map((u) => ({
            unit: u.unit,
            sheet: u.sheet,
            status: u.status,
            errors: u.errors,
            measures: u.measures,
            rank: u.rank,
          })),
          total: summary.total,
          ...folderJson(o),
        },
        null,
        2,
      ),
    );
  } else {
    for (const l of folderLines(o)) out(l);
    out(summaryTable(o, summary));
    out(t.summaryWritten(target));
  }
  return exitFor(
    o,
    summary.units.reduce((n, u) => n + u.errors, 0),
  );
}

export function parseToday(v: string | undefined): string {
  if (!v) throw new UsageError(t.needArg('--today YYYY-MM-DD'));
  const g = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const iso = g ? isoFromParts(+g[1], +g[2], +g[3]) : null;
  if (!iso) throw new UsageError(t.badToday(v));
  return iso;
}

export async function cmdRemind(
  path: string,
  opts: { today?: string; quota?: string; json?: boolean },
  out: Out,
): Promise<number> {
  const today = parseToday(opts.today);
  if (opts.quota !== undefined && !/^\d+$/.test(opts.quota.trim())) throw new UsageError(t.badQuota(opts.quota));
  const quota = opts.quota === undefined ? 100 : Number(opts.quota);
  const o = await open(path);
  const plan = planReminders({
    today,
    reportTitle: o.loaded.settings.reportTitle,
    deadlines: o.loaded.settings.deadlines,
    admins: o.loaded.settings.admins,
    sent: sentKeys(logValues(o.source)),
    quotaLeft: quota,
    units: o.inputs.map((i) => ({
      code: i.unit.code,
      name: i.unit.name,
      emails: i.unit.emails,
      submitted: i.status.state !== 'draft',
      link: `${basename(o.source.files[0])} › ${i.unit.sheet}`,
      problems: errorsOf(i.report?.issues ?? []).map(formatIssue),
    })),
  });
  const shape = (e: (typeof plan.emails)[number]) => ({
    to: e.to,
    unit: e.unit,
    deadline: e.deadline,
    kind: e.kind,
    subject: e.subject,
  });
  if (opts.json) {
    out(JSON.stringify({ emails: plan.emails.map(shape), deferred: plan.deferred.map(shape) }, null, 2));
    return 0;
  }
  if (!plan.emails.length && !plan.deferred.length) {
    out(t.remindNone(formatDmy(today)));
    return 0;
  }
  out(t.remindHeader(formatDmy(today), plan.emails.length, plan.deferred.length));
  out(
    textTable(
      t.remindHeaders,
      plan.emails.map((e) => [e.to.join(', '), e.subject]),
    ),
  );
  return 0;
}
