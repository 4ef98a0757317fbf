/** Properties over many generated inputs (fast-check): what no typed cell and no Cấu hình may do. */
import fc from 'fast-check';
import { type Column, newSettings, parseCell, parseSettings, presets, renderSettings } from '../../src/core';
import { templates } from '../../src/core/templates';
import { size, underMutation } from './scale';

const TZ = 'Asia/Ho_Chi_Minh';
// A tenth of the runs, from a fixed seed, in Stryker's mutant runs (each mutant reruns these; scale.ts).
const runs = (n: number) => (underMutation ? { numRuns: size(n, Math.ceil(n / 10)), seed: 13 } : { numRuns: n });
const allColumns: Column[] = templates().flatMap((t) => t.columns);
const signed: Column = { key: 'n', label: 'Số', type: 'number', required: false, min: -1e15 };

/** What a sheet may hand over for a cell: numbers, text, booleans, dates, empties, error values. */
const rawCell = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.,- %đm\u00a0'.split('')) }),
  fc.boolean(),
  fc.date(),
  fc.constantFrom('', null, undefined, '#REF!', 'Có', 'không', '20/9/2020', '29/02/2021'),
);

/** A number as a Vietnamese user types it: 1.234.567,5 — with or without the dots, or spaces for them. */
const viNumber = fc.tuple(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom(0, 1, 2)).map(([cents, digits]) => {
  const n = Number((cents / 100).toFixed(digits));
  return { n, digits };
});
const formats = (n: number, digits: number) => {
  const f = (grouping: boolean) =>
    new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits, useGrouping: grouping })
      .format(n)
      .replace(/\u2212/g, '-');
  return [f(true), f(false), f(true).replace(/\./g, ' ')];
};

describe('cell parsing', () => {
  test('never throws, whatever a cell holds, for every column of every template', () => {
    fc.assert(
      fc.property(rawCell, fc.constantFrom(...allColumns), (raw, column) => {
        const r = parseCell(raw, column, TZ);
        expect(['ok', 'error', 'empty']).toContain(r.kind);
        if (r.kind === 'error') expect(r.message.length).toBeGreaterThan(0);
      }),
      runs(1000),
    );
  });

  test('a number typed the Vietnamese way (1.234.567,5, 1234567,5, 1 234 567,5) reads back as that number', () => {
    fc.assert(
      fc.property(viNumber, ({ n, digits }) => {
        for (const text of formats(n, digits)) expect(parseCell(text, signed, TZ)).toEqual({ kind: 'ok', value: n });
      }),
      runs(300),
    );
  });

  test('a number accepted from any typed text, written back the Vietnamese way, reads as that same number or is refused as ambiguous — never as another number', () => {
    const typed = fc.string({ unit: fc.constantFrom(...'0123456789.,- '.split('')), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(typed, (text) => {
        const r = parseCell(text, signed, TZ);
        if (r.kind !== 'ok' || typeof r.value !== 'number') return;
        const n = r.value;
        const digits = Math.min(20, (String(n).split('.')[1] ?? '').length);
        const again = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })
          .format(n)
          .replace(/\u2212/g, '-');
        const back = parseCell(again, signed, TZ);
        // 6.008 is written 6,008 in Vietnam, which could be six thousand and eight: refused, by design.
        if (back.kind === 'error') expect(back.message).toContain('không rõ là số nguyên hay số thập phân');
        else expect(back).toEqual({ kind: 'ok', value: n });
      }),
      runs(2000),
    );
  });
});

describe('Cấu hình parsing', () => {
  const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.date(), fc.constant(''));

  test('never throws on any table of cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 30 }), (rows) => {
        const { settings, issues } = parseSettings(rows as never);
        expect(Array.isArray(settings.units)).toBe(true);
        expect(Array.isArray(issues)).toBe(true);
      }),
      runs(500),
    );
  });

  test('never throws when a person overwrites any cells of a real Cấu hình', () => {
    const base = renderSettings(
      newSettings(templates()[0], presets['lang-son-2017'].units(), ['vp@x.vn'], 'Năm 2020'),
    ) as unknown[][];
    const edit = fc.tuple(fc.nat(base.length - 1), fc.nat(6), cell);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const rows = base.map((r) => [...r]);
        for (const [r, c, v] of edits) rows[r][c] = v;
        const { issues } = parseSettings(rows as never);
        for (const i of issues) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
      }),
      runs(500),
    );
  });
});
