/* biome-ignore-all lint/suspicious/noExplicitAny: fake sheets are untyped */
import { Google, World } from '../fakes';
import { ADMIN, at, province } from './province';

/** The row of Cấu hình (1-based) whose first cell is `code`. */
const rowOf = (g: Google, first: string) => g.values('Cấu hình').findIndex((r) => r[0] === first) + 1;

describe('the fake Sheets reads typed days as a Vietnamese-locale sheet does', () => {
  // Google: "Dates ... in the spreadsheet's locale" are auto-detected when typed; getValues returns Date
  // objects for date cells, getDisplayValues "the displayed values", formatted with the cell's number format.
  test('10/06 typed is a Date of this year that still shows 10/06; 25/09/2020 shows 25/09/2020', () => {
    const g = new Google(new World({ now: '2026-11-25T01:00:00Z', user: 'a@x.vn' }));
    g.type('a@x.vn', 'Trang tính1', 1, 1, [['10/06', '25/09/2020', '31/02']]);
    const r = g.world.run(() => g.spreadsheet.getActiveSheet().getRange(1, 1, 1, 3));
    const [[yearly, once, notDay]] = g.world.run(() => r.getValues());
    expect((yearly as Date).toISOString()).toBe('2026-06-09T17:00:00.000Z');
    expect((once as Date).toISOString()).toBe('2020-09-24T17:00:00.000Z');
    expect(notDay).toBe('31/02');
    expect(g.world.run(() => r.getDisplayValues())).toEqual([['10/06', '25/09/2020', '31/02']]);
  });
});

describe('Cấu hình as the province typed it in Sheets', () => {
  test('a deadline typed 25/09/2020 is the deadline the sidebar counts down to, not the template’s 20/09', () => {
    const { g } = province({ now: at('2020-09-10') });
    const row = rowOf(g, 'HẠN NỘP') + 2;
    g.type(ADMIN, 'Cấu hình', row, 3, [['25/09/2020']]);
    const state = g.call('apiState', [], { user: ADMIN });
    expect(state.deadline).toEqual({ title: expect.any(String), date: '25/09/2020', daysLeft: 15 });
    expect(state.settingsIssues).toEqual([]);
  });

  test('a yearly 10/06 typed into a cell stays yearly: in 2027 the next deadline is 10/06/2027', () => {
    const { g, world } = province({ now: at('2020-09-10') });
    const row = rowOf(g, 'HẠN NỘP') + 2;
    g.type(ADMIN, 'Cấu hình', row, 3, [['10/06']]);
    world.now = at('2027-06-01');
    const state = g.call('apiState', [], { user: ADMIN });
    expect(state.deadline).toEqual({ title: expect.any(String), date: '10/06/2027', daysLeft: 9 });
  });

  test('the admin sees every problem of Cấu hình with its cell: in set-up, in Tổng hợp and in the sidebar', () => {
    const { g, world } = province();
    const first = rowOf(g, 'DV001');
    g.type(ADMIN, 'Cấu hình', first + 1, 3, [['Tổng hợp']]);
    g.type(ADMIN, 'Cấu hình', first + 2, 4, [['khong-phai-email']]);
    world.alerts.length = 0;
    g.call('menuSetup', [], { user: ADMIN });
    const setupAlert = world.alerts.pop() ?? '';
    expect(setupAlert).toContain(`Cấu hình!C${first + 1}: tên trang tính "Tổng hợp" trùng với trang của hệ thống`);
    expect(setupAlert).toContain(`Cấu hình!D${first + 2}: "khong-phai-email" không phải địa chỉ email`);
    g.call('menuSummarize', [], { user: ADMIN });
    expect(world.alerts.pop()).toContain(`Cấu hình!C${first + 1}`);
    const state = g.call('apiState', [], { user: ADMIN });
    expect(state.settingsIssues.map((i: { cell: string }) => i.cell)).toEqual([`C${first + 1}`, `D${first + 2}`]);
    // The unit whose tab would be the summary gets no rights on it, and the summary keeps its rows.
    expect(g.values('Tổng hợp')[0][0]).toMatch(/^TỔNG HỢP/);
  });
});

describe('stable unit codes', () => {
  test('set-up writes a code for every unit with a blank Mã; a unit inserted above later shifts nobody', () => {
    const { g, world, units } = province();
    const first = rowOf(g, 'DV001');
    // The province blanks the codes (as a list pasted from elsewhere would be), then runs set-up.
    g.type(ADMIN, 'Cấu hình', first, 1, [[''], [''], ['']]);
    g.call('menuSetup', [], { user: ADMIN });
    const codes = () =>
      g
        .values('Cấu hình')
        .slice(first - 1, first + 3)
        .map((r) => [r[0], r[1]]);
    expect(codes()).toEqual([
      ['DV01', 'Tân Yên'],
      ['DV02', 'Lục Nam'],
      ['DV03', 'Khối Cơ quan tỉnh'],
      ['', ''],
    ]);
    // Lục Nam submits; its record and lock are under DV02.
    g.type(units[1].emails[0], 'Lục Nam', 6, 1, [['Đường 1', 'Thôn', 600, 'Có', 'Có', 'Có', 'Có', '', '', '']]);
    g.call('apiSubmit', [], { user: units[1].emails[0] });
    // A new unit is typed in the middle of the table with a blank Mã: it gets the next free code.
    const rows = g.values('Cấu hình').slice(first, first + 2);
    g.type(ADMIN, 'Cấu hình', first + 1, 1, [
      ['', 'Xã Mới', 'Xã Mới', 'xamoi@hoiphunu.example.org', ''],
      ...rows.map((r) => r.slice(0, 5)),
    ]);
    world.sharedWith.push('xamoi@hoiphunu.example.org');
    g.call('menuSetup', [], { user: ADMIN });
    expect(codes()).toEqual([
      ['DV01', 'Tân Yên'],
      ['DV04', 'Xã Mới'],
      ['DV02', 'Lục Nam'],
      ['DV03', 'Khối Cơ quan tỉnh'],
    ]);
    expect(g.values('Lục Nam')[2][0]).toMatch(/^Trạng thái: Đã nộp/);
    expect(g.sheet('Lục Nam')._canEdit(units[1].emails[0], 10, 1)).toBe(false);
    expect(g.sheet('Xã Mới')._canEdit('xamoi@hoiphunu.example.org', 10, 1)).toBe(true);
  });

  test('a Mã the province typed (an official commune code) is kept as it is', () => {
    const { g } = province();
    const first = rowOf(g, 'DV001');
    g.type(ADMIN, 'Cấu hình', first, 1, [['26734']]);
    g.call('menuSetup', [], { user: ADMIN });
    expect(g.values('Cấu hình')[first - 1][0]).toBe(26734);
    const state = g.call('apiState', [], { user: ADMIN });
    expect(state.admin.board.map((b: { code: string }) => b.code).sort()).toEqual(['26734', 'DV002', 'DV003']);
  });
});

describe('a tab renamed by hand', () => {
  test('is reported by set-up and Tổng hợp with both names, and no blank tab is made in its place', () => {
    const { g, world } = province();
    g.world.run(() => g.spreadsheet.getSheetByName('Lục Nam').setName('LN cũ'));
    world.alerts.length = 0;
    g.call('menuSetup', [], { user: ADMIN });
    expect(world.alerts.pop()).toContain(
      'không tìm thấy trang tính "Lục Nam" của đơn vị Lục Nam, nhưng trang "LN cũ" có tiêu đề của đơn vị này',
    );
    expect(g.ss.sheets.map((s) => s.name)).not.toContain('Lục Nam');
    g.call('menuSummarize', [], { user: ADMIN });
    expect(world.alerts.pop()).toContain('trang "LN cũ" có tiêu đề của đơn vị này');
  });
});

describe('the fake refuses structural changes under a sheet protection', () => {
  // PLATFORM.md (seen 2026-11-25): "Under a whole-sheet protection, users who are not its editors are, as far
  // as we know, refused inserting or deleting rows and columns even inside its unprotected ranges". Google's
  // own sentence was not found in the reference text available here; the fake takes the stricter reading, and
  // the README promises units nothing more than typing in their rows.
  test('a unit may type in its data rows but not insert or delete rows or columns; an admin may', () => {
    const { g, units } = province();
    const unit = units[0].emails[0];
    const sheet = () => g.spreadsheet.getSheetByName('Tân Yên');
    g.type(unit, 'Tân Yên', 6, 1, [['Đường 1']]);
    for (const change of [
      (s: any) => s.insertRowsAfter(10, 1),
      (s: any) => s.insertRowsBefore(10, 1),
      (s: any) => s.insertColumnsAfter(3, 1),
      (s: any) => s.deleteRows(10, 1),
      (s: any) => s.deleteColumns(12, 1),
    ]) {
      expect(() => g.world.run(() => change(sheet()), { user: unit })).toThrow(/protected cell or object/);
    }
    g.world.run(() => sheet().insertRowsAfter(10, 5), { user: ADMIN });
    expect(g.sheet('Tân Yên').maxRows).toBe(1005);
  });
});
