import { readFileSync } from 'node:fs';
import {
  findProvince,
  isValidSheetName,
  parseSettings,
  provinces,
  provinceUnits,
  renderSettings,
} from '../../src/core';
import { COMMUNES_2025 } from '../../src/core/communes-data';

const csv = readFileSync('data/don-vi-hanh-chinh-2025.csv', 'utf8').trim().split('\n').slice(1);
const all = provinces(COMMUNES_2025);
const ok = (q: string) => {
  const r = findProvince(q, all);
  if (!('province' in r)) throw new Error(`no province ${q}`);
  return r.province;
};

describe('a province of 2025 and its communes', () => {
  test('the shipped list holds every row of the data file: 34 provinces, 3,321 communes', () => {
    expect(all).toHaveLength(34);
    const codes = all.flatMap((p) => p.communes.map((c) => `${p.code},${c.code},${c.kind} ${c.name}`));
    expect(codes).toEqual(csv.map((l) => l.split(',')).map((r) => `${r[0]},${r[2]},${r[5]} ${r[4]}`));
  });

  test('Lạng Sơn is found however it is typed and gives its 65 units with their official codes', () => {
    for (const q of ['Lạng Sơn', 'lang son', 'Tỉnh Lạng Sơn', 'LẠNG SƠN', '20']) expect(ok(q).code).toBe('20');
    const units = provinceUnits(ok('Lạng Sơn'));
    expect(units).toHaveLength(65);
    expect(units[0]).toEqual({ code: '05977', name: 'Phường Đông Kinh', sheet: 'Đông Kinh', emails: [], target: null });
    expect(units.filter((u) => u.name.startsWith('Phường'))).toHaveLength(4);
    expect(provinceUnits(ok('Bắc Ninh'))).toHaveLength(99);
  });

  test('every tab name of every province is unique in its province and a valid sheet name', () => {
    for (const p of all) {
      const sheets = provinceUnits(p).map((u) => u.sheet);
      expect(new Set(sheets).size).toBe(sheets.length);
      for (const s of sheets) expect(isValidSheetName(s)).toBe(true);
      for (const s of sheets) expect(['Tổng hợp', 'Cấu hình', 'Nhật ký', 'Mẫu']).not.toContain(s);
    }
  });

  test('a tab that would take a reserved name or a taken one gets the full name instead', () => {
    const units = provinceUnits({
      code: '99',
      name: 'Tỉnh Thử',
      communes: [
        { code: '00001', kind: 'Xã', name: 'Tổng hợp' },
        { code: '00002', kind: 'Xã', name: 'An Bình' },
        { code: '00003', kind: 'Phường', name: 'An Bình' },
      ],
    });
    expect(units.map((u) => u.sheet)).toEqual(['Xã Tổng hợp', 'An Bình', 'Phường An Bình']);
  });

  test('communes of the same kind and name: the short name, then the full name, then the name with its code', () => {
    const units = provinceUnits({
      code: '99',
      name: 'Tỉnh Thử',
      communes: [
        { code: '00004', kind: 'Xã', name: 'Tân Lập' },
        { code: '00005', kind: 'Xã', name: 'Tân Lập' },
      ],
    });
    expect(units.map((u) => u.sheet)).toEqual(['Tân Lập', 'Xã Tân Lập']);
    const three = provinceUnits({
      code: '99',
      name: 'Tỉnh Thử',
      communes: [1, 2, 3].map((i) => ({ code: `0000${i}`, kind: 'Xã', name: 'Tân Lập' })),
    });
    expect(three.map((u) => u.sheet)).toEqual(['Tân Lập', 'Xã Tân Lập', 'Tân Lập 00003']);
  });

  test('a province code typed without its leading zero is found: 1 is Hà Nội (01)', () => {
    expect(ok('1').name).toBe('Thành phố Hà Nội');
    expect(ok('01').name).toBe('Thành phố Hà Nội');
  });

  test('a misspelt province is answered with the nearest one', () => {
    expect(findProvince('Lang Sonn', all)).toEqual({ suggestion: 'Lạng Sơn' });
    expect(findProvince('Atlantis', all)).toEqual({ suggestion: null });
  });

  test('the units land in Cấu hình with their codes kept and blank emails to fill in', () => {
    const units = provinceUnits(ok('Lạng Sơn'));
    const rows = renderSettings({ templateId: 'x', reportTitle: 'x', period: '', units, deadlines: [], admins: [] });
    expect(parseSettings(rows).settings.units).toEqual(units);
  });
});
