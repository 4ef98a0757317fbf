/**
 * Reminder emails at their edges: the exact text a unit and the admins receive, the day of each kind of
 * email, the quota shared between units and the digest, the sent record's housekeeping, and the notices
 * about reminders whose fate is unknown. Each test fails with one of the survivors Stryker found in
 * src/core/reminders.ts put back (docs/mutation.md).
 */
import {
  type DeadlineSpec,
  doneKeys,
  failureNotice,
  messages,
  planReminders,
  type ReminderInput,
  type ReminderUnit,
  readSentRecord,
  SENT_PREFIX,
  settleUnknown,
  staleSentProps,
  unknownLine,
  unknownNotice,
  unknownReminders,
  unknownUnnamed,
  withFailures,
  withUnknown,
} from '../../src/core';

const t = messages.reminderText;
const dl = (over: Partial<DeadlineSpec> = {}): DeadlineSpec => ({
  code: 'tk',
  title: 'Báo cáo tổng kết',
  date: '20/09/2020',
  offsets: [7, 3, 1, 0],
  overdue: true,
  ...over,
});
const unit = (code: string, over: Partial<ReminderUnit> = {}): ReminderUnit => ({
  code,
  name: `Xã ${code}`,
  emails: [`${code.toLowerCase()}@x.vn`],
  submitted: false,
  link: `https://l/${code}`,
  problems: [],
  ...over,
});
const plan = (over: Partial<ReminderInput>) =>
  planReminders({
    today: '2020-09-13',
    reportTitle: 'Con đường',
    deadlines: [dl()],
    units: [unit('A')],
    admins: ['vp@x.vn'],
    sent: new Set(),
    quotaLeft: 100,
    ...over,
  });

describe('what a unit receives', () => {
  test('seven days before: the whole email, line by line', () => {
    const [e] = plan({ units: [unit('A', { problems: ['A!C6: sai'] })] }).emails;
    expect(e.subject).toBe(t.subjectBefore('Con đường', 'Xã A', 7, '20/09/2020'));
    expect(e.body.split('\n')).toEqual([
      t.greeting('Xã A'),
      '',
      t.before('Báo cáo tổng kết', '20/09/2020', 7),
      '',
      t.link('https://l/A'),
      '',
      t.problemsHeader(1),
      '- A!C6: sai',
      '',
      t.howTo,
      '',
      t.signature,
    ]);
    expect(e).toMatchObject({ kind: 'before', key: 'tk|2020-09-20|before:7|A' });
  });
  test('on the day: "due", its own subject and words, and no problems said as such', () => {
    const [e] = plan({ today: '2020-09-20' }).emails;
    expect(e).toMatchObject({ kind: 'due', key: 'tk|2020-09-20|due|A' });
    expect(e.subject).toBe(t.subjectDue('Con đường', 'Xã A', '20/09/2020'));
    expect(e.body.split('\n')[2]).toBe(t.due('Báo cáo tổng kết', '20/09/2020'));
    expect(e.body).toContain(t.noProblems);
  });
  test('the day after: "overdue", its own subject; with overdue notices off, nothing', () => {
    const [e] = plan({ today: '2020-09-21' }).emails;
    expect(e).toMatchObject({ kind: 'overdue', key: 'tk|2020-09-20|overdue|A' });
    expect(e.subject).toBe(t.subjectOverdue('Con đường', 'Xã A', '20/09/2020'));
    expect(e.body.split('\n')[2]).toBe(t.overdue('Báo cáo tổng kết', '20/09/2020', 1));
    expect(plan({ today: '2020-09-21', deadlines: [dl({ overdue: false })] }).emails).toEqual([]);
  });
  test('between two reminder days the latest one due is the one sent (the 3-day one on the 18th)', () => {
    expect(plan({ today: '2020-09-18' }).emails.map((e) => e.key)).toEqual([
      'tk|2020-09-20|before:3|A',
      'tk|2020-09-20|before:3|digest',
    ]);
    expect(plan({ today: '2020-09-18', deadlines: [dl({ offsets: [1, 3, 7, 0] })] }).emails[0].key).toBe(
      'tk|2020-09-20|before:3|A',
    );
  });
  test('a unit with one wrong and one right address is not listed as having none', () => {
    const p = plan({ units: [unit('A', { emails: ['sai', 'a@x.vn'] })] });
    expect(p.badAddresses).toEqual(['Xã A: sai']);
    expect(p.emails[0].to).toEqual(['a@x.vn']);
  });
  test('an unreadable deadline and one on or before the day the period was opened send nothing', () => {
    expect(plan({ deadlines: [dl({ date: 'sắp tới' })] }).emails).toEqual([]);
    expect(plan({ opened: '2020-09-20' }).emails).toEqual([]);
    expect(plan({ opened: '2020-09-19' }).emails).toHaveLength(2);
  });
  test('the unit emails go out nearest deadline first, whatever the order of Cấu hình', () => {
    const deadlines = [dl({ code: 'b', date: '20/09/2020' }), dl({ code: 'a', date: '14/09/2020', offsets: [1] })];
    const keys = plan({ deadlines, units: [unit('A')] })
      .emails.filter((e) => e.kind !== 'digest')
      .map((e) => e.deadline);
    expect(keys).toEqual(['a', 'b']);
    const again = plan({ deadlines: [...deadlines].reverse(), units: [unit('A')] })
      .emails.filter((e) => e.kind !== 'digest')
      .map((e) => e.deadline);
    expect(again).toEqual(['a', 'b']);
  });
});

describe('what the admins receive', () => {
  test('the digest, line by line: nobody submitted yet, an address to fix, one email held back', () => {
    const p = plan({
      units: [unit('A', { problems: ['x', 'y'] }), unit('B', { emails: ['sai'] }), unit('C')],
      quotaLeft: 2,
    });
    const digest = p.emails.find((e) => e.kind === 'digest');
    expect(digest?.body.split('\n')).toEqual([
      t.digestIntro('Báo cáo tổng kết', '20/09/2020', 7),
      '',
      t.digestSubmitted(0),
      `- ${t.none}`,
      '',
      t.digestMissing(3),
      '- Xã A (2 lỗi)',
      '- Xã B',
      '- Xã C',
      '',
      t.digestBadAddresses,
      '- Xã B: sai',
      `- ${t.noEmail('Xã B')}`,
      '',
      t.digestDeferred(1),
      '',
      t.signature,
    ]);
    expect(digest?.unit).toBe('');
  });
  test('when everyone submitted, the waiting list says none and nothing more is added', () => {
    const p = plan({ units: [unit('A', { submitted: true })] });
    expect(p.emails.map((e) => e.kind)).toEqual(['digest']);
    expect(p.emails[0].body.split('\n')).toEqual([
      t.digestIntro('Báo cáo tổng kết', '20/09/2020', 7),
      '',
      t.digestSubmitted(1),
      '- Xã A',
      '',
      t.digestMissing(0),
      `- ${t.none}`,
      '',
      t.signature,
    ]);
  });
  test('the quota: the digest to two admins is kept back for; over the quota it waits too', () => {
    const two = ['vp@x.vn', 'ct@x.vn'];
    const tight = plan({ admins: two, quotaLeft: 2 });
    expect(tight.emails.map((e) => e.kind)).toEqual(['digest']);
    expect(tight.deferred.map((e) => e.kind)).toEqual(['before']);
    const short = plan({ admins: two, quotaLeft: 1 });
    expect(short.emails).toEqual([]);
    expect(short.deferred.map((e) => e.kind)).toEqual(['before', 'digest']);
  });
  test('two digests on one day share the quota: with room for one, the other waits', () => {
    const deadlines = [dl({ code: 'a' }), dl({ code: 'b' })];
    const p = plan({ deadlines, units: [unit('A', { submitted: true })], quotaLeft: 1 });
    expect(p.emails.map((e) => e.deadline)).toEqual(['a']);
    expect(p.deferred.map((e) => e.deadline)).toEqual(['b']);
  });
});

describe('the sent record', () => {
  const prop = (event: string) => `${SENT_PREFIX}${event}`;
  test('only our properties are read; a record without its unknown-fate names gets an empty list', () => {
    const r = readSentRecord({
      other: '{"s":["X"]}',
      [prop('tk|2020-09-20|due')]: '{"s":["A"],"p":{"B":"thư B"}}',
      [prop('tk|2020-09-20|overdue')]: 'không phải JSON',
    });
    expect([...r.keys()]).toEqual([prop('tk|2020-09-20|due')]);
    expect(r.get(prop('tk|2020-09-20|due'))).toEqual({ s: ['A'], p: { B: 'thư B' }, n: [] });
    expect([...doneKeys(r)].sort()).toEqual(['tk|2020-09-20|due|A', 'tk|2020-09-20|due|B']);
  });
  test('an event is forgotten 39 days after its date, not 38; a property without a date is kept', () => {
    const r = readSentRecord({
      [prop('tk|2020-09-20|due')]: '{"s":["A"]}',
      [prop('tk|2020-09-21|due')]: '{"s":["A"]}',
      [prop('tk|x2020-09-01|due')]: '{"s":["A"]}',
      [prop('tk')]: '{"s":["A"]}',
    });
    expect(staleSentProps(r, '2020-10-29')).toEqual([prop('tk|2020-09-20|due')]);
    expect(staleSentProps(r, '2020-10-28')).toEqual([]);
  });
  test('reminders of unknown fate: listed in order, with what they were; settled as sent or to send again', () => {
    const r = readSentRecord({
      [prop('tk|2020-09-20|due')]: '{"s":[],"p":{"B":"thư B","A":""},"n":["A"]}',
      [prop('ab|2020-09-20|due')]: '{"s":[],"p":{"C":"thư C"}}',
    });
    expect(unknownReminders(r)).toEqual([
      { key: 'ab|2020-09-20|due|C', what: 'thư C', who: 'C' },
      { key: 'tk|2020-09-20|due|B', what: 'thư B', who: 'B' },
      { key: 'tk|2020-09-20|due|A', what: 'tk|2020-09-20|due|A', who: 'A' },
    ]);
    expect(unknownUnnamed(r).map((u) => u.key)).toEqual(['tk|2020-09-20|due|B', 'ab|2020-09-20|due|C']);
    expect(settleUnknown(r, 'tk|2020-09-20|due|A', 'sent')).toEqual({ s: ['A'], p: { B: 'thư B' }, n: [] });
    expect(settleUnknown(r, 'tk|2020-09-20|due|A', 'sent')).toBeNull();
    expect(settleUnknown(r, 'tk|2020-09-20|due|B', 'resend')).toEqual({ s: ['A'], p: {}, n: [] });
    expect(settleUnknown(r, 'zz|2020-09-20|due|B', 'sent')).toBeNull();
    const twice = readSentRecord({ [prop('tk|2020-09-20|due')]: '{"s":["A"],"p":{"A":"x"}}' });
    expect(settleUnknown(twice, 'tk|2020-09-20|due|A', 'sent')?.s).toEqual(['A']);
  });
  test('the notices to the admins: in the digest, on their own, and after a failed run', () => {
    const line = unknownLine({ subject: 'Nhắc hạn', to: ['a@x.vn', 'b@x.vn'] });
    expect(line).toBe('Nhắc hạn (a@x.vn, b@x.vn)');
    const [digest] = plan({ units: [unit('A', { submitted: true })] }).emails;
    expect(withUnknown(digest, [])).toBe(digest);
    expect(withUnknown(digest, [line]).body).toBe(
      `${digest.body}\n${['', t.unknownHeader, `- ${line}`, t.unknownAdvice].join('\n')}`,
    );
    const admins = ['vp@x.vn'];
    expect(unknownNotice('Con đường', admins, [line])).toEqual({
      to: admins,
      subject: t.subjectUnknown('Con đường', 1),
      body: [t.unknownHeader, `- ${line}`, t.unknownAdvice, '', t.signature].join('\n'),
    });
    const failed = failureNotice('Con đường', admins, '07:00 13/09/2020', 'hết giờ', ['thư 1'], [line]);
    expect(failed).toEqual({
      to: admins,
      subject: t.subjectFailed('Con đường', '07:00 13/09/2020'),
      body: [
        t.failedIntro('07:00 13/09/2020', 'hết giờ'),
        '',
        t.failedSent(1),
        '- thư 1',
        '',
        t.unknownHeader,
        `- ${line}`,
        t.unknownAdvice,
        '',
        t.failedNothingTwice,
        '',
        t.signature,
      ].join('\n'),
    });
    expect(failureNotice('Con đường', admins, 'x', 'y', [], []).body).not.toContain(t.unknownHeader);
  });
});

describe('more edges (Stryker on reminders.ts, second run)', () => {
  const prop = (event: string) => `${SENT_PREFIX}${event}`;
  test('unit emails of several deadlines go out by date; two on the same date keep the order of Cấu hình', () => {
    const deadlines = [
      dl({ code: 'giua', date: '18/09/2020', offsets: [5] }),
      dl({ code: 'cuoi', date: '20/09/2020' }),
      dl({ code: 'dau', date: '14/09/2020', offsets: [1] }),
      dl({ code: 'cung', date: '20/09/2020' }),
    ];
    const order = plan({ deadlines })
      .emails.filter((e) => e.kind !== 'digest')
      .map((e) => e.deadline);
    expect(order).toEqual(['dau', 'giua', 'cuoi', 'cung']);
  });
  test('addresses that failed are added to a digest under their own heading; none leaves it as it was', () => {
    const [digest] = plan({ units: [unit('A', { submitted: true })] }).emails;
    expect(withFailures(digest, [])).toBe(digest);
    expect(withFailures(digest, ['a@x.vn: hộp thư đầy']).body).toBe(
      `${digest.body}\n${['', t.digestBadAddresses, '- a@x.vn: hộp thư đầy'].join('\n')}`,
    );
  });
  test('a record written without its sent list reads as none sent; unknown ones listed by key when unnamed', () => {
    const r = readSentRecord({
      [prop('zz|2020-09-20|due')]: '{"p":{"B":""}}',
      [prop('ab|2020-09-20|due')]: '{"p":{"C":"thư C"}}',
      [prop('mm|2020-09-20|due')]: '{"p":{"D":"thư D"}}',
    });
    expect(r.get(prop('zz|2020-09-20|due'))).toEqual({ s: [], p: { B: '' }, n: [] });
    expect(unknownUnnamed(r).find((u) => u.key === 'zz|2020-09-20|due|B')?.what).toBe('zz|2020-09-20|due|B');
    expect(unknownReminders(r).map((u) => u.who)).toEqual(['C', 'D', 'B']);
  });
  test('settling one unknown reminder leaves the others named in the record', () => {
    const r = readSentRecord({ [prop('tk|2020-09-20|due')]: '{"s":[],"p":{"A":"a","C":"c"},"n":["A","C"]}' });
    expect(settleUnknown(r, 'tk|2020-09-20|due|A', 'resend')).toEqual({ s: [], p: { C: 'c' }, n: ['C'] });
  });
});
