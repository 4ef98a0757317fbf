import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readMau } from '../../src/core';
import { sheetValues } from '../../src/local/xlsx';
import { load, tempDir, tongHop } from './helpers';

jest.setTimeout(180_000);

describe('npm start', () => {
  test('the demo edits a form, sets up Lạng Sơn’s 65 communes, and validates and counts the new column', async () => {
    const dir = join(tempDir(), 'demo');
    const r = tongHop(['demo', '--dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Thêm cột "Số hộ hưởng lợi"');
    expect(r.stdout).toContain('Trang Mẫu dùng được ✓');
    expect(r.stdout).toContain('65 đơn vị của Tỉnh Lạng Sơn: Phường Đông Kinh (05977)');
    expect(r.stdout).toContain('✗ Bắc Sơn!K7: "ba mươi" không phải là số — nhập số hộ ở dọc con đường, ví dụ 35');
    expect(r.stdout).toContain('✗ Tràng Định!C7: "năm trăm" không phải là số');
    expect(r.stdout).toContain('không tìm thấy trang tính "Văn Quan"');
    expect(r.stdout).toMatch(/Toàn tỉnh\s+58\/65/);
    expect(r.stdout).toMatch(/Cột mới "Số hộ hưởng lợi": toàn tỉnh [\d.]+, từ 64 đơn vị/);
    expect(r.stdout).toContain('còn 3 ngày');

    const wb = await load(join(dir, 'lang-son-con-duong-2026.xlsx'));
    const mau = readMau(sheetValues(wb.getWorksheet('Mẫu') as never), 'UTC');
    expect(mau.template?.columns.at(-1)).toMatchObject({ key: 'soHoHuongLoi', type: 'integer', min: 0 });
    expect(mau.template?.criteria[0].when).toEqual({ column: 'chieuDai', op: '>=', value: 300 });
    const summary = sheetValues(wb.getWorksheet('Tổng hợp') as never);
    expect(summary.some((row) => row.includes('Số hộ hưởng lợi'))).toBe(true);
    expect(existsSync(join(dir, 'don-vi', '05977.xlsx'))).toBe(true);
    // The folder of one file per unit aggregates the same way, from the Mẫu each file carries.
    const folder = tongHop(['aggregate', join(dir, 'don-vi'), '--json']);
    expect(folder.stderr).toBe('');
    expect(JSON.parse(folder.stdout).measures).toContainEqual({ key: 'soHoHuongLoi', label: 'Số hộ hưởng lợi' });
  });
});
