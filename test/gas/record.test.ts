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
