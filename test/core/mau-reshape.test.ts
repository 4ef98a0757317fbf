import { readMau, renderMau, reshapeTab, roads, type Template, unitTabHead, validateSheet } from '../../src/core';
import { size } from './scale';

/** The roads form edited by a clerk: a new column after Chiều dài, Camera renamed, Kinh phí removed. */
function edited(): Template {
  const g = renderMau(roads).map((r) => [...r]);
  const at = (k: string) => g.findIndex((r) => r[0] === k);
  g[at('camera')][1] = 'Có camera an ninh';
  const width = g[at('Mã cột')].length;
  g.splice(at('chieuDai') + 1, 0, ['', 'Số hộ hưởng lợi', 'Số nguyên', 'Không', 0, ...Array(width - 5).fill('')]);
  g.splice(at('kinhPhi'), 1);
  const i = g.findIndex((r) => r[3] === 'kinhPhi');
  g.splice(i, 1);
  const r = readMau(g, 'UTC');
  if (!r.template) throw new Error(JSON.stringify(r.issues));
  return r.template;
}

const nonEmpty = (rows: unknown[][]) =>
  rows
    .flat()
    .filter((v) => v !== '' && v !== null && v !== undefined)
    .map(String)
    .sort();

describe('changing the form mid-period loses nothing', () => {
  const next = edited();

  test('at 99 units × 200 rows every typed value is still there, each column in its new place', () => {
    for (let u = 0; u < size(99, 3); u++) {
      const unit = { code: `U${u}`, name: `Xã ${u}`, sheet: `Xã ${u}`, emails: [], target: null };
      const head = unitTabHead(roads, unit, 'Năm 2026');
      head[4].push('Ghi chú riêng của xã');
      const rows = Array.from({ length: size(200, 20) }, (_, i) => [
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
        i % 10 ? '' : `ghi chú ${i}`,
      ]);
      const before = [...head, ...rows];
      const r = reshapeTab(roads, next, before);
      if (!r) throw new Error('no header');
      expect(nonEmpty(r.values.slice(5))).toEqual(nonEmpty(rows));
      const header = r.values[4];
      expect(header).toEqual([
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
        'Ghi chú riêng của xã',
        'Kinh phí vận động (VNĐ) (cột đã bỏ)',
      ]);
      expect(r.values.slice(5).map((x) => x[3])).toEqual(rows.map(() => ''));
      expect(r.values.slice(5).map((x) => x[8])).toEqual(rows.map((x) => x[7]));
      expect(r.values.slice(5).map((x) => x[11])).toEqual(rows.map((x) => x[9]));
      expect(r.values.slice(0, 4).map((x) => x[0])).toEqual(head.slice(0, 4).map((x) => x[0]));
      if (u === 0) {
        expect(r.added).toEqual(['Số hộ hưởng lợi']);
        expect(r.renamed).toEqual([{ from: 'Camera an ninh', to: 'Có camera an ninh' }]);
        expect(r.movedAside).toEqual(['Kinh phí vận động (VNĐ)']);
        // The re-laid tab validates under the new form.
        expect(validateSheet(next, unit.sheet, r.values, 'UTC').issues).toEqual([]);
      }
    }
  });

  test('a tab whose header cannot be found is left alone', () => {
    expect(reshapeTab(roads, next, [['xin chào']])).toBeNull();
  });
});
