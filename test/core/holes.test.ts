/** What a user would meet if a small bug slipped into the core (issue 13): boundaries, the late state, defaults. */
import {
  aggregate,
  type DeadlineSpec,
  deadlineFor,
  formatDateTimeIn,
  formatStatus,
  isLate,
  newSettings,
  parseCell,
  parseSettings,
  parseStatus,
  planReminders,
  type ReminderUnit,
  readStatus,
  renderSettings,
  type Unit,
  validateSheet,
} from '../../src/core';
import { periodicReport, roads } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const count = periodicReport.columns.find((c) => c.key === 'moHinh');
if (!count) throw new Error('the periodic template has a moHinh column');

describe('boundaries', () => {
  test('0 typed in a number column is accepted; -1 is refused as negative', () => {
    expect(parseCell(0, count, TZ)).toEqual({ kind: 'ok', value: 0 });
    expect(parseCell('0', count, TZ)).toEqual({ kind: 'ok', value: 0 });
    expect(parseCell(-1, count, TZ)).toMatchObject({ kind: 'error', message: expect.stringContaining('âm') });
  });

  test('a number column with a minimum of 5 accepts 5 and refuses 4; a maximum of 10 accepts 10 and refuses 11', () => {
    const col = { ...count, min: 5, max: 10 };
    expect(parseCell(5, col, TZ).kind).toBe('ok');
    expect(parseCell(4, col, TZ).kind).toBe('error');
    expect(parseCell(10, col, TZ).kind).toBe('ok');
    expect(parseCell(11, col, TZ).kind).toBe('error');
  });

  test('a percent column accepts 100 and refuses 100,5', () => {
    const col = { ...count, type: 'percent' as const, min: undefined };
    expect(parseCell(100, col, TZ)).toEqual({ kind: 'ok', value: 100 });
    expect(parseCell('100,5', col, TZ).kind).toBe('error');
  });

  test('an error in the first data row is reported on that row (row 6)', () => {
    const header = roads.columns.map((c) => c.label);
    const values = [
      ['T'],
      ['Đơn vị'],
      ['Trạng thái: Chưa nộp'],
      [''],
      header,
      ['Đường 1', 'Thôn', 'năm trăm', 'Có', 'Có', 'Có', 'Có'],
    ];
    const r = validateSheet(roads, 'Tân Yên', values, TZ);
    expect(r.issues.map((i) => i.cell)).toEqual(['C6']);
  });

  test('units with the same score share a rank and the next one skips: 1, 2, 2, 4', () => {
    const header = roads.columns.map((c) => c.label);
    const road = (camera: string) => ['Đường', 'Thôn', 600, 'Có', 'Có', 'Có', 'Có', camera, '', ''];
    const unit = (name: string): Unit => ({ code: name, name, sheet: name, emails: [], target: 1 });
    const input = (name: string, rows: unknown[][]) => {
      const values = [['T'], ['Đơn vị'], ['Trạng thái: Chưa nộp'], [''], header, ...rows];
      return { unit: unit(name), report: validateSheet(roads, name, values, TZ), status: readStatus(values) };
    };
    const s = aggregate(roads, [
      input('B', [road('Có')]),
      input('A', [road('Có'), road('Có')]),
      input('C', [road('Có')]),
      input('D', [road('Không')]),
    ]);
    expect(s.units.map((u) => [u.unit, u.rank])).toEqual([
      ['B', 2],
      ['A', 1],
      ['C', 2],
      ['D', 4],
    ]);
  });

  describe('which deadline a report answers to', () => {
    const yearly = (code: string, date: string): DeadlineSpec => ({
      code,
      title: code,
      date,
      offsets: [],
      overdue: false,
    });
    // 10/06 and 09/08 are 60 days apart: 10/07 is exactly between them.
    const both = [yearly('giua-nam', '10/06'), yearly('quy-3', '09/08')];

    test('a report exactly between two yearly deadlines answers to the later one and is on time', () => {
      expect(deadlineFor(both, '2021-07-10')).toMatchObject({ date: '2021-08-09', daysLeft: 30 });
      expect(isLate(both, '2021-07-10')).toBe(false);
    });

    test('a day after the midpoint is still on time; the day after a deadline is late', () => {
      expect(isLate(both, '2021-07-11')).toBe(false);
      expect(isLate(both, '2021-07-09')).toBe(true);
      expect(isLate(both, '2021-06-11')).toBe(true);
      expect(isLate(both, '2021-06-10')).toBe(false);
    });

    test('a one-off deadline: on the day is on time, the next day is late', () => {
      const once = [yearly('tk', '20/09/2020')];
      expect(isLate(once, '2020-09-20')).toBe(false);
      expect(isLate(once, '2020-09-21')).toBe(true);
    });
  });
});

describe('the late state', () => {
  test('“Nộp muộn” reads back as late with its time and who, and writes back the same', () => {
    const line = 'Trạng thái: Nộp muộn 09:30 21/09/2020 bởi dv1@hoiphunu.example.org';
    const s = parseStatus(line);
    expect(s).toEqual({ state: 'late', at: '09:30 21/09/2020', by: 'dv1@hoiphunu.example.org' });
    expect(formatStatus(s)).toBe(line);
    expect(parseStatus('Trạng thái: Đã nộp 09:30 15/09/2020 bởi a@x.vn').state).toBe('submitted');
  });

  test('the stamp is HH:mm dd/MM/yyyy in Vietnam time, with leading zeros', () => {
    expect(formatDateTimeIn(new Date('2020-09-04T18:05:00Z'), TZ)).toBe('01:05 05/09/2020');
  });

  test('completeness counts late reports as submitted and late', () => {
    const unit = (name: string): Unit => ({ code: name, name, sheet: name, emails: [], target: null });
    const header = roads.columns.map((c) => c.label);
    const values = (status: string) => [['T'], ['Đơn vị'], [status], [''], header];
    const input = (name: string, status: string) => ({
      unit: unit(name),
      report: validateSheet(roads, name, values(status), TZ),
      status: readStatus(values(status)),
    });
    const s = aggregate(roads, [
      input('A', 'Trạng thái: Nộp muộn 09:30 21/09/2020 bởi a@x.vn'),
      input('B', 'Trạng thái: Đã nộp 09:30 19/09/2020 bởi b@x.vn'),
      input('C', 'Trạng thái: Chưa nộp'),
    ]);
    expect(s.completeness).toMatchObject({ units: 3, submitted: 2, late: 1, missing: 0 });
  });
});

describe('defaults nobody typed', () => {
  const deadline: DeadlineSpec = {
    code: 'tk',
    title: 'Báo cáo tổng kết',
    date: '20/09/2020',
    offsets: [7, 3, 1, 0],
    overdue: true,
  };
  const unit: ReminderUnit = { code: 'A', name: 'Xã A', emails: ['a@x.vn'], submitted: false, link: 'l', problems: [] };
  const plan = (today: string, d: DeadlineSpec = deadline) =>
    planReminders({
      today,
      reportTitle: 'R',
      deadlines: [d],
      units: [unit],
      admins: ['vp@x.vn'],
      sent: new Set(),
      quotaLeft: 100,
    }).emails.filter((e) => e.kind !== 'digest');

  const oneUnit: Unit[] = [{ code: 'DV01', name: 'Xã A', sheet: 'Xã A', emails: ['a@x.vn'], target: null }];

  test('reminder days left blank in Cấu hình are 7, 3, 1 and 0 days before', () => {
    const rows = renderSettings(newSettings(roads, oneUnit, ['vp@x.vn'], 'Năm 2020'));
    const at = rows.findIndex((r) => r[0] === roads.deadlines[0].code);
    rows[at][3] = '';
    const { settings, issues } = parseSettings(rows);
    expect(issues).toEqual([]);
    expect(settings.deadlines[0].offsets).toEqual([7, 3, 1, 0]);
  });

  test('“Báo quá hạn” left blank means yes; “Không” means no', () => {
    const rows = renderSettings(newSettings(roads, oneUnit, ['vp@x.vn'], 'Năm 2020'));
    const at = rows.findIndex((r) => r[0] === roads.deadlines[0].code);
    rows[at][4] = '';
    expect(parseSettings(rows).settings.deadlines[0].overdue).toBe(true);
    rows[at][4] = 'Không';
    expect(parseSettings(rows).settings.deadlines[0].overdue).toBe(false);
  });

  test('an overdue notice missed on the day after still goes out up to 7 days after the deadline, not on the 8th', () => {
    expect(plan('2020-09-21').map((e) => e.kind)).toEqual(['overdue']);
    expect(plan('2020-09-27').map((e) => e.kind)).toEqual(['overdue']);
    expect(plan('2020-09-28')).toEqual([]);
  });

  test('without overdue notices nothing goes out the day after the deadline', () => {
    expect(plan('2020-09-21', { ...deadline, overdue: false })).toEqual([]);
    expect(plan('2020-09-20', { ...deadline, overdue: false }).map((e) => e.kind)).toEqual(['due']);
  });

  test('a tab with only warnings (an optional column missing) does not count as a tab with errors', () => {
    const header = roads.columns.filter((c) => c.key !== 'camera').map((c) => c.label);
    const values = [
      ['T'],
      ['Đơn vị'],
      ['Trạng thái: Chưa nộp'],
      [''],
      header,
      ['Đường 1', 'Thôn', 600, 'Có', 'Có', 'Có', 'Có', '', ''],
    ];
    const report = validateSheet(roads, 'A', values, TZ);
    expect(report.issues.map((i) => i.severity)).toEqual(['warning']);
    const s = aggregate(roads, [
      { unit: { code: 'A', name: 'A', sheet: 'A', emails: [], target: null }, report, status: readStatus(values) },
    ]);
    expect(s.units[0]).toMatchObject({ errors: 0, warnings: 1 });
    expect(s.completeness.withErrors).toBe(0);
  });
});

describe('figures too large to be real', () => {
  const kinhPhi = roads.columns.find((c) => c.key === 'kinhPhi');
  test('an amount of 1e308 is refused as too large, so two of them cannot make the total blank', () => {
    if (!kinhPhi) throw new Error('roads has no kinhPhi column');
    for (const raw of [1e308, -1e308, 2e15, '2.000.000.000.000.000']) {
      const p = parseCell(raw, kinhPhi, 'UTC');
      expect(p.kind).toBe('error');
      if (p.kind === 'error') expect(p.message).toContain('quá lớn');
    }
    expect(parseCell(1e15, kinhPhi, 'UTC')).toEqual({ kind: 'ok', value: 1e15 });
  });
});
