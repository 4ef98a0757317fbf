/**
 * Calendar days and instants at their edges. Each test fails with one of the survivors Stryker found in
 * src/core/dates.ts put back (docs/mutation.md).
 */
import { runInNewContext } from 'node:vm';
import {
  calendarDateIn,
  intlHasTimeZones,
  isDate,
  isoFromParts,
  midnightIn,
  parseDeadlineDate,
  useZoneParts,
} from '../../src/core';

describe('a day typed as day, month and year', () => {
  test('January, the first of a month and the last day of the year are real days', () => {
    expect(isoFromParts(2026, 1, 15)).toBe('2026-01-15');
    expect(isoFromParts(2026, 1, 1)).toBe('2026-01-01');
    expect(isoFromParts(2026, 12, 31)).toBe('2026-12-31');
    expect(parseDeadlineDate('15/01/2026')).toEqual({ kind: 'once', date: '2026-01-15' });
  });

  test('no 29 February outside a leap year, no 31 April, no day 0, no month 0 or 13', () => {
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
    for (const [y, m, d] of [
      [2025, 2, 29],
      [2026, 4, 31],
      [2026, 5, 0],
      [2026, 0, 10],
      [2026, 13, 1],
    ])
      expect(isoFromParts(y, m, d)).toBeNull();
  });

  test('a year must have four digits: 999 and 10000 are refused, 1000 and 9999 kept', () => {
    expect(isoFromParts(999, 6, 10)).toBeNull();
    expect(isoFromParts(10000, 6, 10)).toBeNull();
    expect(isoFromParts(1000, 6, 10)).toBe('1000-06-10');
    expect(isoFromParts(9999, 12, 31)).toBe('9999-12-31');
  });
});

describe('what counts as a date cell', () => {
  test('a Date made in another context (as Apps Script and gas-local make them) is a date', () => {
    expect(isDate(runInNewContext('new Date(Date.UTC(2026, 5, 10))'))).toBe(true);
    expect(isDate(new Date(0))).toBe(true);
  });

  test('an invalid Date, an object, a list, text, a number and an empty cell are not', () => {
    for (const v of [new Date('không phải ngày'), {}, [], ['10/06/2026'], '10/06/2026', 46_183, '', null, undefined])
      expect(isDate(v)).toBe(false);
  });
});

describe('midnight in a sheet’s time zone', () => {
  test('zones off the hour: midnight in India is 18:30 the day before in UTC, in Nepal 18:15', () => {
    expect(midnightIn('2026-06-10', 'Asia/Kolkata').toISOString()).toBe('2026-06-09T18:30:00.000Z');
    // Nepal is 45 minutes off the hour: the minutes count in both steps of the conversion.
    expect(midnightIn('2026-06-10', 'Asia/Kathmandu').toISOString()).toBe('2026-06-09T18:15:00.000Z');
  });

  test('the night summer time ends: midnight in Sydney is still summer time (UTC+11)', () => {
    // Summer time ended at 03:00 on 5 April 2020; the day began at 00:00+11, 13:00 UTC on 4 April.
    expect(midnightIn('2020-04-05', 'Australia/Sydney').toISOString()).toBe('2020-04-04T13:00:00.000Z');
    expect(midnightIn('2020-04-06', 'Australia/Sydney').toISOString()).toBe('2020-04-05T14:00:00.000Z');
  });
});

describe('time zones without Intl', () => {
  test('Node knows time zones: Vietnam is UTC+7', () => {
    expect(intlHasTimeZones()).toBe(true);
  });

  test('a runtime without them is given the conversion by its adapter, and every date goes through it', () => {
    const asked: string[] = [];
    useZoneParts((instant, zone) => {
      asked.push(zone);
      const t = new Date(instant.getTime() + 7 * 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return {
        year: String(t.getUTCFullYear()),
        month: p(t.getUTCMonth() + 1),
        day: p(t.getUTCDate()),
        hour: p(t.getUTCHours()),
        minute: p(t.getUTCMinutes()),
      };
    });
    expect(calendarDateIn(new Date('2026-06-09T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-06-10');
    expect(asked).toEqual(['Asia/Ho_Chi_Minh']);
  });
});
