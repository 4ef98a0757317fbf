import type { DeadlineSpec } from '../../src/core';
import { calendarDateIn, deadlineFor, isLate, midnightIn, nextDeadline, parseDeadlineDate } from '../../src/core';

const yearly: DeadlineSpec[] = [
  { code: 'dot-1', title: 'Báo cáo 6 tháng', date: '10/06', offsets: [7, 3, 1, 0], overdue: true },
  { code: 'dot-2', title: 'Báo cáo năm', date: '10/11', offsets: [7, 3, 1, 0], overdue: true },
];
const once: DeadlineSpec[] = [
  { code: 'x', title: 'Tổng kết', date: '20/09/2020', offsets: [7, 3, 1, 0], overdue: true },
];

describe('deadline dates', () => {
  test.each([
    ['20/09/2020', { kind: 'once', date: '2020-09-20' }],
    ['10/06', { kind: 'yearly', month: 6, day: 10 }],
    ['29/02', { kind: 'yearly', month: 2, day: 29 }],
    ['31/02/2020', null],
    ['32/01', null],
    ['ngày mai', null],
  ])('%s reads as %p', (text, expected) => expect(parseDeadlineDate(text)).toEqual(expected));
});

describe('yearly deadlines 10/06 and 10/11', () => {
  test('in May the next is 10/06 of this year', () => {
    expect(nextDeadline(yearly, '2027-05-20')).toMatchObject({ date: '2027-06-10', daysLeft: 21 });
  });
  test('on the day itself 0 days are left', () => {
    expect(nextDeadline(yearly, '2027-06-10')).toMatchObject({ date: '2027-06-10', daysLeft: 0 });
  });
  test('the day after, the next is 10/11', () => {
    expect(nextDeadline(yearly, '2027-06-11')).toMatchObject({ date: '2027-11-10', daysLeft: 152 });
  });
  test('in December the next is 10/06 of next year', () => {
    expect(nextDeadline(yearly, '2027-12-01')?.date).toBe('2028-06-10');
  });
  test('a report sent on 12/06 answers to 10/06 and is late; one sent on 09/06 is on time', () => {
    expect(deadlineFor(yearly, '2027-06-12')?.date).toBe('2027-06-10');
    expect(isLate(yearly, '2027-06-12')).toBe(true);
    expect(isLate(yearly, '2027-06-09')).toBe(false);
    expect(isLate(yearly, '2027-06-10')).toBe(false);
  });
});

describe('a one-off deadline 20/09/2020', () => {
  test('has no next occurrence after it passed', () => expect(nextDeadline(once, '2020-09-21')).toBeNull());
  test('a submission on 21/09/2020 is late', () => expect(isLate(once, '2020-09-21')).toBe(true));
});

describe('midnight of a day in a zone', () => {
  test.each([
    ['Asia/Ho_Chi_Minh', '2020-02-24T17:00:00.000Z'],
    ['UTC', '2020-02-25T00:00:00.000Z'],
    ['Pacific/Auckland', '2020-02-24T11:00:00.000Z'],
    ['America/New_York', '2020-02-25T05:00:00.000Z'],
  ])('25/02/2020 starts in %s at %s', (zone, iso) => {
    expect(midnightIn('2020-02-25', zone).toISOString()).toBe(iso);
    expect(calendarDateIn(midnightIn('2020-02-25', zone), zone)).toBe('2020-02-25');
  });
});

describe('the day boundary is midnight in Asia/Ho_Chi_Minh (UTC+7), not in UTC', () => {
  const tz = 'Asia/Ho_Chi_Minh';
  test('23:59:59 in Hà Nội is still the same day', () => {
    expect(calendarDateIn(new Date('2020-09-19T16:59:59Z'), tz)).toBe('2020-09-19');
  });
  test('00:00 in Hà Nội is the next day while UTC is still on the previous one', () => {
    expect(calendarDateIn(new Date('2020-09-19T17:00:00Z'), tz)).toBe('2020-09-20');
    expect(calendarDateIn(new Date('2020-09-19T17:00:00Z'), 'UTC')).toBe('2020-09-19');
  });
  test('so at 06:00 on the 20th in Vietnam the deadline is today', () => {
    const today = calendarDateIn(new Date('2020-09-19T23:00:00Z'), tz);
    expect(nextDeadline(once, today)).toMatchObject({ daysLeft: 0 });
  });
});

describe('deadline dates at their edges (found by the mutation run of deadlines.ts)', () => {
  const spec = (date: string): DeadlineSpec => ({
    code: 'h',
    title: 'Hạn',
    date,
    offsets: [7, 3, 1, 0],
    overdue: true,
  });

  test('only the date itself: text before or after it is refused, spaces around it are not', () => {
    expect(parseDeadlineDate(' 20/09/2020  ')).toEqual({ kind: 'once', date: '2020-09-20' });
    expect(parseDeadlineDate('Hạn 20/09/2020')).toBeNull();
    expect(parseDeadlineDate('20/09/2020 (dự kiến)')).toBeNull();
    expect(parseDeadlineDate('10/06 hằng năm')).toBeNull();
  });

  test('a yearly 29/02 falls only in leap years', () => {
    // Asked in 2025: last year's (2024) exists; 2025's and 2026's do not.
    const o = deadlineFor([spec('29/02')], '2025-03-01');
    expect(o?.date).toBe('2024-02-29');
    expect(nextDeadline([spec('29/02')], '2025-03-01')).toBeNull();
  });

  test('early in January a yearly December deadline is last year’s: a report then is late', () => {
    expect(deadlineFor([spec('20/12')], '2021-01-05')?.date).toBe('2020-12-20');
    expect(isLate([spec('20/12')], '2021-01-05')).toBe(true);
  });

  test('a deadline that cannot be read is passed over; with none at all nothing is late', () => {
    expect(nextDeadline([spec('31/02/2020'), spec('20/09/2020')], '2020-09-01')?.date).toBe('2020-09-20');
    expect(isLate([], '2020-09-25')).toBe(false);
    expect(deadlineFor([], '2020-09-25')).toBeNull();
  });
});
