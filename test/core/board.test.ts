import {
  type BoardUnit,
  boardStatus,
  countFilters,
  type DeadlineSpec,
  daysLate,
  daysOverdue,
  foldText,
  inFilter,
  matchesSearch,
  roundDeadline,
  sortUnits,
  withoutPrefix,
} from '../../src/core';

const once: DeadlineSpec[] = [
  { code: 'x', title: 'Tổng kết', date: '20/09/2020', offsets: [7, 3, 1, 0], overdue: true },
];
const yearly: DeadlineSpec[] = [
  { code: 'dot-1', title: 'Báo cáo 6 tháng', date: '10/06', offsets: [7, 3, 1, 0], overdue: true },
  { code: 'dot-2', title: 'Báo cáo năm', date: '10/11', offsets: [7, 3, 1, 0], overdue: true },
];

const unit = (unit: string, over: Partial<BoardUnit> = {}): BoardUnit => ({
  code: unit,
  unit,
  status: 'draft',
  errors: 0,
  rows: 0,
  submittedAt: '',
  daysLate: null,
  ...over,
});

describe('the deadline of the round', () => {
  test('before the deadline it is the coming one, with the days left', () => {
    expect(roundDeadline(once, '2020-09-17')).toMatchObject({ date: '2020-09-20', daysLeft: 3 });
  });
  test('two days after the deadline it is still that deadline, 2 days overdue (not "no deadline")', () => {
    expect(roundDeadline(once, '2020-09-22')).toMatchObject({ date: '2020-09-20', daysLeft: -2 });
  });
  test('with yearly deadlines, two days after 10/06 the round is 10/06; in October it is 10/11', () => {
    expect(roundDeadline(yearly, '2027-06-12')).toMatchObject({ date: '2027-06-10', daysLeft: -2 });
    expect(roundDeadline(yearly, '2027-10-20')).toMatchObject({ date: '2027-11-10', daysLeft: 21 });
  });
  test('no deadline at all gives none', () => {
    expect(roundDeadline([], '2020-09-22')).toBeNull();
  });
});

describe('days late and overdue', () => {
  test('a report sent on 22/09 for 20/09 is 2 days late; one sent on 20/09 is not late', () => {
    expect(daysLate(once, '07:30 22/09/2020')).toBe(2);
    expect(daysLate(once, '23:59 20/09/2020')).toBeNull();
    expect(daysLate(once, 'không rõ')).toBeNull();
  });
  test('a unit not submitted two days after the deadline is 2 days overdue; a submitted one is not', () => {
    expect(daysOverdue(unit('A'), -2)).toBe(2);
    expect(daysOverdue(unit('A'), 3)).toBe(0);
    expect(daysOverdue(unit('A', { status: 'late' }), -2)).toBe(0);
    expect(daysOverdue(unit('A'), null)).toBe(0);
  });
});

describe('statuses and counts', () => {
  const units = [
    unit('Chưa nhập'),
    unit('Đã nhập', { rows: 12 }),
    unit('Có lỗi', { rows: 3, errors: 2 }),
    unit('Thiếu', { status: 'missing' }),
    unit('Đúng hạn', { status: 'submitted', rows: 4 }),
    unit('Muộn', { status: 'late', rows: 4, daysLate: 1 }),
  ];
  test('typed nothing, filled but not submitted, errors, missing tab, late and on time are told apart', () => {
    expect(units.map(boardStatus)).toEqual(['empty', 'filled', 'errors', 'missing', 'submitted', 'late']);
  });
  test('after the deadline every unit not submitted counts as overdue; the counts add up per filter', () => {
    expect(countFilters(units, -2)).toEqual({
      todo: 4,
      errors: 1,
      overdue: 4,
      late: 1,
      missing: 1,
      submitted: 1,
      all: 6,
    });
    expect(countFilters(units, 1).overdue).toBe(0);
  });
  test('the default filter shows what needs the clerk and folds the submitted ones away', () => {
    expect(units.filter((u) => inFilter(u, 'todo', -2)).map((u) => u.unit)).toEqual([
      'Chưa nhập',
      'Đã nhập',
      'Có lỗi',
      'Thiếu',
    ]);
  });
});

describe('search and sort', () => {
  test('accents, đ and case are folded', () => {
    expect(foldText('  Xã ĐÔNG  Tiến ')).toBe('xa dong tien');
  });
  test('"tien du" finds "Xã Tiên Du", "dong" finds "Phường Đồng Nguyên", "xa tien du" too', () => {
    expect(matchesSearch('Xã Tiên Du', 'tien du')).toBe(true);
    expect(matchesSearch('Xã Tiên Du', 'xa tiên du')).toBe(true);
    expect(matchesSearch('Phường Đồng Nguyên', 'dong')).toBe(true);
    expect(matchesSearch('Xã Tiên Du', 'phuong tien du')).toBe(true);
    expect(matchesSearch('Xã Tiên Du', 'tien dung')).toBe(false);
  });
  test('the prefix alone is not matched inside names; a bare "phuong" lists the wards', () => {
    expect(matchesSearch('Xã Tiên Du', 'xa')).toBe(true);
    expect(matchesSearch('Phường Xương Giang', 'xa')).toBe(false);
    expect(matchesSearch('Phường Xương Giang', 'phuong')).toBe(true);
    expect(matchesSearch('Xã Phương Sơn', 'phuong')).toBe(false);
    expect(matchesSearch('Xã Phương Sơn', 'phuong son')).toBe(true);
  });
  test('sorting by name ignores Xã/Phường/Thị trấn and follows Vietnamese order', () => {
    const names = ['Xã Yên Dũng', 'Phường Bắc Giang', 'Thị trấn Chũ', 'Xã Đa Mai', 'Phường Dĩnh Kế'];
    expect(
      sortUnits(
        names.map((n) => unit(n)),
        'name',
      ).map((u) => withoutPrefix(u.unit)),
    ).toEqual(['Bắc Giang', 'Chũ', 'Dĩnh Kế', 'Đa Mai', 'Yên Dũng']);
  });
  test('sorting by status puts missing tabs, then errors, then nothing typed first; by errors the most first', () => {
    const us = [
      unit('Xã B', { status: 'submitted' }),
      unit('Xã A', { rows: 2 }),
      unit('Xã C'),
      unit('Xã D', { errors: 1, rows: 1 }),
      unit('Xã E', { status: 'missing' }),
      unit('Xã F', { errors: 5, rows: 1 }),
    ];
    expect(sortUnits(us, 'status').map((u) => u.unit)).toEqual(['Xã E', 'Xã D', 'Xã F', 'Xã C', 'Xã A', 'Xã B']);
    expect(
      sortUnits(us, 'errors')
        .map((u) => u.unit)
        .slice(0, 2),
    ).toEqual(['Xã F', 'Xã D']);
  });
});

// Found by Stryker on board.ts (docs/mutation.md): each test fails with one of its survivors put in.
describe('the board at its edges', () => {
  test('the day of a submission is read from the end of its stamp, trailing spaces allowed', () => {
    expect(daysLate(once, '07:30 22/09/2020 ')).toBe(2);
    // An earlier date in the text (a clerk's note) is not the submission's.
    expect(daysLate(once, 'sửa 25/09/2020, nộp 07:30 22/09/2020')).toBe(2);
  });
  test('on the deadline day itself a unit not yet submitted is not overdue', () => {
    expect(Object.is(daysOverdue(unit('A'), 0), 0)).toBe(true);
    expect(inFilter(unit('A'), 'overdue', 0)).toBe(false);
  });
  test('each filter counts only its own units: 2 late, 1 missing, 3 on time', () => {
    const us = [
      unit('L1', { status: 'late' }),
      unit('L2', { status: 'late' }),
      unit('M', { status: 'missing' }),
      unit('S1', { status: 'submitted' }),
      unit('S2', { status: 'submitted' }),
      unit('S3', { status: 'submitted' }),
    ];
    expect(countFilters(us, 1)).toMatchObject({ late: 2, missing: 1, submitted: 3, todo: 1, all: 6 });
  });
  test('the filter "all" shows every unit, whatever its state', () => {
    const us = [unit('A'), unit('B', { status: 'missing' }), unit('C', { status: 'late' }), unit('D', { errors: 3 })];
    expect(us.every((u) => inFilter(u, 'all', -5))).toBe(true);
  });
  test('an empty search shows everyone; a letter of the prefix alone does not find every commune', () => {
    expect(matchesSearch('Xã Tiên Du', '')).toBe(true);
    expect(matchesSearch('Xã Tiên Du', '   ')).toBe(true);
    expect(matchesSearch('Xã Tiên Du', 'a')).toBe(false);
    expect(matchesSearch('Xã Hòa An', 'a')).toBe(true);
  });
  test('a name typed with spaces around it still sorts without its prefix', () => {
    expect(withoutPrefix('  Xã Tiên Du ')).toBe('Tiên Du');
  });
  test('sorting by name ignores the state; the same name in a ward and a commune sorts by the full name', () => {
    const us = [
      unit('Xã Tân An', { status: 'submitted' }),
      unit('Xã Bình Sơn', { status: 'missing' }),
      unit('Phường Tân An', { errors: 2, rows: 1 }),
      unit('Xã An Hà'),
    ];
    expect(sortUnits(us, 'name').map((u) => u.unit)).toEqual(['Xã An Hà', 'Xã Bình Sơn', 'Phường Tân An', 'Xã Tân An']);
  });
});
