/**
 * A unit tab's head rows, the Nhật ký row and what it says was sent, and which sheets are someone's own.
 * Each test fails with one of the survivors Stryker found in layout.ts, log.ts and status.ts put back
 * (docs/mutation.md).
 */
import { formatStatus, isForeignTab, logRow, messages, readStatus, sentKeys, unitTabHead } from '../../src/core';
import { roads } from '../../src/core/templates';

const unit = { code: 'DV01', name: 'Xã Tiên Du', sheet: 'Tiên Du', emails: [], target: null };
const kinds = messages.logText.kinds;

test('a new unit tab: the title in capitals, the unit line, "Chưa nộp", the guide, then the header, each as wide as the form', () => {
  const head = unitTabHead(roads, unit, 'Năm 2026');
  const width = roads.columns.length;
  expect(head.map((r) => r.length)).toEqual([width, width, width, width, width]);
  expect(head.slice(0, 4).map((r) => r[0])).toEqual([
    roads.title.toUpperCase(),
    messages.unitTabText.unitLine('Xã Tiên Du', 'Năm 2026'),
    formatStatus({ state: 'draft' }),
    messages.unitTabText.guide,
  ]);
  expect(head.slice(0, 4).every((r) => r.slice(1).every((c) => c === ''))).toBe(true);
  expect(head[4]).toEqual(roads.columns.map((c) => c.label));
  expect(readStatus(head)).toEqual({ state: 'draft' });
});

test('a Nhật ký row in column order; only reminder rows with a key count as sent', () => {
  const e = { at: '07:00 13/09/2020', kind: 'reminder' as const, unit: 'Xã A', who: 'vp@x.vn', key: 'k1', detail: 'd' };
  expect(logRow(e)).toEqual(['07:00 13/09/2020', kinds.reminder, 'Xã A', 'vp@x.vn', 'k1', 'd']);
  const rows = [
    logRow(e),
    logRow({ ...e, kind: 'submit', key: 'k2' }),
    logRow({ ...e, key: '' }),
    [e.at, kinds.reminder, 'Xã A', 'vp@x.vn', 42, ''],
    logRow({ ...e, key: 'k3' }),
  ];
  expect([...sentKeys(rows)]).toEqual(['k1', 'k3']);
});

describe('a sheet of someone’s own is never written into', () => {
  test('a blank sheet is not someone’s own (set-up has yet to make the tab)', () => {
    expect(
      isForeignTab([
        ['', ''],
        ['', ''],
      ]),
    ).toBe(false);
    expect(isForeignTab([])).toBe(false);
  });
  test('a tab with a status line, or with the unit line in its top rows, is a unit tab', () => {
    expect(isForeignTab(unitTabHead(roads, unit, ''))).toBe(false);
    expect(isForeignTab([['BÁO CÁO'], [messages.unitTabText.unitLine('Xã A', '')], [''], ['x']])).toBe(false);
  });
  test('values with neither line, a unit line too far down or not at the start of its cell: someone’s own', () => {
    expect(isForeignTab([['Danh sách hội viên'], ['Nguyễn Thị A', 1980]])).toBe(true);
    const far = [...Array.from({ length: 8 }, () => ['ghi chú']), [messages.unitTabText.unitLine('Xã A', '')]];
    expect(isForeignTab(far)).toBe(true);
    expect(isForeignTab([[`Xem ${messages.unitTabText.unitLine('Xã A', '')}`], [5]])).toBe(true);
    expect(isForeignTab([[5, messages.unitTabText.unitLine('Xã A', '')]])).toBe(true);
    expect(
      isForeignTab([
        ['Danh sách hội viên', ''],
        ['Nguyễn Thị A', ''],
      ]),
    ).toBe(true);
  });
  test('a tab whose unit line was typed over is still a unit tab by its status line', () => {
    expect(isForeignTab([['BÁO CÁO'], ['ghi chú'], [formatStatus({ state: 'draft' })], ['x']])).toBe(false);
  });
});
