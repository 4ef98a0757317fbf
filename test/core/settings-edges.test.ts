/**
 * Cấu hình at its edges: tab names at 31 characters and with apostrophes, units without a name, codes in
 * any case, targets, deadlines with their reminder days, blank rows, yearly dates, and the unit list read
 * from a province's own table. Each test fails with one of the survivors Stryker found in
 * src/core/settings.ts put back (docs/mutation.md).
 */
import {
  cellText,
  freeCodes,
  isValidSheetName,
  messages,
  newSettings,
  parseSettings,
  renderSettings,
  safeSheetName,
  unitsFromTable,
} from '../../src/core';
import { roads } from '../../src/core/templates';

const L = messages.settingsLabels;
const m = messages.settingsMessages;
type Cell = string | number | boolean | Date | null;
/** A Cấu hình with the given unit rows and deadline rows (5 columns each), as a sheet hands it over. */
const sheet = (units: Cell[][], deadlines: Cell[][] = [['tk', 'Tổng kết', '20/09/2020', '', '']]): Cell[][] => [
  [L.title],
  [L.template, 'con-duong'],
  [L.reportTitle, 'Con đường'],
  [''],
  [L.unitsSection],
  [...L.unitHeader],
  ...units,
  [''],
  [L.deadlinesSection],
  [...L.deadlineHeader],
  ...deadlines,
  [''],
  [L.adminsSection],
  [...L.adminHeader],
  ['vp@x.vn'],
];
const UNIT_ROW = 7;

describe('tab names', () => {
  test('31 characters is a tab name; 32 and empty are not', () => {
    expect(isValidSheetName('a'.repeat(31))).toBe(true);
    expect(isValidSheetName('a'.repeat(32))).toBe(false);
    expect(isValidSheetName('')).toBe(false);
  });
  test('a name made safe is cut to 31 characters and keeps its words apart', () => {
    expect(safeSheetName('Xã Đông Phú/Tây Phú')).toBe('Xã Đông Phú Tây Phú');
    expect(safeSheetName(`${'a'.repeat(30)} bcd`)).toBe('a'.repeat(30));
  });
  test('an apostrophe at either end of a tab name is refused; one inside is fine', () => {
    for (const tab of ["'Xã A", "Xã A'"]) {
      const r = parseSettings(
        sheet([
          ['DV01', 'Xã A', tab, 'a@x.vn', ''],
          ['DV02', 'Xã B', '', 'b@x.vn', ''],
        ]),
      );
      expect(r.issues.map((i) => i.message)).toEqual([m.apostropheSheetName(tab)]);
    }
    expect(parseSettings(sheet([['DV01', 'Xã A', "Xã Ông'A", 'a@x.vn', '']])).issues).toEqual([]);
  });
  test('two long names cut to the same 31 characters: the second is told its name was cut', () => {
    const long = 'Phường Trung tâm Hành chính Mới';
    const r = parseSettings(
      sheet([
        ['', `${long} Một`, '', '', ''],
        ['', `${long} Hai`, '', '', ''],
      ]),
    );
    expect(r.issues.map((i) => i.message)).toEqual([m.duplicateSheet(long, UNIT_ROW, true)]);
    const typed = parseSettings(
      sheet([
        ['', 'Xã A', 'Tab', '', ''],
        ['', 'Xã B', 'tab', '', ''],
      ]),
    );
    expect(typed.issues.map((i) => i.message)).toEqual([m.duplicateSheet('tab', UNIT_ROW, false)]);
    expect(typed.issues[0].cell).toBe(`C${UNIT_ROW + 1}`);
  });
});

describe('units', () => {
  test('a row with only a tab, only an email or only a target but no name is said, not dropped', () => {
    for (const row of [['', '', 'Tab', '', ''] as Cell[], ['', '', '', 'a@x.vn', ''], ['', '', '', '', 3]]) {
      const r = parseSettings(sheet([['DV01', 'Xã A', '', 'a@x.vn', ''], row]));
      expect(r.issues.map((i) => [i.cell, i.message])).toEqual([[`B${UNIT_ROW + 1}`, m.noUnitName]]);
    }
    const codeOnly = parseSettings(
      sheet([
        ['DV01', 'Xã A', '', 'a@x.vn', ''],
        ['DV02', '', '', '', ''],
      ]),
    );
    expect(codeOnly.issues).toEqual([]);
    expect(codeOnly.settings.units.map((u) => u.code)).toEqual(['DV01']);
  });
  test('codes are compared without case: dv01 after DV01 is a duplicate; a fresh code skips both', () => {
    const r = parseSettings(
      sheet([
        ['DV01', 'Xã A', '', '', ''],
        ['dv01', 'Xã B', '', '', ''],
      ]),
    );
    expect(r.issues.map((i) => i.message)).toEqual([m.duplicateCode('dv01', UNIT_ROW)]);
    const fresh = parseSettings(
      sheet([
        ['dv01', 'Xã A', '', '', ''],
        ['', 'Xã B', '', '', ''],
      ]),
    );
    expect(fresh.settings.units.map((u) => u.code)).toEqual(['dv01', 'DV02']);
    expect(fresh.blankCodes).toEqual([{ row: UNIT_ROW + 1, code: 'DV02' }]);
    expect(freeCodes(['dv01', 'DV03'], 3)).toEqual(['DV02', 'DV04', 'DV05']);
    expect(freeCodes([], 0)).toEqual([]);
  });
  test('targets: a number, "12" as text, or refused when 0, negative or not a number', () => {
    const r = parseSettings(
      sheet([
        ['', 'Xã A', '', '', 12],
        ['', 'Xã B', '', '', '9'],
        ['', 'Xã C', '', '', 0],
        ['', 'Xã D', '', '', 'mười'],
        ['', 'Xã E', '', '', true],
      ]),
    );
    expect(r.settings.units.map((u) => u.target)).toEqual([12, 9, null, null, null]);
    expect(r.issues.map((i) => i.cell)).toEqual(['E9', 'E10', 'E11']);
  });
  test('a Cấu hình with no unit says so at A1; one without a form name says that too', () => {
    const r = parseSettings(sheet([]));
    expect(r.issues.map((i) => [i.cell, i.message])).toEqual([['A1', m.noUnits]]);
    const noForm = sheet([['', 'Xã A', '', '', '']]);
    noForm[1] = [L.template, ''];
    expect(parseSettings(noForm).issues.map((i) => [i.cell, i.message])).toEqual([['A1', m.noTemplate]]);
  });
  test('a blank row inside the table is skipped; a row with something only past column E is blank too', () => {
    const r = parseSettings(
      sheet([
        ['', 'Xã A', '', '', ''],
        ['', '', '', '', '', 'ghi chú'],
        ['', 'Xã B', '', '', ''],
      ]),
    );
    expect(r.settings.units.map((u) => u.name)).toEqual(['Xã A', 'Xã B']);
    expect(r.issues).toEqual([]);
  });
});

describe('deadlines', () => {
  const deadlinesOf = (rows: Cell[][], display?: Cell[][]) => {
    const values = sheet([['', 'Xã A', '', 'a@x.vn', '']], rows);
    return parseSettings(values, L.sheet, {
      timeZone: 'Asia/Ho_Chi_Minh',
      display: display && shownAs(values, display),
    });
  };
  const shownAs = (values: Cell[][], display: Cell[][]) => {
    const at = values.findIndex((r) => r[0] === L.deadlinesSection) + 2;
    return values.map((r, i) => (i >= at && i < at + display.length ? display[i - at] : r.map((c) => String(c ?? ''))));
  };
  test('reminder days: "7, 3" as typed, a single number, blank as 7, 3, 1, 0; "3 ngày" or -1 refused', () => {
    const r = deadlinesOf([
      ['a', 'A', '20/09/2020', '7, 3', ''],
      ['b', 'B', '20/09/2020', 2, ''],
      ['c', 'C', '20/09/2020', '', ''],
      ['d', 'D', '20/09/2020', '3 ngày', ''],
      ['e', 'E', '20/09/2020', -1, ''],
      ['f', 'F', '20/09/2020', '1, x3', ''],
    ]);
    expect(r.settings.deadlines.map((d) => d.offsets)).toEqual([
      [7, 3],
      [2],
      [7, 3, 1, 0],
      [7, 3, 1, 0],
      [7, 3, 1, 0],
      [7, 3, 1, 0],
    ]);
    expect(r.issues.map((i) => i.cell)).toEqual(['D14', 'D15', 'D16']);
  });
  test('"Báo quá hạn": a checkbox FALSE or "Không" is no; TRUE, blank or "Có" is yes', () => {
    const r = deadlinesOf([
      ['a', 'A', '20/09/2020', '', false],
      ['b', 'B', '20/09/2020', '', 'Không'],
      ['c', 'C', '20/09/2020', '', true],
      ['d', 'D', '20/09/2020', '', ''],
    ]);
    expect(r.settings.deadlines.map((d) => d.overdue)).toEqual([false, false, true, true]);
  });
  test('a row with only a code is not a deadline; a row with a title but no date is refused and counted', () => {
    const r = deadlinesOf([
      ['a', 'A', '20/09/2020', '', ''],
      ['x', '', '', '', ''],
      ['y', 'Sơ kết', '', '', ''],
    ]);
    expect(r.settings.deadlines.map((d) => d.code)).toEqual(['a']);
    expect(r.deadlineRows).toBe(2);
    expect(r.issues.map((i) => i.cell)).toEqual(['C13']);
  });
  test('a yearly date typed as 10/06 comes back as a date shown without its year: it stays yearly', () => {
    const day = new Date(Date.UTC(2026, 5, 9, 17));
    const r = deadlinesOf([['a', 'A', day, '', '']], [['a', 'A', ' 10 / 06 ', '', '']]);
    expect(r.settings.deadlines[0].date).toBe('10/06');
    const full = deadlinesOf([['a', 'A', day, '', '']], [['a', 'A', '10/06/2026', '', '']]);
    expect(full.settings.deadlines[0].date).toBe('10/06/2026');
    expect(deadlinesOf([['a', 'A', day, '', '']]).settings.deadlines[0].date).toBe('10/06/2026');
  });
});

describe('cells and lists', () => {
  test('a cell as a person reads it: blank for null, Có/Không for checkboxes, a decimal comma', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe(messages.yesNo.yes);
    expect(cellText(false)).toBe(messages.yesNo.no);
    expect(cellText(1.5)).toBe('1,5');
    expect(cellText(Number.NaN)).toBe('');
  });
  test('units from a province table: codes DV01…, targets, emails, and each bad target named by line', () => {
    const { units, problems } = unitsFromTable([
      ['Tên đơn vị', 'Email đầu mối', 'Chỉ tiêu'],
      ['Xã A', 'a@x.vn; b@x.vn', '5'],
      ['', '', ''],
      ['Xã B', '', '0'],
      ['Xã C', '', ''],
    ]);
    expect(units).toEqual([
      { code: 'DV01', name: 'Xã A', sheet: 'Xã A', emails: ['a@x.vn', 'b@x.vn'], target: 5 },
      { code: 'DV02', name: 'Xã B', sheet: 'Xã B', emails: [], target: null },
      { code: 'DV03', name: 'Xã C', sheet: 'Xã C', emails: [], target: null },
    ]);
    expect(problems).toEqual([`dòng 4: ${m.badTarget('0')}`]);
    const bare = unitsFromTable([['Tên đơn vị'], ['Xã A']]);
    expect(bare).toEqual({
      units: [{ code: 'DV01', name: 'Xã A', sheet: 'Xã A', emails: [], target: null }],
      problems: [],
    });
    const first = unitsFromTable([
      ['Chỉ tiêu', 'Email đầu mối', 'Tên đơn vị'],
      [3, 'a@x.vn', 'Xã A'],
    ]);
    expect(first.units[0]).toMatchObject({ target: 3, emails: ['a@x.vn'] });
    expect(unitsFromTable([['Email'], ['a@x.vn']]).units).toEqual([]);
  });
});

describe('more edges (Stryker on settings.ts, second run)', () => {
  test('reminder days of two digits; a deadline typed without a code gets han-1, han-2…', () => {
    const values = sheet(
      [['', 'Xã A', '', 'a@x.vn', '']],
      [
        ['', 'Giữa kỳ', '14/09/2020', '10, 3', ''],
        ['', 'Cuối kỳ', '20/09/2020', '', ''],
      ],
    );
    const r = parseSettings(values);
    expect(r.settings.deadlines.map((d) => [d.code, d.offsets])).toEqual([
      ['han-1', [10, 3]],
      ['han-2', [7, 3, 1, 0]],
    ]);
  });
  test('problems without a value keep the value empty; a missing section reads as empty, not as the sheet', () => {
    const values = sheet([['', '', 'Tab', '', '']]);
    values[1] = [L.template, ''];
    const r = parseSettings(values.slice(0, -3));
    expect(r.issues.map((i) => [i.cell, i.value])).toEqual([
      ['A1', ''],
      [`B${UNIT_ROW}`, ''],
      ['A1', ''],
    ]);
    expect(r.settings.admins).toEqual([]);
    expect(r.settings.period).toBe('');
  });
  test('two names that make the same tab once their slashes go: the second is told, not as cut', () => {
    const r = parseSettings(
      sheet([
        ['', 'Xã A/B', '', '', ''],
        ['', 'Xã A B', '', '', ''],
      ]),
    );
    expect(r.issues.map((i) => i.message)).toEqual([m.duplicateSheet('Xã A B', UNIT_ROW, false)]);
  });
  test('Cấu hình written out: five cells a row, emails joined by "; ", read back the same', () => {
    const s = parseSettings(sheet([['DV01', 'Xã A', '', 'a@x.vn; b@x.vn', 3]])).settings;
    const rows = renderSettings(s);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(rows.find((r) => r[1] === 'Xã A')?.[3]).toBe('a@x.vn; b@x.vn');
    expect(parseSettings(rows).settings.units).toEqual(s.units);
    expect(newSettings(roads, s.units)).toMatchObject({ admins: [], period: '' });
  });
  test('a province table that is empty says the name column is missing; an email column first is read', () => {
    expect(unitsFromTable([]).units).toEqual([]);
    expect(unitsFromTable([]).problems).toHaveLength(1);
    expect(
      unitsFromTable([
        ['Email đầu mối', 'Tên đơn vị'],
        ['a@x.vn', 'Xã A'],
      ]).units[0].emails,
    ).toEqual(['a@x.vn']);
  });
});
