import { aggregate, presets, readStatus, renderSummary, type Unit, validateSheet } from '../../src/core';
import { roads } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const header = roads.columns.map((c) => c.label);
const road = (len: number, camera = '') => ['Đường', 'Thôn', len, 'Có', 'Có', 'Có', 'Có', camera, '', ''];
const tab = (status: string, rows: unknown[][]) => [['T'], ['Đơn vị'], [status], [''], header, ...rows];

function input(unit: Unit, status: string, rows: unknown[][]) {
  const values = tab(status, rows);
  return { unit, report: validateSheet(roads, unit.sheet, values, TZ), status: readStatus(values) };
}

describe('targets: 9 roads a district, 1 for the two units paired with Sơn Động', () => {
  const units = presets['bac-giang-2020'].units();
  const byName = (n: string) => units.find((u) => u.name === n) as Unit;
  const summary = aggregate(roads, [
    input(byName('Yên Thế'), 'Trạng thái: Đã nộp 08:15 15/09/2020 bởi a@x.vn', [
      ...Array.from({ length: 9 }, () => road(600, 'Có')),
      road(499),
    ]),
    input(
      byName('Tân Yên'),
      'Trạng thái: Chưa nộp',
      Array.from({ length: 3 }, () => road(700)),
    ),
    input(byName('Khối Cơ quan tỉnh'), 'Trạng thái: Nộp muộn 09:00 21/09/2020 bởi b@x.vn', [road(800)]),
    { unit: byName('Lục Nam'), report: null, status: { state: 'draft' as const } },
  ]);
  const get = (n: string) => summary.units.find((u) => u.unit === n);

  test('a district with 9 passing roads reaches 100% of its target', () => {
    expect(get('Yên Thế')).toMatchObject({
      target: 9,
      measures: { soDuong: 10, duongDat: 9, datChiTieu: 100, coCamera: 9 },
    });
  });
  test('3 of 9 is 33.3%', () => expect(get('Tân Yên')?.measures.datChiTieu).toBeCloseTo(33.33, 2));
  test('a paired unit with 1 road reaches 100% of its target of 1', () => {
    expect(get('Khối Cơ quan tỉnh')).toMatchObject({ target: 1, measures: { duongDat: 1, datChiTieu: 100 } });
  });
  test('the province total adds roads and targets', () => {
    expect(summary.total.duongDat).toBe(13);
    expect(summary.totalTarget).toBe(9 + 9 + 1 + 9);
    expect(summary.total.datChiTieu).toBeCloseTo((13 / 28) * 100, 5);
    expect(summary.total.tongChieuDai).toBe(9 * 600 + 499 + 3 * 700 + 800);
  });
  test('completeness counts submitted, late and missing', () => {
    expect(summary.completeness).toEqual({ units: 4, submitted: 2, late: 1, withErrors: 0, missing: 1 });
    expect(get('Lục Nam')).toMatchObject({ status: 'missing', rank: null, score: null });
  });
  test('ranking follows the score, ties share a rank', () => {
    expect(get('Yên Thế')?.rank).toBe(1);
    expect(get('Khối Cơ quan tỉnh')?.rank).toBe(2);
    expect(get('Tân Yên')?.rank).toBe(3);
  });
  test('the summary sheet names the missing tab and has a total row', () => {
    const layout = renderSummary(roads, summary, 'Con đường', '08:00 17/09/2020');
    expect(layout.values[layout.totalRow - 1][1]).toBe('Toàn tỉnh');
    expect(layout.values.flat()).toContain(
      'không tìm thấy trang tính "Lục Nam" của đơn vị Lục Nam — kiểm tra tên trang tính trong Cấu hình',
    );
    expect(layout.values.every((r) => r.length === layout.width)).toBe(true);
  });
});

describe('a unit with errors still appears with its error count', () => {
  test('bad cells count as missing values, the row still counts', () => {
    const unit = presets['bac-giang-2020'].units()[0];
    const s = aggregate(roads, [input(unit, '', [road(600), ['Đường', 'Thôn', 'năm trăm', 'Có', 'Có', 'Có', 'Có']])]);
    expect(s.units[0]).toMatchObject({ errors: 1, rows: 2, measures: { soDuong: 2, duongDat: 1 } });
  });
});
