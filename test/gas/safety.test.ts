import { ADMIN, at, province, road } from './province';

describe('Tổng hợp under a lock', () => {
  test('a second Tổng hợp that cannot get the lock in time is told to try again and writes nothing', () => {
    const { g, world, units } = province();
    g.type(units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường 1', 600), road('Đường 2', 700)]);
    const OTHER_ADMIN = 'pho.vanphong@hoiphunu.example.org';
    const cfg = g.values('Cấu hình');
    g.type(ADMIN, 'Cấu hình', cfg.findIndex((r) => r[0] === 'QUẢN TRỊ VIÊN') + 4, 1, [[OTHER_ADMIN]]);

    // Until set-up runs again, the new admin is not an editor of the protected sheets, and is told so.
    g.call('menuSummarize', [], { user: OTHER_ADMIN });
    expect(world.alerts.pop()).toMatch(/^Bạn chưa có quyền sửa phần này.*Thiết lập báo cáo/);
    g.call('menuSetup', [], { user: ADMIN });
    world.alerts.length = 0;

    let second: unknown = null;
    const order: string[] = [];
    world.after.set('Lock.waitLock', () => order.push(`lock ${world.execution}`));
    world.after.set('Lock.releaseLock', () => order.push(`release ${world.execution}`));
    world.after.set('Range.setValues', () => {
      order.push(`write ${world.execution}`);
      if (second === null) {
        second = 'started';
        // The other admin presses Tổng hợp while the first run is writing.
        g.call('menuSummarize', [], { user: OTHER_ADMIN });
      }
    });
    g.call('menuSummarize', [], { user: ADMIN });
    world.after.clear();
    // The second run could not take the lock while the first held it, said so, and wrote nothing.
    expect(world.alerts).toContain(
      'Đang có người khác chạy Tổng hợp hoặc nộp báo cáo. Vui lòng đợi một phút rồi bấm lại.',
    );
    const first = order[0].split(' ')[1];
    const writesOfFirst = order.filter((o) => o === `write ${first}`).length;
    expect(order.indexOf(`release ${first}`)).toBeGreaterThan(order.lastIndexOf(`write ${first}`));
    expect(order.filter((o) => o.startsWith('write') && o !== `write ${first}`)).toEqual([]);
    expect(writesOfFirst).toBeGreaterThan(0);

    // Pressed again, it runs after the first, over a sheet it rewrites whole: no rows of the old run left.
    g.type(units[0].emails[0], 'Tân Yên', 8, 1, [road('Đường 3', 800)]);
    world.now = at('2020-09-10', '08:05');
    g.call('menuSummarize', [], { user: OTHER_ADMIN });
    expect(world.alerts.slice(1)).toEqual([]);
    const sheet = g.values('Tổng hợp');
    expect(sheet[1][0]).toBe('Cập nhật lúc 08:05 10/09/2020');
    const header = sheet[3] as string[];
    const tanYen = sheet.find((r) => r[1] === 'Tân Yên') as unknown[];
    expect(tanYen[header.indexOf('Số con đường')]).toBe(3);
    expect(sheet.filter((r) => r[1] === 'Tân Yên')).toHaveLength(1);
  });
});

describe('nothing a user typed runs as a formula', () => {
  test('a unit’s =IMPORTRANGE(…) and +SUM(1) reach the summary as text', () => {
    const { g, units } = province();
    // Units named "+SUM(1)" and "=IMPORTRANGE(…)" in Cấu hình (kept as text there), and a status line
    // carrying a formula, which is no longer read at all (the state comes from the submission record).
    const cfg = g.values('Cấu hình');
    const row = cfg.findIndex((r) => r[1] === 'Khối Cơ quan tỉnh') + 1;
    g.type(ADMIN, 'Cấu hình', row, 2, [["'+SUM(1)"]]);
    g.type(ADMIN, 'Cấu hình', row - 1, 2, [['\'=IMPORTRANGE("https://x","A1")']]);
    g.type(units[0].emails[0], 'Tân Yên', 3, 1, [
      ['\'Trạng thái: Đã nộp 08:15 15/09/2020 bởi =IMPORTRANGE("https://x","A1")'],
    ]);
    g.type(units[0].emails[0], 'Tân Yên', 6, 1, [
      ['\'=IMPORTRANGE("https://x","A1")', 'Thôn', 600, 'Có', 'Có', 'Có', 'Có', '', '', ''],
    ]);
    g.call('menuSummarize', [], { user: ADMIN });
    const sheet = g.sheet('Tổng hợp');
    const rows = g.values('Tổng hợp');
    const formulas = g.world.run(() => sheet._self.getRange(1, 1, rows.length, rows[3].length).getFormulas());
    expect(formulas.flat().filter((f: string) => f !== '')).toEqual([]);
    expect(rows.flat()).toContain('=IMPORTRANGE("https://x","A1")');
    expect(rows.flat()).toContain('+SUM(1)');
    expect(rows.flat().filter((v) => String(v).startsWith('Đã nộp '))).toEqual([
      'Đã nộp 0/3 đơn vị (muộn 0); 0 đơn vị còn lỗi',
    ]);
  });
});

describe('admin actions check the caller', () => {
  const snapshot = (p: ReturnType<typeof province>) =>
    JSON.stringify({
      sheets: p.g.ss.sheets.map((s) => [s.name, p.g.values(s.name)]),
      mail: p.world.mailbox.length,
      triggers: p.g.triggers.length,
      props: [...p.world.properties.document.entries()],
    });

  test.each([
    ['apiSummarize', []],
    ['apiReopen', ['DV001']],
    ['apiSendReminders', []],
    ['apiPreviewReminders', []],
  ])('a unit calling %s from the browser console is refused and nothing changes', (name, args) => {
    const p = province({ now: at('2020-09-17') });
    const unit = p.units[0].emails[0];
    p.g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 600)]);
    p.g.call('menuSubmit', [], { user: unit });
    const before = snapshot(p);
    expect(() => p.g.call(name, args, { user: unit })).toThrow('Chỉ quản trị viên Hội LHPN tỉnh');
    expect(snapshot(p)).toBe(before);
  });

  test('a unit calling the daily trigger’s handler sends nothing from its own account', () => {
    const p = province({ now: at('2020-09-17') });
    const before = snapshot(p);
    expect(() => p.g.call('remindersDaily', [], { user: p.units[0].emails[0] })).toThrow('Chỉ quản trị viên');
    expect(p.world.mailbox).toEqual([]);
    expect(snapshot(p)).toBe(before);
  });

  test.each(['menuSummarize', 'menuSetup', 'menuSendReminders', 'menuEnableReminders', 'menuReopen'])(
    'a unit choosing %s from the menu is told it is for admins, and nothing changes',
    (name) => {
      const p = province({ now: at('2020-09-17') });
      const before = snapshot(p);
      p.world.promptAnswers.push(['OK', 'Tân Yên']);
      p.g.call(name, [], { user: p.units[1].emails[0] });
      expect(p.world.alerts.pop()).toMatch(/^Chỉ quản trị viên Hội LHPN tỉnh/);
      expect(snapshot(p)).toBe(before);
    },
  );

  test('when Google does not tell the email, the unit is the active tab and admin actions are refused', () => {
    const p = province();
    p.world.revealEmail = false;
    const unit = p.units[2];
    p.g.type(unit.emails[0], unit.sheet, 6, 1, [road('Đường 1', 600)]);
    p.g.world.run(() => p.g.spreadsheet.getSheetByName(unit.sheet).activate());
    p.g.call('menuSubmit', [], { user: unit.emails[0] });
    expect(p.g.values(unit.sheet)[2][0]).toBe('Trạng thái: Đã nộp 08:00 10/09/2020 bởi người dùng không rõ email');
    expect(() => p.g.call('apiSummarize', [], { user: ADMIN })).toThrow('Chỉ quản trị viên');
  });
});

describe('service calls', () => {
  const callsOfSummary = (units: number, rows: number) => {
    const p = province({ units });
    for (const u of p.units) {
      p.g.type(
        u.emails[0],
        u.sheet,
        6,
        1,
        Array.from({ length: rows }, (_, i) => road(`Đường ${i + 1}`, 450 + i)),
      );
    }
    p.world.resetCalls();
    p.g.call('menuSummarize', [], { user: ADMIN });
    return { total: p.world.totalCalls(), byName: Object.fromEntries(p.world.calls) };
  };

  test('running set-up again costs the same for 10 rows as for 500, and under 30 calls for each unit', () => {
    const rerun = (rows: number, units = 12) => {
      const p = province({ units });
      for (const u of p.units)
        p.g.type(
          u.emails[0],
          u.sheet,
          6,
          1,
          Array.from({ length: rows }, (_, i) => road(`Đường ${i}`, 600)),
        );
      p.world.resetCalls();
      p.g.call('menuSetup', [], { user: ADMIN });
      return p.world.totalCalls();
    };
    const small = rerun(10);
    expect(rerun(500)).toBe(small);
    expect((rerun(10, 24) - small) / 12).toBeLessThan(30);
  });

  test('Tổng hợp makes the same service calls for 10 rows a unit as for 1,000', () => {
    const small = callsOfSummary(3, 10);
    const large = callsOfSummary(3, 990);
    expect(large.byName).toEqual(small.byName);
    // One batch read per unit tab (Sheet.getSheetValues), and Cấu hình's through its range.
    expect(small.byName['Sheet.getSheetValues']).toBe(3);
    expect(small.byName['Range.getValues']).toBe(1);
  });

  test('Tổng hợp costs two calls a unit (find its tab, read it), the rest fixed', () => {
    const few = callsOfSummary(3, 10);
    const many = callsOfSummary(13, 10);
    expect(many.total - few.total).toBeLessThanOrEqual(2 * 10);
  });
});

describe('a unit tab emptied by hand', () => {
  test('Tổng hợp still reads it (no row for getSheetValues to give: read the long way) and says what is wrong', () => {
    const p = province();
    p.g.type(p.units[1].emails[0], p.units[1].sheet, 6, 1, [road('Đường 1', 600)]);
    // Every cell of Tân Yên's tab cleared, as a select-all and Delete would.
    (p.g.sheet(p.units[0].sheet) as unknown as { data: Map<number, unknown> }).data.clear();
    p.world.alerts.length = 0;
    p.world.resetCalls();
    p.g.call('menuSummarize', [], { user: ADMIN });
    const byName = Object.fromEntries(p.world.calls);
    // The empty tab's one-call read was refused, and read again through its data range.
    expect(byName['Sheet.getSheetValues']).toBe(3);
    expect(byName['Range.getValues']).toBe(2);
    const rows = p.g.values('Tổng hợp').map((r) => r.map(String));
    expect(rows.some((r) => r.includes('Tân Yên'))).toBe(true);
    expect(rows.some((r) => r.includes('Lục Nam'))).toBe(true);
    expect(p.world.alerts.join('\n')).not.toMatch(/[Ee]rror|range|must be/);
  });
});
