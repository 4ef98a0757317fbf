/** Values a template derives from each row (what Tổng hợp and the sidebar then count). */
import { validateSheet } from '../../src/core';
import { periodicReport } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const title = [['BÁO CÁO'], ['Đơn vị: Tràng Định'], ['Trạng thái: Chưa nộp'], ['']];
const labels = periodicReport.columns.map((c) => c.label);
// coSo, hoiVien, hoiVienDangKy, hoGiaDinh, hoDangKy, hoDat, daKiemTra, moHinh, tapTheKhen, caNhanKhen, phuNuKhoKhan, ghiChu
const row = (hoDangKy: unknown, hoDat: unknown) => [
  'Chi hội Bản Ven',
  120,
  100,
  90,
  hoDangKy,
  hoDat,
  'Có',
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
