import { calendarDateIn, formatDmy, type IsoDate, isDate, isoFromParts } from './dates';
import { cellMessages as m } from './messages';
import type { Column } from './template';
import { cleanText, labelKey } from './text';

/** What a cell holds after parsing: a number, a yes/no, a date (`YYYY-MM-DD`) or text. */
export type Value = number | boolean | string;

export type Parsed = { kind: 'empty' } | { kind: 'ok'; value: Value } | { kind: 'error'; message: string };

const EMPTY: Parsed = { kind: 'empty' };
const ok = (value: Value): Parsed => ({ kind: 'ok', value });
const fail = (message: string): Parsed => ({ kind: 'error', message });

const ERROR_VALUES = new Set([
  '#REF!',
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  'Loading...',
]);

const YES = new Set(['có', 'co', 'c', 'x', '✓', '✔', '☑', 'true', 'yes', 'y', 'đạt', 'dat', '1', 'rồi', 'roi']);
const NO = new Set(['không', 'khong', 'k', 'ko', 'no', 'n', 'false', '0', '✗', '✘', '☐', 'chưa', 'chua', 'không đạt']);

/** How a raw value is shown in a message: the way the user typed or saw it. */
export function displayValue(raw: unknown, timeZone: string): string {
  if (raw === null || raw === undefined) return '';
  if (isDate(raw)) return formatDmy(calendarDateIn(raw, timeZone));
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return String(raw);
}

/**
 * Reads a number the way a Vietnamese user may type it: `1.234` and `1 234` as thousands, `1,5` as a
 * decimal, `1.234,5` and `1,234.5` both ways. Returns null for anything a person could read two ways
 * (`1,234`) or not as a number at all; `ambiguous` tells the two apart.
 */
export function readNumber(text: string): { value: number | null; ambiguous: boolean; percent: boolean } {
  let s = cleanText(text);
  const percent = /%$/.test(s);
  s = s.replace(/\s*(%|vnđ|vnd|đồng|đ|mét|m)$/i, '');
  let sign = 1;
  if (/^[-+−]/.test(s)) {
    sign = /^[-−]/.test(s) ? -1 : 1;
    s = s.slice(1).trim();
  }
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  const result = (n: number) => ({ value: sign * n, ambiguous: false, percent });
  if (/^\d+$/.test(s)) return result(Number(s));
  if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(s)) return result(Number(s.replace(/\./g, '')));
  if (/^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(s)) return result(Number(s.replace(/\./g, '').replace(',', '.')));
  if (/^[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(s)) return result(Number(s.replace(/,/g, '')));
  if (/^[1-9]\d{0,2}(,\d{3}){2,}$/.test(s)) return result(Number(s.replace(/,/g, '')));
  if (/^[1-9]\d{0,2},\d{3}$/.test(s)) return { value: null, ambiguous: true, percent };
  if (/^\d+,\d+$/.test(s)) return result(Number(s.replace(',', '.')));
  if (/^\d*\.\d+$/.test(s)) return result(Number(s));
  return { value: null, ambiguous: false, percent };
}

/** Reads `20/9/2020`, `20-09-2020`, `20.09.2020` (day first, as in Vietnam) and `2020-09-20`. */
export function readDate(text: string): IsoDate | null {
  const t = cleanText(text);
  const s = t.includes(':') ? t.replace(/\s+0?0:00(:00)?$/, '') : t;
  let g = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (g) return isoFromParts(+g[3], +g[2], +g[1]);
  g = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (g) return isoFromParts(+g[1], +g[2], +g[3]);
  return null;
}

/** Above this no report figure is real (a thousand trillion đồng): two such cells would overflow a total. */
export const LARGEST_FIGURE = 1e15;

/** The value as the user sees it, for a message (see parseCell). */
type Shown = () => string;

function checkRange(n: number, shown: Shown, column: Column): Parsed {
  if (Math.abs(n) > LARGEST_FIGURE) return fail(m.tooLarge(shown()));
  if (column.type === 'integer' && !Number.isInteger(n)) return fail(m.notInteger(shown()));
  if (n < 0 && (column.min ?? 0) >= 0) return fail(m.negative(shown(), column.hint));
  if (column.type === 'percent' && n > 100) return fail(m.percentOver(shown()));
  if (column.min !== undefined && n < column.min) return fail(m.belowMin(shown(), column.min));
  if (column.max !== undefined && n > column.max) return fail(m.aboveMax(shown(), column.max));
  return ok(n);
}

function parseNumeric(raw: unknown, shown: Shown, column: Column): Parsed {
  if (typeof raw === 'number') return checkRange(raw, shown, column);
  if (typeof raw !== 'string') return fail(m.notNumber(shown(), column.hint));
  const r = readNumber(raw);
  if (r.ambiguous) return fail(m.ambiguousNumber(shown()));
  if (r.value === null || (r.percent && column.type !== 'percent')) return fail(m.notNumber(shown(), column.hint));
  return checkRange(r.value, shown, column);
}

function parseYesNo(raw: unknown, shown: Shown): Parsed {
  if (typeof raw === 'boolean') return ok(raw);
  if (raw === 1 || raw === 0) return ok(raw === 1);
  const k = typeof raw === 'string' ? labelKey(raw) : '';
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return fail(m.notYesNo(shown()));
}

function parseDate(raw: unknown, shown: Shown, column: Column, timeZone: string): Parsed {
  const d = isDate(raw) ? calendarDateIn(raw, timeZone) : typeof raw === 'string' ? readDate(raw) : null;
  if (d === null) return fail(m.notDate(shown()));
  if ((column.minDate && d < column.minDate) || (column.maxDate && d > column.maxDate)) {
    const from = column.minDate ? formatDmy(column.minDate) : null;
    const to = column.maxDate ? formatDmy(column.maxDate) : null;
    return fail(m.dateOutside(formatDmy(d), from, to));
  }
  return ok(d);
}

function parseChoice(raw: unknown, shown: Shown, column: Column): Parsed {
  const choices = column.choices ?? [];
  const k = labelKey(String(raw));
  const found = choices.find((c) => labelKey(c) === k);
  return found === undefined ? fail(m.notChoice(shown(), choices)) : ok(found);
}

/**
 * Parses one raw cell (as a sheet returns it: number, string, boolean, Date or '') for a column.
 * Tolerant where a person would be, firm where a guess could be wrong.
 */
export function parseCell(raw: unknown, column: Column, timeZone: string): Parsed {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number' && !Number.isFinite(raw)) return fail(m.errorValue(String(raw)));
  if (typeof raw === 'string') {
    const t = cleanText(raw);
    if (t === '') return EMPTY;
    if (ERROR_VALUES.has(t)) return fail(m.errorValue(t));
  }
  // How the cell is shown in a message: worked out only when there is one to write.
  const shown: Shown = () => displayValue(raw, timeZone).trim();
  switch (column.type) {
    case 'integer':
    case 'number':
    case 'percent':
      return parseNumeric(raw, shown, column);
    case 'yesno':
      return parseYesNo(raw, shown);
    case 'date':
      return parseDate(raw, shown, column, timeZone);
    case 'choice':
      return parseChoice(raw, shown, column);
    case 'text':
      return ok(isDate(raw) ? formatDmy(calendarDateIn(raw, timeZone)) : cleanText(String(raw)));
  }
}
