/**
 * SpreadsheetApp as Google's behaves where this add-in relies on it: 1-based ranges, `setValues`
 * refusing data of the wrong size, empty cells as '', dates as Date, strings read as typed (`=…` a
 * formula, a leading apostrophe plain text), protections enforced for the user the script runs as.
 */
/* biome-ignore-all lint/suspicious/noExplicitAny: the fakes stand in for Google's untyped objects */
import type { World } from './world';

export interface Cell {
  v: unknown;
  f: string;
  note: string;
  bg: string;
  fmt: string;
  bold: boolean;
  dv: FakeDataValidation | null;
}

const emptyCell = (): Cell => ({ v: '', f: '', note: '', bg: '#ffffff', fmt: '', bold: false, dv: null });
const copy = (v: unknown) => (v instanceof Date ? new Date(v.getTime()) : v);

/** Midnight of a calendar day in a time zone, as an instant. */
export function midnightIn(y: number, m: number, d: number, timeZone: string): Date {
  const utc = Date.UTC(y, m - 1, d);
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsetAt = (t: number) => {
    const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - t;
  };
  return new Date(utc - offsetAt(utc - offsetAt(utc)));
}

/**
 * What Sheets stores when a string is written with setValue(s): it is parsed as if typed. A day typed
 * day-first (the spreadsheet's locale is Vietnamese) becomes midnight of that day in the sheet's zone.
 */
export function asTyped(
  v: unknown,
  timeZone = 'Asia/Ho_Chi_Minh',
  year = new Date().getFullYear(),
): { v: unknown; f: string; fmt?: string } {
  if (v === null || v === undefined) return { v: '', f: '' };
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]')
    return { v: new Date((v as Date).getTime()), f: '' };
  if (typeof v !== 'string') return { v, f: '' };
  if (v.startsWith("'")) return { v: v.slice(1), f: '' };
  if (v.startsWith('=')) return { v: '', f: v };
  if (/^[+\-@]/.test(v) && !/^[+-]?\d+([.,]\d+)?$/.test(v)) return { v: '', f: `=${v.replace(/^@/, '')}` };
  if (/^-?\d+(\.\d+)?$/.test(v)) return { v: Number(v), f: '' };
  // A day typed with or without its year is stored as a date (without: of the current year), and Sheets
  // gives the cell a date format like what was typed, so the cell still shows 10/06.
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (d && realDay(+d[3], +d[2], +d[1]))
    return { v: midnightIn(+d[3], +d[2], +d[1], timeZone), f: '', fmt: 'dd/MM/yyyy' };
  const dm = /^(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (dm && realDay(year, +dm[2], +dm[1]))
    return { v: midnightIn(year, +dm[2], +dm[1], timeZone), f: '', fmt: 'dd/MM' };
  return { v, f: '' };
}

const realDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** A date cell as Sheets shows it: its number format (dd/MM/yyyy by default) in the sheet's zone. */
export function displayDate(v: Date, fmt: string, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(v)
      .map((x) => [x.type, x.value]),
  );
  return (fmt && /d/.test(fmt) ? fmt : 'dd/MM/yyyy')
    .replace('dd', p.day)
    .replace('MM', p.month)
    .replace('yyyy', p.year);
}

function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`Range not found`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

const letters = (c: number) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail() {
    return this.email;
  }
}

export class FakeDataValidation {
  constructor(
    readonly type: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() {
    return this.type;
  }
  getCriteriaValues() {
    return this.values;
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
  /** Whether Sheets accepts a typed value under this rule. */
  _accepts(v: unknown): boolean {
    if (v === '') return true;
    switch (this.type) {
      case 'VALUE_IN_LIST':
        return (this.values[0] as unknown[]).includes(v);
      case 'NUMBER_BETWEEN':
        return typeof v === 'number' && v >= (this.values[0] as number) && v <= (this.values[1] as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof v === 'number' && v >= (this.values[0] as number);
      case 'DATE_IS_VALID_DATE':
        return v instanceof Date;
      case 'DATE_BETWEEN':
        return v instanceof Date && v >= (this.values[0] as Date) && v <= (this.values[1] as Date);
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder {
  private type = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private help = '';
  constructor(private readonly world: World) {}
  private set(type: string, values: unknown[]) {
    this.type = type;
    this.values = values;
    return this;
  }
  requireValueInList(list: string[], _dropdown?: boolean) {
    return this.set('VALUE_IN_LIST', [[...list], _dropdown ?? true]);
  }
  requireCheckbox() {
    return this.set('CHECKBOX', []);
  }
  requireNumberBetween(a: number, b: number) {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(a: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateBetween(a: Date, b: Date) {
    return this.set('DATE_BETWEEN', [new Date(a.getTime()), new Date(b.getTime())]);
  }
  setAllowInvalid(b: boolean) {
    this.allowInvalid = b;
    return this;
  }
  setHelpText(t: string) {
    this.help = t;
    return this;
  }
  build() {
    if (!this.type) throw new Error('You must specify a criteria for the data validation rule.');
    return this.world.wrap(
      new FakeDataValidation(this.type, this.values, this.allowInvalid, this.help),
      'DataValidation',
    );
  }
}

export class FakeProtection {
  editors: Set<string>;
  description = '';
  domainEdit: boolean;
  warningOnly = false;
  unprotected: FakeRange[] = [];
  removed = false;
  constructor(
    private readonly world: World,
    readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    readonly range: FakeRange | null,
  ) {
    // A new protection starts with everyone who can edit the file, as in Sheets; whoever makes it is one.
    this.editors = new Set([world.owner, ...world.sharedWith, world.user].map((e) => e.toLowerCase()));
    this.domainEdit = world.domainShared && world.domain !== null;
  }
  /** Whether this protection stops `user` from editing a cell (1-based). */
  _blocks(user: string, r: number, c: number): boolean {
    if (this.removed || this.warningOnly || this._mayEdit(user)) return false;
    if (this.type === 'RANGE') return (this.range as FakeRange)._contains(r, c);
    return !this.unprotected.some((u) => u._contains(r, c));
  }
  /**
   * The owner, a listed editor, or — while the protection is open to the domain (Sheets API
   * `Editors.domainUsersCanEdit`: "True if anyone in the document's domain has edit access to the
   * protected range") — anyone in the spreadsheet's domain.
   */
  _mayEdit(user: string): boolean {
    return user === this.world.owner || this.editors.has(user) || (this.domainEdit && this.world.inDomain(user));
  }
  private guard() {
    if (!this._mayEdit(this.world.user)) {
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }
  setDescription(d: string) {
    this.guard();
    this.description = d;
    return this;
  }
  getDescription() {
    return this.description;
  }
  addEditor(e: string | FakeUser) {
    this.guard();
    this.editors.add((typeof e === 'string' ? e : e.getEmail()).toLowerCase());
    return this;
  }
  addEditors(list: string[]) {
    for (const e of list) this.addEditor(e);
    return this;
  }
  /** Google never removes the owner or the user running the script. */
  removeEditor(e: string | FakeUser) {
    this.guard();
    const email = (typeof e === 'string' ? e : e.getEmail()).toLowerCase();
    if (email !== this.world.owner && email !== this.world.user) this.editors.delete(email);
    return this;
  }
  removeEditors(list: (string | FakeUser)[]) {
    for (const e of list) this.removeEditor(e);
    return this;
  }
  getEditors() {
    return [...new Set([this.world.owner, ...this.editors])].map((e) => new FakeUser(e));
  }
  canEdit() {
    return this._mayEdit(this.world.user);
  }
  setDomainEdit(b: boolean) {
    this.guard();
    this.domainEdit = b;
    return this;
  }
  /** "Domain protection is only supported on documents within a domain" (Sheets API, Editors). */
  canDomainEdit() {
    return this.domainEdit && this.world.domain !== null;
  }
  setWarningOnly(b: boolean) {
    this.guard();
    this.warningOnly = b;
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setUnprotectedRanges(ranges: FakeRange[]) {
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.guard();
    this.unprotected = ranges.map((r) => r._raw());
    return this;
  }
  getUnprotectedRanges() {
    return this.unprotected;
  }
  getRange() {
    return this.range ?? this.sheet.getDataRange();
  }
  remove() {
    this.guard();
    this.removed = true;
  }
}

export class FakeRange {
  constructor(
    private readonly world: World,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  _raw(): FakeRange {
    return this;
  }
  _contains(r: number, c: number) {
    return r >= this.row && r < this.row + this.rows && c >= this.col && c < this.col + this.cols;
  }
  private cells<T>(f: (cell: Cell, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.cols; c++) line.push(f(this.sheet._cell(this.row + r, this.col + c), r, c));
      out.push(line);
    }
    return out;
  }
  private write(data: unknown[][], what: string, set: (cell: Cell, v: any) => void) {
    if (!Array.isArray(data) || data.length !== this.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.rows}.`,
      );
    }
    for (const line of data) {
      if (!Array.isArray(line) || line.length !== this.cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${this.cols}.`,
        );
      }
    }
    this.sheet._guardEdit(this, what);
    data.forEach((line, r) => {
      line.forEach((v, c) => {
        set(this.sheet._cellForWrite(this.row + r, this.col + c), v);
      });
    });
  }
  private fill(v: unknown, set: (cell: Cell, v: any) => void, what: string) {
    this.write(
      Array.from({ length: this.rows }, () => Array.from({ length: this.cols }, () => v)),
      what,
      set,
    );
    return this;
  }
  getValues() {
    return this.cells((cell) => copy(cell.v));
  }
  getValue() {
    return copy(this.sheet._cell(this.row, this.col).v);
  }
  getDisplayValues() {
    return this.cells((cell) =>
      cell.v instanceof Date ? displayDate(cell.v, cell.fmt, this.world.sheetZone) : String(cell.v),
    );
  }
  getFormulas() {
    return this.cells((cell) => cell.f);
  }
  setValues(data: unknown[][]) {
    this.write(data, 'values', (cell, v) => Object.assign(cell, this.typed(v)));
    return this;
  }
  setValue(v: unknown) {
    return this.fill(v, (cell, x) => Object.assign(cell, this.typed(x)), 'values');
  }
  private typed(v: unknown) {
    return asTyped(v, this.world.sheetZone, this.world.now.getFullYear());
  }
  getNotes() {
    return this.cells((cell) => cell.note);
  }
  getNote() {
    return this.sheet._cell(this.row, this.col).note;
  }
  setNotes(data: string[][]) {
    this.write(data, 'notes', (cell, v) => {
      cell.note = v === null ? '' : String(v);
    });
    return this;
  }
  setNote(n: string) {
    return this.fill(
      n,
      (cell, v) => {
        cell.note = v === null ? '' : String(v);
      },
      'notes',
    );
  }
  getBackgrounds() {
    return this.cells((cell) => cell.bg);
  }
  getBackground() {
    return this.sheet._cell(this.row, this.col).bg;
  }
  setBackgrounds(data: string[][]) {
    this.write(data, 'format', (cell, v) => {
      cell.bg = v ?? '#ffffff';
    });
    return this;
  }
  setBackground(bg: string | null) {
    return this.fill(
      bg ?? '#ffffff',
      (cell, v) => {
        cell.bg = v;
      },
      'format',
    );
  }
  setNumberFormat(f: string) {
    return this.fill(
      f,
      (cell, v) => {
        cell.fmt = v;
      },
      'format',
    );
  }
  setNumberFormats(data: string[][]) {
    this.write(data, 'format', (cell, v) => {
      cell.fmt = v;
    });
    return this;
  }
  getNumberFormats() {
    return this.cells((cell) => cell.fmt);
  }
  setFontWeight(w: string) {
    return this.fill(
      w === 'bold',
      (cell, v) => {
        cell.bold = v;
      },
      'format',
    );
  }
  getFontWeights() {
    return this.cells((cell) => (cell.bold ? 'bold' : 'normal'));
  }
  setFontSize(_n: number) {
    return this;
  }
  setWrap(_b: boolean) {
    return this;
  }
  setFontColor(_c: string) {
    return this;
  }
  /** Range.mergeAcross: each row of the range becomes one merged cell (recorded as A1 notation). */
  mergeAcross() {
    for (let r = 0; r < this.rows; r++)
      this.sheet.merges.push(`R${this.row + r}C${this.col}:C${this.col + this.cols - 1}`);
    return this;
  }
  /** Range.setBorder(top, left, bottom, right, vertical, horizontal[, color, style]); null leaves a side as is. */
  setBorder(...sides: (boolean | null | string | undefined)[]) {
    if (sides.length < 6)
      throw new Error(
        "Exception: The parameters (…) don't match the method signature for SpreadsheetApp.Range.setBorder.",
      );
    this.sheet.borders.push({ a1: this.getA1Notation(), sides: sides.slice(0, 6) as (boolean | null)[] });
    return this;
  }
  setHorizontalAlignment(_a: string) {
    return this;
  }
  setVerticalAlignment(_a: string) {
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null) {
    return this.fill(
      rule,
      (cell, v) => {
        cell.dv = v;
      },
      'format',
    );
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]) {
    this.write(rules, 'format', (cell, v) => {
      cell.dv = v;
    });
    return this;
  }
  getDataValidation() {
    return this.sheet._cell(this.row, this.col).dv;
  }
  getDataValidations() {
    return this.cells((cell) => cell.dv);
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
  clearContent() {
    return this.fill(
      '',
      (cell) => {
        cell.v = '';
        cell.f = '';
      },
      'values',
    );
  }
  clear() {
    return this.fill('', (cell) => Object.assign(cell, emptyCell(), { note: cell.note }), 'values');
  }
  getA1Notation() {
    const a = `${letters(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1
      ? a
      : `${a}:${letters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getLastRow() {
    return this.row + this.rows - 1;
  }
  getLastColumn() {
    return this.col + this.cols - 1;
  }
  getSheet() {
    return this.sheet._self;
  }
  activate() {
    this.sheet._ss.active = { sheet: this.sheet, range: this };
    return this;
  }
  protect() {
    const p = this.world.wrap(new FakeProtection(this.world, this.sheet, 'RANGE', this), 'Protection');
    this.sheet.protections.push(p);
    return p;
  }
}

export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: number[],
  ) {}
  getRanges() {
    return this.ranges;
  }
  getOptions() {
    return { get: (k: string) => this.options[k] };
  }
}

export class FakeChartBuilder {
  private type = '';
  private ranges: FakeRange[] = [];
  private options: Record<string, unknown> = {};
  private position: number[] = [];
  constructor(private readonly world: World) {}
  setChartType(t: string) {
    this.type = t;
    return this;
  }
  addRange(r: FakeRange) {
    this.ranges.push(r._raw());
    return this;
  }
  setNumHeaders(_n: number) {
    return this;
  }
  setOption(k: string, v: unknown) {
    this.options[k] = v;
    return this;
  }
  setPosition(...p: number[]) {
    this.position = p;
    return this;
  }
  build() {
    return this.world.wrap(new FakeChart(this.type, this.ranges, this.options, this.position), 'EmbeddedChart');
  }
}

let sheetIds = 1000;

export class FakeSheet {
  private readonly data = new Map<number, Map<number, Cell>>();
  protections: any[] = [];
  charts: FakeChart[] = [];
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  /** Print-layout calls, recorded for tests: merged rows, borders, column widths and row heights in pixels. */
  merges: string[] = [];
  borders: { a1: string; sides: (boolean | null)[] }[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  maxRows = 1000;
  maxCols = 26;
  readonly id = sheetIds++;
  _self: any;
  constructor(
    private readonly world: World,
    readonly _ss: FakeSpreadsheet,
    public name: string,
  ) {
    this._self = world.wrap(this, 'Sheet');
  }
  _cell(r: number, c: number): Cell {
    return this.data.get(r)?.get(c) ?? emptyCell();
  }
  /** What Spreadsheet.insertSheet's template copies (see there). */
  _copyFrom(t: FakeSheet): void {
    for (const [r, line] of t.data) {
      const to = new Map<number, Cell>();
      for (const [c, cell] of line) to.set(c, { ...cell, v: copy(cell.v) });
      this.data.set(r, to);
    }
    this.maxRows = t.maxRows;
    this.maxCols = t.maxCols;
    this.frozenRows = t.frozenRows;
    this.frozenColumns = t.frozenColumns;
    this.columnWidths = new Map(t.columnWidths);
    this.rowHeights = new Map(t.rowHeights);
    this.merges = [...t.merges];
    this.borders = t.borders.map((b) => ({ ...b, sides: [...b.sides] }));
  }
  _cellForWrite(r: number, c: number): Cell {
    let line = this.data.get(r);
    if (!line) {
      line = new Map();
      this.data.set(r, line);
    }
    let cell = line.get(c);
    if (!cell) {
      cell = emptyCell();
      line.set(c, cell);
    }
    return cell;
  }
  /** The script runs as the user: a protected cell they may not edit stops the write, as in Sheets. */
  _guardEdit(range: FakeRange, _what: string) {
    const user = this.world.user;
    for (const p of this.protections) {
      for (let r = range.row; r < range.row + range.rows; r++) {
        for (let c = range.col; c < range.col + range.cols; c++) {
          if (p._blocks(user, r, c)) {
            if (process.env.FAKE_DEBUG) console.log('blocked', user, r, c, p.getDescription(), range.getA1Notation());
            throw new Error(
              'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
            );
          }
        }
      }
    }
  }
  _canEdit(user: string, r: number, c: number) {
    return !this.protections.some((p) => p._blocks(user, r, c));
  }
  getName() {
    return this.name;
  }
  setName(n: string) {
    if (this._ss.sheets.some((s) => s !== this && s.name === n))
      throw new Error(`A sheet with the name "${n}" already exists. Please enter another name.`);
    this.name = n;
    return this._self;
  }
  getSheetId() {
    return this.id;
  }
  /** 1-based position among the spreadsheet's sheets (insertSheet's index is 0-based). */
  getIndex() {
    return this._ss.sheets.indexOf(this) + 1;
  }
  getParent() {
    return this._ss._self;
  }
  getRange(a: number | string, b?: number, c?: number, d?: number) {
    return this.world.wrap(this._range(a, b, c, d), 'Range');
  }
  /** The range getRange gives, not counted: for the fake's own one-call reads. */
  _range(a: number | string, b?: number, c?: number, d?: number) {
    const { row, col, rows, cols } =
      typeof a === 'string' ? parseA1(a) : { row: a, col: b as number, rows: c ?? 1, cols: d ?? 1 };
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1)
      throw new Error('The starting row or column of the range is too small.');
    if (rows < 1 || cols < 1) throw new Error('The number of rows and columns in the range must be at least 1.');
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.world, this, row, col, rows, cols);
  }
  getLastRow() {
    let last = 0;
    for (const [r, line] of this.data)
      for (const cell of line.values()) if (cell.v !== '' || cell.f) last = Math.max(last, r);
    return last;
  }
  getLastColumn() {
    let last = 0;
    for (const line of this.data.values())
      for (const [c, cell] of line) if (cell.v !== '' || cell.f) last = Math.max(last, c);
    return last;
  }
  getDataRange() {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /**
   * One call for a grid of values. Google: "A -1 value given as the row or column position is equivalent
   * to getting the very last row or column that has data in the sheet" (Sheet.getSheetValues); read here,
   * as public scripts use it (`getSheetValues(1, 1, -1, -1)`), for the counts. On an empty sheet that
   * leaves no row, and the range is refused as getRange refuses it.
   */
  getSheetValues(row: number, col: number, numRows: number, numCols: number) {
    const rows = numRows === -1 ? this.getLastRow() - row + 1 : numRows;
    const cols = numCols === -1 ? this.getLastColumn() - col + 1 : numCols;
    return this._range(row, col, rows, cols).getValues();
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  /**
   * Under a sheet protection, inserting or deleting rows and columns is refused to whoever is not its
   * editor, even inside its unprotected ranges (a structural change touches the protected sheet). The
   * shape of the data is not modelled: only the right to change it and the sheet's size.
   */
  _guardStructure() {
    const user = this.world.user;
    const blocked = this.protections.some(
      (p) => p.type === 'SHEET' && !p.removed && !p.warningOnly && user !== this.world.owner && !p.editors.has(user),
    );
    if (blocked) {
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }
  insertRowsAfter(_after: number, n: number) {
    this._guardStructure();
    this.maxRows += n;
    return this._self;
  }
  insertRowsBefore(_before: number, n: number) {
    return this.insertRowsAfter(_before - 1, n);
  }
  insertColumnsAfter(_after: number, n: number) {
    this._guardStructure();
    this.maxCols += n;
    return this._self;
  }
  insertColumnsBefore(_before: number, n: number) {
    return this.insertColumnsAfter(_before - 1, n);
  }
  deleteRows(_at: number, n: number) {
    this._guardStructure();
    this.maxRows -= n;
    return this._self;
  }
  deleteColumns(_at: number, n: number) {
    this._guardStructure();
    this.maxCols -= n;
    return this._self;
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  setColumnWidth(c: number, w: number) {
    this.columnWidths.set(c, w);
    return this._self;
  }
  /** Google: "Sets the width of the given columns in pixels" (startColumn, numColumns, width). */
  setColumnWidths(start: number, n: number, w: number) {
    for (let c = start; c < start + n; c++) this.columnWidths.set(c, w);
    return this._self;
  }
  setRowHeight(r: number, h: number) {
    this.rowHeights.set(r, h);
    return this._self;
  }
  setFrozenColumns(n: number) {
    this.frozenColumns = n;
  }
  hideSheet() {
    this.hidden = true;
    return this._self;
  }
  showSheet() {
    this.hidden = false;
    return this._self;
  }
  isSheetHidden() {
    return this.hidden;
  }
  activate() {
    this._ss.active = { sheet: this, range: null };
    return this._self;
  }
  protect() {
    const p = this.world.wrap(new FakeProtection(this.world, this, 'SHEET', null), 'Protection');
    this.protections.push(p);
    return p;
  }
  getProtections(type: 'SHEET' | 'RANGE') {
    return this.protections.filter((p) => p.type === type && !p.removed);
  }
  clear() {
    this._guardEdit(new FakeRange(this.world, this, 1, 1, this.maxRows, this.maxCols), 'values');
    for (const line of this.data.values())
      for (const cell of line.values()) Object.assign(cell, emptyCell(), { note: cell.note });
    this.borders = []; // borders are formatting, which clear() removes
    return this._self;
  }
  clearContents() {
    for (const line of this.data.values()) {
      for (const cell of line.values()) {
        cell.v = '';
        cell.f = '';
      }
    }
    return this._self;
  }
  getCharts() {
    return [...this.charts];
  }
  removeChart(chart: FakeChart) {
    this.charts = this.charts.filter((c) => c !== (chart as any) && c !== (chart as any)?._raw?.());
    this.charts = this.charts.filter((c) => !Object.is(c, chart));
  }
  insertChart(chart: FakeChart) {
    this.charts.push(chart);
  }
  newChart() {
    return this.world.wrap(new FakeChartBuilder(this.world), 'EmbeddedChartBuilder');
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active: { sheet: FakeSheet; range: FakeRange | null } | null = null;
  _self: any;
  constructor(private readonly world: World) {
    this._self = world.wrap(this, 'Spreadsheet');
    this.insertSheet('Trang tính1');
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  getName() {
    return 'Báo cáo Hội LHPN';
  }
  getUrl() {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
  }
  getSpreadsheetTimeZone() {
    return this.world.sheetZone;
  }
  getOwner() {
    return new FakeUser(this.world.owner);
  }
  getEditors() {
    return [this.world.owner, ...this.world.sharedWith].map((e) => new FakeUser(e));
  }
  getSheets() {
    return this.sheets.map((s) => s._self);
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name)?._self ?? null;
  }
  /**
   * insertSheet([sheetName], [sheetIndex], [options]). Google, options.template: "All data from the
   * template sheet object is copied to the new sheet. The sheet template must be one of the sheets of the
   * Spreadsheet object." The copy here is the sheet's grid: cells (values, formulas, notes, formats, data
   * validation), its size, row and column sizes, frozen rows and columns, merges and borders. Its
   * protections are not copied (the reference does not say they are), nor whether it is hidden (the new
   * sheet becomes the active sheet).
   */
  insertSheet(
    a?: string | number | { template?: unknown },
    b?: number | { template?: unknown },
    c?: { template?: unknown },
  ) {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    const options = [a, b, c].find((x) => x !== null && typeof x === 'object') as { template?: unknown } | undefined;
    const n = name ?? `Trang tính${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name === n))
      throw new Error(`A sheet with the name "${n}" already exists. Please enter another name.`);
    let template: FakeSheet | undefined;
    if (options?.template !== undefined) {
      template = this.sheets.find((s) => s._self === options.template);
      if (!template) throw new Error('The sheet template must be one of the sheets of this spreadsheet.');
    }
    const sheet = new FakeSheet(this.world, this, n);
    if (template) sheet._copyFrom(template);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    this.active = { sheet, range: null };
    return sheet._self;
  }
  deleteSheet(sheet: any) {
    this.sheets = this.sheets.filter((s) => s._self !== sheet);
  }
  getActiveSheet() {
    return (this.active?.sheet ?? this.sheets[0])._self;
  }
  setActiveSheet(sheet: any) {
    const s = this.sheets.find((x) => x._self === sheet);
    if (s) this.active = { sheet: s, range: null };
    return sheet;
  }
  getActiveRange() {
    return this.active?.range ?? null;
  }
  toast(msg: string) {
    this.world.toasts.push(String(msg));
  }
  /** Not an Apps Script method: the raw sheet for test assertions. */
  _sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}
