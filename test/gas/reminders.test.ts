import { ADMIN, at, province, road } from './province';

/** Who got mail today: one line per email, by kind. */
const inbox = (world: ReturnType<typeof province>['world'], from = 0) =>
  world.mailbox.slice(from).map((m) => `${m.to.join(',')} | ${m.subject}`);

describe('reminders before the deadline of 20/09/2020, through the trigger handler', () => {
  test('turning reminders on twice leaves exactly one daily trigger; off removes it', () => {
    const { g, world } = province();
    g.call('menuEnableReminders');
    g.call('menuEnableReminders');
    expect(g.triggers).toEqual([
      expect.objectContaining({ handler: 'remindersDaily', atHour: 7, everyDays: 1, timeZone: 'Asia/Ho_Chi_Minh' }),
    ]);
    expect(world.alerts.pop()).toMatch(/^Đã bật nhắc hạn tự động/);
    g.call('menuDisableReminders');
    expect(g.triggers).toEqual([]);
  });

  test('a calendar of days: 7, 3, 1 and 0 days before and the day after; twice a day sends nothing more; a unit that submits stops getting them', () => {
    const { g, world, units } = province({ now: at('2020-09-01') });
    g.call('menuEnableReminders');
    const days: Record<string, string[]> = {};
    for (let d = 11; d <= 23; d++) {
      const day = `2020-09-${String(d).padStart(2, '0')}`;
      world.now = at(day, '07:20');
      world.mailQuota = 100;
      const before = world.mailbox.length;
      g.call('remindersDaily', [], { user: ADMIN });
      if (day === '2020-09-17') g.call('remindersDaily', [], { user: ADMIN }); // a retried trigger
      days[day] = inbox(world, before);
      if (day === '2020-09-18') {
        // Lục Nam fills in and submits.
        g.type(units[1].emails[0], 'Lục Nam', 6, 1, [road('Đường 1', 600)]);
        g.call('menuSubmit', [], { user: units[1].emails[0] });
      }
    }
    const quiet = [
      '2020-09-11',
      '2020-09-12',
      '2020-09-14',
      '2020-09-15',
      '2020-09-16',
      '2020-09-18',
      '2020-09-22',
      '2020-09-23',
    ];
    for (const d of quiet) expect([d, days[d]]).toEqual([d, []]);
    const unitMails = (d: string) => days[d].filter((l) => !l.startsWith(ADMIN));
    expect(unitMails('2020-09-13')).toEqual([
      'dv1@hoiphunu.example.org | [Hội LHPN] Tân Yên: còn 7 ngày đến hạn nộp báo cáo Con đường Sáng - Xanh - Sạch đẹp - An toàn (hạn 20/09/2020)',
      'dv2@hoiphunu.example.org | [Hội LHPN] Lục Nam: còn 7 ngày đến hạn nộp báo cáo Con đường Sáng - Xanh - Sạch đẹp - An toàn (hạn 20/09/2020)',
      'dv3@hoiphunu.example.org | [Hội LHPN] Khối Cơ quan tỉnh: còn 7 ngày đến hạn nộp báo cáo Con đường Sáng - Xanh - Sạch đẹp - An toàn (hạn 20/09/2020)',
    ]);
    expect(unitMails('2020-09-17')).toHaveLength(3); // not 6: the second run sent nothing more
    expect(unitMails('2020-09-19').map((l) => l.split(' | ')[0])).toEqual([
      'dv1@hoiphunu.example.org',
      'dv3@hoiphunu.example.org',
    ]);
    expect(unitMails('2020-09-20').every((l) => l.includes('hôm nay là hạn nộp'))).toBe(true);
    expect(unitMails('2020-09-21').every((l) => l.includes('đã quá hạn nộp'))).toBe(true);
    expect(unitMails('2020-09-21')).toHaveLength(2);
    // One digest a reminder day for the admins, saying who has submitted.
    for (const d of ['2020-09-13', '2020-09-17', '2020-09-19', '2020-09-20', '2020-09-21']) {
      expect(days[d].filter((l) => l.startsWith(ADMIN))).toHaveLength(1);
    }
    expect(days['2020-09-19'].find((l) => l.startsWith(ADMIN))).toContain('1/3 đơn vị đã nộp');
    // Every email sent is in the log with its key.
    const logged = g.values('Nhật ký').filter((r) => r[1] === 'Gửi nhắc hạn');
    expect(logged).toHaveLength(world.mailbox.length);
  });

  test('the email says the deadline as dd/MM/yyyy, the days left, links to the tab and lists the unit’s errors', () => {
    const { g, world, units } = province({ now: at('2020-09-17') });
    g.type(units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường 1', 'năm trăm')], { paste: true });
    g.call('menuSendReminders');
    const mail = world.mailbox.find((m) => m.to[0] === units[0].emails[0]);
    expect(mail?.body).toContain('Hạn nộp "Báo cáo tổng kết và đề nghị khen thưởng" là ngày 20/09/2020, còn 3 ngày.');
    expect(mail?.body).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/fake-spreadsheet-id\/edit#gid=\d+/);
    expect(mail?.body).toContain('- Tân Yên!C6: "năm trăm" không phải là số — nhập số mét, ví dụ 500');
    expect(world.alerts.pop()).toBe('Đã gửi 4 email nhắc hạn.');
  });

  test('a quota of 5 sends 5, the rest the next day, none twice', () => {
    const { g, world } = province({ units: 8, now: at('2020-09-13') });
    world.mailQuota = 5;
    g.call('remindersDaily', [], { user: ADMIN });
    expect(world.mailbox).toHaveLength(5);
    expect(world.mailbox.at(-1)?.body).toContain('4 thư chưa gửi vì hết hạn mức');
    world.now = at('2020-09-14', '07:10');
    world.mailQuota = 5;
    g.call('remindersDaily', [], { user: ADMIN });
    const recipients = world.mailbox.filter((m) => !m.to.includes(ADMIN)).map((m) => m.to[0]);
    expect(recipients).toHaveLength(8);
    expect(new Set(recipients).size).toBe(8);
  });

  test('when the quota ends mid-run (MailApp throws), the rest waits and nothing crashes', () => {
    const { g, world } = province({ units: 4, now: at('2020-09-13') });
    world.mailQuota = 2;
    // The quota seen at planning time is larger than what is really left.
    const realQuota = Object.getOwnPropertyDescriptor(world, 'mailQuota');
    let reads = 0;
    Object.defineProperty(world, 'mailQuota', {
      get: () => (reads++ === 0 ? 100 : (realQuota?.value as number)),
      set: (v) => {
        (realQuota as PropertyDescriptor).value = v;
      },
      configurable: true,
    });
    g.call('menuSendReminders');
    expect(world.mailbox).toHaveLength(2);
    expect(world.alerts.pop()).toMatch(/^Đã gửi 2 email nhắc hạn; 3 email để lần sau/);
  });

  test('a bad address is reported in the digest and skipped, not a crash', () => {
    const { g, world } = province({ now: at('2020-09-13') });
    const cfg = g.values('Cấu hình');
    const row = cfg.findIndex((r) => r[1] === 'Lục Nam') + 1;
    g.type(ADMIN, 'Cấu hình', row, 4, [['lucnam-at-hoiphunu']]);
    g.call('remindersDaily', [], { user: ADMIN });
    const digest = world.mailbox.find((m) => m.to.includes(ADMIN));
    expect(digest?.body).toContain('Lục Nam: lucnam-at-hoiphunu');
    expect(world.mailbox.some((m) => m.to.includes('lucnam-at-hoiphunu'))).toBe(false);
  });

  test('a log that has reached the bottom of its sheet grows instead of failing', () => {
    const { g, world } = province({ now: at('2020-09-13') });
    const log = g.sheet('Nhật ký');
    const filler = Array.from({ length: log.getMaxRows() - log.getLastRow() }, (_, i) => [
      '08:00 01/01/2020',
      'Tổng hợp',
      '',
      ADMIN,
      '',
      `lần ${i}`,
    ]);
    g.world.run(() => log._self.getRange(log.getLastRow() + 1, 1, filler.length, 6).setValues(filler));
    expect(log.getLastRow()).toBe(log.getMaxRows());
    g.call('remindersDaily', [], { user: ADMIN });
    expect(world.mailbox).toHaveLength(4);
    expect(g.values('Nhật ký').filter((r) => r[1] === 'Gửi nhắc hạn')).toHaveLength(4);
  });

  test('the preview shows what would go out today and sends nothing', () => {
    const { g, world } = province({ now: at('2020-09-19') });
    g.call('menuPreviewReminders');
    expect(world.alerts.pop()).toMatch(
      /^Hôm nay sẽ gửi 4 email:\n• dv1@hoiphunu\.example\.org: \[Hội LHPN\] Tân Yên: còn 1 ngày/,
    );
    expect(world.mailbox).toEqual([]);
    expect(g.call('apiPreviewReminders').emails.map((e: { kind: string }) => e.kind)).toEqual([
      'before',
      'before',
      'before',
      'digest',
    ]);
  });
});
