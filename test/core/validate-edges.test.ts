/**
 * A unit's tab at its edges: which rows count as blank, a header that is missing or doubled, cross-column
 * rules and criteria with every comparison, derived values. Each test fails with one of the survivors
 * Stryker found in src/core/validate.ts put back (docs/mutation.md).
 */
import { compare, defineTemplate, evaluateRow, issueAt, validateSheet } from '../../src/core';
import { periodicReport } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const title = [['BÁO CÁO'], ['Đơn vị: Tràng Định'], ['Trạng thái: Chưa nộp'], ['']];
const labels = periodicReport.columns.map((c) => c.label);
const row = () => ['Chi hội Bản Ven', 120, 100, 90, 80, 70, 'Có', 2, 1, 3, 5, ''];

const form = defineTemplate({
  id: 'bien',
  title: 'Mọi phép so sánh',
  rowNoun: 'hộ',
  columns: [
    { key: 'ten', label: 'Tên hộ', type: 'text', required: true },
    { key: 'a', label: 'Số A', type: 'number', min: 0 },
    { key: 'b', label: 'Số B', type: 'number', min: 0 },
    { key: 'ghiChu', label: 'Ghi chú', type: 'text' },
  ],
  criteria: [
    { key: 'coGhiChu', label: 'Có ghi chú', when: { column: 'ghiChu', op: 'notEmpty' } },
    { key: 'itA', label: 'A không quá 5', when: { column: 'a', op: '<=', value: 5 } },
  ],
  rules: [{ key: 'aB', left: 'a', op: '>=', right: 'b', message: 'A phải không nhỏ hơn B' }],
  derived: [
    { key: 'dat', label: 'Đạt', kind: 'passes' },
    { key: 'tyLe', label: 'A trên B (%)', kind: 'ratio', numerator: 'a', denominator: 'b' },
  ],
  measures: [{ key: 'soHo', label: 'Số hộ', agg: 'count' }],
});
const head = form.columns.map((c) => c.label);

describe('which rows are blank', () => {
  test('a row of spaces (even non-breaking ones) is blank and skipped', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row(), Array(12).fill(' \u00a0 '), row()], TZ);
    expect(r.rows.map((x) => x.row)).toEqual([6, 8]);
    expect(r.issues).toEqual([]);
  });
  test('empty cells read as null (the .xlsx door) or a row shorter than the header are blank too', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, row(), Array(12).fill(null), [], row()], TZ);
    expect(r.rows.map((x) => x.row)).toEqual([6, 9]);
    expect(r.issues).toEqual([]);
  });
  test('a row with its name left blank but figures typed is checked, not skipped', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, ['', ...row().slice(1)]], TZ);
    expect(r.rows.map((x) => x.row)).toEqual([6]);
    expect(r.issues.map((i) => i.cell)).toEqual(['A6']);
  });
  test('a row with only its name typed is checked: its empty required cells are errors', () => {
    const r = validateSheet(periodicReport, 'A', [...title, labels, ['Chi hội Nà Cạn']], TZ);
    expect(r.rows.map((x) => x.row)).toEqual([6]);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.row === 6)).toBe(true);
  });
});

describe('the header', () => {
  test('a tab with no header: one error at A1 listing the required columns only, and no rows', () => {
    const r = validateSheet(form, 'A', [['x'], ['y']], TZ);
    expect(r.headerRow).toBeNull();
    expect(r.rows).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ sheet: 'A', cell: 'A1', column: '', value: '', severity: 'error' });
    expect(r.issues[0].message).toContain('Tên hộ');
    expect(r.issues[0].message).not.toContain('Số A');
    const two = defineTemplate({
      ...form,
      columns: form.columns.map((c) => (c.key === 'a' ? { ...c, required: true } : c)),
    });
    expect(validateSheet(two, 'A', [['x']], TZ).issues[0].message).toContain('Tên hộ, Số A');
  });
  test('a missing required column is one error on the header, not one more on every row', () => {
    const r = validateSheet(form, 'A', [head.filter((l) => l !== 'Tên hộ'), [1, 1, 'x'], [2, 1, 'y']], TZ);
    expect(r.issues.map((i) => [i.cell, i.severity])).toEqual([['A1', 'error']]);
    expect(r.rows.map((x) => x.values.ten)).toEqual([null, null]);
  });
  test('a column label typed twice: the first one is read', () => {
    const r = validateSheet(
      form,
      'A',
      [
        [...head, 'Số A'],
        ['Hộ 1', 7, 3, '', 999],
      ],
      TZ,
    );
    expect(r.columns.a).toBe(2);
    expect(r.rows[0].values.a).toBe(7);
  });
  test('a value in error counts as empty in the row, not as what was typed', () => {
    const r = validateSheet(form, 'A', [head, ['Hộ 1', 'bảy', 3, '']], TZ);
    expect(r.issues.map((i) => i.cell)).toEqual(['B2']);
    expect(r.rows[0].values.a).toBeNull();
  });
});

describe('rules, criteria and derived values', () => {
  test('a rule A ≥ B is not checked when A is empty, and is an error when A < B', () => {
    const ok = validateSheet(form, 'A', [head, ['Hộ 1', '', 3, '']], TZ);
    expect(ok.issues).toEqual([]);
    const bad = validateSheet(form, 'A', [head, ['Hộ 1', 2, 3, '']], TZ);
    expect(bad.issues.map((i) => [i.cell, i.value])).toEqual([['B2', '2']]);
  });
  test('every comparison a form may use', () => {
    expect([compare(2, '>', 1), compare(1, '>', 1), compare(1, '<', 2), compare(2, '<', 2)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([compare(1, '!=', 2), compare(2, '!=', 2), compare(2, '=', 2)]).toEqual([true, false, true]);
  });
  test('a "not empty" criterion is met by any value and not by an empty cell', () => {
    expect(evaluateRow(form, 2, { ten: 'x', a: 1, b: 1, ghiChu: 'đã xong' }).met.coGhiChu).toBe(true);
    expect(evaluateRow(form, 2, { ten: 'x', a: 1, b: 1, ghiChu: null }).met.coGhiChu).toBe(false);
  });
  test('a criterion "≤ 5" is not met by an empty cell', () => {
    expect(evaluateRow(form, 2, { ten: 'x', a: 4, b: 1, ghiChu: 'y' }).met.itA).toBe(true);
    expect(evaluateRow(form, 2, { ten: 'x', a: null, b: 1, ghiChu: 'y' }).met.itA).toBe(false);
  });
  test('the derived "passes" follows the criteria; a ratio with an empty numerator is empty, not 0', () => {
    const good = evaluateRow(form, 2, { ten: 'x', a: 4, b: 8, ghiChu: 'y' });
    expect(good.derived).toEqual({ dat: true, tyLe: 50 });
    const bad = evaluateRow(form, 2, { ten: 'x', a: null, b: 8, ghiChu: null });
    expect(bad.derived).toEqual({ dat: false, tyLe: null });
  });
});

test('a problem found by any reader of a sheet is an error unless said otherwise', () => {
  expect(issueAt('Cấu hình', 3, 2, 'Email', 'x', 'sai')).toEqual({
    sheet: 'Cấu hình',
    cell: 'B3',
    row: 3,
    col: 2,
    column: 'Email',
    value: 'x',
    severity: 'error',
    message: 'sai',
  });
});
