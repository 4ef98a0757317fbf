/**
 * The Mẫu sheet: a report form as a table a provincial clerk edits, read into the same zod-checked
 * declaration the code uses (`Template`), and written back out. Read like XLSForm: header spellings are
 * folded through an aliases table, with or without diacritics; each small check names its cell and,
 * where a word was misspelt, the nearest valid one.
 */
import * as z from 'zod/mini';
import { calendarDateIn, formatDmy, isDate } from './dates';
import { parseDeadlineDate } from './deadlines';
import { foldKey, nearest } from './fold';
import { mauMessages as m, mauText as T, yesNo } from './messages';
import { readDate, readNumber } from './parse';
import {
  type Column,
  type ColumnType,
  type Comparison,
  type Criterion,
  type Measure,
  type Template,
  type TemplateInput,
  templateSchema,
} from './template';
import { cleanText, labelKey, splitList } from './text';
import { type Issue, issueAt } from './validate';

type Row = readonly unknown[];
type Values = readonly Row[];
type Words = readonly string[];
type Table<K extends string> = Record<K, Words>;

export interface MauResult {
  /** The declaration, or null when the Mẫu has an error: then nothing may change. */
  template: Template | null;
  issues: Issue[];
  /** Keys the reader made up for blank `Mã cột` cells (1-based), for a door to write back. */
  filled: { row: number; col: number; value: string }[];
}

/** Each table's words folded once (the first key of a word wins): folding is most of reading a Mẫu. */
const foldedTables = new WeakMap<object, Map<string, string>>();

/** Which word of a table a cell says, folded (case, spacing and diacritics ignored). */
function wordOf<K extends string>(text: string, table: Table<K>): K | null {
  let folded = foldedTables.get(table);
  if (!folded) {
    folded = new Map();
    for (const [key, words] of Object.entries(table) as [K, Words][]) {
      for (const w of words) if (!folded.has(foldKey(w))) folded.set(foldKey(w), key);
    }
    foldedTables.set(table, folded);
  }
  return (folded.get(foldKey(text)) as K | undefined) ?? null;
}

const firstWords = <K extends string>(table: Table<K>): string[] =>
  (Object.values(table) as Words[]).map((w) => w[0]).filter((w) => w !== '');
const allWords = <K extends string>(table: Table<K>): string[] => (Object.values(table) as Words[]).flat();

/** A camelCase key from a label: "Chiều dài (m)" → "chieuDaiM". */
export function keyFromLabel(label: string): string {
  const words = foldKey(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  return /^[a-z]/.test(key) ? key : `c${key}`;
}

const KEY = /^[a-z][A-Za-z0-9]*$/;
const OPS: Record<string, Comparison> = {
  '>=': '>=',
  '≥': '>=',
  '=>': '>=',
  '<=': '<=',
  '≤': '<=',
  '=<': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
  '==': '=',
  '!=': '!=',
  '≠': '!=',
  '<>': '!=',
};
const NUMERIC: readonly ColumnType[] = ['integer', 'number', 'percent'];
const SHORTCUTS = ['sum', 'countYes', 'avg', 'min', 'max'] as const;
type Shortcut = (typeof SHORTCUTS)[number];

/** The value a column's `Tổng hợp` shortcut counts: the column, or for "Đếm Có" on a non-yes/no column its criterion. */
function shortcutColumn(c: Column, agg: Shortcut, criterion: Criterion | undefined): string | null {
  if (agg !== 'countYes') return NUMERIC.includes(c.type) ? c.key : null;
  if (c.type === 'yesno') return c.key;
  return criterion ? criterion.key : null;
}

/** Reads a Mẫu sheet (values as a sheet returns them) into a checked template. */
export function readMau(values: Values, timeZone: string, sheet: string = T.sheet): MauResult {
  const issues: Issue[] = [];
  const filled: MauResult['filled'] = [];
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (isDate(v)) return formatDmy(calendarDateIn(v, timeZone));
    if (typeof v === 'boolean') return v ? yesNo.yes : yesNo.no;
    return cleanText(String(v));
  };
  const problem = (row: number, col: number, column: string, value: string, message: string, warning = false) =>
    issues.push(issueAt(sheet, row, col, column, value, message, warning ? 'warning' : 'error'));
  const number = (v: unknown): number | null => (typeof v === 'number' ? v : readNumber(text(v)).value);

  // Sections start at a title row; everything above the first is the top block.
  const starts: { section: keyof typeof T.sections; at: number }[] = [];
  values.forEach((r, i) => {
    const s = wordOf(text(r[0]), T.sections);
    if (s && r.slice(1).every((v) => text(v) === '')) starts.push({ section: s, at: i });
  });
  const rowsOf = (section: keyof typeof T.sections) => {
    const i = starts.findIndex((s) => s.section === section);
    if (i < 0) return null;
    const end = i + 1 < starts.length ? starts[i + 1].at : values.length;
    const rows: { cells: Row; row: number }[] = [];
    for (let r = starts[i].at + 1; r < end; r++) {
      if (values[r].every((v) => text(v) === '')) continue;
      rows.push({ cells: values[r], row: r + 1 });
    }
    return rows;
  };

  // The top block.
  const top: Partial<Record<keyof typeof T.top, { value: unknown; row: number }>> = {};
  const topEnd = starts.length ? starts[0].at : values.length;
  for (let r = 0; r < topEnd; r++) {
    const label = text(values[r][0]);
    if (!label || foldKey(label) === foldKey(T.title) || foldKey(label) === foldKey(T.help)) continue;
    const k = wordOf(label, T.top);
    if (k) top[k] = { value: values[r][1], row: r + 1 };
    else if (values[r].slice(1).some((v) => text(v) !== '')) {
      problem(r + 1, 1, '', label, m.unknownTop(label, nearest(label, allWords(T.top))));
    }
  }
  const topText = (k: keyof typeof T.top) => text(top[k]?.value);

  /** A table's header row mapped to fields; unknown, doubled and missing headers are problems. */
  function header<K extends string>(
    rows: { cells: Row; row: number }[],
    spec: Table<K>,
    required: NoInfer<K>[],
    section: string,
  ): { at: Partial<Record<K, number>>; data: { cells: Row; row: number }[]; ok: boolean } | null {
    const head = rows[0];
    if (!head) return null;
    const at: Partial<Record<K, number>> = {};
    head.cells.forEach((v, i) => {
      const h = text(v);
      if (!h) return;
      const k = wordOf(h, spec);
      if (!k) problem(head.row, i + 1, h, h, m.unknownHeader(h, nearest(h, allWords(spec))));
      else if (at[k] !== undefined) problem(head.row, i + 1, h, h, m.duplicateHeader(h));
      else at[k] = i;
    });
    const missing = required.filter((k) => at[k] === undefined);
    for (const k of missing) problem(head.row, 1, '', '', m.missingHeader(section, spec[k][0]));
    // Without a required header the rows cannot be read: one problem, not one a row.
    return { at, data: missing.length ? [] : rows.slice(1), ok: missing.length === 0 };
  }

  /** One data row's cells by field: raw value, text, and a problem reporter for that cell. */
  function cellsOf<K extends string>(at: Partial<Record<K, number>>, spec: Table<K>, r: { cells: Row; row: number }) {
    return (k: K) => {
      const i = at[k];
      const raw = i === undefined ? '' : r.cells[i];
      const t = text(raw);
      const col = (i ?? 0) + 1;
      return {
        raw,
        text: t,
        col,
        fail: (message: string, warning = false) => problem(r.row, col, spec[k][0], t, message, warning),
      };
    };
  }

  // Columns.
  const H = T.headers;
  const columnRows = rowsOf('columns');
  const columns: Column[] = [];
  const criteria: Criterion[] = [];
  const shortcuts: { agg: Shortcut; column: string; label: string }[] = [];
  const keysAt = new Map<string, number>();
  const labelsAt = new Map<string, number>();
  const claim = (key: string, row: number, fail: (msg: string) => void) => {
    const seen = keysAt.get(key);
    if (seen !== undefined) fail(m.duplicateKey(key, seen));
    else keysAt.set(key, row);
  };
  const freshKey = (base: string) => {
    let k = base;
    for (let n = 2; keysAt.has(k); n++) k = `${base}${n}`;
    return k;
  };
  if (!columnRows) problem(1, 1, '', '', m.noColumns);
  const ch = columnRows && header(columnRows, H.columns, ['label', 'type'], T.sections.columns[0]);
  if (columnRows && (!ch || (ch.ok && ch.data.length === 0)))
    problem(columnRows[0]?.row ?? 1, 1, '', '', m.noColumnRows);
  // References to columns cannot be checked without the columns: stop at what is already said.
  if (!ch?.ok) return { template: null, issues, filled };
  const typeNames = firstWords(T.types);
  // Typed keys first, so a made-up key never takes one that a later row names.
  for (const r of ch?.data ?? []) {
    const k = cellsOf(ch?.at ?? {}, H.columns, r)('key').text;
    if (k && KEY.test(k) && !keysAt.has(k)) keysAt.set(k, -r.row);
  }
  for (const r of ch?.data ?? []) {
    const cell = cellsOf(ch?.at ?? {}, H.columns, r);
    const label = cell('label');
    if (!label.text) {
      label.fail(m.needLabel);
      continue;
    }
    const seenLabel = labelsAt.get(labelKey(label.text));
    if (seenLabel !== undefined) label.fail(m.duplicateLabel(label.text, seenLabel));
    else labelsAt.set(labelKey(label.text), r.row);

    const keyCell = cell('key');
    let key = keyCell.text;
    if (!key) {
      key = freshKey(keyFromLabel(label.text));
      keysAt.set(key, r.row);
      if (ch?.at.key !== undefined) filled.push({ row: r.row, col: keyCell.col, value: key });
    } else if (!KEY.test(key)) {
      keyCell.fail(m.badKey(key, keyFromLabel(key)));
    } else if (keysAt.get(key) === -r.row) keysAt.set(key, r.row);
    else claim(key, r.row, keyCell.fail);

    const typeCell = cell('type');
    const type = typeCell.text ? wordOf(typeCell.text, T.types) : null;
    if (!typeCell.text) typeCell.fail(m.needType(typeNames));
    else if (!type) typeCell.fail(m.unknownType(typeCell.text, nearest(typeCell.text, allWords(T.types)), typeNames));
    const column: Column = { key, label: label.text, type: type ?? 'text', required: false };

    const req = cell('required');
    if (req.text) {
      const yes = wordOf(req.text, { yes: [yesNo.yes, 'x', 'true'], no: [yesNo.no, 'false'] });
      if (yes === null) req.fail(m.badYesNo(req.text));
      else column.required = yes === 'yes';
    }

    const limits = (['min', 'max'] as const).map((k) => {
      const c = cell(k);
      if (!c.text) return null;
      if (type === 'date') {
        const d = isDate(c.raw) ? calendarDateIn(c.raw, timeZone) : readDate(c.text);
        if (!d) c.fail(m.badDate(c.text));
        return d === null ? null : { value: d, shown: c.text, cell: c };
      }
      if (type && NUMERIC.includes(type)) {
        const n = number(c.raw);
        if (n === null) c.fail(m.badNumber(c.text));
        return n === null ? null : { value: n, shown: c.text, cell: c };
      }
      if (type) c.fail(m.limitNotUsed(c.text));
      return null;
    });
    const [lo, hi] = limits;
    if (lo && hi && lo.value > hi.value) hi.cell.fail(m.minAboveMax(lo.shown, hi.shown));
    if (type === 'date') {
      if (lo) column.minDate = lo.value as string;
      if (hi) column.maxDate = hi.value as string;
    } else {
      if (lo) column.min = lo.value as number;
      if (hi) column.max = hi.value as number;
    }

    const choicesCell = cell('choices');
    const choices = choicesCell.text
      .split(';')
      .map(cleanText)
      .filter((x) => x !== '');
    if (type === 'choice') {
      if (choices.length === 0) choicesCell.fail(m.emptyChoices);
      else column.choices = choices;
    } else if (choices.length) choicesCell.fail(m.choicesIgnored, true);

    const hint = cell('hint').text;
    if (hint) column.hint = hint;
    const width = cell('width');
    if (width.text) {
      const w = number(width.raw);
      if (w === null || !Number.isInteger(w) || w <= 0) width.fail(m.badWidth(width.text));
      else column.width = w;
    }
    columns.push(column);

    // The criterion this column carries, if any.
    const cond = cell('condition');
    const level = cell('level');
    let criterion: Criterion | undefined;
    if (cond.text && type) {
      const when = readCondition(cond.text, column);
      if ('problem' in when) cond.fail(when.problem);
      else {
        const lv = level.text ? wordOf(level.text, T.levels) : 'required';
        if (lv === null) level.fail(m.badLevel(level.text, nearest(level.text, allWords(T.levels))));
        const ck = cell('criterionKey');
        let cKey = ck.text;
        if (!cKey) cKey = freshKey(`${key}Dat`);
        else if (!KEY.test(cKey)) ck.fail(m.badKey(cKey, keyFromLabel(cKey)));
        if (KEY.test(cKey)) claim(cKey, r.row, ck.fail);
        criterion = {
          key: cKey,
          label: cell('criterionLabel').text || label.text,
          when,
          encouraged: lv === 'encouraged',
        };
        criteria.push(criterion);
      }
    } else if (level.text && !cond.text) level.fail(m.levelWithoutCondition);

    const sum = cell('summary');
    if (sum.text) {
      const agg = wordOf(sum.text, T.columnSummaries);
      if (agg === null) sum.fail(m.badColumnSummary(sum.text, nearest(sum.text, allWords(T.columnSummaries))));
      else if (agg !== 'none' && type) {
        const target = shortcutColumn(column, agg, criterion);
        if (target === null)
          sum.fail(agg === 'countYes' ? m.summaryNeedsYesNo(sum.text) : m.summaryNeedsNumber(sum.text));
        else shortcuts.push({ agg, column: target, label: label.text });
      }
    }
  }

  // A reference to a column (or criterion, or derived value) by key or by label.
  const refs =
    (entries: { key: string; label: string }[]) =>
    (typed: string): { key: string } | { near: string | null } => {
      const byKey = entries.find((e) => e.key === typed);
      if (byKey) return { key: byKey.key };
      const k = foldKey(typed);
      const byLabel = entries.find((e) => foldKey(e.label) === k || foldKey(e.key) === k);
      if (byLabel) return { key: byLabel.key };
      return {
        near: nearest(
          typed,
          entries.flatMap((e) => [e.label, e.key]),
        ),
      };
    };
  const columnRef = refs(columns);
  /** The key a cell names, or null after saying what is wrong with it. */
  const pick = (
    c: { text: string; fail: (message: string) => void },
    resolve: ReturnType<typeof refs>,
  ): string | null => {
    if (!c.text) {
      c.fail(m.needColumn);
      return null;
    }
    const found = resolve(c.text);
    if ('near' in found) {
      c.fail(m.unknownColumn(c.text, found.near));
      return null;
    }
    return found.key;
  };

  // Derived values.
  const derived: TemplateInput['derived'] = [];
  const dRows = rowsOf('derived');
  const dh = dRows && header(dRows, H.derived, ['kind'], T.sections.derived[0]);
  for (const r of dh?.data ?? []) {
    const cell = cellsOf(dh?.at ?? {}, H.derived, r);
    const label = cell('label').text;
    const keyCell = cell('key');
    const key = keyCell.text || freshKey(keyFromLabel(label || 'giaTri'));
    if (!KEY.test(key)) keyCell.fail(m.badKey(key, keyFromLabel(key)));
    else claim(key, r.row, keyCell.fail);
    const kindCell = cell('kind');
    const kind = wordOf(kindCell.text, T.derivedKinds);
    if (!kind) {
      kindCell.fail(
        m.unknownAgg(kindCell.text, nearest(kindCell.text, allWords(T.derivedKinds)), firstWords(T.derivedKinds)),
      );
      continue;
    }
    if (kind === 'passes') {
      derived.push({ key, label, kind });
      continue;
    }
    const [num, den] = (['numerator', 'denominator'] as const).map((f) => {
      return pick(cell(f), columnRef);
    });
    if (num && den) derived.push({ key, label, kind, numerator: num, denominator: den });
  }

  // Cross-column rules.
  const rules: TemplateInput['rules'] = [];
  const rRows = rowsOf('rules');
  const rh = rRows && header(rRows, H.rules, ['left', 'op', 'right', 'message'], T.sections.rules[0]);
  (rh?.data ?? []).forEach((r, i) => {
    const cell = cellsOf(rh?.at ?? {}, H.rules, r);
    const keyCell = cell('key');
    const key = keyCell.text || `quyTac${i + 1}`;
    if (!KEY.test(key)) keyCell.fail(m.badKey(key, keyFromLabel(key)));
    const [left, right] = (['left', 'right'] as const).map((f) => {
      return pick(cell(f), columnRef);
    });
    const opCell = cell('op');
    const op = OPS[opCell.text.replace(/\s+/g, '')];
    if (!op) opCell.fail(m.badOp(opCell.text));
    const sevCell = cell('severity');
    const severity = sevCell.text ? wordOf(sevCell.text, T.severities) : 'error';
    if (!severity) sevCell.fail(m.badSeverity(sevCell.text));
    const message = cell('message');
    if (!message.text) message.fail(m.needMessage);
    if (left && right && op && severity && message.text && KEY.test(key)) {
      rules.push({ key, left, op, right, severity, message: message.text });
    }
  });

  // Measures: the table, then the columns' own `Tổng hợp`.
  const values_ = refs([...columns, ...criteria, ...derived]);
  const measures: Measure[] = [];
  const measureKeys = new Map<string, number>();
  const mRows = rowsOf('measures');
  const mh = mRows && header(mRows, H.measures, ['label', 'agg'], T.sections.measures[0]);
  const aggNames = firstWords(T.aggs);
  for (const r of mh?.data ?? []) {
    const cell = cellsOf(mh?.at ?? {}, H.measures, r);
    const labelCell = cell('label');
    if (!labelCell.text) labelCell.fail(m.needMeasureLabel);
    const keyCell = cell('key');
    let key = keyCell.text;
    if (!key) {
      key = keyFromLabel(labelCell.text || 'chiSo');
      for (let n = 2; measureKeys.has(key); n++) key = `${keyFromLabel(labelCell.text || 'chiSo')}${n}`;
    } else if (!KEY.test(key)) keyCell.fail(m.badKey(key, keyFromLabel(key)));
    const seen = measureKeys.get(key);
    if (seen !== undefined) keyCell.fail(m.duplicateKey(key, seen));
    measureKeys.set(key, r.row);
    const aggCell = cell('agg');
    const agg = wordOf(aggCell.text, T.aggs);
    if (!agg) {
      aggCell.fail(m.unknownAgg(aggCell.text, nearest(aggCell.text, allWords(T.aggs)), aggNames));
      continue;
    }
    const label = labelCell.text;
    const ref = (f: 'column' | 'denominator') => {
      return pick(cell(f), values_);
    };
    switch (agg) {
      case 'count':
      case 'countPassing':
      case 'percentPassing':
      case 'percentOfTarget':
        measures.push({ key, label, agg });
        break;
      case 'ratio':
      case 'ratioPercent': {
        const [numerator, denominator] = [ref('column'), ref('denominator')];
        if (numerator && denominator) {
          measures.push({ key, label, agg: 'ratioOfSums', numerator, denominator, percent: agg === 'ratioPercent' });
        }
        break;
      }
      default: {
        const column = ref('column');
        if (column) measures.push({ key, label, agg, column });
      }
    }
  }
  for (const s of shortcuts) {
    if (measures.some((x) => x.agg === s.agg && 'column' in x && x.column === s.column)) continue;
    let key = s.column;
    for (let n = 2; measureKeys.has(key); n++) key = `${s.column}${n}`;
    measureKeys.set(key, 0);
    measures.push({ key, label: s.label, agg: s.agg, column: s.column });
  }
  if (columns.length && measures.length === 0 && !issues.length) problem(mRows?.[0]?.row ?? 1, 1, '', '', m.noMeasures);
  if (mh && !mh.ok) return { template: null, issues, filled };
  const measureRef = refs(measures);

  // Score weights.
  const weights: { measure: string; weight: number }[] = [];
  const sRows = rowsOf('score');
  const sh = sRows && header(sRows, H.score, ['measure', 'weight'], T.sections.score[0]);
  for (const r of sh?.data ?? []) {
    const cell = cellsOf(sh?.at ?? {}, H.score, r);
    const mc = cell('measure');
    const found = measureRef(mc.text);
    if ('near' in found) mc.fail(m.unknownMeasure(mc.text, found.near));
    const wc = cell('weight');
    const w = number(wc.raw);
    if (w === null) wc.fail(m.badNumber(wc.text));
    if ('key' in found && w !== null) weights.push({ measure: found.key, weight: w });
  }

  // Deadlines.
  const deadlines: TemplateInput['deadlines'] = [];
  const hRows = rowsOf('deadlines');
  const hh = hRows && header(hRows, H.deadlines, ['date'], T.sections.deadlines[0]);
  (hh?.data ?? []).forEach((r, i) => {
    const cell = cellsOf(hh?.at ?? {}, H.deadlines, r);
    const dc = cell('date');
    if (!parseDeadlineDate(dc.text)) {
      dc.fail(m.badDeadline(dc.text));
      return;
    }
    const oc = cell('offsets');
    const offsets = oc.text ? splitList(oc.text).map(Number) : [7, 3, 1, 0];
    if (offsets.some((n) => !Number.isInteger(n) || n < 0)) {
      oc.fail(m.badOffsets(oc.text));
      return;
    }
    const od = cell('overdue');
    const overdue = od.text ? wordOf(od.text, { yes: [yesNo.yes], no: [yesNo.no] }) : 'yes';
    if (!overdue) od.fail(m.badYesNo(od.text));
    deadlines.push({
      code: cell('code').text || `han-${i + 1}`,
      title: cell('title').text || dc.text,
      date: dc.text,
      offsets,
      overdue: overdue !== 'no',
    });
  });

  // The top block's references, once the measures are known.
  const title = topText('title');
  if (!title) problem(top.title?.row ?? 1, 2, T.top.title[0], '', m.needTitle);
  const idText = topText('id') || keyFromLabel(title).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (!/^[a-z0-9-]+$/.test(idText)) problem(top.id?.row ?? 1, 2, T.top.id[0], idText, m.badId(idText));
  const rowNoun = topText('rowNoun');
  if (!rowNoun) problem(top.rowNoun?.row ?? 1, 2, T.top.rowNoun[0], '', m.needRowNoun);
  const measureAt = (k: 'targetMeasure' | 'chart') => {
    const typed = topText(k);
    if (!typed) return undefined;
    const found = measureRef(typed);
    if ('near' in found) {
      problem(top[k]?.row ?? 1, 2, T.top[k][0], typed, m.unknownMeasure(typed, found.near));
      return undefined;
    }
    return found.key;
  };
  let target: TemplateInput['target'];
  const targetText = topText('targetDefault');
  const targetMeasure = measureAt('targetMeasure');
  if (targetText) {
    const n = number(top.targetDefault?.value);
    if (n === null || n <= 0)
      problem(top.targetDefault?.row ?? 1, 2, T.top.targetDefault[0], targetText, m.badTarget(targetText));
    else if (!topText('targetMeasure'))
      problem(top.targetDefault?.row ?? 1, 2, T.top.targetMeasure[0], '', m.targetNeedsMeasure);
    else if (targetMeasure)
      target = { measure: targetMeasure, default: n, label: topText('targetLabel') || T.top.targetDefault[1] };
  } else if (topText('targetMeasure') || measures.some((x) => x.agg === 'percentOfTarget')) {
    problem(top.targetDefault?.row ?? 1, 2, T.top.targetDefault[0], '', m.targetNeedsDefault);
  }
  const chartMeasure = measureAt('chart');

  if (issues.some((i) => i.severity === 'error')) return { template: null, issues, filled };
  const input: TemplateInput = { id: idText, title, rowNoun, columns, criteria, rules, derived, measures, deadlines };
  if (target) input.target = target;
  if (weights.length) input.score = { weights };
  if (chartMeasure) input.chartMeasure = chartMeasure;
  const parsed = z.safeParse(templateSchema, input);
  if (!parsed.success) {
    // Every rule of the schema is checked above with its cell; this is the net under them.
    problem(1, 1, '', '', m.schema(parsed.error.issues.map((i) => i.message).join('; ')));
    return { template: null, issues, filled };
  }
  return { template: parsed.data, issues, filled };
}

/** Reads `Điều kiện đạt` for a column: `>= 500`, `Có`, `Không`, `= Tập thể`, `Có nhập`. */
function readCondition(typed: string, c: Column): Criterion['when'] | { problem: string } {
  if (wordOf(typed, { notEmpty: T.notEmpty })) return { column: c.key, op: 'notEmpty' };
  const g = /^(>=|<=|=>|=<|<>|!=|==|≥|≤|≠|>|<|=)?\s*(.*)$/.exec(typed);
  const op = g?.[1] ? OPS[g[1]] : undefined;
  const rest = cleanText(g?.[2] ?? '');
  const example = NUMERIC.includes(c.type)
    ? '>= 500'
    : c.type === 'date'
      ? '<= 30/09/2020'
      : c.type === 'yesno'
        ? 'Có'
        : `= ${c.choices?.[0] ?? 'Có'}`;
  const bad = { problem: m.badCondition(typed, example) };
  if (!rest) return bad;
  switch (c.type) {
    case 'yesno': {
      const yes = wordOf(rest, { yes: [yesNo.yes], no: [yesNo.no] });
      if (!yes || (op && op !== '=' && op !== '!=')) return bad;
      return { column: c.key, op: op ?? '=', value: yes === 'yes' };
    }
    case 'integer':
    case 'number':
    case 'percent': {
      const n = readNumber(rest).value;
      return op && n !== null ? { column: c.key, op, value: n } : bad;
    }
    case 'date': {
      const d = readDate(rest);
      return op && d ? { column: c.key, op, value: d } : bad;
    }
    case 'choice': {
      const found = c.choices?.find((x) => labelKey(x) === labelKey(rest));
      if (!found) return { problem: m.conditionNotChoice(rest, c.choices ?? []) };
      if (op && op !== '=' && op !== '!=') return bad;
      return { column: c.key, op: op ?? '=', value: found };
    }
    case 'text':
      if (op && op !== '=' && op !== '!=') return bad;
      return { column: c.key, op: op ?? '=', value: rest };
  }
}

function writeCondition(when: Criterion['when'], c: Column): string {
  if (when.op === 'notEmpty') return T.notEmpty[0];
  const v = when.value;
  const shown =
    typeof v === 'boolean'
      ? v
        ? yesNo.yes
        : yesNo.no
      : c.type === 'date' && typeof v === 'string'
        ? formatDmy(v)
        : String(v);
  return typeof v === 'boolean' && when.op === '=' ? shown : `${when.op} ${shown}`;
}

const AGG_WORD: Record<Exclude<Measure['agg'], 'ratioOfSums'>, string> = {
  sum: T.aggs.sum[0],
  avg: T.aggs.avg[0],
  min: T.aggs.min[0],
  max: T.aggs.max[0],
  count: T.aggs.count[0],
  countPassing: T.aggs.countPassing[0],
  percentPassing: T.aggs.percentPassing[0],
  countYes: T.aggs.countYes[0],
  percentYes: T.aggs.percentYes[0],
  percentOfTarget: T.aggs.percentOfTarget[0],
};

/** A template as the Mẫu sheet's rows, the inverse of `readMau` (numbers stay numbers, the rest is text). */
export function renderMau(t: Template): (string | number)[][] {
  const H = T.headers;
  const heads = <K extends string>(spec: Table<K>) => (Object.values(spec) as Words[]).map((w) => w[0]);
  const opt = <V>(v: V | undefined, f: (x: V) => string | number = String) => (v === undefined ? '' : f(v));
  const columnRows = t.columns.map((c) => {
    const crit = t.criteria.find((x) => x.when.column === c.key);
    const shortcut = SHORTCUTS.find((agg) => {
      const target = shortcutColumn(c, agg, crit);
      return target !== null && t.measures.some((x) => x.agg === agg && 'column' in x && x.column === target);
    });
    const limit = (n: number | undefined, d: string | undefined) =>
      c.type === 'date' ? opt(d, formatDmy) : opt(n, Number);
    return [
      c.key,
      c.label,
      T.types[c.type][0],
      c.required ? yesNo.yes : yesNo.no,
      limit(c.min, c.minDate),
      limit(c.max, c.maxDate),
      opt(c.choices, (x) => x.join('; ')),
      opt(c.hint),
      crit ? writeCondition(crit.when, c) : '',
      crit ? (crit.encouraged ? T.levels.encouraged[0] : T.levels.required[0]) : '',
      crit ? crit.key : '',
      crit ? crit.label : '',
      shortcut ? T.columnSummaries[shortcut][0] : T.columnSummaries.none[0],
      opt(c.width, Number),
    ];
  });
  const measureRow = (x: Measure): (string | number)[] => {
    if (x.agg === 'ratioOfSums') {
      return [x.key, x.label, x.percent ? T.aggs.ratioPercent[0] : T.aggs.ratio[0], x.numerator, x.denominator];
    }
    return [x.key, x.label, AGG_WORD[x.agg], 'column' in x ? x.column : '', ''];
  };
  const rows: (string | number)[][] = [
    [T.title],
    [T.help],
    [T.top.id[0], t.id],
    [T.top.title[0], t.title],
    [T.top.rowNoun[0], t.rowNoun],
    [T.top.targetDefault[0], opt(t.target?.default, Number)],
    [T.top.targetMeasure[0], opt(t.target?.measure)],
    [T.top.targetLabel[0], opt(t.target?.label)],
    [T.top.chart[0], opt(t.chartMeasure)],
    [],
    [T.sections.columns[0]],
    heads(H.columns),
    ...columnRows,
    [],
    [T.sections.derived[0]],
    heads(H.derived),
    ...t.derived.map((d) =>
      d.kind === 'ratio'
        ? [d.key, d.label, T.derivedKinds.ratio[0], d.numerator, d.denominator]
        : [d.key, d.label, T.derivedKinds.passes[0], '', ''],
    ),
    [],
    [T.sections.rules[0]],
    heads(H.rules),
    ...t.rules.map((r) => [
      r.key,
      r.left,
      r.op,
      r.right,
      r.severity === 'error' ? T.severities.error[0] : T.severities.warning[0],
      r.message,
    ]),
    [],
    [T.sections.measures[0]],
    heads(H.measures),
    ...t.measures.map(measureRow),
    [],
    [T.sections.score[0]],
    heads(H.score),
    ...(t.score?.weights ?? []).map((w) => [w.measure, w.weight]),
    [],
    [T.sections.deadlines[0]],
    heads(H.deadlines),
    ...t.deadlines.map((d) => [d.code, d.title, d.date, d.offsets.join(', '), d.overdue ? yesNo.yes : yesNo.no]),
  ];
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/** The lines of a Mẫu's errors as a door says them, at most `max`, for an alert or a terminal. */
export function mauErrorText(issues: readonly Issue[], max = 12): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const lines = errors.slice(0, max).map((i) => `${i.sheet}!${i.cell}: ${i.message}`);
  if (errors.length > max) lines.push(m.more(errors.length - max));
  return m.hasErrors(errors.length, lines);
}
