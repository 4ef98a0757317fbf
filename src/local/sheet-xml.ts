/**
 * Reads a workbook's tabs straight from their XML parts, one tab at a time, into what the core takes:
 * each cell as the user sees it. It says of every cell what the door's exceljs reader (`readTab` in
 * xlsx.ts) says — test/local/sheet-xml.test.ts holds the two side by side on real files — without
 * building a cell object per cell or keeping any tab's XML once it is read.
 *
 * Where the two differ, on purpose, exceljs 4.4 was wrong: text of a `t="str"` cell is decoded once (it
 * decoded `&amp;lt;` twice, to `<`); a number or date with a hyperlink stays a number or date (it turned
 * them into text, a date into English words); a formula's cached true/false or text in a date-formatted
 * cell stays as it is (it made a date of it).
 */
import { a1, calendarDateIn, formatDmy, messages } from '../core';
import {
  isPercentFormat,
  type MergedNumber,
  percentText,
  type TabNote,
  type TabRead,
  withMergedNotes,
  XLSX_TIME_ZONE,
} from './cells';
import { attrsOf, elements, inner, partText, REL, relationships, type XlsxPackage, xmlText } from './package';

/** Number formats known by their id alone (ECMA-376 part 1, §18.8.30), as exceljs 4.4 names them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A format that shows a date or time: a number in it is a date (text in quotes and `[…]` aside). */
export function isDateFormat(format: string | undefined): boolean {
  return !!format && /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** What the workbook says once for all its tabs: the number format of each cell style, its strings, its epoch. */
export interface BookParts {
  /** By cell style index (`s`): its number format. Style 0, the default, is read as having none. */
  formats: (string | undefined)[];
  strings: string[];
  date1904: boolean;
}

/** The number format of every cell style (`cellXfs`) of styles.xml. */
export function parseFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  for (const a of elements(inner(xml, 'numFmts') ?? '', 'numFmt')) {
    custom.set(Number.parseInt(a.numFmtId, 10), a.formatCode ?? '');
  }
  return elements(inner(xml, 'cellXfs') ?? '', 'xf').map((a) => {
    const id = Number.parseInt(a.numFmtId, 10);
    return id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
  });
}

/** `_x000D_`: a character Excel escapes in a string (exceljs reads upper-case hex only; so does this). */
const unescapeX = (s: string) =>
  s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))) : s;

const T_OPEN = /<t(?=[\s/>])[^>]*?(\/?)>/g;

/** The text of every `<t>` in `xml`, in order, joined. */
function tTexts(xml: string, escaped: boolean): string {
  let out = '';
  T_OPEN.lastIndex = 0;
  for (let m = T_OPEN.exec(xml); m; m = T_OPEN.exec(xml)) {
    if (m[1]) continue;
    const end = xml.indexOf('</t>', T_OPEN.lastIndex);
    if (end < 0) break;
    const text = xmlText(xml.slice(T_OPEN.lastIndex, end));
    out += escaped ? unescapeX(text) : text;
    T_OPEN.lastIndex = end + 4;
  }
  return out;
}

const dropPhonetic = (s: string) => (s.includes('<rPh') ? s.replace(/<rPh(?=[\s>])[\s\S]*?<\/rPh>/g, '') : s);

/** sharedStrings.xml: each string as shown (rich text as its runs' text, phonetic guides left out). */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si(?=[\s/>])[^>]*?(\/?)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) {
      out.push('');
      continue;
    }
    const end = xml.indexOf('</si>', re.lastIndex);
    const body = xml.slice(re.lastIndex, end < 0 ? xml.length : end);
    out.push(tTexts(dropPhonetic(body), true));
    if (end < 0) break;
    re.lastIndex = end + 5;
  }
  return out;
}

/** Reads what all tabs share: styles' number formats, shared strings, the 1904 date system. */
export async function readBookParts(pkg: XlsxPackage): Promise<BookParts> {
  const rels = await relationships(pkg.zip, pkg.workbookPath);
  const at = (type: string, fallback: string) => rels.find((r) => r.type === type && !r.external)?.path ?? fallback;
  const styles = await partText(pkg.zip, at(REL.styles, 'xl/styles.xml'));
  const strings = await partText(pkg.zip, at(REL.sharedStrings, 'xl/sharedStrings.xml'));
  const workbook = (await partText(pkg.zip, pkg.workbookPath)) ?? '';
  const pr = elements(workbook, 'workbookPr')[0];
  return {
    formats: styles ? parseFormats(styles) : [],
    strings: strings ? parseSharedStrings(strings) : [],
    date1904: pr?.date1904 === '1' || pr?.date1904 === 'true',
  };
}

/** `B12` → column 2 (0 when there is no column). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  return col;
}

const rowOf = (ref: string) => Number.parseInt(ref.replace(/^[A-Za-z$]+/, ''), 10);

/** A merged area `A6:A7` as its corners (1-based). */
function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const cells = [from, to].map((x) => ({ row: rowOf(x), col: columnOf(x) }));
  if (cells.some((c) => !(c.row > 0) || !(c.col > 0))) return null;
  return {
    top: Math.min(cells[0].row, cells[1].row),
    left: Math.min(cells[0].col, cells[1].col),
    bottom: Math.max(cells[0].row, cells[1].row),
    right: Math.max(cells[0].col, cells[1].col),
  };
}

interface Row {
  /** Each cell's value as shown, by 1-based column; a hole where there is no cell. */
  cells: unknown[];
  /** How far the row's cells reach, styled empty cells included (exceljs's `cellCount`). */
  reach: number;
  /** Whether a cell holds anything (a value, a formula, or a place in a merged area). */
  filled: boolean;
  hidden: boolean;
}

const CELL_OR_ROW = /<(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
const SIMPLE_CELL = /\s*<c r="([A-Z]{1,3}\d+)"(?: s="(\d+)")?(?: t="([a-z]+)")?(?:\/>|><v>([^<]*)<\/v><\/c>|><\/c>)/y;
const CELL_PART = /<(f|v|is)(?=[\s/>])([^>]*?)(\/?)>/g;
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const isTrue = (v: string | undefined) => v === '1' || v === 'true';
const excelDate = (n: number, date1904: boolean) =>
  new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/**
 * One tab's XML read into its values as shown, with the door's notes: a number merged over rows counts
 * once (in its own cell) and is noted; text merged over rows fills each; a hidden row with data is noted.
 * The grid has exceljs's shape (its `rowCount` rows × `columnCount` columns), so both readers agree.
 */
export function readSheetXml(xml: string, book: BookParts): TabRead {
  const rows = new Map<number, Row>();
  const rowAt = (r: number): Row => {
    let row = rows.get(r);
    if (!row) {
      row = { cells: [], reach: 0, filled: false, hidden: false };
      rows.set(r, row);
    }
    return row;
  };
  const yearless = new Set<string>();
  const start = xml.indexOf('<sheetData');
  let tail = 0;
  if (start >= 0) {
    const open = xml.indexOf('>', start);
    const end = xml[open - 1] === '/' ? open + 1 : xml.indexOf('</sheetData>', open);
    tail = end < 0 ? xml.length : end;
    let row: Row | null = null;
    let rowNumber = 0;
    let lastCol = 0;
    let at = open + 1;
    while (at < tail) {
      let ref: string | undefined;
      let style: string | undefined;
      let type: string | undefined;
      let formula = false;
      let text: string | undefined;
      // Most cells are `<c r="C6" s="2" t="s"><v>7</v></c>`, one after another: read at once where
      // the last one ended; anything else (a row, another shape of cell), found and read part by part.
      SIMPLE_CELL.lastIndex = at;
      const simple = SIMPLE_CELL.exec(xml);
      if (simple) {
        at = SIMPLE_CELL.lastIndex;
        ref = simple[1];
        style = simple[2];
        type = simple[3];
        if (simple[4]) text = xmlText(simple[4]);
      } else {
        CELL_OR_ROW.lastIndex = at;
        const m = CELL_OR_ROW.exec(xml);
        if (!m || m.index >= tail) break;
        at = CELL_OR_ROW.lastIndex;
        let hidden: string | undefined;
        ATTR.lastIndex = 0;
        for (let a = ATTR.exec(m[2]); a; a = ATTR.exec(m[2])) {
          const v = a[2] ?? a[3];
          if (a[1] === 'r') ref = v;
          else if (a[1] === 's') style = v;
          else if (a[1] === 't') type = v;
          else if (a[1] === 'hidden') hidden = v;
        }
        if (m[1] === 'row') {
          const n = ref === undefined ? rowNumber + 1 : Number.parseInt(ref, 10);
          rowNumber = n;
          lastCol = 0;
          row = rowAt(n);
          row.hidden = isTrue(hidden);
          continue;
        }
        let content = '';
        if (!m[3]) {
          const close = xml.indexOf('</c>', at);
          if (close < 0) break;
          content = xml.slice(at, close);
          at = close + 4;
        }
        CELL_PART.lastIndex = 0;
        for (let p = content ? CELL_PART.exec(content) : null; p; p = CELL_PART.exec(content)) {
          const closed = !!p[3];
          const close = closed ? -1 : content.indexOf(`</${p[1]}>`, CELL_PART.lastIndex);
          const body = closed || close < 0 ? '' : content.slice(CELL_PART.lastIndex, close);
          if (close >= 0) CELL_PART.lastIndex = close + p[1].length + 3;
          if (p[1] === 'f') formula ||= body !== '' || attrsOf(p[2]).t !== undefined;
          else if (p[1] === 'v') {
            if (body !== '') text = (text ?? '') + xmlText(body);
          } else {
            const runs = dropPhonetic(body);
            const rich = /<r[\s>]/.test(runs);
            const s = tTexts(runs, rich);
            if (rich || s !== '') text = (text ?? '') + s;
          }
        }
      }
      if (!row) continue;
      const col = ref === undefined ? lastCol + 1 : columnOf(ref);
      // exceljs reads the style of `s="0"` (the default) as no style, and a cell with neither value nor
      // style as no cell at all.
      const styleId = style === undefined ? 0 : Number.parseInt(style, 10) || 0;
      let value: unknown;
      if (formula) {
        value = '';
        if (text) {
          if (type === 'str' || type === 'e') value = text;
          else if (type === 'b') value = Number.parseInt(text, 10) !== 0;
          else value = Number.parseFloat(text);
        }
      } else if (text !== undefined) {
        switch (type) {
          case 's':
            value = book.strings[Number.parseInt(text, 10)] ?? '';
            break;
          case 'str':
          case 'inlineStr':
          case 'e':
            value = text;
            break;
          case 'b':
            value = Number.parseInt(text, 10) !== 0;
            break;
          default:
            value = Number.parseFloat(text);
        }
      } else if (!styleId) continue;
      lastCol = col;
      if (col > row.reach) row.reach = col;
      if (value === undefined) continue; // a styled empty cell: part of the row's reach, holds nothing
      row.filled = true;
      const format = styleId ? book.formats[styleId] : undefined;
      if (typeof value === 'number') {
        if (isDateFormat(format)) {
          value = excelDate(value, book.date1904);
          if (!/y/i.test(format ?? '')) yearless.add(`${rowNumber},${col}`);
        } else if (Number.isFinite(value) && isPercentFormat(format)) value = percentText(value);
      }
      row.cells[col] = value;
    }
  }
  // Merged areas: every cell but the top left one shows the top left one's value.
  const masters = new Map<number, Map<number, { row: number; col: number }>>();
  const mergeRe = /<mergeCell(?=[\s/>])([^>]*)>/g;
  mergeRe.lastIndex = tail;
  for (let m = mergeRe.exec(xml); m; m = mergeRe.exec(xml)) {
    const range = rangeOf(attrsOf(m[1]).ref ?? '');
    if (!range) continue;
    const master = { row: range.top, col: range.left };
    for (let r = range.top; r <= range.bottom; r++) {
      const row = rowAt(r);
      if (range.right > row.reach) row.reach = range.right;
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        row.filled = true;
        let inRow = masters.get(r);
        if (!inRow) {
          inRow = new Map();
          masters.set(r, inRow);
        }
        inRow.set(c, master);
      }
    }
  }

  let rowCount = 0;
  let width = 0;
  for (const [n, row] of rows) {
    if (n > rowCount) rowCount = n;
    if (row.filled && row.reach > width) width = row.reach;
  }
  const values: unknown[][] = [];
  const notes: TabNote[] = [];
  const shown = new Map<string, string>();
  const merged = new Map<string, MergedNumber>();
  for (let r = 1; r <= rowCount; r++) {
    const row = rows.get(r);
    const inRow = masters.get(r);
    const line: unknown[] = new Array(width);
    for (let c = 1; c <= width; c++) {
      const master = inRow?.get(c);
      if (!master) {
        const v = row?.cells[c];
        line[c - 1] = v === undefined ? '' : v;
        if (v instanceof Date && yearless.has(`${r},${c}`)) {
          shown.set(`${r - 1},${c - 1}`, formatDmy(calendarDateIn(v, XLSX_TIME_ZONE)).slice(0, 5));
        }
        continue;
      }
      const value = rows.get(master.row)?.cells[master.col] ?? '';
      if (typeof value !== 'number') {
        line[c - 1] = value;
        continue;
      }
      line[c - 1] = '';
      const address = a1(master.row, master.col);
      const m = merged.get(address) ?? { ...master, shown: String(value), rows: new Set<number>(), last: address };
      if (r !== m.row) m.rows.add(r);
      m.last = a1(r, c);
      merged.set(address, m);
    }
    values.push(line);
    if (row?.hidden && line.some((v) => v !== '')) {
      notes.push({ row: r, col: 1, rows: [r], message: messages.xlsxText.hiddenRow(r) });
    }
  }
  return { values, notes: withMergedNotes(notes, merged), shown };
}
