/**
 * The nearest known word to a slip, as Mẫu's messages suggest it. Each test fails with one of the
 * survivors Stryker found in src/core/fold.ts put back (docs/mutation.md).
 */
import { editDistance, nearest } from '../../src/core';

test('edit distance counts every letter of the longer word', () => {
  expect([
    editDistance('abc', 'ab'),
    editDistance('', 'abc'),
    editDistance('abc', ''),
    editDistance('ab', 'ba'),
  ]).toEqual([1, 3, 3, 2]);
});

test('a word typed short is a slip only from 4 letters on, punctuation and spaces aside', () => {
  expect(nearest('tổng hợ', ['Tổng hợp theo quý'])).toBe('Tổng hợp theo quý');
  expect(nearest(' số, ', ['Số hội viên được kết nạp mới'])).toBeNull();
  expect(nearest('mô hình', ['Mô hình, điển hình được biểu dương'])).toBe('Mô hình, điển hình được biểu dương');
  expect(nearest('Hộ', ['Hộ gia đình tham gia'])).toBeNull();
  expect(nearest('tổng', ['Tổng hợp theo quý'])).toBe('Tổng hợp theo quý');
  expect(nearest('tong.', ['Tongket'])).toBe('Tongket');
  expect(nearest('tổ nghợp', ['Tổng hợp theo quý'])).toBeNull();
});

test('of two words equally near the first listed is suggested', () => {
  expect(nearest('cat', ['bat', 'mat'])).toBe('bat');
});

test('up to 2 slips, or a third of the word when longer, and no more', () => {
  expect(nearest('bat buok', ['bắt buộc'])).toBe('bắt buộc');
  expect(nearest('xx', ['ab'])).toBe('ab');
  expect(nearest('xyz', ['abc'])).toBeNull();
  expect(nearest('chi tieu nhom aa', ['chi tieu nhom bbb'])).toBe('chi tieu nhom bbb');
  expect(nearest('chi tieu nhom aa', ['chi tieu nhom bbbbbb'])).toBeNull();
});
