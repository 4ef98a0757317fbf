import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill, tempDir, tongHop } from './helpers';

const road = (len: unknown, camera = '') => ['Đường', 'Thôn', len, 'Có', 'Có', 'Có', 'Có', camera, '20/6/2020', ''];

describe('ranking in Tổng hợp', () => {
  test('only a complete report gets a rank: one with errors or with no rows gets none', async () => {
    const dir = tempDir();
    const csv = join(dir, 'dv.csv');
    writeFileSync(
      csv,
      'Tên đơn vị,Email đầu mối,Chỉ tiêu\nXã Đủ,a@x.vn,1\nXã Lỗi,b@x.vn,1\nXã Trống,c@x.vn,1\nXã Hai,d@x.vn,2\n',
    );
    const file = join(dir, 'bc.xlsx');
    expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--units', csv, '--out', file]).code).toBe(0);
    await fill(file, 'Xã Đủ', [road(600)]);
    // The highest score (cameras weigh 2) but a length nobody can read: not ranked until fixed.
    await fill(file, 'Xã Lỗi', [road(600, 'Có'), road(700, 'Có'), road('bảy trăm', 'Có')]);
    await fill(file, 'Xã Hai', [road(600)]);
    const r = tongHop(['aggregate', file, '--out', join(dir, 'kq.xlsx'), '--json']);
    expect(r.code).toBe(1);
    const ranks = JSON.parse(r.stdout).units.map((u: { unit: string; rank: number | null }) => [u.unit, u.rank]);
    expect(ranks).toEqual([
      ['Xã Đủ', 1],
      ['Xã Lỗi', null],
      ['Xã Trống', null],
      ['Xã Hai', 2],
    ]);
  });
});
