import { newSettings, parseSettings, presets, renderSettings, unitsFromTable } from '../../src/core';
import { roads } from '../../src/core/templates';

describe('Cấu hình is plain tables a person edits', () => {
  test('what init writes reads back the same', () => {
    const s = newSettings(roads, presets['bac-giang-2020'].units(), ['vp@x.vn'], 'Năm 2020');
    const { settings, issues } = parseSettings(renderSettings(s));
    expect(issues).toEqual([]);
    expect(settings).toEqual(s);
  });

  test('blank rows inside a table are skipped, and a table ends at the next section', () => {
    const rows = renderSettings(newSettings(roads, presets['lang-son-2017'].units().slice(0, 2), ['vp@x.vn']));
    const at = rows.findIndex((r) => r[0] === 'DV02');
    rows.splice(at, 0, ['', '', '', '', '']);
    rows.splice(
      rows.findIndex((r) => r[0] === 'HẠN NỘP'),
      0,
      ['', 'Xã Mới', '', 'xamoi@x.vn', ''],
    );
    const { settings, issues } = parseSettings(rows);
    expect(issues).toEqual([]);
    expect(settings.units.map((u) => [u.code, u.name, u.sheet])).toEqual([
      ['DV01', 'Thành phố Lạng Sơn', 'Thành phố Lạng Sơn'],
      ['DV02', 'Tràng Định', 'Tràng Định'],
      ['DV03', 'Xã Mới', 'Xã Mới'],
    ]);
    expect(settings.deadlines).toHaveLength(1);
  });

  test('each problem names its cell and says how to fix it; the other rows stay usable', () => {
    const rows = [
      ['Mẫu báo cáo', 'con-duong-sxsdat'],
      [],
      ['ĐƠN VỊ'],
      ['Mã', 'Tên đơn vị', 'Tên trang tính', 'Email đầu mối', 'Chỉ tiêu'],
      ['A', 'Xã A', '', 'a@x.vn; không-email', 'chín'],
      ['B', 'Xã B', 'Xã B', 'b@x.vn', 0],
      ['C', 'Xã A', 'Tab C', 'c@x.vn', 3],
      ['D', 'Xã D', 'Tab/D', 'd@x.vn', 3],
      [],
      ['HẠN NỘP'],
      ['Mã', 'Nội dung', 'Ngày', 'Nhắc trước (ngày)', 'Báo quá hạn'],
      ['h1', 'Đợt 1', '31/02/2021', '7, 3', 'Có'],
      ['h2', 'Đợt 2', '10/11', 'ba ngày', 'Có'],
      ['h3', 'Đợt 3', '10/06', '5, 1', 'Không'],
      [],
      ['QUẢN TRỊ VIÊN'],
      ['Email'],
      ['vp@x.vn'],
      ['@sai'],
    ];
    const { settings, issues } = parseSettings(rows);
    expect(issues.map((i) => [i.cell, i.severity, i.message])).toEqual([
      ['D5', 'warning', '"không-email" không phải địa chỉ email — sửa lại, ví dụ hoiphunu@example.org'],
      ['E5', 'error', 'chỉ tiêu "chín" không phải là số dương — nhập số, ví dụ 9, hoặc để trống'],
      ['E6', 'error', 'chỉ tiêu "0" không phải là số dương — nhập số, ví dụ 9, hoặc để trống'],
      [
        'B7',
        'error',
        'đơn vị "Xã A" đã có ở dòng 5 — mỗi đơn vị chỉ ghi một lần; xóa dòng này (dòng này chưa được dùng)',
      ],
      [
        'C8',
        'error',
        'tên trang tính "Tab/D" có ký tự không dùng được ([ ] : * ? / \\) hoặc dài quá 31 ký tự — sửa ở cột "Tên trang tính" (đơn vị này chưa được dùng)',
      ],
      ['C12', 'error', 'ngày hạn "31/02/2021" không đúng — nhập 20/09/2020 (một lần) hoặc 10/06 (hằng năm)'],
      [
        'D13',
        'error',
        '"ba ngày" không đúng — nhập số ngày nhắc trước, cách nhau dấu phẩy, ví dụ 7, 3, 1, 0 (trong lúc chờ sửa, hạn nộp vẫn giữ và nhắc theo 7, 3, 1, 0 ngày)',
      ],
      ['A19', 'warning', '"@sai" không phải địa chỉ email — sửa lại, ví dụ hoiphunu@example.org'],
    ]);
    // The same unit twice is used once; a unit whose tab cannot exist is not used at all.
    expect(settings.units.map((u) => u.name)).toEqual(['Xã A', 'Xã B']);
    // A deadline whose reminder days cannot be read still stands, reminded on the usual days.
    expect(settings.deadlines).toEqual([
      { code: 'h2', title: 'Đợt 2', date: '10/11', offsets: [7, 3, 1, 0], overdue: true },
      { code: 'h3', title: 'Đợt 3', date: '10/06', offsets: [5, 1], overdue: false },
    ]);
    expect(settings.admins).toEqual(['vp@x.vn']);
  });

  test('a units CSV needs the column "Tên đơn vị"; the target is optional', () => {
    expect(unitsFromTable([['Đơn vị'], ['A']]).problems[0]).toContain('thiếu cột "Tên đơn vị"');
    const { units, problems } = unitsFromTable([
      ['Tên đơn vị', 'Email đầu mối', 'Chỉ tiêu'],
      ['Xã [Mới]', 'a@x.vn;b@x.vn', ''],
      ['', '', ''],
      ['Xã Cũ', '', 'x'],
    ]);
    expect(units.map((u) => [u.name, u.sheet, u.emails, u.target])).toEqual([
      ['Xã [Mới]', 'Xã Mới', ['a@x.vn', 'b@x.vn'], null],
      ['Xã Cũ', 'Xã Cũ', [], null],
    ]);
    expect(problems).toEqual(['dòng 4: chỉ tiêu "x" không phải là số dương — nhập số, ví dụ 9, hoặc để trống']);
  });
});
