import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetValues } from '../../src/local/xlsx';
import { fill, load, tempDir, tongHop } from './helpers';

jest.setTimeout(300_000);

const road = (name: string, len: number) => [name, 'Thôn Hạ', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];

describe('period after period in the CLI', () => {
  const dir = tempDir();
  const mau = join(dir, 'mau.xlsx');
  const first = join(dir, 'ky-2020.xlsx');
  const next = join(dir, 'ky-2021.xlsx');

  test('new-period opens the next period from a finished workbook and leaves that one as it was', async () => {
    tongHop(['mau', '--template', 'con-duong-sxsdat', '--out', mau]);
    const init = tongHop(['init', '--mau', mau, '--preset', 'bac-giang-2020', '--period', 'Năm 2020', '--out', first]);
    expect(init.stderr).toBe('');
    await fill(first, 'Tân Yên', [road('Đường 1', 600), road('Đường 2', 700)]);
    await fill(first, 'Lục Nam', [road('Đường 1', 900)]);
    const finished = readFileSync(first);

    const r = tongHop(['new-period', first, '--period', 'Năm 2021', '--out', next]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Đã mở kỳ mới "Năm 2021"');
    expect(readFileSync(first).equals(finished)).toBe(true);
    const wb = await load(next);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Mẫu', 'Cấu hình', 'Tân Yên', 'Tổng hợp']),
    );
    const cfg = sheetValues(wb.getWorksheet('Cấu hình') as ExcelJS.Worksheet);
    expect(cfg.find((row) => row[0] === 'Kỳ báo cáo')?.[1]).toBe('Năm 2021');
    const tab = sheetValues(wb.getWorksheet('Tân Yên') as ExcelJS.Worksheet);
    expect(tab[1][0]).toBe('Đơn vị: Tân Yên — Năm 2021');
    expect(
      tab
        .slice(5)
        .flat()
        .filter((v) => v !== ''),
    ).toEqual([]);
  });

  test('aggregate --previous shows the previous period and the change beside each unit and the province', async () => {
    await fill(next, 'Tân Yên', [road('Đường 1', 600), road('Đường 2', 700), road('Đường 3', 800)]);
    const r = tongHop(['aggregate', next, '--previous', first, '--json']);
    expect(r.stderr).toBe('');
    const prev = JSON.parse(r.stdout).previous;
    const ty = prev.units.find((u: { unit: string }) => u.unit === 'Tân Yên');
    expect(ty.current.duongDat).toBe(3);
    expect(ty.previous.duongDat).toBe(2);
    expect(ty.change.duongDat).toBe(1);
    const ln = prev.units.find((u: { unit: string }) => u.unit === 'Lục Nam');
    expect([ln.current.duongDat, ln.previous.duongDat, ln.change.duongDat]).toEqual([0, 1, -1]);
    expect([prev.total.current.duongDat, prev.total.previous.duongDat, prev.total.change.duongDat]).toEqual([3, 3, 0]);

    const summary = sheetValues((await load(next)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet);
    const header = summary[3] as string[];
    const row = summary.find((x) => x[1] === 'Tân Yên') as unknown[];
    expect(row[header.indexOf('Đường đạt tiêu chuẩn — kỳ trước')]).toBe(2);
    expect(row[header.indexOf('Đường đạt tiêu chuẩn — tăng/giảm')]).toBe(1);

    const text = tongHop(['aggregate', next, '--previous', first]);
    expect(text.stdout).toContain('So với kỳ trước (ky-2020.xlsx)');
    expect(text.stdout).toMatch(/Tân Yên\s+3\s+2\s+1/);
  });
});
