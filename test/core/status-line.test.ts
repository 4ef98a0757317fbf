/** The status line of a unit's tab (row 3), as the add-in writes it and reads it back. */
import { formatStatus, parseStatus, readStatus } from '../../src/core';

test('a report given back by the province reads “Chưa nộp (mở lại …)” and reads back with its note', () => {
  const line = 'Trạng thái: Chưa nộp (mở lại 09:00 10/06/2027 bởi vp@x.vn)';
  expect(formatStatus({ state: 'draft', note: 'mở lại 09:00 10/06/2027 bởi vp@x.vn' })).toBe(line);
  expect(parseStatus(line)).toEqual({ state: 'draft', note: 'mở lại 09:00 10/06/2027 bởi vp@x.vn' });
  expect(formatStatus({ state: 'draft' })).toBe('Trạng thái: Chưa nộp');
  expect(parseStatus('Trạng thái: Chưa nộp')).toEqual({ state: 'draft' });
});

test('a status line typed without the space after “Trạng thái:” still reads as submitted', () => {
  expect(parseStatus('Trạng thái:Đã nộp 09:30 15/09/2020 bởi a@x.vn')).toMatchObject({ state: 'submitted' });
});

test('a submission stamp without a known submitter is written “bởi người dùng không rõ email”', () => {
  expect(formatStatus({ state: 'submitted', at: '09:30 15/09/2020' })).toMatch(
    /^Trạng thái: Đã nộp 09:30 15\/09\/2020 bởi \S/,
  );
});

test('the status line is found in the first 6 rows of a tab, in any column; lower down it is a unit’s own text', () => {
  const stamp = 'Trạng thái: Đã nộp 09:30 15/09/2020 bởi a@x.vn';
  const at = (row: number, col: number) => {
    const values = Array.from({ length: 8 }, () => ['', '', '']);
    values[row - 1][col - 1] = stamp;
    return readStatus(values).state;
  };
  expect(at(6, 2)).toBe('submitted');
  expect(at(7, 1)).toBe('draft');
  expect(readStatus([[stamp]]).state).toBe('submitted');
  expect(readStatus([]).state).toBe('draft');
});
