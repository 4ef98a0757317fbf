/**
 * A unit's tab re-laid for an edited form, at its edges: which columns are the unit's own, the title block,
 * short rows, a column the tab had already lost. Each test fails with one of the survivors Stryker found in
 * src/core/reshape.ts put back (docs/mutation.md).
 */
import { defineTemplate, reshapeTab } from '../../src/core';

/** A form of households: its name column, then number columns `[key, label]`. */
const form = (id: string, numbers: [string, string][]) =>
  defineTemplate({
    id,
    title: id,
    rowNoun: 'hộ',
    columns: [
      { key: 'ten', label: 'Tên hộ', type: 'text', required: true },
      ...numbers.map(([key, label]) => ({ key, label, type: 'number' as const })),
    ],
    measures: [{ key: 'soHo', label: 'Số hộ', agg: 'count' }],
  });
const old = form('cu', [
  ['a', 'Số A'],
  ['b', 'Số B'],
  ['c', 'Số C'],
]);
// Số A renamed, Số B dropped, Số C kept, Số D new.
const next = form('moi', [
  ['a', 'Số A (người)'],
  ['d', 'Số D'],
  ['c', 'Số C'],
]);
const title = [['BÁO CÁO'], ['Đơn vị: Xã A']];
const head = ['Tên hộ', 'Số A', 'Số B', 'Số C'];
const reshape = (values: unknown[][]) => {
  const r = reshapeTab(old, next, values);
  if (!r) throw new Error('no header');
  return r;
};

describe('which columns right of the form are the unit’s own', () => {
  test('a column that is empty, or holds only spaces or nothing, is not kept; one holding 0 is', () => {
    const r = reshape([
      ['BÁO CÁO', '', '', '', '', '', '', '', ''],
      [...head, '', 'Ghi chú', '', '', 'Số con'],
      ['Hộ 1', 1, 2, 3, '', '', ' \u00a0 ', null, 0],
      ['Hộ 2', 4, 5, 6, null, '', '', undefined, ''],
    ]);
    expect(r.values[1]).toEqual(['Tên hộ', 'Số A (người)', 'Số D', 'Số C', 'Ghi chú', 'Số con', 'Số B (cột đã bỏ)']);
    expect(r.values[2]).toEqual(['Hộ 1', 1, '', 3, '', 0, 2]);
  });

  test('a column the unit headed but has not filled yet is kept, and one filled only in its first row', () => {
    const r = reshape([...title, [...head, 'Cần theo dõi', ''], ['Hộ 1', 1, 2, 3, '', 'có'], ['Hộ 2', 4, 5, 6]]);
    expect(r.values[2]).toEqual(['Tên hộ', 'Số A (người)', 'Số D', 'Số C', 'Cần theo dõi', '', 'Số B (cột đã bỏ)']);
    expect(r.values[3]).toEqual(['Hộ 1', 1, '', 3, '', 'có', 2]);
  });

  test('text in the title block right of the form is no column of the unit’s', () => {
    const r = reshape([
      ['BÁO CÁO', '', '', '', '', 'Mẫu 02/2026'],
      [...head, '', ''],
      ['Hộ 1', 1, 2, 3, '', ''],
    ]);
    expect(r.values[1]).toEqual(['Tên hộ', 'Số A (người)', 'Số D', 'Số C', 'Số B (cột đã bỏ)']);
  });

  test('a column with data under a header row too short to reach it gets an empty header', () => {
    const r = reshape([...title, head, ['Hộ 1', 1, 2, 3, 'riêng']]);
    expect(r.values[2]).toEqual(['Tên hộ', 'Số A (người)', 'Số D', 'Số C', '', 'Số B (cột đã bỏ)']);
    expect(r.values[3]).toEqual(['Hộ 1', 1, '', 3, 'riêng', 2]);
  });
});

describe('the rest of the tab', () => {
  test('the title block stays cell for cell, each row padded to the new width', () => {
    // "Năm 2026" sits above Số B, which moves to the end: the title block does not move with it.
    const r = reshape([['BÁO CÁO', '', 'Năm 2026'], ['Đơn vị: Xã A'], head, ['Hộ 1', 1, 2, 3]]);
    expect(r.values.slice(0, 2)).toEqual([
      ['BÁO CÁO', '', 'Năm 2026', '', ''],
      ['Đơn vị: Xã A', '', '', '', ''],
    ]);
  });

  test('a data row shorter than the header is padded with empty cells, never undefined', () => {
    const r = reshape([...title, head, ['Hộ 1', 1]]);
    expect(r.values[3]).toEqual(['Hộ 1', 1, '', '', '']);
  });

  test('a column the tab had already lost is not brought back as a dropped column', () => {
    const r = reshape([...title, ['Tên hộ', 'Số A', 'Số C'], ['Hộ 1', 1, 3]]);
    expect(r.values[2]).toEqual(['Tên hộ', 'Số A (người)', 'Số D', 'Số C']);
    expect(r.movedAside).toEqual([]);
    expect(r.renamed).toEqual([{ from: 'Số A', to: 'Số A (người)' }]);
    expect(r.added).toEqual(['Số D']);
  });
});
