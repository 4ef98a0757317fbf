import { addDays, type DeadlineSpec, planReminders, type ReminderInput, type ReminderUnit } from '../../src/core';

const deadline: DeadlineSpec = {
  code: 'tk',
  title: 'Báo cáo tổng kết',
  date: '20/09/2020',
  offsets: [7, 3, 1, 0],
  overdue: true,
};
const unit = (code: string, over: Partial<ReminderUnit> = {}): ReminderUnit => ({
  code,
  name: `Đơn vị ${code}`,
  emails: [`${code.toLowerCase()}@example.org`],
  submitted: false,
  link: `https://docs.example/#${code}`,
  problems: [],
  ...over,
});
const base = (today: string, over: Partial<ReminderInput> = {}): ReminderInput => ({
  today,
  reportTitle: 'Con đường',
  deadlines: [deadline],
  units: [unit('A'), unit('B', { submitted: true }), unit('C', { problems: ['C!C7: "năm trăm" không phải là số'] })],
  admins: ['admin@example.org'],
  sent: new Set(),
  quotaLeft: 100,
  ...over,
});

describe('reminders go to units that have not submitted, 7, 3, 1 and 0 days before', () => {
  test.each([
    ['2020-09-13', 'before', 'còn 7 ngày'],
    ['2020-09-17', 'before', 'còn 3 ngày'],
    ['2020-09-19', 'before', 'còn 1 ngày'],
    ['2020-09-20', 'due', 'hôm nay là hạn'],
  ])('on %s: %s, "%s"', (today, kind, words) => {
    const plan = planReminders(base(today));
    const units = plan.emails.filter((e) => e.kind !== 'digest');
    expect(units.map((e) => e.unit)).toEqual(['Đơn vị A', 'Đơn vị C']);
    expect(units.every((e) => e.kind === kind && e.subject.includes(words) && e.subject.includes('20/09/2020'))).toBe(
      true,
    );
    expect(plan.emails.filter((e) => e.kind === 'digest').map((e) => e.to)).toEqual([['admin@example.org']]);
  });
  test('the day before the 7-day mark, nothing is sent', () => {
    expect(planReminders(base('2020-09-12')).emails).toEqual([]);
  });
  test('the overdue notice goes out the day after', () => {
    const plan = planReminders(base('2020-09-21'));
    expect(plan.emails.filter((e) => e.kind === 'overdue').map((e) => e.unit)).toEqual(['Đơn vị A', 'Đơn vị C']);
    expect(plan.emails[0].body).toContain('đã quá 1 ngày');
  });
  test('no overdue notice when the deadline does not ask for one', () => {
    expect(planReminders(base('2020-09-21', { deadlines: [{ ...deadline, overdue: false }] })).emails).toEqual([]);
  });
  test('the email lists the unit’s current errors, the link and the date as dd/MM/yyyy', () => {
    const c = planReminders(base('2020-09-17')).emails.find((e) => e.unit === 'Đơn vị C');
    expect(c?.body).toContain('C!C7: "năm trăm" không phải là số');
    expect(c?.body).toContain('https://docs.example/#C');
    expect(c?.body).toContain('ngày 20/09/2020, còn 3 ngày');
  });
  test('the digest lists who has submitted and who has not', () => {
    const d = planReminders(base('2020-09-17')).emails.find((e) => e.kind === 'digest');
    expect(d?.subject).toContain('1/3 đơn vị đã nộp');
    expect(d?.body).toMatch(/Đã nộp \(1\):\n- Đơn vị B/);
    expect(d?.body).toMatch(/Chưa nộp \(2\):\n- Đơn vị A\n- Đơn vị C \(1 lỗi\)/);
  });
});

describe('never twice, never past the quota', () => {
  test('what the log already holds is not sent again', () => {
    const first = planReminders(base('2020-09-17'));
    const sent = new Set(first.emails.map((e) => e.key));
    expect(planReminders(base('2020-09-17', { sent })).emails).toEqual([]);
  });
  test('a reminder is sent only for the latest event: the 7-day one is not repeated on day 3', () => {
    const day7 = planReminders(base('2020-09-13'));
    const sent = new Set(day7.emails.map((e) => e.key));
    const between = planReminders(base('2020-09-15', { sent }));
    expect(between.emails).toEqual([]);
    expect(planReminders(base('2020-09-17', { sent })).emails).toHaveLength(3);
  });
  test('what exceeds the quota waits for the next run, and is sent then', () => {
    const many = Array.from({ length: 8 }, (_, i) => unit(`U${i}`));
    const day1 = planReminders(base('2020-09-17', { units: many, admins: [], quotaLeft: 5 }));
    expect(day1.emails).toHaveLength(5);
    expect(day1.deferred).toHaveLength(3);
    const sent = new Set(day1.emails.map((e) => e.key));
    const day2 = planReminders(base('2020-09-18', { units: many, admins: [], quotaLeft: 5, sent }));
    expect(day2.emails.map((e) => e.unit)).toEqual(day1.deferred.map((e) => e.unit));
    expect(day2.emails.every((e) => e.subject.includes('còn 2 ngày'))).toBe(true);
  });
  test('the digest keeps its place in a short quota and says how many wait', () => {
    const many = Array.from({ length: 8 }, (_, i) => unit(`U${i}`));
    const plan = planReminders(base('2020-09-17', { units: many, quotaLeft: 5 }));
    expect(plan.emails.map((e) => e.kind)).toEqual(['before', 'before', 'before', 'before', 'digest']);
    expect(plan.emails[4].body).toContain('4 thư chưa gửi');
  });
  test('a bad address is named in the digest and skipped', () => {
    const plan = planReminders(base('2020-09-17', { units: [unit('A', { emails: ['không-phải-email'] }), unit('B')] }));
    expect(plan.emails.filter((e) => e.kind !== 'digest').map((e) => e.unit)).toEqual(['Đơn vị B']);
    expect(plan.badAddresses).toEqual(['Đơn vị A: không-phải-email', 'Đơn vị A: chưa có email đầu mối']);
    expect(plan.emails.find((e) => e.kind === 'digest')?.body).toContain('không-phải-email');
  });
  test('a unit that submits stops getting reminders', () => {
    const plan = planReminders(base('2020-09-19', { units: [unit('A', { submitted: true })] }));
    expect(plan.emails.filter((e) => e.kind !== 'digest')).toEqual([]);
  });
});

describe('yearly deadlines remind every year', () => {
  test('10/06 reminds on 03/06 of 2027 and of 2028', () => {
    const d: DeadlineSpec = {
      code: 'd1',
      title: 'Báo cáo 6 tháng',
      date: '10/06',
      offsets: [7, 3, 1, 0],
      overdue: true,
    };
    for (const year of [2027, 2028]) {
      const plan = planReminders(base(`${year}-06-03`, { deadlines: [d] }));
      expect(plan.emails[0].deadlineDate).toBe(`${year}-06-10`);
      expect(addDays(plan.emails[0].deadlineDate, -7)).toBe(`${year}-06-03`);
    }
  });
});
