import { readMau, roads } from '../../src/core';
import { Google, World } from '../fakes';
import { ADMIN, at } from './province';

const UNIT = 'dongkinh@hoiphunu.example.org';
const road = (name: string, length: unknown, households: unknown) => [
  name,
  'Khối 1',
  length,
  'Có',
  'Có',
  'Có',
  'Có',
  '',
  '20/6/2026',
  1_000_000,
  households,
];

/** A new spreadsheet, shared with one commune's focal person; the admin opens it. */
function newSpreadsheet() {
  const world = new World({ now: at('2026-09-10').toISOString(), user: ADMIN });
  world.sharedWith = [UNIT];
  const g = new Google(world);
  g.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
  return { g, world };
}

const rowOf = (values: unknown[][], first: string) => values.findIndex((r) => r[0] === first) + 1;

describe('set-up in Sheets with the Mẫu sheet, through the entry points only', () => {
  test('a copy of a built-in form to edit and a province: the edited Mẫu makes the tabs, validates and counts the new column', () => {
    const { g, world } = newSpreadsheet();
    world.promptAnswers.push(['OK', '3 sửa'], ['OK', 'lang son']);
    g.call('menuSetup');
    expect(world.alerts[0]).toContain('3. Con đường "Sáng - Xanh - Sạch đẹp - An toàn" (con-duong-sxsdat)');
    expect(world.alerts.pop()).toBe(
      'Đã tạo trang Mẫu (bản sao để sửa) và trang Cấu hình. Cấu hình có sẵn 65 đơn vị của Tỉnh Lạng Sơn: điền email đầu mối. Sửa trang Mẫu nếu cần (thêm cột, đổi tiêu chí), rồi chọn lại Thiết lập báo cáo để tạo trang cho từng đơn vị.',
    );
    // The copy offers the words to pick as dropdowns, over the columns table only.
    const copy = g.values('Mẫu');
    const kieu = copy[rowOf(copy, 'Mã cột') - 1].indexOf('Kiểu') + 1;
    expect(g.sheet('Mẫu')._cell(rowOf(copy, 'tenDuong'), kieu).dv?.getCriteriaValues()[0]).toContain('Số nguyên');
    expect(g.sheet('Mẫu')._cell(rowOf(copy, 'soDuong'), kieu).dv ?? null).toBeNull();
    // The copy, as Sheets holds it, reads back as the very form it was made from.
    expect(readMau(g.values('Mẫu'), 'Asia/Ho_Chi_Minh').template).toStrictEqual(roads);
    const cfg = g.values('Cấu hình');
    const dk = rowOf(cfg, '05977');
    expect(cfg[dk - 1].slice(0, 4)).toEqual(['05977', 'Phường Đông Kinh', 'Đông Kinh', '']);

    // The clerk edits the Mẫu: a new column in the blank row under the last one, a changed criterion, new dates.
    const mau = g.values('Mẫu');
    const head = mau[rowOf(mau, 'Mã cột') - 1];
    const col = (h: string) => head.indexOf(h) + 1;
    g.type(ADMIN, 'Mẫu', rowOf(mau, 'kinhPhi') + 1, 2, [['Số hộ hưởng lợi', 'Số nguyên', 'Không', 0]]);
    g.type(ADMIN, 'Mẫu', rowOf(mau, 'kinhPhi') + 1, col('Tổng hợp'), [['Tổng']]);
    g.type(ADMIN, 'Mẫu', rowOf(mau, 'chieuDai'), col('Điều kiện đạt'), [['>= 300']]);
    g.type(ADMIN, 'Mẫu', rowOf(mau, 'ngayHoanThanh'), col('Nhỏ nhất'), [['25/02/2026', '30/09/2026']]);
    g.type(ADMIN, 'Cấu hình', dk, 4, [[UNIT]]);

    g.call('menuSetup');
    expect(world.alerts.pop()).toBe('Đã thiết lập: tạo mới 65 trang đơn vị, giữ nguyên 0 trang đã có.');
    expect(g.values('Đông Kinh')[4]).toContain('Số hộ hưởng lợi');
    // The key made up for the blank Mã cột is written into the Mẫu, so it stays when the label changes.
    expect(g.values('Mẫu')[rowOf(mau, 'kinhPhi')][0]).toBe('soHoHuongLoi');
    expect(() => g.type(UNIT, 'Mẫu', 4, 2, [['sửa trộm']])).toThrow(/protected/);

    g.type(UNIT, 'Đông Kinh', 6, 1, [road('Đường hoa', 350, 'ba mươi'), road('Đường sáng', 620, 45)], { paste: true });
    g.call('menuCheck', [], { user: UNIT });
    expect(world.alerts.pop()).toBe('Còn 1 lỗi trên 1 trang — các ô lỗi đã được tô đỏ và có ghi chú giải thích.');
    expect(g.sheet('Đông Kinh')._cell(6, 11).note).toContain('"ba mươi" không phải là số');
    g.type(UNIT, 'Đông Kinh', 6, 11, [[30]]);

    g.call('menuSummarize');
    const summary = g.values('Tổng hợp');
    const header = summary[3] as string[];
    const row = summary.find((r) => r[1] === 'Phường Đông Kinh') as unknown[];
    expect(row[header.indexOf('Số hộ hưởng lợi')]).toBe(75);
    // 350 m meets the edited criterion (>= 300).
    expect(row[header.indexOf('Đường đạt tiêu chuẩn')]).toBe(2);
  });

  test('a Mẫu with a mistake: set-up names the cell and changes nothing', () => {
    const { g, world } = newSpreadsheet();
    world.promptAnswers.push(['OK', 'con-duong-sxsdat sửa'], ['CANCEL', '']);
    g.call('menuSetup');
    const mau = g.values('Mẫu');
    const r = rowOf(mau, 'chieuDai');
    g.type(ADMIN, 'Mẫu', r, 3, [['Số nguyênn']]);
    g.type(ADMIN, 'Cấu hình', rowOf(g.values('Cấu hình'), 'Mã') + 1, 2, [['Xã Thử']]);
    const before = g.ss.sheets.map((s) => s.name);
    g.call('menuSetup');
    expect(world.alerts.pop()).toBe(
      `trang Mẫu có 1 lỗi — sửa rồi chạy lại (chưa thay đổi gì):\n  Mẫu!C${r}: kiểu "Số nguyênn" không có — có phải "Số nguyên"? (các kiểu: "Số nguyên", "Số", "Phần trăm", "Có/Không", "Ngày", "Danh sách", "Chữ")`,
    );
    expect(g.ss.sheets.map((s) => s.name)).toEqual(before);
  });

  test('a Mẫu pasted in before set-up is read as the form; a form or province not known is said, nothing made', () => {
    const { g, world } = newSpreadsheet();
    world.promptAnswers.push(['OK', '9'], ['CANCEL', '']);
    g.call('menuSetup');
    expect(world.alerts.pop()).toBe(
      'không có mẫu "9" — nhập số 1–4 hoặc một mã: bao-cao-dinh-ky, gia-dinh-5k3s, con-duong-sxsdat, de-nghi-khen-thuong',
    );
    world.promptAnswers.push(['OK', '1'], ['OK', 'Lang Sonn']);
    g.call('menuSetup');
    expect(world.alerts.pop()).toBe(
      'không có tỉnh, thành phố "Lang Sonn" — có phải "Lạng Sơn"? (34 tỉnh, thành phố từ 1/7/2025)',
    );
    expect(g.ss.sheets.map((s) => s.name)).not.toContain('Cấu hình');

    // A clerk's own Mẫu, pasted into a sheet named Mẫu: set-up asks only for the province.
    const sheet = g.spreadsheet.insertSheet('Mẫu');
    world.run(() => sheet.getRange(1, 1, 1, 1).setValues([['MẪU BÁO CÁO']]));
    g.type(ADMIN, 'Mẫu', 2, 1, [
      ['Tên mẫu', 'Theo dõi tổ phụ nữ'],
      ['Mỗi dòng là', 'một tổ'],
      ['CỘT'],
      ['Tên cột', 'Kieu', 'Tong hop'],
      ['Tên tổ', 'chu', ''],
      ['Số hội viên', 'so nguyen', 'tong'],
    ]);
    world.promptAnswers.push(['OK', 'Bắc Ninh']);
    g.call('menuSetup');
    expect(world.alerts.pop()).toMatch(
      /^Đã đọc trang Mẫu và tạo trang Cấu hình\. Cấu hình có sẵn 99 đơn vị của Tỉnh Bắc Ninh/,
    );
    expect(g.values('Cấu hình')[2][1]).toBe('theo-doi-to-phu-nu');
  });
});

describe('changing the form mid-period in Sheets', () => {
  test('at 99 units × 200 rows, set-up after a Mẫu edit keeps every typed value, each column in its new place', () => {
    const { g, world } = newSpreadsheet();
    world.promptAnswers.push(['OK', '3 sửa'], ['CANCEL', '']);
    g.call('menuSetup');
    const units = Array.from({ length: 99 }, (_, i) => [`X${i}`, `Xã ${i}`, `Xã ${i}`, '', '']);
    const cfg = g.values('Cấu hình');
    g.type(ADMIN, 'Cấu hình', rowOf(cfg, 'Mã') + 1, 1, units);
    g.call('menuSetup');
    expect(world.alerts.pop()).toBe('Đã thiết lập: tạo mới 99 trang đơn vị, giữ nguyên 0 trang đã có.');

    const rowsOf = (u: number) =>
      Array.from({ length: 200 }, (_, i) => [
        `Đường ${u}-${i}`,
        `Thôn ${i % 7}`,
        400 + ((u * 200 + i) % 900),
        'Có',
        i % 3 ? 'Có' : 'Không',
        'Có',
        'Có',
        i % 4 ? '' : 'Có',
        `${1 + (i % 28)}/6/2020`,
        1_000_000 + i,
      ]);
    for (let u = 0; u < 99; u++) g.type(ADMIN, `Xã ${u}`, 6, 1, rowsOf(u), { paste: true });
    const typedIn = (u: number) =>
      g
        .values(`Xã ${u}`)
        .slice(5)
        .flat()
        .filter((v) => v !== '')
        .map((v) => (v instanceof Date ? v.toISOString() : String(v)))
        .sort();
    const snapshot = Array.from({ length: 99 }, (_, u) => typedIn(u));

    // The clerk renames Camera, adds a column after Chiều dài, and removes Kinh phí from the Mẫu.
    const mau = g.values('Mẫu');
    g.type(ADMIN, 'Mẫu', rowOf(mau, 'camera'), 2, [['Có camera an ninh']]);
    const kinhPhi = rowOf(mau, 'kinhPhi');
    g.type(ADMIN, 'Mẫu', kinhPhi, 1, [mau[kinhPhi - 1].map(() => '')]);
    g.type(ADMIN, 'Mẫu', rowOf(mau, 'kinhPhi') + 1, 1, [['', 'Số hộ hưởng lợi', 'Số nguyên', 'Không', 0, 500]]);
    const measure = mau.findIndex((r) => r[3] === 'kinhPhi') + 1;
    g.type(ADMIN, 'Mẫu', measure, 1, [mau[measure - 1].map(() => '')]);

    g.call('menuSetup');
    expect(world.alerts.pop()).toBe(
      'Đã thiết lập: tạo mới 0 trang đơn vị, giữ nguyên 99 trang đã có.\nMẫu đã đổi: 99 trang đơn vị theo mẫu mới, mọi số liệu đã nhập vẫn còn (ví dụ Xã 0: thêm "Số hộ hưởng lợi" đổi tên "Camera an ninh" → "Có camera an ninh" chuyển sang phải (không xóa) "Kinh phí vận động (VNĐ)").',
    );
    for (let u = 0; u < 99; u++) expect(typedIn(u)).toEqual(snapshot[u]);
    const tab = g.values('Xã 7');
    expect(tab[4]).toEqual([
      'Tên con đường',
      'Xã/thôn',
      'Chiều dài (m)',
      'Điện thắp sáng ban đêm',
      'Trồng hoa/cây xanh',
      'Sạch, không rác thải',
      'Gắn biển',
      'Có camera an ninh',
      'Ngày hoàn thành',
      'Số hộ hưởng lợi',
      'Kinh phí vận động (VNĐ) (cột đã bỏ)',
    ]);
    expect(tab[5][10]).toBe(1_000_000);
    // The new column takes its validation; nothing stale stays right of the form.
    expect(g.sheet('Xã 7')._cell(6, 10).dv?.getCriteriaType()).toBe('NUMBER_BETWEEN');
    expect(g.sheet('Xã 7')._cell(6, 10).dv?.getCriteriaValues()).toEqual([0, 500]);
    expect(g.sheet('Xã 7')._cell(6, 11).dv ?? null).toBeNull();
    // A second set-up with the same form moves nothing.
    g.call('menuSetup');
    expect(world.alerts.pop()).toBe('Đã thiết lập: tạo mới 0 trang đơn vị, giữ nguyên 99 trang đã có.');
  });
});
