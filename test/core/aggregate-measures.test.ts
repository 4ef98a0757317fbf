/**
 * Every kind of measure a province's form (Mẫu) can ask for, each worked out by hand on a small tab: the
 * figures a unit's row and the province's total show, the score and its ranking, and the counts of who
 * submitted. The built-in forms use only some kinds; a province's own form may use any (issue 13: the
 * mutation run found avg, min, max, a ratio's zero denominator and the score's weights untested).
 */
import {
  aggregate,
  defineTemplate,
  measureRows,
  type TemplateInput,
  type UnitInput,
  validateSheet,
} from '../../src/core';

const TZ = 'Asia/Ho_Chi_Minh';

const form = defineTemplate({
  id: 'do-kiem',
  title: 'Kiểm tra mọi phép tính',
  rowNoun: 'hộ',
  columns: [
    { key: 'ten', label: 'Tên hộ', type: 'text', required: true },
    { key: 'tien', label: 'Số tiền', type: 'number', min: 0 },
    { key: 'nguoi', label: 'Số người', type: 'integer', min: 0 },
    { key: 'coNuoc', label: 'Có nước sạch', type: 'yesno' },
  ],
  criteria: [
    { key: 'du', label: 'Đủ tiền', when: { column: 'tien', op: '>=', value: 100 } },
    { key: 'nuoc', label: 'Nước sạch', when: { column: 'coNuoc', op: '=', value: true }, encouraged: true },
  ],
  measures: [
    { key: 'soHo', label: 'Số hộ', agg: 'count' },
    { key: 'hoDat', label: 'Hộ đạt', agg: 'countPassing' },
    { key: 'tyLeDat', label: 'Tỷ lệ đạt', agg: 'percentPassing' },
    { key: 'coNuocSach', label: 'Có nước sạch', agg: 'countYes', column: 'coNuoc' },
    { key: 'tyLeNuoc', label: 'Tỷ lệ nước sạch', agg: 'percentYes', column: 'nuoc' },
    { key: 'tongTien', label: 'Tổng tiền', agg: 'sum', column: 'tien' },
    { key: 'tbTien', label: 'Tiền trung bình', agg: 'avg', column: 'tien' },
    { key: 'itNhat', label: 'Ít nhất', agg: 'min', column: 'tien' },
    { key: 'nhieuNhat', label: 'Nhiều nhất', agg: 'max', column: 'tien' },
    {
      key: 'tienMoiNguoi',
      label: 'Tiền mỗi người',
      agg: 'ratioOfSums',
      numerator: 'tien',
      denominator: 'nguoi',
      percent: false,
    },
    { key: 'phanTram', label: 'Tiền trên người (%)', agg: 'ratioOfSums', numerator: 'nguoi', denominator: 'tien' },
    { key: 'soVoiChiTieu', label: 'So với chỉ tiêu', agg: 'percentOfTarget' },
  ],
  target: { measure: 'hoDat', default: 4, label: 'Chỉ tiêu' },
  score: {
    weights: [
      { measure: 'hoDat', weight: 10 },
      { measure: 'coNuocSach', weight: 1 },
    ],
  },
});

const header = form.columns.map((c) => c.label);
const tab = (rows: unknown[][]) => [['Kiểm tra'], ['Đơn vị'], ['Trạng thái: Chưa nộp'], [''], header, ...rows];
const report = (name: string, rows: unknown[][]) => validateSheet(form, name, tab(rows), TZ);

function unit(
  code: string,
  rows: unknown[][] | null,
  status: UnitInput['status'] = { state: 'draft' },
  target: number | null = null,
): UnitInput {
  const u = { code, name: `Xã ${code}`, sheet: `Xã ${code}`, emails: [], target };
  return { unit: u, report: rows ? report(u.sheet, rows) : null, status };
}

describe('every measure over one unit’s rows', () => {
  // 100 for 2 people (yes), 300 for 3 (no), 50 for 5 (yes): two pass (>= 100), two have clean water.
  const rows = [
    ['Hộ A', 100, 2, 'Có'],
    ['Hộ B', 300, 3, 'Không'],
    ['Hộ C', 50, 5, 'Có'],
  ];
  // Worked out inside each test (not at describe level): a mutation run attributes what runs to a test.
  const one = () => aggregate(form, [unit('A', rows, { state: 'draft' }, 2)]);

  test('counts: rows, passing rows, their share, yes answers and a met criterion’s share', () => {
    const m = one().units[0].measures;
    expect([m.soHo, m.hoDat, m.coNuocSach]).toEqual([3, 2, 2]);
    expect(m.tyLeDat).toBeCloseTo(66.667, 3);
    expect(m.tyLeNuoc).toBeCloseTo(66.667, 3);
  });
  test('sum, average, least and most of a number column', () => {
    const m = one().units[0].measures;
    expect([m.tongTien, m.tbTien, m.itNhat, m.nhieuNhat]).toEqual([450, 150, 50, 300]);
  });
  test('a ratio of sums, plain (450 / 10) and as a percentage (10 / 450 × 100)', () => {
    const m = one().units[0].measures;
    expect(m.tienMoiNguoi).toBe(45);
    expect(m.phanTram).toBeCloseTo(2.2222, 4);
  });
  test('the share of the unit’s own target: 2 passing of a target of 2 is 100%', () => {
    const s = one();
    const m = s.units[0].measures;
    expect(s.units[0].target).toBe(2);
    expect(m.soVoiChiTieu).toBe(100);
  });
  test('the score weighs each measure: 2 passing × 10 + 2 with water × 1', () => {
    expect(one().units[0].score).toBe(22);
  });
});

describe('measures with nothing to count', () => {
  test('no rows: averages, least, most and shares are blank, never 0 or NaN; counts and sums are 0', () => {
    const s = aggregate(form, [unit('A', [])]);
    const m = s.units[0].measures;
    expect([m.soHo, m.hoDat, m.coNuocSach, m.tongTien]).toEqual([0, 0, 0, 0]);
    expect([m.tyLeDat, m.tyLeNuoc, m.tbTien, m.itNhat, m.nhieuNhat, m.tienMoiNguoi, m.phanTram]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  test('a ratio whose denominator sums to 0 is blank, not infinite (and a negative one too)', () => {
    const ratio = form.measures.find((x) => x.key === 'tienMoiNguoi');
    if (!ratio) throw new Error('no measure');
    const rows = report('Xã A', [['Hộ A', 100, 0, 'Có']]).rows;
    expect(measureRows(ratio, rows)).toBeNull();
    const negative = rows.map((r) => ({ ...r, values: { ...r.values, nguoi: -2 } }));
    expect(measureRows(ratio, negative)).toBeNull();
    const one = rows.map((r) => ({ ...r, values: { ...r.values, nguoi: 1 } }));
    expect(measureRows(ratio, one)).toBe(100);
  });
  test('a share of the target is a measure of the unit only: measureRows alone leaves it blank', () => {
    const share = form.measures.find((x) => x.key === 'soVoiChiTieu');
    if (!share) throw new Error('no measure');
    expect(measureRows(share, report('Xã A', [['Hộ A', 100, 1, 'Có']]).rows)).toBeNull();
  });
});

describe('a province of four units', () => {
  const province = () =>
    aggregate(form, [
      // Complete: 2 passing, 1 with water: score 21; its own target of 2.
      unit(
        'A',
        [
          ['Hộ A', 100, 1, 'Có'],
          ['Hộ B', 200, 1, 'Không'],
        ],
        { state: 'submitted', at: '08:00 15/09/2020', by: 'a@x.vn' },
        2,
      ),
      // The same score as A, submitted late: ranked equal with A.
      unit(
        'B',
        [
          ['Hộ C', 150, 1, 'Có'],
          ['Hộ D', 120, 1, 'Không'],
        ],
        { state: 'late', at: '09:00 21/09/2020', by: 'b@x.vn' },
      ),
      // A higher score, but one error (a negative amount): no rank; one warning-free error counted.
      unit('C', [
        ['Hộ E', 500, 1, 'Có'],
        ['Hộ F', 400, 1, 'Có'],
        ['Hộ G', -5, 1, 'Có'],
      ]),
      // The tab is missing.
      unit('D', null),
    ]);
  const byCode = (c: string) => province().units.find((u) => u.code === c);

  test('a missing tab: no figures, no score, no rank, status "missing"', () => {
    expect(byCode('D')).toMatchObject({ status: 'missing', rows: 0, errors: 0, warnings: 0, score: null, rank: null });
    expect(Object.values(byCode('D')?.measures ?? {})).toEqual(form.measures.map(() => null));
  });
  test('who submitted and when comes from the status; the default target stands in for a unit without one', () => {
    expect(byCode('A')).toMatchObject({ submittedAt: '08:00 15/09/2020', submittedBy: 'a@x.vn', target: 2 });
    expect(byCode('B')).toMatchObject({ submittedAt: '09:00 21/09/2020', submittedBy: 'b@x.vn', target: 4 });
    expect(byCode('C')).toMatchObject({ submittedAt: null, submittedBy: null });
  });
  test('errors and warnings are counted apart', () => {
    expect(byCode('C')).toMatchObject({ errors: 1, warnings: 0, rows: 3 });
  });
  test('only complete reports are ranked, equal scores share a rank', () => {
    expect(byCode('C')?.score).toBeGreaterThan(byCode('A')?.score ?? 0);
    expect([byCode('A')?.rank, byCode('B')?.rank, byCode('C')?.rank, byCode('D')?.rank]).toEqual([1, 1, null, null]);
  });
  test('the province’s total pools every row; its target is the sum of the units’ (an additive measure)', () => {
    // A (2), B (4, the default), C (4), D (4): 14.
    const s = province();
    expect(s.totalTarget).toBe(14);
    expect(s.total.soHo).toBe(7);
    expect(s.total.tongTien).toBe(100 + 200 + 150 + 120 + 500 + 400);
    expect(s.total.itNhat).toBe(100);
    expect(s.total.nhieuNhat).toBe(500);
    // 6 passing rows of a target of 14.
    expect(s.total.hoDat).toBe(6);
    expect(s.total.soVoiChiTieu).toBeCloseTo((6 / 14) * 100, 6);
  });
  test('completeness: units, submitted (late included), late, with errors, missing', () => {
    expect(province().completeness).toEqual({ units: 4, submitted: 2, late: 1, withErrors: 1, missing: 1 });
  });
  test('the measures are listed with their labels, in the form’s order', () => {
    expect(province().measures).toEqual(form.measures.map((m) => ({ key: m.key, label: m.label })));
  });
});

test('a unit that typed no row has a score of 0 but no rank: only complete reports are ranked', () => {
  const s = aggregate(form, [unit('A', []), unit('B', [['Hộ A', 100, 1, 'Có']])]);
  expect(s.units.map((u) => [u.score, u.rank])).toEqual([
    [0, null],
    [11, 1],
  ]);
});

describe('a target on a measure that does not add up', () => {
  /** The form with these measures and a target of 200 on its average, over two units of one row each. */
  const averaged = (id: string, measures: TemplateInput['measures']) => {
    const t = defineTemplate({
      ...form,
      id,
      measures,
      target: { measure: 'tbTien', default: 200, label: 'Chỉ tiêu' },
      score: undefined,
    });
    const rows = [['Hộ A', 100, 1, 'Có']];
    return aggregate(t, [
      { ...unit('A', null), report: validateSheet(t, 'Xã A', tab(rows), TZ) },
      { ...unit('B', null), report: validateSheet(t, 'Xã B', tab(rows), TZ) },
    ]);
  };
  const average = { key: 'tbTien', label: 'Tiền trung bình', agg: 'avg', column: 'tien' } as const;
  const share = { key: 'soVoiChiTieu', label: 'So với chỉ tiêu', agg: 'percentOfTarget' } as const;

  test('a province total of an average keeps the default target, not the units’ sum', () => {
    const s = averaged('trung-binh', [average, share]);
    expect(s.totalTarget).toBe(200);
    expect(s.units[0].measures.soVoiChiTieu).toBe(50);
    // No score in the form: nobody is scored or ranked.
    expect(s.units.map((u) => [u.score, u.rank])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
  test('the province’s target follows the target’s own measure, not the first one listed', () => {
    // The first measure (a count) adds up; the target's (an average) does not: the default stands.
    const s = averaged('dem-va-trung-binh', [{ key: 'soHo', label: 'Số hộ', agg: 'count' }, average, share]);
    expect(s.totalTarget).toBe(200);
    expect(s.total.soVoiChiTieu).toBe(50);
  });

  test('a form without a target: no unit target, no total target, no share of it', () => {
    const plain = defineTemplate({
      ...form,
      id: 'khong-chi-tieu',
      measures: form.measures.filter((m) => m.agg !== 'percentOfTarget'),
      target: undefined,
    });
    const s = aggregate(plain, [unit('A', null, { state: 'draft' }, 7)]);
    expect(s.units[0].target).toBeNull();
    expect(s.totalTarget).toBeNull();
  });
});

test('a measure over a derived value (a ratio each row works out) reads it from the row', () => {
  const derivedForm = defineTemplate({
    ...form,
    id: 'ty-le-dong',
    derived: [
      { key: 'tienNguoi', label: 'Tiền mỗi người (%)', kind: 'ratio', numerator: 'tien', denominator: 'nguoi' },
    ],
    measures: [{ key: 'tbTyLe', label: 'Tỷ lệ trung bình', agg: 'avg', column: 'tienNguoi' }],
    target: undefined,
    score: undefined,
  });
  // 100/2 → 5000%, 300/3 → 10000%: the average of the rows' own ratios.
  const rows = [
    ['Hộ A', 100, 2, 'Có'],
    ['Hộ B', 300, 3, 'Không'],
  ];
  const s = aggregate(derivedForm, [{ ...unit('A', null), report: validateSheet(derivedForm, 'Xã A', tab(rows), TZ) }]);
  expect(s.units[0].measures.tbTyLe).toBe(7500);
});
