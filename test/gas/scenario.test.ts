import { ADMIN, at, province, road } from './province';

const MARK = '#f4c7c3';

describe('a province’s half-year, through the entry points only', () => {
  test('set-up → a unit types rows with mistakes → Kiểm tra marks exactly those cells → fix → Nộp → Tổng hợp', () => {
    const { g, world, units } = province();
    const tanYen = units[0];
    const unit = tanYen.emails[0];

    // Set-up made a tab per unit with its title block, header and data validation.
    expect(
      g
        .values('Tân Yên')
        .slice(0, 5)
        .map((r) => r[0]),
    ).toEqual([
      'CON ĐƯỜNG "SÁNG - XANH - SẠCH ĐẸP - AN TOÀN"',
      'Đơn vị: Tân Yên — Năm 2020',
      'Trạng thái: Chưa nộp',
      expect.stringContaining('Nhập mỗi dòng'),
      'Tên con đường',
    ]);
    expect(g.sheet('Tân Yên').frozenRows).toBe(5);
    expect(g.sheet('Tân Yên')._cell(6, 4).dv?.getCriteriaValues()[0]).toEqual(['Có', 'Không']);
    expect(() => g.type(unit, 'Tân Yên', 6, 4, [['có lẽ']])).toThrow(/data validation/);

    // The unit types its roads; some mistakes slip past validation (pasted, left empty, a decimal count).
    g.type(unit, 'Tân Yên', 6, 1, [
      road('Đường 1', 650),
      road('Đường 2', 820),
      road('Đường 3', 510, { 3: '' }),
      road('Đường 4', 700, { 9: 1_500_000.5 }),
    ]);
    g.type(unit, 'Tân Yên', 7, 3, [['năm trăm']], { paste: true });
    // Their own note and colour on a cell that will be marked.
    g.sheet('Tân Yên')._cellForWrite(7, 3).note = 'ghi chú của đơn vị';
    g.sheet('Tân Yên')._cellForWrite(7, 3).bg = '#fff2cc';
    // Another unit may not type into Tân Yên's rows, nor Tân Yên into the header.
    expect(() => g.type(units[1].emails[0], 'Tân Yên', 10, 1, [['x']])).toThrow(/protected/);
    expect(() => g.type(unit, 'Tân Yên', 5, 1, [['x']])).toThrow(/protected/);

    g.call('menuCheck', [], { user: unit });
    expect(world.alerts.pop()).toBe('Còn 3 lỗi trên 1 trang — các ô lỗi đã được tô đỏ và có ghi chú giải thích.');
    const sheet = g.sheet('Tân Yên');
    const marked: string[] = [];
    for (let r = 1; r <= 12; r++)
      for (let c = 1; c <= 10; c++) if (sheet._cell(r, c).bg === MARK) marked.push(`${r},${c}`);
    expect(marked).toEqual(['7,3', '8,4', '9,10']);
    expect(sheet._cell(7, 3).note).toBe('⚠ Kiểm tra:\n• "năm trăm" không phải là số — nhập số mét, ví dụ 500');
    expect(sheet._cell(9, 10).note).toContain('có phần thập phân');

    // Nộp báo cáo is refused while errors remain.
    g.call('menuSubmit', [], { user: unit });
    expect(world.alerts.pop()).toMatch(/^Chưa nộp được: còn 3 lỗi/);
    expect(g.values('Tân Yên')[2][0]).toBe('Trạng thái: Chưa nộp');

    // The unit fixes them; Kiểm tra takes its marks off and gives back the unit's own note and colour.
    g.type(unit, 'Tân Yên', 7, 3, [[500]]);
    g.type(unit, 'Tân Yên', 8, 4, [['Không']]);
    g.type(unit, 'Tân Yên', 9, 10, [[1_500_000]]);
    g.call('menuCheck', [], { user: unit });
    expect(world.alerts.pop()).toBe('Không còn lỗi nào. Có thể nộp báo cáo.');
    expect(sheet._cell(7, 3)).toMatchObject({ note: 'ghi chú của đơn vị', bg: '#fff2cc' });
    expect(sheet._cell(8, 4)).toMatchObject({ note: '', bg: '#ffffff' });

    world.now = at('2020-09-15', '09:30');
    g.call('menuSubmit', [], { user: unit });
    expect(world.alerts).toContain(
      'Nộp báo cáo của Tân Yên? Sau khi nộp, đơn vị không sửa được nữa cho tới khi tỉnh mở lại.',
    );
    expect(world.alerts.pop()).toBe('Đã nộp báo cáo của Tân Yên. Cảm ơn!');
    expect(g.values('Tân Yên')[2][0]).toBe(`Trạng thái: Đã nộp 09:30 15/09/2020 bởi ${unit}`);

    // Google keeps the submitting user on the protection; the admin's next run finishes the lock.
    g.call('menuSummarize', [], { user: ADMIN });
    expect(() => g.type(unit, 'Tân Yên', 10, 1, [['sửa sau khi nộp']])).toThrow(/protected/);
    g.type(ADMIN, 'Tân Yên', 20, 8, [['']]);

    const summary = g.values('Tổng hợp');
    const row = summary.find((r) => r[1] === 'Tân Yên') as unknown[];
    const header = summary[3] as string[];
    const col = (label: string) => header.indexOf(label);
    expect(row[col('Trạng thái')]).toBe('Đã nộp');
    expect(row[col('Thời gian nộp')]).toBe('09:30 15/09/2020');
    expect(row[col('Số lỗi')]).toBe(0);
    expect(row[col('Số con đường')]).toBe(4);
    // Đường 3 is lit: no ("Không" typed as the fix), so 3 of 4 pass; 3 of the target 9 is 33.3 %.
    expect(row[col('Đường đạt tiêu chuẩn')]).toBe(3);
    expect(row[col('Tổng chiều dài (m)')]).toBe(650 + 500 + 510 + 700);
    expect(row[col('% chỉ tiêu')]).toBe(33.3);
    const total = summary.find((r) => r[1] === 'Toàn tỉnh') as unknown[];
    expect(total[col('Trạng thái')]).toBe('1/3');
    expect(total[col('Chỉ tiêu (con đường)')]).toBe(9 + 9 + 1);
    expect(g.sheet('Tổng hợp').charts).toHaveLength(1);
    expect(world.toasts.pop()).toBe('Đã tổng hợp 3 đơn vị (1 đã nộp).');

    // The log has the submission and the summary, and the province can reopen.
    const log = g.values('Nhật ký').map((r) => r[1]);
    expect(log).toEqual(expect.arrayContaining(['Nộp báo cáo', 'Tổng hợp', 'Thiết lập']));
    world.promptAnswers.push(['OK', 'Tân Yên']);
    g.call('menuReopen', [], { user: ADMIN });
    expect(world.alerts.pop()).toBe('Đã mở lại báo cáo của Tân Yên. Đơn vị có thể sửa và nộp lại.');
    expect(g.values('Tân Yên')[2][0]).toMatch(/^Trạng thái: Chưa nộp \(mở lại 09:30 15\/09\/2020 bởi vanphong@/);
    g.type(unit, 'Tân Yên', 10, 1, [['Đường 5']]);
  });

  test('marks stay within their budget: 130 tabs full of errors fit the property store, and every mark comes off', () => {
    const { g, world, units } = province({ units: 130 });
    for (const u of units) {
      g.type(
        u.emails[0],
        u.sheet,
        6,
        1,
        Array.from({ length: 305 }, (_, i) => road(`Đường ${i}`, 'năm trăm')),
        { paste: true },
      );
    }
    g.call('menuCheck', [], { user: ADMIN });
    expect(world.alerts.pop()).toBe('Còn 39650 lỗi trên 130 trang — các ô lỗi đã được tô đỏ và có ghi chú giải thích.');
    const marked = (name: string) => {
      let n = 0;
      for (let r = 6; r <= 310; r++) if (g.sheet(name)._cell(r, 3).bg === MARK) n++;
      return n;
    };
    expect(marked('Tân Yên')).toBe(300);
    let stored = 0;
    for (const [k, v] of world.properties.document) stored += k.length + v.length;
    expect(stored).toBeLessThan(500 * 1024);
    // Fixed everywhere: every mark comes off.
    for (const u of units)
      g.type(
        u.emails[0],
        u.sheet,
        6,
        3,
        Array.from({ length: 305 }, () => [600]),
      );
    g.call('menuCheck', [], { user: ADMIN });
    expect(world.alerts.pop()).toBe('Không còn lỗi nào. Có thể nộp báo cáo.');
    expect(units.every((u) => marked(u.sheet) === 0)).toBe(true);
    expect(g.sheet('Tân Yên')._cell(6, 3).note).toBe('');
  });

  test('a report submitted after the deadline is stamped Nộp muộn', () => {
    const { g, world, units } = province({ now: at('2020-09-21') });
    const unit = units[1].emails[0];
    g.type(unit, 'Lục Nam', 6, 1, [road('Đường 1', 600)]);
    world.now = at('2020-09-22', '14:05');
    g.call('menuSubmit', [], { user: unit });
    expect(g.values('Lục Nam')[2][0]).toBe(`Trạng thái: Nộp muộn 14:05 22/09/2020 bởi ${unit}`);
    expect(world.alerts.pop()).toBe('Đã nộp báo cáo của Lục Nam (nộp muộn). Cảm ơn!');
  });

  test('dates are read in the spreadsheet’s own time zone: 25/02/2020 typed in a sheet on Auckland time is 25/02', () => {
    const { g, world, units } = province({ sheetZone: 'Pacific/Auckland' });
    const unit = units[0].emails[0];
    g.type(unit, 'Tân Yên', 6, 1, [
      road('Đường đầu tiên', 600, { 8: '25/02/2020' }),
      road('Đường cuối', 600, { 8: '30/09/2020' }),
    ]);
    // Midnight in Auckland is still the previous day in Vietnam: read in the wrong zone, both would be off by one.
    expect((g.values('Tân Yên')[5][8] as Date).toISOString()).toBe('2020-02-24T11:00:00.000Z');
    g.call('menuCheck', [], { user: unit });
    expect(world.alerts.pop()).toBe('Không còn lỗi nào. Có thể nộp báo cáo.');
  });

  test('where Intl knows no time zones, dates and times come from Utilities.formatDate, with the same results', () => {
    // An Intl that formats only in UTC, as a runtime without time-zone data would.
    const RealFormat = Intl.DateTimeFormat;
    const NoZones = function (this: unknown, locale?: string, o: Intl.DateTimeFormatOptions = {}) {
      if (o.timeZone && o.timeZone !== 'UTC') throw new RangeError(`Invalid time zone specified: ${o.timeZone}`);
      return new RealFormat(locale, o);
    } as unknown as typeof Intl.DateTimeFormat;
    const { g, world, units } = province({
      now: at('2020-09-19', '23:30'),
      globals: { Intl: { ...Intl, DateTimeFormat: NoZones } },
    });
    const unit = units[0].emails[0];
    g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 600, { 8: '30/09/2020' })]);
    world.resetCalls();
    g.call('menuSubmit', [], { user: unit });
    // 23:30 on 19/09 in Vietnam (16:30 UTC): on time, stamped with Vietnamese time, 30/09 inside the campaign.
    expect(g.values('Tân Yên')[2][0]).toBe(`Trạng thái: Đã nộp 23:30 19/09/2020 bởi ${unit}`);
    expect(world.calls.get('Utilities.formatDate')).toBeGreaterThan(0);
  });

  test('running set-up twice changes nothing and never loses a row', () => {
    const { g, units } = province();
    g.type(units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường 1', 600)]);
    const snapshot = () =>
      g.ss.sheets.map((s) => ({
        name: s.name,
        values: g.values(s.name),
        protections: s.protections.map((p) => [
          p.getDescription(),
          p
            .getEditors()
            .map((u: { getEmail(): string }) => u.getEmail())
            .sort(),
          p.getUnprotectedRanges().map((r: { getA1Notation(): string }) => r.getA1Notation()),
        ]),
        validation: s._cell(6, 4).dv?.getCriteriaValues(),
      }));
    const before = JSON.stringify(snapshot().map((s) => ({ ...s, values: s.name === 'Nhật ký' ? [] : s.values })));
    g.call('menuSetup');
    const after = JSON.stringify(snapshot().map((s) => ({ ...s, values: s.name === 'Nhật ký' ? [] : s.values })));
    expect(after).toBe(before);
    expect(g.values('Tân Yên')[5][0]).toBe('Đường 1');
  });

  test('onOpen in authMode NONE builds the Vietnamese menu and touches nothing else', () => {
    const { g, world } = province();
    world.menus.length = 0;
    world.resetCalls();
    g.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(world.menus[0].name).toBe('Báo cáo Hội LHPN');
    expect(world.menus[0].items.map((i) => i[0])).toEqual([
      'Mở bảng điều khiển',
      '---',
      'Kiểm tra',
      'Nộp báo cáo',
      '---',
      'Tổng hợp',
      'In Tổng hợp (PDF khổ A4)',
      'Viết Báo cáo gửi cấp trên (.docx)',
      'Mở lại báo cáo…',
      'Thiết lập báo cáo',
      'Mở kỳ báo cáo mới…',
      'Nhắc hạn › Xem trước email nhắc hạn',
      'Nhắc hạn › Gửi nhắc hạn ngay',
      'Nhắc hạn › Bật nhắc hạn tự động',
      'Nhắc hạn › Tắt nhắc hạn tự động',
    ]);
    expect(
      [...world.calls.keys()].every(
        (k) => k.startsWith('Ui.') || k.startsWith('Menu.') || k === 'SpreadsheetApp.getUi',
      ),
    ).toBe(true);
  });
});
