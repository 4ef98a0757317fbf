import { formatIssue, validateSheet } from '../../src/core';
import { periodicReport, roads } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const title = [['BÁO CÁO'], ['Đơn vị: Tràng Định'], ['Trạng thái: Chưa nộp'], ['']];
const labels = periodicReport.columns.map((c) => c.label);
// coSo, hoiVien, hoiVienDangKy, hoGiaDinh, hoDangKy, hoDat, daKiemTra, moHinh, tapTheKhen, caNhanKhen, phuNuKhoKhan, ghiChu
const row = (over: Record<number, unknown> = {}) => {
  const r: unknown[] = ['Chi hội Bản Ven', 120, 100, 90, 80, 70, 'Có', 2, 1, 3, 5, ''];
  for (const [i, v] of Object.entries(over)) r[+i] = v;
  return r;
};

describe('validation names the tab, the cell, the column and the value', () => {
  test('the example of the spec', () => {
    const header = roads.columns.map((c) => c.label);
    const bad = ['Đường hoa', 'Thôn Hạ', 'năm trăm', 'Có', 'Có', 'Có', 'Có', '', '', ''];
    const r = validateSheet(roads, 'Tràng Định', [...title, header, ['x', 'y', 600, 'Có', 'Có', 'Có', 'Có'], bad], TZ);
    expect(r.issues.map(formatIssue)).toEqual(['Tràng Định!C7: "năm trăm" không phải là số — nhập số mét, ví dụ 500']);
    expect(r.issues[0]).toMatchObject({
      sheet: 'Tràng Định',
      cell: 'C7',
      column: 'Chiều dài (m)',
      value: 'năm trăm',
      severity: 'error',
    });
  });

  test('a required cell left empty is an error on that cell', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row({ 1: '' })], TZ);
    expect(r.issues).toEqual([
      expect.objectContaining({ cell: 'B6', column: 'Số hội viên', message: expect.stringContaining('chưa nhập') }),
    ]);
  });

  test('blank rows between data rows are skipped', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row(), Array(12).fill(''), row()], TZ);
    expect(r.rows.map((x) => x.row)).toEqual([6, 8]);
    expect(r.issues).toEqual([]);
  });
});

describe('cross-column rules', () => {
  test('households that passed may not exceed households registered', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row({ 5: 81 })], TZ);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ cell: 'F6', column: 'Hộ đạt "5 không, 3 sạch"', value: '81' });
    expect(r.issues[0].message).toContain('(Hộ đạt "5 không, 3 sạch": 81, Hộ đăng ký "5 không, 3 sạch": 80)');
  });
  test('households registered may not exceed households', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row({ 4: 95, 5: 60 })], TZ);
    expect(r.issues.map((i) => i.cell)).toEqual(['E6']);
  });
  test('equal values satisfy ≤, and a missing side is not checked', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row({ 4: 90, 5: 90 }), row({ 3: '', 4: 500 })], TZ);
    expect(r.issues).toEqual([]);
  });
});

describe('columns are found by their labels', () => {
  test('a unit that moves a column and adds its own still validates', () => {
    const order = [11, 0, 'own', 6, 1, 2, 3, 4, 5, 7, 8, 9, 10] as const;
    const head = order.map((i) => (i === 'own' ? 'Cột riêng của đơn vị' : labels[i]));
    const base = row({ 1: 'abc' });
    const data = order.map((i) => (i === 'own' ? 'bất kỳ' : base[i]));
    const r = validateSheet(periodicReport, 'A', [...title, head, data], TZ);
    expect(r.issues).toEqual([expect.objectContaining({ cell: 'E6', column: 'Số hội viên', value: 'abc' })]);
    expect(r.rows[0].values.coSo).toBe('Chi hội Bản Ven');
  });
  test('a row inserted above the header is fine', () => {
    const r = validateSheet(periodicReport, 'A', [...title, ['ghi chú'], labels, row()], TZ);
    expect(r.headerRow).toBe(6);
    expect(r.rows[0].row).toBe(7);
  });
  test('a missing required column is named; a missing optional one is a warning', () => {
    const head = labels.filter((l) => l !== 'Số hội viên' && l !== 'Ghi chú');
    const r = validateSheet(periodicReport, 'A', [...title, head], TZ);
    expect(r.issues.map((i) => [i.severity, i.column])).toEqual([
      ['error', 'Số hội viên'],
      ['warning', 'Ghi chú'],
    ]);
    expect(r.issues[0].message).toContain('thiếu cột bắt buộc "Số hội viên"');
  });
  test('a tab with no header at all says which columns it needs', () => {
    const r = validateSheet(periodicReport, 'A', [['x', 'y']], TZ);
    expect(r.issues[0]).toMatchObject({ cell: 'A1', severity: 'error' });
    expect(r.issues[0].message).toContain('Tên cơ sở Hội');
  });
});
