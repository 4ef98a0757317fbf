import { type Column, defineTemplate, parseCell } from '../../src/core';

const tpl = defineTemplate({
  id: 'parse-test',
  title: 'Parse',
  rowNoun: 'dòng',
  columns: [
    { key: 'n', label: 'Số', type: 'number', min: 0 },
    { key: 'i', label: 'Số nguyên', type: 'integer', min: 0 },
    { key: 'p', label: 'Tỷ lệ', type: 'percent' },
    { key: 'y', label: 'Có/Không', type: 'yesno' },
    { key: 'd', label: 'Ngày', type: 'date', minDate: '2020-02-25', maxDate: '2020-09-30' },
    { key: 'c', label: 'Loại', type: 'choice', choices: ['Tập thể', 'Cá nhân'] },
    { key: 't', label: 'Chữ', type: 'text' },
  ],
  measures: [{ key: 'rows', label: 'Dòng', agg: 'count' }],
});
const col = (k: string) => tpl.columns.find((c) => c.key === k) as Column;
const TZ = 'Asia/Ho_Chi_Minh';

// [column, raw input, expected value (or 'error' / 'empty'), what a person would say]
const table: [string, unknown, unknown, string][] = [
  ['n', 500, 500, 'a number cell'],
  ['n', '500', 500, 'digits typed as text'],
  ['n', ' 500 ', 500, 'trailing spaces'],
  ['n', '500\u00a0', 500, 'a non-breaking space'],
  ['n', '1.234', 1234, 'dot as thousands'],
  ['n', '1 234', 1234, 'space as thousands'],
  ['n', '1\u00a0234', 1234, 'non-breaking space as thousands'],
  ['n', '1.234.567', 1234567, 'several dot groups'],
  ['n', '1,5', 1.5, 'comma as decimal'],
  ['n', '1.234,5', 1234.5, 'Vietnamese thousands and decimal'],
  ['n', '1,234.5', 1234.5, 'English thousands and decimal'],
  ['n', '1,234,567', 1234567, 'several comma groups'],
  ['n', '0,125', 0.125, 'a leading zero makes the comma a decimal'],
  ['n', '12.75', 12.75, 'dot decimal that cannot be thousands'],
  ['n', '500 m', 500, 'a unit after the number'],
  ['n', '15.000.000 đ', 15000000, 'money with đ'],
  ['n', '1,234', 'error', 'ambiguous: thousands or decimal'],
  ['n', 'năm trăm', 'error', 'a number in words'],
  ['n', '#REF!', 'error', 'an error value'],
  ['n', '#N/A', 'error', 'an error value'],
  ['n', '#DIV/0!', 'error', 'an error value'],
  ['n', 'Loading...', 'error', 'a formula still loading'],
  ['n', -3, 'error', 'a negative count'],
  ['n', '-3', 'error', 'a negative count typed'],
  ['n', true, 'error', 'a checkbox in a number column'],
  ['n', '50%', 'error', 'a percent in a plain number column'],
  ['n', '', 'empty', 'an empty cell'],
  ['n', '   ', 'empty', 'only spaces'],
  ['i', 12, 12, 'an integer'],
  ['i', 12.5, 'error', 'a decimal in a count'],
  ['i', '12,5', 'error', 'a decimal typed in a count'],
  ['p', 85, 85, 'a percent as a number'],
  ['p', '85%', 85, 'a percent with its sign'],
  ['p', '85,5%', 85.5, 'a decimal percent'],
  ['p', 120, 'error', 'a percent over 100'],
  ['y', 'có', true, 'có'],
  ['y', 'Có', true, 'Có'],
  ['y', 'CÓ', true, 'CÓ'],
  ['y', 'x', true, 'a cross mark'],
  ['y', '✓', true, 'a tick'],
  ['y', 'TRUE', true, 'TRUE typed'],
  ['y', true, true, 'a checked checkbox'],
  ['y', false, false, 'an unchecked checkbox'],
  ['y', 'Không', false, 'Không'],
  ['y', 'khong', false, 'không without diacritics'],
  ['y', 'Co\u0301', true, 'có typed with a combining accent (NFD)'],
  ['y', 'có lẽ', 'error', 'an unclear answer'],
  ['y', 2, 'error', 'a number other than 0 or 1'],
  ['d', '20/9/2020', '2020-09-20', 'd/m/yyyy'],
  ['d', '20/09/2020', '2020-09-20', 'dd/mm/yyyy'],
  ['d', '20-09-2020', '2020-09-20', 'dashes'],
  ['d', '20.09.2020', '2020-09-20', 'dots'],
  ['d', '2020-09-20', '2020-09-20', 'ISO'],
  ['d', new Date('2020-09-19T17:00:00Z'), '2020-09-20', 'a Date at midnight in Vietnam'],
  ['d', '31/02/2020', 'error', 'a day that does not exist'],
  ['d', '15/10/2020', 'error', 'after the campaign'],
  ['d', '24/02/2020', 'error', 'before the campaign'],
  ['d', '20/9/20', 'error', 'a two-digit year'],
  ['d', 44000, 'error', 'a bare number in a date column'],
  ['c', 'tập thể', 'Tập thể', 'a choice in another case'],
  ['c', 'Nhóm', 'error', 'a choice not in the list'],
  ['t', '  Đường hoa  ', 'Đường hoa', 'text is trimmed'],
  ['t', 42, '42', 'a number in a text column'],
  ['t', '=IMPORTRANGE("x","A1")', '=IMPORTRANGE("x","A1")', 'a formula-like text stays text'],
];

describe('parseCell reads what people type, tolerant where a person would be and firm where a guess is wrong', () => {
  test('the table has at least 40 inputs', () => expect(table.length).toBeGreaterThanOrEqual(40));
  test.each(table)('%s column: %p → %p (%s)', (k, raw, expected) => {
    const r = parseCell(raw, col(k), TZ);
    if (expected === 'error') {
      expect(r.kind).toBe('error');
      if (r.kind === 'error') expect(r.message).toMatch(/ — |lỗi/);
    } else if (expected === 'empty') expect(r.kind).toBe('empty');
    else expect(r).toEqual({ kind: 'ok', value: expected });
  });
});

describe('messages say how to fix the value', () => {
  test('a number in words names the value and the column hint', () => {
    const c = { ...col('n'), hint: 'nhập số mét, ví dụ 500' };
    expect(parseCell('năm trăm', c, TZ)).toEqual({
      kind: 'error',
      message: '"năm trăm" không phải là số — nhập số mét, ví dụ 500',
    });
  });
  test('a date outside the campaign names the allowed range', () => {
    const r = parseCell('15/10/2020', col('d'), TZ);
    expect(r.kind === 'error' && r.message).toContain('từ 25/02/2020 đến 30/09/2020');
  });
});
