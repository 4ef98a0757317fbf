import {
  addDays,
  type DeadlineSpec,
  doneKeys,
  type IsoDate,
  planReminders,
  readSentRecord,
  SENT_PREFIX,
  splitKey,
  staleSentProps,
  unknownUnnamed,
} from '../../src/core';
import { size } from './scale';

const quarter = (code: string, date: string): DeadlineSpec => ({
  code,
  title: `Báo cáo ${code}`,
  date,
  offsets: [7, 3, 1, 0],
  overdue: true,
});

describe('the record of reminders sent (Document Properties)', () => {
  test('a pending reminder is never planned again and is named until an email to the admins names it', () => {
    const props: Record<string, string> = {
      [`${SENT_PREFIX}tk|2020-09-20|before:7`]: JSON.stringify({ s: ['DV001'], p: { DV002: 'Nhắc DV002' }, n: [] }),
    };
    const record = readSentRecord(props);
    expect([...doneKeys(record)].sort()).toEqual(['tk|2020-09-20|before:7|DV001', 'tk|2020-09-20|before:7|DV002']);
    expect(unknownUnnamed(record)).toEqual([{ key: 'tk|2020-09-20|before:7|DV002', what: 'Nhắc DV002' }]);
    record.get(`${SENT_PREFIX}tk|2020-09-20|before:7`)?.n.push('DV002');
    expect(unknownUnnamed(record)).toEqual([]);
  });

  test('170 units that never submit, 4 deadlines a year, a daily run for two years: the store stays small', () => {
    const units = Array.from({ length: size(170, 10) }, (_, i) => ({
      code: `DV${String(i + 1).padStart(3, '0')}`,
      name: `Xã số ${i + 1}`,
      emails: [`dv${i + 1}@hoiphunu.example.org`],
      submitted: false,
      link: 'https://docs.example/',
      problems: [],
    }));
    const deadlines = [quarter('q1', '10/03'), quarter('q2', '10/06'), quarter('q3', '10/09'), quarter('q4', '10/12')];
    const props: Record<string, string> = {};
    let max = 0;
    let sent = 0;
    for (let day = '2024-01-01' as IsoDate; day < '2026-01-01'; day = addDays(day, 1)) {
      const record = readSentRecord(props);
      for (const p of staleSentProps(record, day)) delete props[p];
      const plan = planReminders({
        today: day,
        reportTitle: 'Báo cáo quý',
        deadlines,
        units,
        admins: ['vanphong@hoiphunu.example.org'],
        sent: doneKeys(readSentRecord(props)),
        quotaLeft: 1500,
      });
      for (const e of plan.emails) {
        const { prop, who } = splitKey(e.key);
        const r = JSON.parse(props[prop] ?? '{"s":[],"p":{},"n":[]}');
        r.s.push(who);
        props[prop] = JSON.stringify(r);
        sent++;
      }
      const bytes = Object.entries(props).reduce((n, [k, v]) => n + k.length + v.length, 0);
      max = Math.max(max, bytes);
    }
    console.log(`sent record: ${sent} emails over two years, at most ${max} bytes in the store`);
    // Every reminder of every event went out once: 4 deadlines × 2 years × 5 events × 170 units, + digests.
    expect(sent).toBe(4 * 2 * 5 * (units.length + 1));
    expect(max).toBeLessThan(50 * 1024);
    for (const v of Object.values(props)) expect(v.length).toBeLessThan(9 * 1024);
  });
});
