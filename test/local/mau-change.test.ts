import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetValues } from '../../src/local/xlsx';
import { fill, load, tempDir, tongHop } from './helpers';

jest.setTimeout(300_000);

const road = (name: string, len: number, money: number) => [
  name,
  'Thôn Hạ',
  len,
  'Có',
  'Có',
  'Có',
  'Có',
  'Có',
  '20/6/2020',
  money,
  'ghi chú riêng',
];

describe('changing the form mid-period in the CLI', () => {
  test('apply-mau lays every unit tab out by the new Mẫu and keeps every typed value', async () => {
    const dir = tempDir();
    const mau = join(dir, 'mau.xlsx');
    const report = join(dir, 'bao-cao.xlsx');
    const moved = join(dir, 'bao-cao-moi.xlsx');
    tongHop(['mau', '--template', 'con-duong-sxsdat', '--out', mau]);
    tongHop(['init', '--mau', mau, '--preset', 'bac-giang-2020', '--out', report]);
    // A unit typed its roads, and a note in a column of its own.
    const wb0 = await load(report);
    (wb0.getWorksheet('Tân Yên') as ExcelJS.Worksheet).getCell(5, 11).value = 'Ghi chú của xã';
    await wb0.xlsx.writeFile(report);
    await fill(report, 'Tân Yên', [road('Đường 1', 600, 1_500_000), road('Đường 2', 450, 2_500_000)]);
    const before = readFileSync(report);

    // The clerk's new Mẫu: Camera renamed, a column after Chiều dài, Kinh phí removed.
    const edit = await load(mau);
    const ws = edit.getWorksheet('Mẫu') as ExcelJS.Worksheet;
    const rowOf = (k: string) => sheetValues(ws).findIndex((r) => r[0] === k) + 1;
    ws.getCell(rowOf('camera'), 2).value = 'Có camera an ninh';
    ws.spliceRows(rowOf('kinhPhi'), 1);
    ws.spliceRows(rowOf('chieuDai') + 1, 0, ['', 'Số hộ hưởng lợi', 'Số nguyên', 'Không', 0]);
    const measure = sheetValues(ws).findIndex((r) => r[3] === 'kinhPhi') + 1;
    ws.spliceRows(measure, 1);
    await edit.xlsx.writeFile(mau);

    const r = tongHop(['apply-mau', report, '--mau', mau, '--out', moved]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'thêm "Số hộ hưởng lợi" đổi tên "Camera an ninh" → "Có camera an ninh" chuyển sang phải (không xóa) "Kinh phí vận động (VNĐ)"',
    );
    expect(readFileSync(report).equals(before)).toBe(true);

    const tab = sheetValues((await load(moved)).getWorksheet('Tân Yên') as ExcelJS.Worksheet);
    expect(tab[4]).toEqual([
      'Tên con đường',
      'Xã/thôn',
      'Chiều dài (m)',
      'Số hộ hưởng lợi',
      'Điện thắp sáng ban đêm',
      'Trồng hoa/cây xanh',
      'Sạch, không rác thải',
      'Gắn biển',
      'Có camera an ninh',
      'Ngày hoàn thành',
      'Ghi chú của xã',
      'Kinh phí vận động (VNĐ) (cột đã bỏ)',
    ]);
    expect(tab[5]).toEqual([
      'Đường 1',
      'Thôn Hạ',
      600,
      '',
      'Có',
      'Có',
      'Có',
      'Có',
      'Có',
      '20/6/2020',
      'ghi chú riêng',
      1_500_000,
    ]);
    expect(tab[6][11]).toBe(2_500_000);

    const v = tongHop(['validate', moved]);
    expect(v.stdout).toContain('Không có lỗi nào');
    const agg = JSON.parse(tongHop(['aggregate', moved, '--json']).stdout);
    expect(agg.units.find((u: { unit: string }) => u.unit === 'Tân Yên').measures.duongDat).toBe(1);
  });
});
