import { runInNewContext } from 'node:vm';
import {
  aggregate,
  buildReport,
  completenessOf,
  defineTemplate,
  formatViNumber,
  messages,
  parseReportSettings,
  placeDate,
  presets,
  type ReportSettings,
  readStatus,
  reportSettingsRows,
  roads,
  type Summary,
  type Template,
  type TemplateInput,
  type Unit,
  type UnitSummary,
  validateSheet,
} from '../../src/core';
import { unitSummary } from './fixtures/unit-summary';

const t = messages.reportText;
const RS = messages.reportSettingsText;
const SHEET = 'Cấu hình';

/** The settings as init writes them: every field at its default. */
const DEFAULTS: ReportSettings = {
  parent: RS.fields.parent.default,
  issuer: RS.fields.issuer.default,
  code: RS.fields.code.default,
  number: RS.fields.number.default,
  place: RS.fields.place.default,
  date: RS.fields.date.default,
  subject: RS.fields.subject.default,
  authority: RS.fields.authority.default,
  position: RS.fields.position.default,
  signer: RS.fields.signer.default,
  recipients: RS.fields.recipients.default,
};

/** A small form: an amount, a second amount, a yes/no; measures given by each test. */
const form = (over: Partial<TemplateInput> = {}): Template =>
  defineTemplate({
    id: 'thu',
    title: 'Thử',
    rowNoun: 'dòng',
    columns: [
      { key: 'soTien', label: 'Số tiền', type: 'number' },
      { key: 'soTien2', label: 'Số tiền 2', type: 'number' },
      { key: 'coDien', label: 'Có điện', type: 'yesno' },
    ],
    measures: [{ key: 'tong', label: 'Tổng tiền', agg: 'sum', column: 'soTien' }],
    ...over,
  });

const unit = (name: string, measures: Record<string, number | null>, over: Partial<UnitSummary> = {}): UnitSummary =>
  unitSummary({ unit: name, measures, ...over });

/** A summary as aggregate shapes it: the form's measures, the units, and completeness counted from them. */
const summaryOf = (
  template: Template,
  units: UnitSummary[],
  total: Record<string, number | null> = {},
  totalTarget: number | null = null,
): Summary => ({
  measures: template.measures.map((m) => ({ key: m.key, label: m.label })),
  units,
  total,
  totalTarget,
  completeness: completenessOf(units),
});

const write = (template: Template, summary: Summary, settings: Partial<ReportSettings> = {}, date = '2027-02-05') =>
  buildReport({
    template,
    summary,
    reportTitle: 'Thử',
    period: 'Năm 2027',
    settings: { ...DEFAULTS, ...settings },
    date,
  });

const firstSection = (template: Template, summary: Summary) => write(template, summary).sections[0].paragraphs;
const resultsOf = (template: Template, summary: Summary) => write(template, summary).sections[1].paragraphs;
const nextOf = (template: Template, summary: Summary) => write(template, summary).sections[2].paragraphs;

/** Units named U01, U02, …: `n` of them, all with `status`. */
const many = (n: number, status: UnitSummary['status']) =>
  Array.from({ length: n }, (_, i) => unit(`U${String(i + 1).padStart(2, '0')}`, { tong: 1 }, { status }));

describe('the BÁO CÁO block of Cấu hình', () => {
  test('the block is its title row, one row per field with its default and what to type, then a blank row', () => {
    const f = RS.fields;
    expect(reportSettingsRows()).toEqual([
      [RS.section, '', RS.sectionHelp, '', ''],
      [f.parent.label, f.parent.default, f.parent.help, '', ''],
      [f.issuer.label, f.issuer.default, f.issuer.help, '', ''],
      [f.code.label, f.code.default, f.code.help, '', ''],
      [f.number.label, f.number.default, f.number.help, '', ''],
      [f.place.label, f.place.default, f.place.help, '', ''],
      [f.date.label, f.date.default, f.date.help, '', ''],
      [f.subject.label, f.subject.default, f.subject.help, '', ''],
      [f.authority.label, f.authority.default, f.authority.help, '', ''],
      [f.position.label, f.position.default, f.position.help, '', ''],
      [f.signer.label, f.signer.default, f.signer.help, '', ''],
      [f.recipients.label, f.recipients.default, f.recipients.help, '', ''],
      ['', '', '', '', ''],
    ]);
  });

  test('with no Cấu hình tab every field keeps its default and no date is set', () => {
    expect(parseReportSettings(null, SHEET)).toStrictEqual({ settings: DEFAULTS, date: null, issues: [] });
  });

  test('the block written by init reads back as the defaults', () => {
    expect(parseReportSettings(reportSettingsRows(), SHEET)).toStrictEqual({
      settings: DEFAULTS,
      date: null,
      issues: [],
    });
  });

  test('a label is found whatever its case, spacing or Unicode form; other rows are ignored', () => {
    const read = parseReportSettings(
      [
        ['Ghi chú', 'không phải một trường'],
        [null, 'ô trống bên trái'],
        ['  ĐỊA   DANH ', 'Bắc Ninh'],
        ['người ký'.normalize('NFD'), '  Nguyễn Thị  Hoa '],
        ['Số văn bản', 15],
      ],
      SHEET,
    );
    expect(read).toStrictEqual({
      settings: { ...DEFAULTS, place: 'Bắc Ninh', signer: 'Nguyễn Thị Hoa', number: '15' },
      date: null,
      issues: [],
    });
  });

  test('an empty, blank, null or absent value keeps the default', () => {
    const read = parseReportSettings(
      [
        ['Địa danh', ''],
        ['Ký hiệu văn bản', '   '],
        ['Cơ quan chủ quản', null],
        ['Chức vụ người ký'],
        ['Ngày báo cáo', null],
        ['Người ký', undefined],
      ],
      SHEET,
    );
    expect(read).toStrictEqual({ settings: DEFAULTS, date: null, issues: [] });
  });

  test('a report date typed as text is read day first', () => {
    expect(parseReportSettings([['Ngày báo cáo', '5/2/2027']], SHEET)).toStrictEqual({
      settings: DEFAULTS,
      date: '2027-02-05',
      issues: [],
    });
  });

  test('a report date cell holding a date is read as that day', () => {
    expect(parseReportSettings([['Ngày báo cáo', new Date(Date.UTC(2027, 1, 5))]], SHEET)).toStrictEqual({
      settings: DEFAULTS,
      date: '2027-02-05',
      issues: [],
    });
  });

  test('a date made in another realm (as Apps Script hands them over) is read as that day', () => {
    const foreign: unknown = runInNewContext('new Date(Date.UTC(2027, 11, 31))');
    expect(foreign instanceof Date).toBe(false);
    expect(parseReportSettings([['Ngày báo cáo', foreign]], SHEET)).toStrictEqual({
      settings: DEFAULTS,
      date: '2027-12-31',
      issues: [],
    });
  });

  test('a date typed into a Sheets cell (midnight in the sheet’s zone, Vietnam) is read as the day typed', () => {
    const typed = new Date('2027-02-05T00:00:00+07:00');
    const read = parseReportSettings([['Ngày báo cáo', typed]], SHEET, 'Asia/Ho_Chi_Minh');
    expect(read).toStrictEqual({ settings: DEFAULTS, date: '2027-02-05', issues: [] });
    expect(write(form(), summaryOf(form(), []), {}, read.date ?? '').placeDate).toBe(
      'Lạng Sơn, ngày 05 tháng 02 năm 2027',
    );
    const foreign: unknown = runInNewContext("new Date('2027-01-01T00:00:00+07:00')");
    expect(parseReportSettings([['Ngày báo cáo', foreign]], SHEET, 'Asia/Ho_Chi_Minh').date).toBe('2027-01-01');
  });

  test('a date cell holding no real instant is a warning, not a crash', () => {
    expect(parseReportSettings([['Ngày báo cáo', new Date(Number.NaN)]], SHEET).issues).toEqual([
      {
        sheet: SHEET,
        cell: 'B1',
        row: 1,
        col: 2,
        column: RS.fields.date.label,
        value: 'Invalid Date',
        severity: 'warning',
        message: RS.badDate('Invalid Date'),
      },
    ]);
  });

  test('a report date that is no real day is a warning on its own cell, and no date is kept', () => {
    const rows = [[RS.section], ['Người ký', 'Nguyễn Thị Hoa'], ['Ngày báo cáo', ' 31/02/2027 ']];
    expect(parseReportSettings(rows, SHEET)).toStrictEqual({
      settings: { ...DEFAULTS, signer: 'Nguyễn Thị Hoa' },
      date: null,
      issues: [
        {
          sheet: SHEET,
          cell: 'B3',
          row: 3,
          col: 2,
          column: RS.fields.date.label,
          value: '31/02/2027',
          severity: 'warning',
          message: RS.badDate('31/02/2027'),
        },
      ],
    });
    expect(RS.badDate('31/02/2027')).toBe(
      'ngày báo cáo "31/02/2027" không đúng — nhập ngày/tháng/năm, ví dụ 12/06/2027, hoặc để trống',
    );
  });
});

describe('numbers and dates the Vietnamese way', () => {
  test('dots group thousands, a comma marks decimals, rounding to the digits asked', () => {
    expect(formatViNumber(0)).toBe('0');
    expect(formatViNumber(999)).toBe('999');
    expect(formatViNumber(1000)).toBe('1.000');
    expect(formatViNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatViNumber(2830.46, 1)).toBe('2.830,5');
    expect(formatViNumber(12.5)).toBe('13');
  });

  test('a negative keeps its minus, unless it rounds to zero', () => {
    expect(formatViNumber(-1234.5, 1)).toBe('-1.234,5');
    expect(formatViNumber(-0.06, 1)).toBe('-0,1');
    expect(formatViNumber(-0.04, 1)).toBe('0,0');
    expect(formatViNumber(-0.4)).toBe('0');
  });

  test('the date line pads days below 10 and the months 1 and 2, not the others', () => {
    expect(placeDate('Lạng Sơn', '2027-01-09')).toBe(t.placeDate('Lạng Sơn', '09', '01', '2027'));
    expect(placeDate('Lạng Sơn', '2027-01-09')).toBe('Lạng Sơn, ngày 09 tháng 01 năm 2027');
    expect(placeDate('Bắc Ninh', '2027-02-28')).toBe(t.placeDate('Bắc Ninh', '28', '02', '2027'));
    expect(placeDate('Bắc Ninh', '2027-03-01')).toBe(t.placeDate('Bắc Ninh', '01', '3', '2027'));
    expect(placeDate('Bắc Ninh', '2027-10-10')).toBe(t.placeDate('Bắc Ninh', '10', '10', '2027'));
    expect(placeDate('Bắc Ninh', '2027-12-31')).toBe(t.placeDate('Bắc Ninh', '31', '12', '2027'));
  });
});

describe('the report’s header, signature and recipients', () => {
  const plain = form();
  const one = summaryOf(plain, [unit('Xã A', { tong: 5 })], { tong: 5 });

  test('with the defaults: the agencies as set, no number yet, the subject from the report and period', () => {
    const r = write(plain, one);
    expect(r).toMatchObject({
      parent: 'HỘI LHPN TỈNH LẠNG SƠN',
      issuer: 'BAN THƯỜNG VỤ',
      number: t.number('', 'BC-BTV'),
      nation: t.nation,
      motto: t.motto,
      placeDate: t.placeDate('Lạng Sơn', '05', '02', '2027'),
      title: t.title,
      subject: t.subject('Thử', 'Năm 2027'),
      authority: 'TM. BAN THƯỜNG VỤ',
      position: 'CHỦ TỊCH',
      signer: '',
      recipients: ['TW Hội LHPN Việt Nam (để b/c)', 'Thường trực Tỉnh ủy (để b/c)', 'Các đồng chí UV BTV', 'Lưu: VT.'],
      annexTitle: t.annexTitle,
      annexSubject: t.annexSubject('Thử'),
      annexNote: t.annexNote('', '05/02/2027'),
    });
    expect(r.subject).toBe('Kết quả Thử, Năm 2027');
    expect(r.annexNote).toBe('(Kèm theo Báo cáo ngày 05/02/2027)');
  });

  test('a clerk’s agency names are upper-cased; the number, subject, place and signer are written as typed', () => {
    const r = write(plain, one, {
      parent: 'Hội LHPN huyện Cao Lộc',
      issuer: 'Ban Thường vụ',
      number: '15',
      code: 'BC-HPN',
      place: 'Cao Lộc',
      subject: 'Sơ kết 6 tháng',
      authority: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      signer: 'Nguyễn Thị Hoa',
    });
    expect(r).toMatchObject({
      parent: 'HỘI LHPN HUYỆN CAO LỘC',
      issuer: 'BAN THƯỜNG VỤ',
      number: t.number('15', 'BC-HPN'),
      placeDate: t.placeDate('Cao Lộc', '05', '02', '2027'),
      subject: 'Sơ kết 6 tháng',
      authority: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      signer: 'Nguyễn Thị Hoa',
      annexNote: t.annexNote('15/BC-HPN', '05/02/2027'),
    });
    expect(r.number).toBe('Số: 15/BC-HPN');
    expect(r.annexNote).toBe('(Kèm theo Báo cáo số 15/BC-HPN ngày 05/02/2027)');
  });

  test('the annex note writes the report’s day as dd/mm/yyyy', () => {
    expect(write(plain, one, {}, '2027-11-30').annexNote).toBe(t.annexNote('', '30/11/2027'));
  });

  test('recipients are split at semicolons, trimmed, and empty ones dropped', () => {
    expect(write(plain, one, { recipients: ' TW Hội ;; ;Lưu:  VT. ;' }).recipients).toEqual(['TW Hội', 'Lưu: VT.']);
    expect(write(plain, one, { recipients: '' }).recipients).toEqual([]);
  });
});

describe('I. who submitted', () => {
  const plain = form();
  const sections = (r: ReturnType<typeof write>) => r.sections.map((s) => s.heading);

  test('when every unit submitted on time without errors the report says so and to keep it up', () => {
    const s = summaryOf(plain, [unit('Xã A', { tong: 1 }), unit('Xã B', { tong: 1 }), unit('Xã C', { tong: 1 })]);
    const r = write(plain, s);
    expect(sections(r)).toEqual([t.sections.completeness, t.sections.results, t.sections.next]);
    expect(r.sections[0].paragraphs).toEqual([t.submitted(3, 3, '100%', 3, 0), t.allSubmitted]);
    expect(r.sections[0].paragraphs[0]).toBe(
      'Đến ngày báo cáo, 3/3 đơn vị đã nộp báo cáo (100%), trong đó 3 đơn vị nộp đúng hạn, 0 đơn vị nộp muộn.',
    );
    expect(r.sections[2].paragraphs).toEqual([t.nextStepsDone]);
  });

  test('late units are counted and named; being late alone asks nothing more of anyone', () => {
    const s = summaryOf(plain, [
      unit('Xã A', { tong: 1 }),
      unit('Xã B', { tong: 1 }, { status: 'late' }),
      unit('Xã C', { tong: 1 }, { status: 'late' }),
    ]);
    expect(firstSection(plain, s)).toEqual([
      t.submitted(3, 3, '100%', 1, 2),
      t.lateUnits('Xã B, Xã C'),
      t.allSubmitted,
    ]);
    expect(nextOf(plain, s)).toEqual([t.nextStepsDone]);
  });

  test('a unit still in draft is named as not submitted, and the next steps ask it to finish', () => {
    const s = summaryOf(plain, [unit('Xã A', { tong: 1 }), unit('Xã B', { tong: 1 }, { status: 'draft' })]);
    expect(firstSection(plain, s)).toEqual([t.submitted(1, 2, '50%', 1, 0), t.notSubmitted(1, 'Xã B')]);
    expect(nextOf(plain, s)).toEqual([t.nextSteps]);
  });

  test('a unit with no tab is named as having no figures, without a "0 units not submitted" sentence', () => {
    const s = summaryOf(plain, [
      unit('Xã A', { tong: 1 }),
      unit('Xã B', { tong: 1 }),
      unit('Xã C', { tong: null }, { status: 'missing', rows: 0 }),
    ]);
    expect(firstSection(plain, s)).toEqual([t.submitted(2, 3, '66,7%', 2, 0), t.missing(1, 'Xã C')]);
    expect(nextOf(plain, s)).toEqual([t.nextSteps]);
  });

  test('drafts and missing tabs are both named', () => {
    const s = summaryOf(plain, [
      unit('Xã A', { tong: 1 }, { status: 'draft' }),
      unit('Xã B', { tong: null }, { status: 'missing', rows: 0 }),
      unit('Xã C', { tong: null }, { status: 'missing', rows: 0 }),
    ]);
    expect(firstSection(plain, s)).toEqual([
      t.submitted(0, 3, '0%', 0, 0),
      t.notSubmitted(1, 'Xã A'),
      t.missing(2, 'Xã B, Xã C'),
    ]);
  });

  test('units with errors are counted and named (only those), and asked to fix their figures', () => {
    const s = summaryOf(plain, [
      unit('Xã A', { tong: 1 }, { errors: 2 }),
      unit('Xã B', { tong: 1 }, { warnings: 3 }),
      unit('Xã C', { tong: 1 }, { errors: 1, status: 'late' }),
    ]);
    expect(firstSection(plain, s)).toEqual([
      t.submitted(3, 3, '100%', 2, 1),
      t.lateUnits('Xã C'),
      t.allSubmitted,
      t.withErrors(2, 'Xã A, Xã C'),
    ]);
    expect(nextOf(plain, s)).toEqual([t.nextSteps]);
  });

  test('a province with no units writes 0/0 (0%) and all submitted', () => {
    const r = write(plain, summaryOf(plain, []));
    expect(r.sections.map((x) => x.paragraphs)).toEqual([
      [t.submitted(0, 0, '0%', 0, 0), t.allSubmitted],
      [t.totals('Thử')],
      [t.nextStepsDone],
    ]);
  });

  test('a report with exactly 12 late units names all 12', () => {
    const s = summaryOf(plain, many(12, 'late'));
    expect(firstSection(plain, s)[1]).toBe(t.lateUnits('U01, U02, U03, U04, U05, U06, U07, U08, U09, U10, U11, U12'));
  });

  test('a report with 13 late units names 10 and counts the other 3', () => {
    const s = summaryOf(plain, many(13, 'late'));
    const named = 'U01, U02, U03, U04, U05, U06, U07, U08, U09, U10';
    expect(firstSection(plain, s)[1]).toBe(t.lateUnits(t.andOthers(named, 3)));
    expect(firstSection(plain, s)[1]).toBe(`Đơn vị nộp muộn: ${named} và 3 đơn vị khác (xem Phụ lục).`);
  });

  test('with the roads form, a unit whose tab is not found is named as having no figures, not as "0 units not submitted"', () => {
    const units = presets['bac-giang-2020'].units();
    const byName = (n: string) => units.find((u) => u.name === n) as Unit;
    const header = roads.columns.map((c) => c.label);
    const road = (len: number) => ['Đường', 'Thôn', len, 'Có', 'Có', 'Có', 'Có', '', '', ''];
    const input = (u: Unit, status: string, rows: unknown[][]) => {
      const values = [['T'], ['Đơn vị'], [status], [''], header, ...rows];
      return { unit: u, report: validateSheet(roads, u.sheet, values, 'UTC'), status: readStatus(values) };
    };
    const summary = aggregate(roads, [
      input(byName('Yên Thế'), 'Trạng thái: Đã nộp 08:15 15/09/2020 bởi a@x.vn', [road(600), road(700)]),
      input(byName('Tân Yên'), 'Trạng thái: Đã nộp 09:00 16/09/2020 bởi b@x.vn', [road(800)]),
      { unit: byName('Lục Nam'), report: null, status: { state: 'draft' as const } },
    ]);
    expect(firstSection(roads, summary)).toEqual([t.submitted(2, 3, '66,7%', 2, 0), t.missing(1, 'Lục Nam')]);
    expect(firstSection(roads, summary)[1]).toBe('1 đơn vị chưa có số liệu (không tìm thấy trang tính): Lục Nam.');
  });
});

describe('II. results: the totals', () => {
  test('percentages get %, counts and sums are plain, decimals only where needed; blank totals are left out', () => {
    const f = form({
      measures: [
        { key: 'soDong', label: 'Số dòng', agg: 'count' },
        { key: 'datPct', label: 'Tỷ lệ đạt', agg: 'percentPassing' },
        { key: 'coDienPct', label: 'Tỷ lệ có điện', agg: 'percentYes', column: 'coDien' },
        { key: 'coDien', label: 'Số có điện', agg: 'countYes', column: 'coDien' },
        { key: 'tyLe', label: 'Tỷ lệ tiền', agg: 'ratioOfSums', numerator: 'soTien', denominator: 'soTien2' },
        {
          key: 'binhQuan',
          label: 'Tiền mỗi phần',
          agg: 'ratioOfSums',
          numerator: 'soTien',
          denominator: 'soTien2',
          percent: false,
        },
        { key: 'tong', label: 'Tổng tiền', agg: 'sum', column: 'soTien' },
        { key: 'trungBinh', label: 'Trung bình', agg: 'avg', column: 'soTien' },
        { key: 'lonNhat', label: 'Lớn nhất', agg: 'max', column: 'soTien' },
        { key: 'nhoNhat', label: 'Nhỏ nhất', agg: 'min', column: 'soTien' },
      ],
    });
    const s = summaryOf(f, [unit('Xã A', {})], {
      soDong: 12,
      datPct: 62.5,
      coDienPct: 12.96,
      coDien: 6,
      tyLe: 33.333,
      binhQuan: 1.5,
      tong: 1_462_500_000,
      trungBinh: null,
      nhoNhat: 2.04,
    });
    expect(resultsOf(f, s)).toEqual([
      t.totals('Thử'),
      t.measure('Số dòng', '12'),
      t.measure('Tỷ lệ đạt', '62,5%'),
      t.measure('Tỷ lệ có điện', '13%'),
      t.measure('Số có điện', '6'),
      t.measure('Tỷ lệ tiền', '33,3%'),
      t.measure('Tiền mỗi phần', '1,5'),
      t.measure('Tổng tiền', '1.462.500.000'),
      t.measure('Nhỏ nhất', '2'),
    ]);
    expect(resultsOf(f, s)[0]).toBe('Tổng hợp số liệu toàn tỉnh (Thử):');
    expect(resultsOf(f, s)[7]).toBe('Tổng tiền: 1.462.500.000.');
  });
});

describe('II. results: the target', () => {
  const counted = form({
    measures: [
      { key: 'soDong', label: 'Số dòng', agg: 'count' },
      { key: 'datChiTieu', label: 'Tỷ lệ Đạt Chỉ Tiêu', agg: 'percentOfTarget' },
    ],
    target: { measure: 'soDong', default: 5, label: 'Chỉ tiêu' },
    chartMeasure: 'soDong',
  });

  test('a count target: the total against it, who reached it (even exactly), who did not; no-target and missing units are not judged', () => {
    const s = summaryOf(
      counted,
      [
        unit('Xã A', { soDong: 6, datChiTieu: 120 }, { target: 5 }),
        unit('Xã B', { soDong: 5, datChiTieu: 100 }, { target: 5 }),
        unit('Xã C', { soDong: 2, datChiTieu: 40 }, { target: 5 }),
        unit('Xã D', { soDong: null, datChiTieu: null }, { target: 5 }),
        unit('Xã E', { soDong: 3, datChiTieu: null }, { target: null }),
        unit('Xã F', { soDong: null, datChiTieu: null }, { target: 5, status: 'missing', rows: 0 }),
      ],
      { soDong: 16, datChiTieu: 64 },
      25,
    );
    expect(resultsOf(counted, s)).toEqual([
      t.totals('Thử'),
      t.measure('Số dòng', '16'),
      t.measure('Tỷ lệ Đạt Chỉ Tiêu', '64%'),
      t.target('Số dòng', '16', '25', '64%'),
      t.reachedTarget(2, 'Xã A, Xã B'),
      t.belowTarget(2, 'Xã C, Xã D'),
      t.leading('tỷ lệ đạt chỉ tiêu', t.unitValue('Xã A', '120')),
      t.lagging('tỷ lệ đạt chỉ tiêu', t.unitValue('Xã C', '40')),
    ]);
    expect(resultsOf(counted, s)[3]).toBe('Số dòng: đạt 16 trên chỉ tiêu 25 (64%).');
    expect(resultsOf(counted, s)[5]).toBe('2 đơn vị chưa đạt chỉ tiêu: Xã C, Xã D.');
  });

  test('when every unit reaches its target no "below target" sentence is written', () => {
    const s = summaryOf(
      counted,
      [
        unit('Xã A', { soDong: 6, datChiTieu: 120 }, { target: 5 }),
        unit('Xã B', { soDong: 3, datChiTieu: 150 }, { target: 2 }),
      ],
      { soDong: 9, datChiTieu: 128.57142857142858 },
      7,
    );
    expect(resultsOf(counted, s)).toEqual([
      t.totals('Thử'),
      t.measure('Số dòng', '9'),
      t.measure('Tỷ lệ Đạt Chỉ Tiêu', '128,6%'),
      t.target('Số dòng', '9', '7', '128,6%'),
      t.reachedTarget(2, 'Xã A, Xã B'),
      t.leading('tỷ lệ đạt chỉ tiêu', t.unitValue('Xã B', '150')),
      t.lagging('tỷ lệ đạt chỉ tiêu', t.unitValue('Xã A', '120')),
    ]);
  });

  test('when no unit reaches its target the report says none did', () => {
    const s = summaryOf(counted, [unit('Xã A', { soDong: 1, datChiTieu: 20 }, { target: 5 })], { soDong: 1 }, 5);
    expect(resultsOf(counted, s)).toEqual([
      t.totals('Thử'),
      t.measure('Số dòng', '1'),
      t.target('Số dòng', '1', '5', '20%'),
      t.reachedTarget(0, t.none),
      t.belowTarget(1, 'Xã A'),
    ]);
    expect(resultsOf(counted, s)[3]).toBe('0 đơn vị đạt hoặc vượt chỉ tiêu: không có.');
  });

  test('a percent target is written as reached % against the target %', () => {
    const f = form({
      measures: [
        { key: 'soDong', label: 'Số dòng', agg: 'count' },
        { key: 'tyLe', label: 'Tỷ lệ có điện', agg: 'percentYes', column: 'coDien' },
      ],
      target: { measure: 'tyLe', default: 80, label: 'Chỉ tiêu (%)' },
    });
    const s = summaryOf(
      f,
      [unit('Xã A', { soDong: 4, tyLe: 90 }, { target: 80 }), unit('Xã B', { soDong: 2, tyLe: 62.5 }, { target: 80 })],
      { soDong: 6, tyLe: 75 },
      80,
    );
    expect(resultsOf(f, s)).toEqual([
      t.totals('Thử'),
      t.measure('Số dòng', '6'),
      t.measure('Tỷ lệ có điện', '75%'),
      t.targetPercent('Tỷ lệ có điện', '75%', '80%'),
      t.reachedTarget(1, 'Xã A'),
      t.belowTarget(1, 'Xã B'),
      t.leading('số dòng', t.unitValue('Xã A', '4')),
      t.lagging('số dòng', t.unitValue('Xã B', '2')),
    ]);
    expect(resultsOf(f, s)[3]).toBe('Tỷ lệ có điện: đạt 75% (chỉ tiêu 80%).');
  });

  test('a province target of 0 or none writes no target sentence', () => {
    const units = [
      unit('Xã A', { soDong: 6, datChiTieu: null }, { target: 5 }),
      unit('Xã B', { soDong: 1, datChiTieu: null }, { target: 5 }),
    ];
    const expected = [
      t.totals('Thử'),
      t.measure('Số dòng', '7'),
      t.leading('số dòng', t.unitValue('Xã A', '6')),
      t.lagging('số dòng', t.unitValue('Xã B', '1')),
    ];
    const noPercent = form({
      measures: [{ key: 'soDong', label: 'Số dòng', agg: 'count' }],
      target: { measure: 'soDong', default: 5, label: 'Chỉ tiêu' },
    });
    expect(resultsOf(noPercent, summaryOf(noPercent, units, { soDong: 7 }, 0))).toEqual(expected);
    expect(resultsOf(noPercent, summaryOf(noPercent, units, { soDong: 7 }, null))).toEqual(expected);
  });

  test('with no province total for the target measure only who reached it is written', () => {
    const units = [
      unit('Xã A', { soDong: 6, datChiTieu: null }, { target: 5 }),
      unit('Xã B', { soDong: 1, datChiTieu: null }, { target: 5 }),
    ];
    const judged = [
      t.reachedTarget(1, 'Xã A'),
      t.belowTarget(1, 'Xã B'),
      t.leading('số dòng', t.unitValue('Xã A', '6')),
      t.lagging('số dòng', t.unitValue('Xã B', '1')),
    ];
    const f = form({
      measures: [{ key: 'soDong', label: 'Số dòng', agg: 'count' }],
      target: { measure: 'soDong', default: 5, label: 'Chỉ tiêu' },
    });
    expect(resultsOf(f, summaryOf(f, units, { soDong: null }, 10))).toEqual([t.totals('Thử'), ...judged]);
    expect(resultsOf(f, summaryOf(f, units, {}, 10))).toEqual([t.totals('Thử'), ...judged]);
  });
});

describe('II. results: who leads and who lags', () => {
  const ranked = (results: string[]) => results.filter((p) => p.startsWith('Dẫn đầu') || p.startsWith('Thấp nhất'));

  test('a form with a score ranks by the competition score', () => {
    const f = form({
      measures: [
        { key: 'tong', label: 'Tổng tiền', agg: 'sum', column: 'soTien' },
        { key: 'soDong', label: 'Số dòng', agg: 'count' },
      ],
      score: { weights: [{ measure: 'soDong', weight: 2 }] },
      chartMeasure: 'tong',
    });
    const s = summaryOf(f, [
      unit('Xã A', { tong: 100, soDong: 1 }, { score: 2 }),
      unit('Xã B', { tong: 1, soDong: 4 }, { score: 8.25 }),
      unit('Xã C', { tong: 50, soDong: 2 }, { score: 4 }),
    ]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading(t.scoreWord, t.unitValue('Xã B', '8,3')),
      t.lagging(t.scoreWord, t.unitValue('Xã A', '2')),
    ]);
    expect(ranked(resultsOf(f, s))[0]).toBe('Dẫn đầu về điểm thi đua: Xã B (8,3).');
  });

  test('without a score or % of target the chart’s measure is ranked', () => {
    const f = form({
      measures: [
        { key: 'tong', label: 'Tổng tiền', agg: 'sum', column: 'soTien' },
        { key: 'soDong', label: 'Số Dòng', agg: 'count' },
      ],
      chartMeasure: 'soDong',
    });
    const s = summaryOf(f, [
      unit('Xã A', { tong: 100, soDong: 1 }, { score: 9 }),
      unit('Xã B', { tong: 1, soDong: 4 }, { score: 1 }),
    ]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('số dòng', t.unitValue('Xã B', '4')),
      t.lagging('số dòng', t.unitValue('Xã A', '1')),
    ]);
  });

  test('without a score, % of target or chart measure the first measure is ranked', () => {
    const f = form({
      measures: [
        { key: 'tong', label: 'Tổng Tiền', agg: 'sum', column: 'soTien' },
        { key: 'soDong', label: 'Số dòng', agg: 'count' },
      ],
    });
    const s = summaryOf(f, [unit('Xã A', { tong: 1_500_000, soDong: 1 }), unit('Xã B', { tong: 20_000, soDong: 4 })]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('tổng tiền', t.unitValue('Xã A', '1.500.000')),
      t.lagging('tổng tiền', t.unitValue('Xã B', '20.000')),
    ]);
  });

  test('a summary with no measures writes no leading or lagging sentence', () => {
    const f = form();
    const s: Summary = { ...summaryOf(f, [unit('Xã A', {}), unit('Xã B', {})]), measures: [] };
    expect(resultsOf(f, s)).toEqual([t.totals('Thử')]);
  });

  test('2 units: one leads and one lags', () => {
    const f = form();
    const s = summaryOf(f, [unit('Xã A', { tong: 3 }), unit('Xã B', { tong: 7 })], { tong: 10 });
    expect(resultsOf(f, s)).toEqual([
      t.totals('Thử'),
      t.measure('Tổng tiền', '10'),
      t.leading('tổng tiền', t.unitValue('Xã B', '7')),
      t.lagging('tổng tiền', t.unitValue('Xã A', '3')),
    ]);
  });

  test('5 units: the best 2 and the worst 2, the worst first', () => {
    const f = form();
    const s = summaryOf(f, [
      unit('Xã A', { tong: 30 }),
      unit('Xã B', { tong: 10 }),
      unit('Xã C', { tong: 50 }),
      unit('Xã D', { tong: 20 }),
      unit('Xã E', { tong: 40 }),
    ]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('tổng tiền', [t.unitValue('Xã C', '50'), t.unitValue('Xã E', '40')].join(', ')),
      t.lagging('tổng tiền', [t.unitValue('Xã B', '10'), t.unitValue('Xã D', '20')].join(', ')),
    ]);
    expect(ranked(resultsOf(f, s))[1]).toBe('Thấp nhất về tổng tiền: Xã B (10), Xã D (20).');
  });

  test('8 units: never more than 3 at each end', () => {
    const f = form();
    const values = [5, 80, 20, 70, 10, 60, 30, 40];
    const s = summaryOf(
      f,
      values.map((v, i) => unit(`Xã ${String.fromCharCode(65 + i)}`, { tong: v })),
    );
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('tổng tiền', 'Xã B (80), Xã D (70), Xã F (60)'),
      t.lagging('tổng tiền', 'Xã A (5), Xã E (10), Xã C (20)'),
    ]);
  });

  test('equal figures are ranked in Vietnamese alphabetical order (A before Ă, D before Đ)', () => {
    const f = form();
    const s = summaryOf(f, [
      unit('Xã Đông', { tong: 5 }),
      unit('Xã Anh', { tong: 5 }),
      unit('Xã Dương', { tong: 5 }),
      unit('Xã Ă', { tong: 5 }),
    ]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('tổng tiền', 'Xã Anh (5), Xã Ă (5)'),
      t.lagging('tổng tiền', 'Xã Đông (5), Xã Dương (5)'),
    ]);
  });

  test('a unit without a figure for the measure is left out of the ranking', () => {
    const f = form();
    const s = summaryOf(f, [unit('Xã A', { tong: 10 }), unit('Xã B', { tong: null }), unit('Xã C', { tong: 4 })]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('tổng tiền', t.unitValue('Xã A', '10')),
      t.lagging('tổng tiền', t.unitValue('Xã C', '4')),
    ]);
  });

  test('with one ranked unit (the other has no figure, or no tab) no leading or lagging sentence is written', () => {
    const f = form();
    expect(
      ranked(resultsOf(f, summaryOf(f, [unit('Xã A', { tong: 10 }), unit('Xã B', { tong: null })], { tong: 10 }))),
    ).toEqual([]);
    expect(
      ranked(
        resultsOf(
          f,
          summaryOf(f, [unit('Xã A', { tong: 10 }), unit('Xã B', { tong: null }, { status: 'missing', rows: 0 })]),
        ),
      ),
    ).toEqual([]);
    expect(ranked(resultsOf(f, summaryOf(f, [unit('Xã A', { tong: 10 })])))).toEqual([]);
  });

  test('a negative figure ranks below zero', () => {
    const f = form();
    const s = summaryOf(f, [unit('Xã A', { tong: 0 }), unit('Xã B', { tong: -2.5 })]);
    expect(ranked(resultsOf(f, s))).toEqual([
      t.leading('tổng tiền', t.unitValue('Xã A', '0')),
      t.lagging('tổng tiền', t.unitValue('Xã B', '-2,5')),
    ]);
  });
});
