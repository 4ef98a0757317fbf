/**
 * What a person types in LibreOffice Calc, and what the tool must then say, computed here from the same
 * model the typed cells come from (never copied from the tool's output). Shared by the live LibreOffice
 * suite (test/libreoffice) and the tests of the committed fixtures (test/local/fixtures.test.ts).
 */
import { messages } from '../../src/core';
import { type Op, type Typed, typeRow } from './soffice';

const { settingsLabels } = messages;

export const UNITS_CSV = 'Tên đơn vị,Email đầu mối,Chỉ tiêu\nXã A,a@x.vn,2\nXã B,b@x.vn,\nXã C,c@x.vn,\n';

/** One road as the model knows it; `how` says in which real type each yes/no is typed. */
export interface Road {
  name: string;
  place: string | null;
  length: number;
  lengthFormula?: string;
  lit: boolean;
  flowers: boolean;
  clean: boolean;
  sign: boolean;
  camera: boolean | null;
  finished: string;
  funds: number | null;
  fundsFormula?: string;
}

export const yn = (b: boolean, as: 'bool' | 'text'): Typed => (as === 'bool' ? { bool: b } : b ? 'Có' : 'Không');

export function roadCells(r: Road, as: 'bool' | 'text'): Typed[] {
  return [
    r.name,
    r.place,
    r.lengthFormula ? { formula: r.lengthFormula } : r.length,
    yn(r.lit, as),
    yn(r.flowers, as),
    yn(r.clean, as),
    yn(r.sign, as),
    r.camera === null ? null : yn(r.camera, as),
    { date: r.finished },
    r.fundsFormula ? { formula: r.fundsFormula } : r.funds,
  ];
}

/** The road template's measures, computed from the model: the independent side of every assertion. */
export function roadTotals(roads: readonly Road[], target: number) {
  const passing = roads.filter((r) => r.length >= 500 && r.lit && r.flowers && r.clean && r.sign).length;
  return {
    soDuong: roads.length,
    duongDat: passing,
    tongChieuDai: roads.reduce((a, r) => a + r.length, 0),
    coCamera: roads.filter((r) => r.camera === true).length,
    kinhPhi: roads.reduce((a, r) => a + (r.funds ?? 0), 0),
    datChiTieu: (passing / target) * 100,
  };
}

/** Xã A types its roads with LibreOffice's own booleans (saved as `=TRUE()`/`=FALSE()`) and formulas. */
export const typedRoads: Road[] = [
  {
    name: 'Đường 1',
    place: 'Thôn 1',
    length: 600,
    lit: true,
    flowers: true,
    clean: true,
    sign: true,
    camera: false,
    finished: '2020-06-20',
    funds: 0,
    fundsFormula: '=1-1',
  },
  {
    name: 'Đường 2',
    place: 'Thôn 2',
    length: 700,
    lengthFormula: '=350*2',
    lit: false,
    flowers: true,
    clean: true,
    sign: true,
    camera: null,
    finished: '2020-07-01',
    funds: 5_000_000,
  },
  {
    name: 'Đường 3',
    place: 'Thôn 3',
    length: 499,
    lit: false,
    flowers: false,
    clean: false,
    sign: false,
    camera: true,
    finished: '2020-08-15',
    funds: 3_000_000,
    fundsFormula: '=2*1500000',
  },
  {
    // A required length computed by a formula whose cached result is 0 (exceljs drops it from `value`).
    name: 'Đường 4',
    place: 'Thôn 4',
    length: 0,
    lengthFormula: '=1-1',
    lit: true,
    flowers: true,
    clean: true,
    sign: true,
    camera: null,
    finished: '2020-09-01',
    funds: null,
  },
];

export function typedOps(sheet = 'Xã A'): Op[] {
  return typedRoads.flatMap((r, i) => typeRow(sheet, 6 + i, roadCells(r, 'bool')));
}

/** Xã B: a place and 20.000.000 of funds merged over two roads, a third road hidden, with a comment. */
export const mergedRoads: Road[] = [
  {
    name: 'Đường M1',
    place: 'Thôn Hạ',
    length: 600,
    lit: true,
    flowers: true,
    clean: true,
    sign: true,
    camera: null,
    finished: '2020-06-20',
    funds: 20_000_000,
  },
  {
    name: 'Đường M2',
    place: null,
    length: 800,
    lit: true,
    flowers: true,
    clean: true,
    sign: true,
    camera: null,
    finished: '2020-07-01',
    funds: null,
  },
  {
    name: 'Đường M3',
    place: 'Thôn Thượng',
    length: 550,
    lit: true,
    flowers: true,
    clean: true,
    sign: true,
    camera: true,
    finished: '2020-08-01',
    funds: 3_000_000,
  },
];

export function mergedOps(sheet = 'Xã B'): Op[] {
  return [
    ...mergedRoads.flatMap((r, i) => typeRow(sheet, 6 + i, roadCells(r, 'text'))),
    { sheet, cell: 'C8', number: 550, comment: 'đo lại ngày 01/08' },
    { sheet, merge: 'B6:B7' },
    { sheet, merge: 'J6:J7' },
    { sheet, hideRow: 8 },
  ];
}

/** Periodic report: 100% typed in a count column, 85% in another, Không as FALSE. */
export function percentOps(sheet = 'Xã A'): Op[] {
  return [
    ...typeRow(sheet, 6, ['Chi hội 1', { percent: 1 }, 50, 100, 80, 60, { bool: true }, 1, 0, 0, 2, 'ghi chú']),
    ...typeRow(sheet, 7, [
      'Chi hội 2',
      120,
      { percent: 0.85 },
      100,
      80,
      60,
      { bool: false },
      0,
      { formula: '=0' },
      0,
      0,
    ]),
    { newSheet: 'Tỷ lệ' },
    ...typeRow('Tỷ lệ', 1, ['Tên', 'Tỷ lệ đạt']),
    ...typeRow('Tỷ lệ', 2, ['X', { percent: 0.85 }]),
    ...typeRow('Tỷ lệ', 3, ['Y', { percent: 0.855, format: '0.0%' }]),
    ...typeRow('Tỷ lệ', 4, ['Z', { percent: 1 }]),
  ];
}

/** Where a person retypes Cấu hình: rows found by their labels in the workbook `init` wrote, not by number. */
export interface SettingsRows {
  /** The first row of the HẠN NỘP table. */
  deadline: number;
  /** The row of Xã A in the ĐƠN VỊ table. */
  unitA: number;
}

export function settingsRows(values: readonly (readonly unknown[])[]): SettingsRows {
  const row = (section: string, first: (r: readonly unknown[]) => boolean) => {
    const start = values.findIndex((r) => r[0] === section);
    const found = values.findIndex((r, i) => i > start + 1 && first(r));
    if (start < 0 || found < 0) throw new Error(`Cấu hình has no ${section} row`);
    return found + 1;
  };
  return {
    deadline: row(settingsLabels.deadlinesSection, (r) => r[0] !== ''),
    unitA: row(settingsLabels.unitsSection, (r) => r[1] === 'Xã A'),
  };
}

/** Cấu hình retyped by a person: the deadline as a real date, offsets and a target as numbers. */
export function settingsOps(at: SettingsRows): Op[] {
  return [
    { sheet: 'Cấu hình', cell: `C${at.deadline}`, date: '2020-09-20' },
    { sheet: 'Cấu hình', cell: `D${at.deadline}`, number: 3 },
    { sheet: 'Cấu hình', cell: `E${at.unitA}`, number: 2 },
  ];
}

/** The periodic report's yearly deadline 10/06 retyped: Calc stores a date of this year shown without one. */
export function yearlyOps(at: SettingsRows): Op[] {
  return [{ sheet: 'Cấu hình', cell: `C${at.deadline}`, date: '2026-06-10', format: 'DD/MM' }];
}

/** The same roads without formulas, as our own writer types them: yes/no as real true/false. */
export const refilledRoads: Road[] = typedRoads.map(({ lengthFormula, fundsFormula, ...r }) => r);

/** A road as exceljs writes it: booleans as booleans (saved `t="b"`), dates as dates. */
export function excelRow(r: Road): unknown[] {
  return [
    r.name,
    r.place,
    r.length,
    r.lit,
    r.flowers,
    r.clean,
    r.sign,
    r.camera ?? '',
    new Date(`${r.finished}T00:00:00Z`),
    r.funds ?? '',
  ];
}
