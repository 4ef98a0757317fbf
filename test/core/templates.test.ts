import { defineTemplate, templates, validateSheet } from '../../src/core';
import { roads } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const header = roads.columns.map((c) => c.label);
const road = (length: unknown, camera: unknown = '') => [
  'Đường hoa',
  'Thôn Hạ',
  length,
  'Có',
  'Có',
  'Có',
  'Có',
  camera,
  '20/6/2020',
  10000000,
];

describe('the four templates of the seeds', () => {
  test('ship with valid declarations and distinct ids', () => {
    expect(templates().map((t) => t.id)).toEqual([
      'bao-cao-dinh-ky',
      'gia-dinh-5k3s',
      'con-duong-sxsdat',
      'de-nghi-khen-thuong',
    ]);
  });
  test('a declaration that names an unknown column is refused', () => {
    expect(() =>
      defineTemplate({
        id: 'bad',
        title: 'Bad',
        rowNoun: 'dòng',
        columns: [{ key: 'a', label: 'A', type: 'number' }],
        measures: [{ key: 's', label: 'S', agg: 'sum', column: 'nope' }],
      }),
    ).toThrow(/measure s: unknown key/);
  });
});

describe('road criteria', () => {
  const check = (rows: unknown[][]) => validateSheet(roads, 'Tân Yên', [header, ...rows], TZ);
  test('a road of 499 m does not pass', () => expect(check([road(499)]).rows[0].passes).toBe(false));
  test('a road of 500 m passes', () => expect(check([road(500)]).rows[0].passes).toBe(true));
  test('a missing camera never fails a road', () => {
    const r = check([road(800, ''), road(800, 'Không'), road(800, 'Có')]);
    expect(r.rows.map((x) => x.passes)).toEqual([true, true, true]);
    expect(r.rows.map((x) => x.met.coCamera)).toEqual([false, false, true]);
    expect(r.issues).toEqual([]);
  });
  test('an unlit road fails', () => {
    const row = road(900);
    row[3] = 'Không';
    expect(check([row]).rows[0].passes).toBe(false);
  });
});
