/** Edges a user meets: the last allowed day, a long list of problems, a Cấu hình without deadlines. */
import {
  asciiSlug,
  type Column,
  defineTemplate,
  loadSettings,
  newSettings,
  parseCell,
  planReminders,
  renderSettings,
  type Unit,
} from '../../src/core';
import { periodicReport, roads } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';

test('a date column open until 30/09/2020 accepts 30/09/2020 and refuses 01/10/2020', () => {
  const col: Column = {
    key: 'd',
    label: 'Ngày',
    type: 'date',
    required: false,
    minDate: '2020-02-25',
    maxDate: '2020-09-30',
  };
  expect(parseCell('30/09/2020', col, TZ)).toEqual({ kind: 'ok', value: '2020-09-30' });
  expect(parseCell('25/02/2020', col, TZ)).toEqual({ kind: 'ok', value: '2020-02-25' });
  expect(parseCell('01/10/2020', col, TZ).kind).toBe('error');
  expect(parseCell('24/02/2020', col, TZ).kind).toBe('error');
});

describe('a reminder listing a unit’s problems', () => {
  const body = (n: number) =>
    planReminders({
      today: '2020-09-13',
      reportTitle: 'Con đường',
      deadlines: [{ code: 'tk', title: 'Báo cáo tổng kết', date: '20/09/2020', offsets: [7], overdue: false }],
      units: [
        {
          code: 'A',
          name: 'Xã A',
          emails: ['a@x.vn'],
          submitted: false,
          link: 'l',
          problems: Array.from({ length: n }, (_, i) => `Xã A!C${i + 6}: lỗi ${i + 1}`),
        },
      ],
      admins: ['vp@x.vn'],
      sent: new Set(),
      quotaLeft: 100,
    }).emails[0].body;

  test('lists 15 problems in full, with no “and more” line', () => {
    const b = body(15);
    expect(b).toContain('- Xã A!C20: lỗi 15');
    expect(b).not.toContain('lỗi khác');
  });

  test('lists the first 15 of 16 and says 1 more', () => {
    const b = body(16);
    expect(b).not.toContain('lỗi 16');
    expect(b).toContain('… và 1 lỗi khác');
  });
});

test('a Cấu hình whose HẠN NỘP table was emptied uses the template’s deadlines', () => {
  const units: Unit[] = [{ code: 'DV01', name: 'Xã A', sheet: 'Xã A', emails: ['a@x.vn'], target: null }];
  const settings = { ...newSettings(roads, units, ['vp@x.vn'], 'Năm 2020'), deadlines: [] };
  const loaded = loadSettings(renderSettings(settings));
  if (!loaded.ok) throw new Error(loaded.reason);
  expect(loaded.settings.deadlines).toEqual(roads.deadlines);
});

test('with a short mail quota, the reminder of the nearer deadline goes out and the later one waits', () => {
  const plan = planReminders({
    today: '2020-09-13',
    reportTitle: 'Con đường',
    deadlines: [
      { code: 'tk', title: 'Báo cáo tổng kết', date: '20/09/2020', offsets: [7], overdue: false },
      { code: 'gk', title: 'Báo cáo giữa kỳ', date: '14/09/2020', offsets: [1], overdue: false },
    ],
    units: [{ code: 'A', name: 'Xã A', emails: ['a@x.vn'], submitted: false, link: 'l', problems: [] }],
    admins: ['vp@x.vn'],
    sent: new Set(),
    quotaLeft: 3,
  });
  expect(plan.emails.filter((e) => e.kind !== 'digest').map((e) => e.deadline)).toEqual(['gk']);
  expect(plan.deferred.map((e) => e.deadline)).toEqual(['tk']);
});

test('a number column with no minimum still refuses a negative count (-5)', () => {
  const col: Column = { key: 'n', label: 'Chiều dài (m)', type: 'number', required: false };
  expect(parseCell(-5, col, TZ)).toMatchObject({ kind: 'error', message: expect.stringContaining('âm') });
  expect(parseCell('-5', col, TZ).kind).toBe('error');
});

test('the example addresses of a preset are the unit’s name without diacritics, in lower case', () => {
  expect(asciiSlug('Tràng Định')).toBe('trangdinh');
});

test('a shipped deadline that says nothing about overdue notices sends them, 7, 3, 1 and 0 days before', () => {
  expect(periodicReport.deadlines.map((d) => [d.offsets, d.overdue])).toEqual([
    [[7, 3, 1, 0], true],
    [[7, 3, 1, 0], true],
  ]);
});

test('a template whose cross-column rule names a column it does not have is refused', () => {
  const rule = periodicReport.rules[0];
  expect(() => defineTemplate({ ...periodicReport, id: 'x', rules: [{ ...rule, right: 'khongCo' }] })).toThrow(
    /khongCo/,
  );
});
