/** Values a template derives from each row (what Tổng hợp and the sidebar then count). */
import { aggregate, parseCell, readStatus, validateSheet } from '../../src/core';
import { periodicReport } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const title = [['BÁO CÁO'], ['Đơn vị: Tràng Định'], ['Trạng thái: Chưa nộp'], ['']];
const labels = periodicReport.columns.map((c) => c.label);
// coSo, hoiVien, hoiVienDangKy, hoGiaDinh, hoDangKy, hoDat, daKiemTra, moHinh, tapTheKhen, caNhanKhen, phuNuKhoKhan, ghiChu
const row = (hoDangKy: unknown, hoDat: unknown, kiemTra = 'Có') => [
  'Chi hội Bản Ven',
  120,
  100,
  90,
  hoDangKy,
  hoDat,
  kiemTra,
  2,
  1,
  3,
  5,
  '',
];

describe('Tỷ lệ hộ đạt of a row', () => {
  test('is households that passed ÷ households registered: 70 of 80 is 87.5%', () => {
    const r = validateSheet(periodicReport, 'Tràng Định', [...title, labels, row(80, 70)], TZ);
    expect(r.rows[0].derived.tyLeHoDat).toBe(87.5);
  });

  test('is left empty when no household registered (0) or the count is missing', () => {
    const r = validateSheet(periodicReport, 'Tràng Định', [...title, labels, row(0, 0), row('', 5)], TZ);
    expect(r.rows.map((x) => x.derived.tyLeHoDat)).toEqual([null, null]);
  });
});

describe('Tổng hợp of the periodic report', () => {
  test('% cơ sở được kiểm tra counts the rows answered Có: 3 of 4 is 75%', () => {
    const values = [...title, labels, row(80, 70), row(80, 70), row(80, 70, 'Không'), row(80, 70)];
    const unit = { code: 'DV01', name: 'Tràng Định', sheet: 'Tràng Định', emails: [], target: null };
    const s = aggregate(periodicReport, [
      { unit, report: validateSheet(periodicReport, 'Tràng Định', values, TZ), status: readStatus(values) },
    ]);
    expect(s.units[0].measures.tyLeKiemTra).toBe(75);
  });

  test('a unit that typed no rows shows no % of its target, not 0%', () => {
    const values = [...title, labels];
    const unit = { code: 'DV01', name: 'Tràng Định', sheet: 'Tràng Định', emails: [], target: null };
    const s = aggregate(periodicReport, [
      { unit, report: validateSheet(periodicReport, 'Tràng Định', values, TZ), status: readStatus(values) },
    ]);
    expect(s.units[0].measures.datChiTieu).toBeNull();
  });
});

describe('a yes/no cell', () => {
  const yesNo = periodicReport.columns.find((c) => c.type === 'yesno');
  test('holding the words TRUE or FALSE (a CSV, another program) reads as Có or Không', () => {
    if (!yesNo) throw new Error('the periodic template has a yes/no column');
    expect(parseCell('FALSE', yesNo, TZ)).toEqual({ kind: 'ok', value: false });
    expect(parseCell('TRUE', yesNo, TZ)).toEqual({ kind: 'ok', value: true });
  });
});
