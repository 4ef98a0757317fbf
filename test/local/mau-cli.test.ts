import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetValues } from '../../src/local/xlsx';
import { load, tempDir, tongHop } from './helpers';

// 65 unit tabs read and written by a child process a few times: slow on a shared machine, not a speed test.
jest.setTimeout(300_000);

const road = (name: string, len: unknown, households: unknown) => [
  name,
  'Thôn Hạ',
  len,
  'Có',
  'Có',
  'Có',
  'Có',
  '',
  '20/6/2020',
  1_000_000,
  households,
];

/** Types rows into several tabs at once, from the first data row (6). */
async function fillTabs(file: string, tabs: Record<string, unknown[][]>) {
  const wb = await load(file);
  for (const [name, rows] of Object.entries(tabs)) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no tab ${name}`);
    rows.forEach((r, i) => {
      ws.getRow(6 + i).values = r as ExcelJS.CellValue[];
    });
  }
  await wb.xlsx.writeFile(file);
}

/** Edits a Mẫu workbook the way a clerk would in Excel: a new column below the last, a changed criterion. */
async function editMau(file: string, edit: (ws: ExcelJS.Worksheet, rowOf: (first: string) => number) => void) {
  const wb = await load(file);
  const ws = wb.getWorksheet('Mẫu');
  if (!ws) throw new Error('no Mẫu');
  const rowOf = (first: string) => sheetValues(ws).findIndex((r) => r[0] === first) + 1;
  edit(ws, rowOf);
  await wb.xlsx.writeFile(file);
}

describe('a clerk makes this year’s form without code', () => {
  const dir = tempDir();
  const mau = join(dir, 'mau.xlsx');
  const report = join(dir, 'bao-cao.xlsx');

  test('mau --template exports an editable Mẫu sheet that checks clean', async () => {
    const r = tongHop(['mau', '--template', 'con-duong-sxsdat', '--out', mau]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ws = (await load(mau)).getWorksheet('Mẫu');
    const v = sheetValues(ws as ExcelJS.Worksheet);
    expect(v.find((row) => row[0] === 'Mã cột')?.slice(0, 14)).toEqual([
      'Mã cột',
      'Tên cột',
      'Kiểu',
      'Bắt buộc',
      'Nhỏ nhất',
      'Lớn nhất',
      'Danh sách chọn',
      'Hướng dẫn',
      'Điều kiện đạt',
      'Mức tiêu chí',
      'Mã tiêu chí',
      'Tên tiêu chí',
      'Tổng hợp',
      'Độ rộng',
    ]);
    expect(v.find((row) => row[0] === 'chieuDai')?.slice(0, 9)).toEqual([
      'chieuDai',
      'Chiều dài (m)',
      'Số',
      'Có',
      0,
      '',
      '',
      'nhập số mét, ví dụ 500',
      '>= 500',
    ]);
    expect(tongHop(['mau', mau]).stdout).toContain('Trang Mẫu dùng được ✓');
  });

  test('an edited Mẫu and --tinh make a workbook of Lạng Sơn’s 65 communes that validates the new column', async () => {
    await editMau(mau, (ws, rowOf) => {
      ws.spliceRows(rowOf('kinhPhi') + 1, 0, [
        '',
        'Số hộ hưởng lợi',
        'Số nguyên',
        'Không',
        0,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Tổng',
      ]);
      ws.getCell(rowOf('chieuDai'), 9).value = '>= 300';
    });
    const r = tongHop(['init', '--mau', mau, '--tinh', 'Lạng Sơn', '--out', report]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('65 trang đơn vị của Tỉnh Lạng Sơn');
    const wb = await load(report);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Cấu hình', 'Mẫu', 'Tổng hợp', 'Đông Kinh', 'Hữu Lũng']),
    );
    expect(wb.worksheets).toHaveLength(65 + 3);
    const cfg = sheetValues(wb.getWorksheet('Cấu hình') as ExcelJS.Worksheet);
    expect(cfg.find((row) => row[1] === 'Phường Đông Kinh')?.slice(0, 4)).toEqual([
      '05977',
      'Phường Đông Kinh',
      'Đông Kinh',
      '',
    ]);
    const tab = sheetValues(wb.getWorksheet('Đông Kinh') as ExcelJS.Worksheet);
    expect(tab[4][10]).toBe('Số hộ hưởng lợi');

    await fillTabs(report, {
      'Đông Kinh': [road('Đường đá', 700, 'ba mươi')],
      'Hữu Lũng': [road('Đường hoa', 350, 30), road('Đường sáng', 600, 45)],
    });
    const bad = tongHop(['validate', report]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('✗ Đông Kinh!K6: "ba mươi" không phải là số');

    const agg = tongHop(['aggregate', report, '--json']);
    expect(agg.stderr).toBe('');
    const json = JSON.parse(agg.stdout);
    expect(json.measures).toContainEqual({ key: 'soHoHuongLoi', label: 'Số hộ hưởng lợi' });
    const hl = json.units.find((u: { sheet: string }) => u.sheet === 'Hữu Lũng');
    // 350 m meets the clerk's new criterion (>= 300), which the built-in form (>= 500) would refuse.
    expect(hl.measures).toEqual(expect.objectContaining({ soDuong: 2, duongDat: 2, soHoHuongLoi: 75 }));
    expect(json.total.soHoHuongLoi).toBe(75);
  });

  test('a Mẫu with mistakes names each with its cell, makes nothing, and a broken Mẫu in a workbook changes nothing', async () => {
    const broken = join(dir, 'sai.xlsx');
    tongHop(['mau', '--template', 'con-duong-sxsdat', '--out', broken]);
    await editMau(broken, (ws, rowOf) => {
      ws.getCell(rowOf('chieuDai'), 3).value = 'So thuc x';
      ws.getCell(rowOf('ngayHoanThanh'), 6).value = '01/01/2020';
    });
    const check = tongHop(['mau', broken]);
    expect(check.code).toBe(1);
    const lines = check.stdout.split('\n');
    expect(lines).toContain(
      `✗ Mẫu!C15: kiểu "So thuc x" không có — có phải "Số thực"? (các kiểu: "Số nguyên", "Số", "Phần trăm", "Có/Không", "Ngày", "Danh sách", "Chữ")`,
    );
    expect(lines).toContain('✗ Mẫu!F21: Nhỏ nhất "25/02/2020" lớn hơn Lớn nhất "01/01/2020" — đổi chỗ hai giá trị');

    const out = join(dir, 'khong-tao.xlsx');
    const init = tongHop(['init', '--mau', broken, '--tinh', 'Lạng Sơn', '--out', out]);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('Mẫu!C15');
    expect(init.stderr).not.toMatch(/at .*\.js/);
    expect(existsSync(out)).toBe(false);

    // The report workbook's own Mẫu, broken after set-up: validate says so and writes nothing.
    const wb = await load(report);
    const ws = wb.getWorksheet('Mẫu') as ExcelJS.Worksheet;
    const head = sheetValues(ws).findIndex((r) => r[0] === 'Mã cột') + 1;
    ws.getCell(head + 2, 2).value = 'Tên con đường';
    await wb.xlsx.writeFile(report);
    const before = readFileSync(report);
    const v = tongHop(['aggregate', report]);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(`Mẫu!B${head + 2}: cột "Tên con đường" đã có ở dòng ${head + 1}`);
    expect(readFileSync(report).equals(before)).toBe(true);
  });
});
