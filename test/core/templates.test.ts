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

describe('what a declaration may not say (the net under the Mẫu reader)', () => {
  const base = {
    id: 'x',
    title: 'X',
    rowNoun: 'dòng',
    columns: [
      { key: 'a', label: 'Số A', type: 'number' as const },
      { key: 'b', label: 'Loại', type: 'choice' as const, choices: ['Tập thể', 'Cá nhân'] },
    ],
    measures: [{ key: 's', label: 'Tổng A', agg: 'sum' as const, column: 'a' }],
  };
  /** The schema's messages for a declaration, '' when it is accepted. */
  const problems = (input: Parameters<typeof defineTemplate>[0]) => {
    try {
      defineTemplate(input);
      return [];
    } catch (e) {
      return (JSON.parse((e as Error).message) as { message: string; code: string }[]).map((i) => [i.code, i.message]);
    }
  };

  test('a sound declaration is accepted', () => expect(problems(base)).toEqual([]));

  test('a criterion or derived value may not take a column’s key', () => {
    expect(
      problems({ ...base, criteria: [{ key: 'a', label: 'Đạt', when: { column: 'a', op: '>=', value: 1 } }] }),
    ).toEqual([['custom', 'columns, criteria and derived: duplicate key "a"']]);
    expect(problems({ ...base, derived: [{ key: 'b', label: 'Đạt', kind: 'passes' }] })).toEqual([
      ['custom', 'columns, criteria and derived: duplicate key "b"'],
    ]);
  });

  test('two columns may not share a label, whatever its case; two measures may not share a key', () => {
    expect(problems({ ...base, columns: [...base.columns, { key: 'c', label: 'số a', type: 'text' }] })).toEqual([
      ['custom', 'column labels: duplicate key "số a"'],
    ]);
    expect(problems({ ...base, measures: [...base.measures, { key: 's', label: 'Đếm', agg: 'count' }] })).toEqual([
      ['custom', 'measures: duplicate key "s"'],
    ]);
  });

  test('a list column needs its choices; a % of target needs a target', () => {
    expect(problems({ ...base, columns: [{ key: 'b', label: 'Loại', type: 'choice' }] })).toEqual([
      ['custom', 'b: choices'],
      ['custom', 'measure s: unknown key "a"'],
    ]);
    expect(problems({ ...base, columns: [{ key: 'b', label: 'Loại', type: 'choice', choices: [] }] })).toEqual([
      ['custom', 'b: choices'],
      ['custom', 'measure s: unknown key "a"'],
    ]);
    expect(problems({ ...base, measures: [{ key: 'p', label: '% chỉ tiêu', agg: 'percentOfTarget' }] })).toEqual([
      ['custom', 'measure p: percentOfTarget needs a target'],
    ]);
  });

  test('every key a derived value, a measure, the target, the score and the chart name must exist', () => {
    expect(
      problems({
        ...base,
        criteria: [{ key: 'dat', label: 'Đạt', when: { column: 't', op: '>=', value: 1 } }],
        rules: [{ key: 'qt', left: 'l', op: '<=', right: 'r2', message: 'Số A không lớn hơn' }],
        derived: [{ key: 'r', label: 'Tỷ lệ', kind: 'ratio', numerator: 'x', denominator: 's2' }],
        measures: [
          ...base.measures,
          { key: 'q', label: 'Tỷ lệ chung', agg: 'ratioOfSums', numerator: 'u', denominator: 'y' },
        ],
        target: { measure: 'z', default: 9, label: 'Chỉ tiêu' },
        score: { weights: [{ measure: 'w', weight: 1 }] },
        chartMeasure: 'v',
      }),
    ).toEqual([
      ['custom', 'criterion dat: unknown key "t"'],
      ['custom', 'rule qt: unknown key "l"'],
      ['custom', 'rule qt: unknown key "r2"'],
      ['custom', 'derived r: unknown key "x"'],
      ['custom', 'derived r: unknown key "s2"'],
      ['custom', 'measure q: unknown key "u"'],
      ['custom', 'measure q: unknown key "y"'],
      ['custom', 'target: unknown key "z"'],
      ['custom', 'score: unknown key "w"'],
      ['custom', 'chartMeasure: unknown key "v"'],
    ]);
    // A measure may count a criterion or a derived value, not only a column.
    expect(
      problems({
        ...base,
        criteria: [{ key: 'dat', label: 'Đạt', when: { column: 'a', op: '>=', value: 1 } }],
        derived: [{ key: 'r', label: 'Tỷ lệ', kind: 'ratio', numerator: 'a', denominator: 'a' }],
        measures: [
          { key: 'd', label: 'Số đạt', agg: 'countYes', column: 'dat' },
          { key: 'q', label: 'Tỷ lệ', agg: 'ratioOfSums', numerator: 'r', denominator: 'a' },
        ],
        target: { measure: 'd', default: 9, label: 'Chỉ tiêu' },
        score: { weights: [{ measure: 'q', weight: 1 }] },
        chartMeasure: 'd',
      }),
    ).toEqual([]);
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
