/**
 * Reading what a person typed, at its edges: every way of writing a number the reader accepts and the
 * text around it that must stop it, signs, dates with a midnight time, yes/no as 1 and 0, error values and
 * how a value is shown in a message. Each case fails with one of the survivors Stryker found in
 * src/core/parse.ts put back (docs/mutation.md).
 */
import { type Column, displayValue, messages, parseCell, readDate, readNumber } from '../../src/core';

const TZ = 'Asia/Ho_Chi_Minh';
const cm = messages.cellMessages;
const count: Column = { key: 'n', label: 'Số hộ', type: 'number', required: false };
const yesNo: Column = { key: 'y', label: 'Có camera', type: 'yesno', required: false };

describe('numbers the way Vietnamese users type them', () => {
  test.each([
    ['1.234', 1234],
    ['12.345', 12345],
    ['1.234.567', 1234567],
    ['12.345,5', 12345.5],
    ['1.234.567,25', 1234567.25],
    ['12,345.67', 12345.67],
    ['1,234,567.5', 1234567.5],
    ['1,234,567', 1234567],
    ['12,345,678', 12345678],
    ['1 234 567', 1234567],
    ['12 345', 12345],
    ['1 234,56', 1234.56],
    ['1,5', 1.5],
    ['12,25', 12.25],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['-5', -5],
    ['−5', -5],
    ['+5', 5],
    ['- 5', -5],
    ['500 m', 500],
    ['1.500.000 đồng', 1500000],
  ])('%s reads as %d', (text, value) => {
    expect(readNumber(text)).toEqual({ value, ambiguous: false, percent: false });
  });

  test.each([
    'x1.234',
    '1.234x',
    'x12.345,5',
    '12.345,5x',
    'x1,234.5',
    '1,234.5x',
    'x1,234,567',
    '1,234,567x',
    'x1,5',
    '1,5x',
    'x0.5',
    '0.5x',
    '1 2',
    '12 34',
    'm5',
    '5-',
  ])('%s is not a number', (text) => {
    expect(readNumber(text)).toEqual({ value: null, ambiguous: false, percent: false });
  });

  test('1,234 and 12,345 could be read two ways: refused as ambiguous, not as text around a number', () => {
    expect(readNumber('1,234')).toEqual({ value: null, ambiguous: true, percent: false });
    expect(readNumber('12,345')).toEqual({ value: null, ambiguous: true, percent: false });
    expect(readNumber('x1,234').ambiguous).toBe(false);
    expect(readNumber('1,234x').ambiguous).toBe(false);
  });

  test('a column that allows negatives takes -5; a count refuses it as negative, not as "not a number"', () => {
    const signed: Column = { ...count, min: -100 };
    expect(parseCell(-5, signed, TZ)).toEqual({ kind: 'ok', value: -5 });
    expect(parseCell('-5', signed, TZ)).toEqual({ kind: 'ok', value: -5 });
    expect(parseCell('-5', count, TZ)).toEqual({ kind: 'error', message: cm.negative('-5') });
  });
});

describe('dates', () => {
  test('a date with a midnight time (as a pasted date-time shows) is that day', () => {
    expect(readDate('20/09/2020 00:00:00')).toBe('2020-09-20');
    expect(readDate('20/09/2020 0:00')).toBe('2020-09-20');
    expect(readDate('20/09/2020 08:30')).toBeNull();
  });
  test('text around a date stops it', () => {
    expect(['x20/09/2020', '20/09/2020x', 'x2020-09-20', '2020-09-20x'].map(readDate)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(readDate('2020-09-20')).toBe('2020-09-20');
  });
});

describe('cells', () => {
  test('1 and 0 typed in a yes/no column are Có and Không', () => {
    expect(parseCell(1, yesNo, TZ)).toEqual({ kind: 'ok', value: true });
    expect(parseCell(0, yesNo, TZ)).toEqual({ kind: 'ok', value: false });
    expect(parseCell(2, yesNo, TZ)).toEqual({ kind: 'error', message: cm.notYesNo('2') });
  });
  test('an empty cell read as null or undefined (the .xlsx door) is empty, not an error', () => {
    expect(parseCell(null, count, TZ)).toEqual({ kind: 'empty' });
    expect(parseCell(undefined, count, TZ)).toEqual({ kind: 'empty' });
  });
  test('a cell showing an error value or a non-finite number says the cell is in error', () => {
    expect(parseCell('#REF!', count, TZ)).toEqual({ kind: 'error', message: cm.errorValue('#REF!') });
    expect(parseCell(' #N/A ', yesNo, TZ)).toEqual({ kind: 'error', message: cm.errorValue('#N/A') });
    expect(parseCell(Number.POSITIVE_INFINITY, count, TZ)).toEqual({
      kind: 'error',
      message: cm.errorValue('Infinity'),
    });
    expect(parseCell(Number.NaN, count, TZ)).toEqual({ kind: 'error', message: cm.errorValue('NaN') });
  });
  test('the value quoted in a message is what was typed, without the spaces around it', () => {
    expect(parseCell('  năm  ', count, TZ)).toEqual({ kind: 'error', message: cm.notNumber('năm') });
  });
  test('a value is shown in a message as the person saw it', () => {
    expect(displayValue(null, TZ)).toBe('');
    expect(displayValue(undefined, TZ)).toBe('');
    expect(displayValue(new Date(Date.UTC(2020, 8, 19, 17, 30)), TZ)).toBe('20/09/2020');
    expect(displayValue(true, TZ)).toBe('TRUE');
    expect(displayValue(false, TZ)).toBe('FALSE');
    expect(displayValue(12.5, TZ)).toBe('12.5');
  });
});
