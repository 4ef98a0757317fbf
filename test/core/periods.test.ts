/**
 * A finished period kept as values and compared with the next one, straight through the core: the
 * archive's sheet (`renderArchive`), reading it back a year later (`readArchive`), the previous period's
 * columns beside Tổng hợp (`withPrevious`) and the reminders keyed by period (`periodDeadlines`). The doors
 * test the same end to end; Stryker found every mutant of these functions out of the core's sight
 * (docs/mutation.md).
 */
import {
  aggregate,
  comparePeriods,
  dataRows,
  households,
  keyMeasures,
  messages,
  type PeriodFigures,
  periodDeadlines,
  readArchive,
  readStatus,
  renderArchive,
  renderSummary,
  roads,
  type SummaryLayout,
  type Unit,
  type UnitInput,
  validateSheet,
  withPrevious,
} from '../../src/core';

const TZ = 'Asia/Ho_Chi_Minh';
const A = messages.newPeriodText.archive;
const P = messages.periodText;
const header = roads.columns.map((c) => c.label);
/** Tên, Xã/thôn, Chiều dài, four Có, Camera, Ngày hoàn thành, Kinh phí. */
const road = (len: number, fee: number | '' = '') => ['Đường', 'Thôn', len, 'Có', 'Có', 'Có', 'Có', '', '', fee];
const tab = (status: string, rows: unknown[][], head: readonly string[] = header) => [
  ['T'],
  ['Đơn vị'],
  [status],
  [''],
  [...head],
  ...rows,
];
const units: Unit[] = [
  { code: 'DV01', name: 'Xã A', sheet: 'Xã A', emails: ['a@x.vn'], target: 2 },
  { code: 'DV02', name: 'Xã B', sheet: 'Xã B', emails: ['b@x.vn'], target: null },
  { code: 'DV03', name: 'Xã C', sheet: 'Xã C', emails: ['c@x.vn'], target: null },
];
const tabOf = (unit: Unit, values: unknown[][] | null) => ({
  input: {
    unit,
    report: values && validateSheet(roads, unit.sheet, values, TZ),
    status: values ? readStatus(values) : { state: 'draft' as const },
  } as UnitInput,
  values,
});

// Năm 2020: Xã A submitted two passing roads; Xã B typed one short road and never submitted, its columns in
// another order, with a blank row and a row of nulls among its rows; Xã C has no tab.
const reordered = [header[9], ...header.slice(0, 9)];
const tabs2020 = [
  tabOf(units[0], tab('Trạng thái: Đã nộp 08:15 15/09/2020 bởi a@x.vn', [road(600, 1000), road(700, 2000)])),
  tabOf(
    units[1],
    tab(
      'Trạng thái: Chưa nộp',
      [['', '', '', '', '', '', '', '', '', ''], [500, 'Đường B', 'Thôn B', 400, 'Có', 'Không', 'Có', 'Có'], [null]],
      reordered,
    ),
  ),
  tabOf(units[2], null),
];
// Built inside each test (functions, not constants): Stryker's per-test coverage credits only code run in a
// test's body (docs/mutation.md).
const summary2020 = () =>
  aggregate(
    roads,
    tabs2020.map((t) => t.input),
  );
const archiveOf = () =>
  renderArchive({
    period: 'Năm 2020',
    reportTitle: 'Con đường 2020',
    when: '10:00 01/12/2020',
    who: 'vp@x.vn',
    template: roads,
    summary: summary2020(),
    tabs: tabs2020,
  });

describe('the archive of a finished period', () => {
  const measureLabels = roads.measures.map((m) => m.label);
  const measureKeys = roads.measures.map((m) => m.key);
  // 2 + 10 columns of the form is wider than code, name, status and 6 measures.
  const pad = (r: unknown[]) => [...r, ...Array(12 - r.length).fill('')];

  test('the summary block: title, who saved it, labels, keys, each unit, the province', () => {
    expect(archiveOf().slice(0, 10)).toEqual([
      pad([A.title('Năm 2020')]),
      pad([A.saved('Con đường 2020', '10:00 01/12/2020', 'vp@x.vn')]),
      pad([]),
      pad([A.summarySection]),
      pad([A.unitCode, A.unit, A.status, ...measureLabels]),
      pad([A.keys, '', '', ...measureKeys]),
      // soDuong, duongDat, tongChieuDai, coCamera, kinhPhi, datChiTieu (2 of a target of 2; the province's
      // target counts Xã C's default of 9 too: 2 of 2 + 9 + 9).
      pad(['DV01', 'Xã A', 'Đã nộp', 2, 2, 1300, 0, 3000, 100]),
      pad(['DV02', 'Xã B', 'Chưa nộp', 1, 0, 400, 0, 500, 0]),
      pad(['DV03', 'Xã C', 'Thiếu trang tính', '', '', '', '', '', '']),
      pad(['', messages.summaryText.total, '1/3', 3, 2, 1700, 0, 3500, 10]),
    ]);
  });

  test('then every unit’s rows as typed, in the form’s column order; blank rows and missing tabs left out', () => {
    expect(archiveOf().slice(10)).toEqual([
      pad([]),
      pad([A.dataSection]),
      [A.unitCode, A.unit, ...header],
      ['DV01', 'Xã A', ...road(600, 1000)],
      ['DV01', 'Xã A', ...road(700, 2000)],
      // Xã B's columns put back in the form's order; the cells its short row lacks are ''.
      ['DV02', 'Xã B', 'Đường B', 'Thôn B', 400, 'Có', 'Không', 'Có', 'Có', '', '', 500],
    ]);
  });

  test('read back a year later, it gives the figures it was written from', () => {
    const back = readArchive(archiveOf());
    const s2020 = summary2020();
    expect(back).toEqual({
      measures: roads.measures.map((m) => ({ key: m.key, label: m.label })),
      units: s2020.units.map((u) => ({ code: u.code, unit: u.unit, measures: u.measures })),
      total: s2020.total,
    });
    expect(back?.units[2].measures.duongDat).toBeNull();
  });

  test('a tab read without a header gives no rows to the archive', () => {
    const report = tabs2020[0].input.report;
    if (!report) throw new Error('Xã A’s tab was read');
    const noHeader = { ...tabs2020[0], input: { ...tabs2020[0].input, report: { ...report, headerRow: null } } };
    const rows = renderArchive({
      period: 'Năm 2020',
      reportTitle: 'Con đường 2020',
      when: '',
      who: '',
      template: roads,
      summary: summary2020(),
      tabs: [noHeader, { ...tabs2020[1], values: null }],
    });
    expect(rows).toHaveLength(13);
    expect(rows[12][0]).toBe(A.unitCode);
  });
});

test('a form with more measures than columns: every row of the archive is as wide as its summary block', () => {
  const measures = households.measures.map((m) => ({ key: m.key, label: m.label }));
  const rows = renderArchive({
    period: 'Năm 2020',
    reportTitle: 'Gia đình',
    when: '',
    who: '',
    template: households,
    summary: {
      measures,
      units: [],
      total: Object.fromEntries(measures.map((m) => [m.key, null])),
      totalTarget: null,
      completeness: { units: 0, submitted: 0, late: 0, withErrors: 0, missing: 0 },
    },
    tabs: [],
  });
  expect(3 + measures.length).toBeGreaterThan(2 + households.columns.length);
  expect(rows.map((r) => r.length)).toEqual(rows.map(() => 3 + measures.length));
});

describe('reading an archive someone may have changed', () => {
  const sheet = (rows: unknown[][]) => rows.map((r) => [...r]);
  const keysRow = [A.keys, '', '', 'duongDat', '', 'tongChieuDai'];
  const labels = [A.unitCode, A.unit, A.status, 'Đường đạt', 'ghi chú', 'Tổng chiều dài'];

  test('a sheet that is not an archive gives nothing', () => {
    expect(readArchive([['Tổng hợp'], ['x']])).toBeNull();
    // The keys' row needs the labels' row above it.
    expect(readArchive(sheet([keysRow, ['DV01', 'Xã A', '', 1, '', 2], ['', 'Toàn tỉnh', '', 1, '', 2]]))).toBeNull();
  });

  test('columns without a key are skipped; a cell that is not a finite number is no figure', () => {
    const back = readArchive(
      sheet([
        ['LƯU'],
        labels,
        keysRow,
        ['DV01', 'Xã A', 'Đã nộp', 3, 'x', '12'],
        ['DV02', 'Xã B', 'Đã nộp', Number.NaN, 'x', Number.POSITIVE_INFINITY],
        ['', 'Toàn tỉnh', '2/2', 3, '', 0],
      ]),
    );
    expect(back).toEqual({
      measures: [
        { key: 'duongDat', label: 'Đường đạt' },
        { key: 'tongChieuDai', label: 'Tổng chiều dài' },
      ],
      units: [
        { code: 'DV01', unit: 'Xã A', measures: { duongDat: 3, tongChieuDai: null } },
        { code: 'DV02', unit: 'Xã B', measures: { duongDat: null, tongChieuDai: null } },
      ],
      total: { duongDat: 3, tongChieuDai: 0 },
    });
  });

  test('a unit named like the total, with a code, is a unit; null cells read as empty', () => {
    const back = readArchive(
      sheet([labels, keysRow, ['TT', 'Toàn tỉnh', null, 1, null, 2], [null, 'Toàn tỉnh', null, 1, null, 2]]),
    );
    expect(back?.units).toEqual([{ code: 'TT', unit: 'Toàn tỉnh', measures: { duongDat: 1, tongChieuDai: 2 } }]);
    expect(back?.total).toEqual({ duongDat: 1, tongChieuDai: 2 });
  });

  test('an archive whose total row was deleted gives nothing rather than figures without a total', () => {
    expect(readArchive(sheet([labels, keysRow, ['DV01', 'Xã A', '', 1, '', 2], ['', '', '', '', '', '']]))).toBeNull();
    expect(readArchive(sheet([labels, keysRow, ['DV01', 'Xã A', '', 1, '', 2]]))).toBeNull();
    // The table ends at its first row without a unit, even a row with no cells at all.
    expect(
      readArchive(sheet([labels, keysRow, ['DV01', 'Xã A', '', 1, '', 2], [], ['', 'Toàn tỉnh', '', 1, '', 2]])),
    ).toBeNull();
  });
});

describe('a tab’s rows in the form’s order', () => {
  test('from the row below the header; a column the tab lacks is empty', () => {
    const cols = roads.columns.slice(0, 3);
    const values = [['Tên con đường', 'Chiều dài (m)'], ['Đường 1', 500], ['', null], ['Đường 2']];
    expect(dataRows(values, 1, { tenDuong: 1, chieuDai: 2 }, cols)).toEqual([
      ['Đường 1', '', 500],
      ['Đường 2', '', ''],
    ]);
    expect(dataRows(values, 3, { tenDuong: 1, chieuDai: 2 }, cols)).toEqual([['Đường 2', '', '']]);
  });
});

describe('Tổng hợp beside the previous period', () => {
  // Năm 2021: Xã A has three passing roads, Xã B has no tab, Xã C submitted late one passing road.
  const inputs2021: UnitInput[] = [
    tabOf(units[0], tab('Trạng thái: Đã nộp 08:15 15/09/2021 bởi a@x.vn', [road(600), road(600), road(900)])).input,
    tabOf(units[1], null).input,
    tabOf(units[2], tab('Trạng thái: Nộp muộn 09:00 21/09/2021 bởi c@x.vn', [road(800)])).input,
  ];
  const summary2021 = () => aggregate(roads, inputs2021);
  const compared = () => comparePeriods(summary2021(), readArchive(archiveOf()) as PeriodFigures);

  test('a figure missing in either period has no change', () => {
    const c = compared();
    expect(c.units.map((u) => [u.unit, u.current.duongDat, u.previous.duongDat, u.change.duongDat])).toEqual([
      ['Xã A', 3, 2, 1],
      ['Xã B', null, 0, null],
      ['Xã C', 1, null, null],
    ]);
    expect([c.total.current.duongDat, c.total.previous.duongDat, c.total.change.duongDat]).toEqual([4, 2, 2]);
  });

  test('a form without a target picks the chart’s measure, then its first ones', () => {
    const h = comparePeriods(
      { ...summary2021(), measures: households.measures.map((m) => ({ key: m.key, label: m.label })) },
      { measures: households.measures.map((m) => ({ key: m.key, label: m.label })), units: [], total: {} },
    );
    expect(keyMeasures(households, h)).toEqual(['tyLeDat', 'soHo', 'hoDat']);
    expect(keyMeasures(households, h, 1)).toEqual(['tyLeDat']);
  });

  /** Tổng hợp of 2021 with controlled formats and widths, so that each new column's can be told apart. */
  const layoutOf = (): SummaryLayout => {
    const plain = renderSummary(roads, summary2021(), 'Con đường 2021', '10:00 01/12/2021');
    const widths = plain.look.widths.map((_, i) => 10 + i / 10);
    widths[plain.measureCols.duongDat - 1] = 16;
    widths[plain.measureCols.datChiTieu - 1] = 8;
    widths[plain.measureCols.kinhPhi - 1] = 20;
    const numberFormats = [...plain.look.numberFormats];
    numberFormats[plain.measureCols.kinhPhi - 1] = '';
    return { ...plain, look: { ...plain.look, widths, numberFormats, headerLines: 1 } };
  };
  const keys = ['duongDat', 'datChiTieu', 'kinhPhi'];

  test('two columns per measure: the previous figure and the change, on every unit’s row and the total', () => {
    const layout = layoutOf();
    const c = compared();
    const out = withPrevious(layout, c, keys);
    const w = layout.width;
    expect(out.width).toBe(w + 6);
    expect(out.values.map((r) => r.length)).toEqual(layout.values.map(() => w + 6));
    expect(out.values.map((r) => r.slice(0, w))).toEqual(layout.values);
    const extra = out.values.map((r) => r.slice(w));
    expect(extra[layout.headerRow - 1]).toEqual([
      P.previous('Đường đạt tiêu chuẩn'),
      P.change('Đường đạt tiêu chuẩn'),
      P.previous('% chỉ tiêu'),
      P.change('% chỉ tiêu'),
      P.previous('Kinh phí (VNĐ)'),
      P.change('Kinh phí (VNĐ)'),
    ]);
    // Title rows, and the rows after the total, get empty cells.
    for (const r of [0, 1, 2, layout.totalRow]) expect(extra[r]).toEqual(['', '', '', '', '', '']);
    const first = layout.firstUnitRow - 1;
    expect(extra.slice(first, layout.totalRow)).toEqual([
      // Xã A: 2 roads of a target of 2 before (100%), 3 now (150%); 3,000 VNĐ before, none typed now.
      [2, 1, 100, 50, 3000, -3000],
      // Xã B: figures before (0 roads passing) but none now.
      [0, '', 0, '', 500, ''],
      ['', '', '', '', '', ''],
      // The province: 2 of 20 before, 4 of 20 now.
      [2, 2, 10, 10, 3500, -3500],
    ]);
  });

  test('the new columns take their measure’s format, percent and width (at least 12)', () => {
    const layout = layoutOf();
    const c = compared();
    const out = withPrevious(layout, c, keys);
    const w = layout.width;
    expect(out.look.numberFormats).toEqual([
      ...layout.look.numberFormats,
      '#,##0',
      '#,##0',
      '0.0"%"',
      '0.0"%"',
      // A measure column left General gets one decimal.
      '#,##0.0',
      '#,##0.0',
    ]);
    expect(out.percentCols).toEqual([...layout.percentCols, w + 3, w + 4]);
    // A percentage first: its two columns are the first two new ones.
    expect(withPrevious(layout, c, ['datChiTieu', 'duongDat']).percentCols).toEqual([
      ...layout.percentCols,
      w + 1,
      w + 2,
    ]);
    expect(out.look.widths).toEqual([...layout.look.widths, 16, 16, 12, 12, 20, 20]);
    // "Đường đạt tiêu chuẩn — tăng/giảm" is 32 characters: two lines at 16.
    expect(P.change('Đường đạt tiêu chuẩn')).toHaveLength(32);
    expect(out.look.headerLines).toBe(2);
    expect(withPrevious({ ...layout, look: { ...layout.look, headerLines: 3 } }, c, keys).look.headerLines).toBe(3);
  });

  test('a measure the comparison does not know is labelled by its key; no measures, no change', () => {
    const layout = layoutOf();
    const c = compared();
    const out = withPrevious(layout, { ...c, measures: [] }, ['duongDat']);
    expect(out.values[layout.headerRow - 1].slice(layout.width)).toEqual([
      P.previous('duongDat'),
      P.change('duongDat'),
    ]);
    expect(withPrevious(layout, c, [])).toBe(layout);
    // A key neither period has: its cells are empty on every row.
    const unknown = withPrevious(layout, c, ['khac']);
    expect(unknown.values.slice(layout.firstUnitRow - 1).map((r) => r.slice(layout.width))).toEqual(
      unknown.values.slice(layout.firstUnitRow - 1).map(() => ['', '']),
    );
  });
});

describe('the reminders of a period', () => {
  const deadlines = [
    { code: 'dot-1', title: 'Đợt 1', date: '10/06', offsets: [7, 1], overdue: true },
    { code: 'dot-2', title: 'Đợt 2', date: '10/11', offsets: [3], overdue: false },
  ];

  test('before any new period, the codes are the form’s (a copy, never the same list)', () => {
    for (const p of [null, { name: 'Năm 2020', opened: '' as const, epoch: 0, archive: '' }]) {
      const out = periodDeadlines(deadlines, p);
      expect(out).toEqual(deadlines);
      expect(out).not.toBe(deadlines);
    }
  });

  test('from the first new period on, each code carries the period’s number', () => {
    const out = periodDeadlines(deadlines, {
      name: 'Năm 2021',
      opened: '2021-01-02',
      epoch: 1,
      archive: 'Lưu Năm 2020',
    });
    expect(out).toEqual([
      { ...deadlines[0], code: 'dot-1~1' },
      { ...deadlines[1], code: 'dot-2~1' },
    ]);
    expect(deadlines[0].code).toBe('dot-1');
  });
});
