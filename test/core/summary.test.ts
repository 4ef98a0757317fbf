/**
 * The Tổng hợp sheet cell by cell, its look (formats, widths, header lines, page) and its PDF link,
 * straight through the core. Until these tests the sheet's rows were read only by the doors' tests, where
 * Stryker cannot see: 93 of summary.ts's mutants survived and 60 had no core test (docs/mutation.md).
 */
import {
  boardOrder,
  households,
  messages,
  renderSummary,
  roads,
  type Summary,
  shownLength,
  summaryPdfUrl,
  type UnitSummary,
  wrappedLines,
} from '../../src/core';
import { unitSummary } from './fixtures/unit-summary';

const H = messages.summaryText.headers;
const S = messages.statusNames;
const { yes, no } = messages.yesNo;

const unit = (over: Partial<UnitSummary> & Pick<UnitSummary, 'unit' | 'status'>): UnitSummary =>
  unitSummary({ rows: 0, ...over });

const roadsMeasures = roads.measures.map((m) => ({ key: m.key, label: m.label }));
/** As aggregate gives them: every measure of the form, null where there is no figure. */
const figures = (given: Record<string, number | null> = {}) => ({
  ...Object.fromEntries(roadsMeasures.map((m) => [m.key, null])),
  ...given,
});
/** Four units, one in each state; the missing one carries figures that must not show or count. */
const roadsSummary = (): Summary => ({
  measures: roadsMeasures,
  units: [
    unit({
      unit: 'Xã A',
      status: 'submitted',
      submittedAt: '08:15 15/09/2020',
      submittedBy: 'a@x.vn',
      warnings: 1,
      rows: 3,
      measures: figures({
        soDuong: 3,
        duongDat: 2,
        tongChieuDai: 1234.56,
        coCamera: 1,
        kinhPhi: 1_500_000,
        datChiTieu: 200 / 3,
      }),
      target: 3,
      score: 1.23456,
      rank: 1,
    }),
    unit({
      unit: 'Xã B',
      status: 'late',
      submittedAt: '09:00 21/09/2020',
      submittedBy: 'b@x.vn',
      errors: 2,
      rows: 1,
      measures: figures({ soDuong: 1, duongDat: 0, tongChieuDai: 400, coCamera: 0, datChiTieu: 0 }),
      target: 9,
      score: 0,
      rank: 2,
    }),
    unit({ unit: 'Xã C', status: 'draft', rows: 2, measures: figures({ soDuong: 2, duongDat: 2 }), target: 9 }),
    unit({ unit: 'Xã D', status: 'missing', errors: 5, warnings: 5, rows: 5, measures: figures(), target: 9 }),
  ],
  total: { soDuong: 6, duongDat: 4, tongChieuDai: 1634.56, coCamera: 1, kinhPhi: 1_500_000, datChiTieu: 400 / 30 },
  totalTarget: 30,
  completeness: { units: 4, submitted: 2, late: 1, withErrors: 1, missing: 1 },
});

describe('the Tổng hợp sheet, cell by cell', () => {
  test('title, time, completeness, headers, one row per unit, the province, then the missing tabs', () => {
    const layout = renderSummary(roads, roadsSummary(), 'Con đường 2020', '10:00 01/10/2020');
    const pad = (r: (string | number)[]) => [...r, ...Array(18 - r.length).fill('')];
    expect(layout.values).toEqual([
      pad([messages.summaryText.title('Con đường 2020')]),
      pad([messages.summaryText.updated('10:00 01/10/2020')]),
      pad([messages.summaryText.completeness(2, 4, 1, 1)]),
      [
        H.index,
        H.unit,
        H.status,
        H.submittedAt,
        H.submittedBy,
        H.onTime,
        H.errors,
        H.warnings,
        H.rows,
        ...roadsMeasures.map((m) => m.label),
        roads.target?.label,
        H.score,
        H.rank,
      ],
      // Figures rounded to one decimal, the score to two.
      [
        1,
        'Xã A',
        S.submitted,
        '08:15 15/09/2020',
        'a@x.vn',
        yes,
        0,
        1,
        3,
        3,
        2,
        1234.6,
        1,
        1_500_000,
        66.7,
        3,
        1.23,
        1,
      ],
      [2, 'Xã B', S.late, '09:00 21/09/2020', 'b@x.vn', no, 2, 0, 1, 1, 0, 400, 0, '', 0, 9, 0, 2],
      [3, 'Xã C', S.draft, '', '', '', 0, 0, 2, 2, 2, '', '', '', '', 9, '', ''],
      // A unit without a tab: no counts of its own (not zeros), and none added to the province's.
      [4, 'Xã D', S.missing, '', '', '', '', '', '', '', '', '', '', '', '', 9, '', ''],
      ['', messages.summaryText.total, '2/4', '', '', '', 2, 1, 6, 6, 4, 1634.6, 1, 1_500_000, 13.3, 30, '', ''],
      pad([]),
      pad([messages.summaryText.problemsTitle]),
      pad([messages.sheetMessages.missingTab('Xã D', 'Xã D')]),
    ]);
    expect(layout).toMatchObject({ width: 18, headerRow: 4, firstUnitRow: 5, totalRow: 9, unitCol: 2 });
    expect(layout.measureCols).toEqual({
      soDuong: 10,
      duongDat: 11,
      tongChieuDai: 12,
      coCamera: 13,
      kinhPhi: 14,
      datChiTieu: 15,
    });
    expect(layout.percentCols).toEqual([15]);
  });

  test('a form without a target or a score has neither column; with every tab found, no notes below', () => {
    const measures = households.measures.slice(0, 3).map((m) => ({ key: m.key, label: m.label }));
    const layout = renderSummary(
      households,
      {
        measures: [...measures, { key: 'notInForm', label: 'Cột lạ' }],
        units: [
          unit({
            unit: 'Chi hội 1',
            status: 'submitted',
            rows: 4,
            measures: { soHo: 4, hoDat: 3, tyLeDat: 75, notInForm: null },
          }),
        ],
        total: { soHo: 4, hoDat: 3, tyLeDat: 75, notInForm: null },
        totalTarget: null,
        completeness: { units: 1, submitted: 1, late: 0, withErrors: 0, missing: 0 },
      },
      'Gia đình',
      '',
    );
    expect(layout.values.slice(3)).toEqual([
      [
        H.index,
        H.unit,
        H.status,
        H.submittedAt,
        H.submittedBy,
        H.onTime,
        H.errors,
        H.warnings,
        H.rows,
        'Số hộ',
        'Hộ đạt',
        '% hộ đạt',
        'Cột lạ',
      ],
      [1, 'Chi hội 1', S.submitted, '', '', yes, 0, 0, 4, 4, 3, 75, ''],
      ['', messages.summaryText.total, '1/1', '', '', '', 0, 0, 4, 4, 3, 75, ''],
    ]);
    // A measure the form does not know is not a percentage.
    expect(layout.percentCols).toEqual([12]);
  });
});

describe('the sheet’s look', () => {
  const look = () => renderSummary(roads, roadsSummary(), 'Con đường 2020', '10:00 01/10/2020').look;

  test('formats: STT and text left General, counts grouped, one or two decimals where there are, % for percentages', () => {
    expect(look().numberFormats).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
      '#,##0',
      '#,##0',
      '#,##0',
      '#,##0',
      '#,##0',
      '#,##0.0',
      '#,##0',
      '#,##0',
      '0.0"%"',
      '#,##0',
      '#,##0.00',
      '#,##0',
    ]);
  });

  test('widths: the longest value (text given 15% more), at least the longest word of the header, 2 to spare', () => {
    const w = look().widths;
    // STT: numbers of one digit, header 3 letters, at least 4.
    expect(w[0]).toBe(6);
    // Đơn vị: "Toàn tỉnh" is 9 characters, 11 with 15% more.
    expect(w[1]).toBe(13);
    // Trạng thái: "Thiếu trang tính" is 16 characters: 19.
    expect(w[2]).toBe(21);
    // Tổng chiều dài: 1.634,6 is 7 characters.
    expect(w[11]).toBe(9);
    // Kinh phí: 1.500.000 is 9 characters.
    expect(w[13]).toBe(11);
    // % chỉ tiêu: 66,7% is 5.
    expect(w[14]).toBe(7);
    // Điểm thi đua: 1,23 is 4; "Điểm" 4: at least 4.
    expect(w[16]).toBe(6);
  });

  test('a very long value is capped at 42 characters; the header wraps to the lines its widest label needs', () => {
    const s = roadsSummary();
    s.units[0].submittedBy = 'mot.dia.chi.thu.rat.dai.cua.can.bo.phu.trach@hoilhpn.langson.gov.vn';
    const l = renderSummary(roads, s, 'Con đường 2020', '').look;
    expect(l.widths[4]).toBe(42);
    // "Đường đạt tiêu chuẩn" in a column 7 wide: a word a line.
    expect(l.widths[10]).toBe(7);
    expect(wrappedLines('Đường đạt tiêu chuẩn', 6)).toBe(4);
    expect(l.headerLines).toBe(4);
    expect(l.titleRows).toEqual([1, 2, 3]);
    expect(l.print.repeatRows).toEqual([4, 4]);
    expect(l.print.margins).toEqual({ left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
  });

  test('a table as wide as a portrait A4 page prints portrait; one character wider, landscape', () => {
    const tableOf = (name: string) =>
      renderSummary(
        households,
        {
          measures: [{ key: 'soHo', label: 'Số hộ' }],
          units: [unit({ unit: name, status: 'draft' })],
          total: { soHo: 0 },
          totalTarget: null,
          completeness: { units: 1, submitted: 0, late: 0, withErrors: 0, missing: 0 },
        },
        'Gia đình',
        '',
      ).look;
    const total = (l: ReturnType<typeof tableOf>) => l.widths.reduce((a, b) => a + b, 0);
    const byWidth = new Map<number, ReturnType<typeof tableOf>>();
    for (let n = 1; n <= 40; n++) {
      const l = tableOf('X'.repeat(n));
      byWidth.set(total(l), l);
    }
    expect(byWidth.get(95)?.print.landscape).toBe(false);
    expect(byWidth.get(96)?.print.landscape).toBe(true);
    expect(byWidth.get(80)?.print.landscape).toBe(false);
  });
});

describe('measuring numbers and labels', () => {
  test('a number’s shown length counts its sign, thousands dots and decimals', () => {
    expect(shownLength(1234567, 0)).toBe('1.234.567'.length);
    expect(shownLength(-1234.5, 1)).toBe('-1.234,5'.length);
    expect(shownLength(0.5, 0)).toBe(1);
    expect(shownLength(999.96, 1)).toBe('1.000,0'.length);
    expect(shownLength(12.25, 2)).toBe('12,25'.length);
    expect(shownLength(100, 0)).toBe(3);
  });

  test('a label wraps at whole words; a word that just fits stays on the line', () => {
    expect(wrappedLines('Số con', 6)).toBe(1);
    expect(wrappedLines('Số con', 5)).toBe(2);
    expect(wrappedLines('  Số   con  ', 6)).toBe(1);
    expect(wrappedLines('Số\tcon\nđường', 20)).toBe(1);
    expect(wrappedLines('', 6)).toBe(1);
  });

  test('decimals: one, two, or none, read from the rounded values', () => {
    const l = renderSummary(
      households,
      {
        measures: [
          { key: 'soHo', label: 'A' },
          { key: 'hoDat', label: 'B' },
        ],
        units: [unit({ unit: 'X', status: 'submitted', measures: { soHo: 1e-7, hoDat: 10 } })],
        total: { soHo: 1e21, hoDat: 10.5 },
        totalTarget: null,
        completeness: { units: 1, submitted: 1, late: 0, withErrors: 0, missing: 0 },
      },
      '',
      '',
    ).look;
    // 1e21 is written by JavaScript with an exponent: two decimals, to be safe.
    expect(l.numberFormats.slice(9)).toEqual(['#,##0.00', '#,##0.0']);
  });
});

describe('the board’s order', () => {
  test('missing first, then not submitted, late, on time; by Vietnamese name within', () => {
    const units = [
      { unit: 'Xã Ân', status: 'submitted' as const },
      { unit: 'Xã Bình', status: 'late' as const },
      { unit: 'Xã Anh', status: 'submitted' as const },
      { unit: 'Xã Chi', status: 'missing' as const },
      { unit: 'Xã Đông', status: 'draft' as const },
      { unit: 'Xã Dương', status: 'draft' as const },
    ];
    expect(units.sort(boardOrder).map((u) => u.unit)).toEqual([
      'Xã Chi',
      'Xã Dương',
      'Xã Đông',
      'Xã Bình',
      'Xã Anh',
      'Xã Ân',
    ]);
  });
});

describe('the PDF link', () => {
  const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

  test('Google’s export of the one sheet: A4, fitted to width, header rows repeated, page numbers, margins', () => {
    const url = summaryPdfUrl('abc/def', 123);
    expect(url.startsWith('https://docs.google.com/spreadsheets/d/abc%2Fdef/export?')).toBe(true);
    expect(query(url)).toEqual({
      format: 'pdf',
      gid: '123',
      size: 'A4',
      portrait: 'false',
      fitw: 'true',
      gridlines: 'false',
      fzr: 'true',
      fzc: 'false',
      printtitle: 'false',
      sheetnames: 'false',
      pagenum: 'CENTER',
      horizontal_alignment: 'CENTER',
      top_margin: '0.6',
      bottom_margin: '0.6',
      left_margin: '0.5',
      right_margin: '0.4',
    });
  });

  test('with the sheet’s look: portrait when it fits, and its margins', () => {
    const look = renderSummary(roads, roadsSummary(), '', '').look;
    const narrow = { ...look, print: { ...look.print, landscape: false, margins: { ...look.print.margins, top: 1 } } };
    expect(query(summaryPdfUrl('x', 0, narrow))).toMatchObject({ portrait: 'true', top_margin: '1' });
    expect(query(summaryPdfUrl('x', 0, { ...narrow, print: { ...narrow.print, landscape: true } })).portrait).toBe(
      'false',
    );
  });
});
