import { loadSettings, parseSettings } from '../../src/core';

/** Midnight of a day in Vietnam: what Sheets stores for a date typed in a Vietnamese-locale sheet. */
const vnDay = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
const ZONE = 'Asia/Ho_Chi_Minh';

const head = [
  ['Mẫu báo cáo', 'con-duong-sxsdat'],
  [],
  ['ĐƠN VỊ'],
  ['Mã', 'Tên đơn vị', 'Tên trang tính', 'Email đầu mối', 'Chỉ tiêu'],
];
const deadlinesHead = [[], ['HẠN NỘP'], ['Mã', 'Nội dung', 'Ngày', 'Nhắc trước (ngày)', 'Báo quá hạn']];
const admins = [[], ['QUẢN TRỊ VIÊN'], ['Email'], ['vp@x.vn']];

describe('Cấu hình as Google Sheets stores what the province typed (Vietnamese locale)', () => {
  test('a deadline typed 25/09/2020 comes back as a Date and is the deadline, not the template’s', () => {
    const rows = [
      ...head,
      ['DV01', 'Xã A', '', 'a@x.vn', 9],
      ...deadlinesHead,
      ['h1', 'Nộp báo cáo', vnDay('2020-09-25'), 7, false],
      ...admins,
    ];
    const display = rows.map((r) => r.map((v) => (v instanceof Date ? '25/09/2020' : String(v ?? ''))));
    const loaded = loadSettings(rows, { timeZone: ZONE, display });
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.issues).toEqual([]);
    expect(loaded.settings.deadlines).toEqual([
      { code: 'h1', title: 'Nộp báo cáo', date: '25/09/2020', offsets: [7], overdue: false },
    ]);
    expect(loaded.settings.units[0].target).toBe(9);
  });

  test('a yearly 10/06, stored by Sheets as 10/06 of this year but shown without a year, stays yearly', () => {
    const rows = [
      ...head,
      ['DV01', 'Xã A', '', 'a@x.vn', ''],
      ...deadlinesHead,
      ['h1', '6 tháng', vnDay('2026-06-10'), '7, 3', true],
      ['h2', 'Cả năm', vnDay('2026-11-10'), '', 'Không'],
      ...admins,
    ];
    const display = rows.map((r, i) => r.map((v) => (v instanceof Date ? (i === 8 ? '10/06' : '10/11/2026') : '')));
    const { settings, issues } = parseSettings(rows, 'Cấu hình', { timeZone: ZONE, display });
    expect(issues).toEqual([]);
    expect(settings.deadlines.map((d) => [d.date, d.offsets, d.overdue])).toEqual([
      ['10/06', [7, 3], true],
      ['10/11/2026', [7, 3, 1, 0], false],
    ]);
  });

  test('a date in the sheet’s own zone is that day even when the script runs elsewhere (Auckland sheet)', () => {
    const aucklandMidnight = new Date('2020-09-25T00:00:00+12:00');
    const rows = [...head, ['DV01', 'Xã A', '', '', ''], ...deadlinesHead, ['h1', 'Hạn', aucklandMidnight], ...admins];
    const { settings } = parseSettings(rows, 'Cấu hình', { timeZone: 'Pacific/Auckland' });
    expect(settings.deadlines[0].date).toBe('25/09/2020');
  });

  test('a bad deadline typed as a date is shown as dd/MM/yyyy, never as a JavaScript date', () => {
    const rows = [...head, ['DV01', 'Xã A', '', '', ''], ...deadlinesHead, ['h1', 'Hạn', 45000, '7,5'], ...admins];
    rows[4][4] = vnDay('2020-01-02') as never;
    const { issues } = parseSettings(rows, 'Cấu hình', { timeZone: ZONE });
    const text = issues.map((i) => `${i.cell} ${i.value} ${i.message}`);
    expect(text).toEqual([
      'E5 02/01/2020 chỉ tiêu "02/01/2020" không phải là số dương — nhập số, ví dụ 9, hoặc để trống',
      'C9 45000 ngày hạn "45000" không đúng — nhập 20/09/2020 (một lần) hoặc 10/06 (hằng năm)',
    ]);
    expect(text.join('\n')).not.toMatch(/GMT|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2}\b/);
  });

  test('offsets typed 7,5 in a Vietnamese sheet become the decimal 7,5 and are reported, not taken as 7 and 5', () => {
    const rows = [...head, ['DV01', 'Xã A', '', '', ''], ...deadlinesHead, ['h1', 'Hạn', '20/09/2020', 7.5], ...admins];
    const { issues, settings } = parseSettings(rows);
    expect(issues.map((i) => [i.cell, i.message])).toEqual([
      [
        'D9',
        '"7,5" không đúng — nhập số ngày nhắc trước, cách nhau dấu phẩy, ví dụ 7, 3, 1, 0 (trong lúc chờ sửa, hạn nộp vẫn giữ và nhắc theo 7, 3, 1, 0 ngày)',
      ],
    ]);
    // The deadline stands; its reminders follow the usual days until the cell is fixed.
    expect(settings.deadlines.map((d) => [d.date, d.offsets])).toEqual([['20/09/2020', [7, 3, 1, 0]]]);
  });
});

describe('every problem in the units table reaches the admin with its cell, and nothing is guessed', () => {
  const units = (...r: unknown[][]) => parseSettings([...head, ...r, ...admins]);

  test('a unit whose tab would be Tổng hợp, Cấu hình, Nhật ký or Mẫu (any case, NFD too) is refused', () => {
    const { settings, issues } = units(
      ['', 'Xã A', 'tổng hợp', 'a@x.vn'],
      ['', 'Cấu hình'.normalize('NFD'), '', 'b@x.vn'],
      ['', 'Xã C', 'NHẬT KÝ', 'c@x.vn'],
      ['', 'Xã D', 'Mẫu', 'd@x.vn'],
      ['', 'Xã E', 'history', 'e@x.vn'],
      ['', 'Xã F', "'Xã F", 'f@x.vn'],
      ['', 'Xã G', '', 'g@x.vn'],
    );
    expect(settings.units.map((u) => u.name)).toEqual(['Xã G']);
    expect(issues.map((i) => i.cell)).toEqual(['C5', 'B6', 'C7', 'C8', 'C9', 'C10']);
    expect(issues.slice(0, 5).every((i) => i.message.includes('trùng với trang của hệ thống'))).toBe(true);
    expect(issues[5].message).toContain('dấu nháy');
  });

  test('names equal but for case, Unicode form or past 31 characters are one tab: the second is refused', () => {
    const long = 'Hội Liên hiệp Phụ nữ xã Phúc Sơn A';
    const { settings, issues } = units(
      ['', 'Lục Nam', '', 'a@x.vn'],
      ['', 'LỤC NAM'.normalize('NFD'), '', 'b@x.vn'],
      ['', 'Xã B', 'lục nam', 'c@x.vn'],
      ['', long, '', 'd@x.vn'],
      ['', `${long.slice(0, 31)} B`, '', 'e@x.vn'],
    );
    expect(settings.units.map((u) => u.name)).toEqual(['Lục Nam', long]);
    expect(issues.map((i) => [i.cell, i.message.slice(0, 25)])).toEqual([
      ['B6', 'đơn vị "LỤC NAM" đã có ở '],
      ['C7', 'trang tính "lục nam" trùn'],
      ['B9', 'trang tính "Hội Liên hiệp'],
    ]);
    expect(issues[2].message).toContain('31 ký tự');
  });

  test('one focal email for two units is reported; the same code twice is refused', () => {
    const { settings, issues } = units(
      ['26734', 'Xã A', '', 'chung@x.vn'],
      ['26737', 'Xã B', '', 'Chung@x.vn; b@x.vn'],
      ['26734', 'Xã C', '', 'c@x.vn'],
    );
    expect(settings.units.map((u) => [u.code, u.name])).toEqual([
      ['26734', 'Xã A'],
      ['26737', 'Xã B'],
    ]);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ['D6', 'warning'],
      ['A7', 'error'],
    ]);
    expect(issues[0].message).toContain('dòng 5');
  });

  test('a blank Mã gets a code no typed one uses, the same whatever is inserted above it later', () => {
    const first = units(['DV01', 'Xã A', '', ''], ['', 'Xã B', '', ''], ['26734', 'Xã C', '', 0 as never]);
    expect(first.settings.units.map((u) => u.code)).toEqual(['DV01', 'DV02', '26734']);
    expect(first.blankCodes).toEqual([{ row: 6, code: 'DV02' }]);
    // The province typed codes as numbers (official commune codes): kept as they are.
    const typed = units([26734, 'Xã A', '', ''], ['', 'Xã B', '', '']);
    expect(typed.settings.units.map((u) => u.code)).toEqual(['26734', 'DV01']);
  });
});
