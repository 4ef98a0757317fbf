/**
 * The board's snapshot (src/gas/snapshot.ts): the admin's board opens on Cấu hình and Document Properties,
 * whatever the number of units, with figures kept up to date by the units' own actions.
 */
import { ADMIN, at, province, road } from './province';

type P = ReturnType<typeof province>;
type Row = { code: string; unit: string; status: string; errors: number; rows: number; readAt: string | null };

const boardOf = (p: P) => p.g.call('apiState', [], { user: ADMIN }).admin;
const rowOf = (p: P, name: string): Row => boardOf(p).board.find((r: Row) => r.unit === name);
const counted = (p: P, run: () => unknown) => {
  p.world.resetCalls();
  run();
  return { total: p.world.totalCalls(), by: Object.fromEntries(p.world.calls) as Record<string, number> };
};
const snapKeys = (p: P) => [...p.world.properties.document.keys()].filter((k) => k.startsWith('lhpn.snap.'));
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('opening the admin board costs the same few service calls at any size', () => {
  test.each([10, 170])('at %i units: at most 10 calls, and no unit tab is read', (n) => {
    const p = province({ units: n });
    p.g.call('menuSummarize', [], { user: ADMIN });
    const cost = counted(p, () => p.g.call('apiState', [], { user: ADMIN }));
    expect(cost.total).toBeLessThanOrEqual(10);
    // Cấu hình is the only sheet read.
    expect(cost.by['Range.getValues']).toBe(1);
  });

  test('10 and 170 units cost exactly the same', () => {
    const cost = (n: number) => {
      const p = province({ units: n });
      return counted(p, () => p.g.call('apiState', [], { user: ADMIN })).total;
    };
    expect(cost(170)).toBe(cost(10));
  });

  test("a unit's own view reads its own tab and no other", () => {
    const p = province({ units: 12 });
    const me = p.units[3];
    const cost = counted(p, () => p.g.call('apiState', [], { user: me.emails[0] }));
    // Cấu hình and the unit's tab: one batch read each.
    expect(cost.by['Range.getValues']).toBe(1);
    expect(cost.by['Sheet.getSheetValues']).toBe(1);
    expect(cost.by['Spreadsheet.getSheetByName']).toBeLessThanOrEqual(3);
  });
});

describe('the figures come from the units’ own actions', () => {
  test('a unit nobody has checked says "chưa kiểm tra" (readAt null), not "nothing typed"', () => {
    const p = province({ units: 4 });
    p.g.type(p.units[1].emails[0], p.units[1].sheet, 6, 1, [road('Đường 1', 500), road('Đường 2', 600)]);
    const row = rowOf(p, p.units[1].name);
    expect(row.readAt).toBeNull();
    expect(row.rows).toBe(0);
    expect(boardOf(p).unread).toBe(4);
  });

  test("a unit's Kiểm tra puts its errors and rows on the board; after Nộp it shows clean and submitted", () => {
    const p = province({ units: 4, now: at('2020-09-12') });
    const u = p.units[2];
    p.g.type(u.emails[0], u.sheet, 6, 1, [road('Đường 1', 500), road('Đường 2', 600), road('Đường 3', 700)]);
    p.g.type(u.emails[0], u.sheet, 6, 3, [['năm trăm']], { paste: true });
    p.g.call('menuCheck', [], { user: u.emails[0] });
    expect(rowOf(p, u.name)).toMatchObject({ errors: 1, rows: 3, status: 'draft', readAt: '08:00 12/09/2020' });
    // Fixed, then Nộp: the board shows it submitted, clean.
    p.g.type(u.emails[0], u.sheet, 6, 3, [[500]]);
    p.world.now = at('2020-09-13');
    p.g.call('menuSubmit', [], { user: u.emails[0] });
    expect(rowOf(p, u.name)).toMatchObject({ errors: 0, rows: 3, status: 'submitted', readAt: '08:00 13/09/2020' });
  });

  test('Nộp refused for errors still tells the board how many', () => {
    const p = province({ units: 3 });
    const u = p.units[0];
    p.g.type(u.emails[0], u.sheet, 6, 1, [road('Đường 1', 500)]);
    p.g.type(u.emails[0], u.sheet, 6, 3, [['năm trăm']], { paste: true });
    p.g.call('menuSubmit', [], { user: u.emails[0] });
    expect(rowOf(p, u.name)).toMatchObject({ errors: 1, rows: 1, status: 'draft' });
  });

  test('a tab deleted after the last read shows only after a read; Làm mới toàn bộ reads every tab', () => {
    const p = province({ units: 5 });
    p.g.call('menuSummarize', [], { user: ADMIN });
    const [, second, third] = p.units;
    p.g.type(second.emails[0], second.sheet, 6, 1, [road('Đường 1', 500), road('Đường 2', 500)]);
    p.world.run(() => p.g.spreadsheet.deleteSheet(p.g.spreadsheet.getSheetByName(third.sheet)));
    // The board says what was read at Tổng hợp, and when.
    expect(rowOf(p, second.name)).toMatchObject({ rows: 0, status: 'draft' });
    expect(rowOf(p, third.name).status).toBe('draft');
    expect(boardOf(p).readSince).toBe('08:00 10/09/2020');
    p.world.now = at('2020-09-11', '09:15');
    const state = p.g.call('apiRefreshAll', [], { user: ADMIN });
    const row = (name: string) => state.admin.board.find((r: Row) => r.unit === name);
    expect(row(second.name)).toMatchObject({ rows: 2, readAt: '09:15 11/09/2020' });
    expect(row(third.name).status).toBe('missing');
    expect(state.admin.readSince).toBe('09:15 11/09/2020');
    expect(state.admin.unread).toBe(0);
    // And the cheap opening shows the same afterwards.
    expect(rowOf(p, third.name).status).toBe('missing');
  });

  test('the board says when Tổng hợp was last made, as its sheet says; never before the first', () => {
    const p = province({ units: 3 });
    expect(boardOf(p).lastSummary).toBeNull();
    p.g.call('menuSummarize', [], { user: ADMIN });
    const updated = String(p.g.values('Tổng hợp')[1][0]);
    expect(updated).toBe('Cập nhật lúc 08:00 10/09/2020');
    expect(boardOf(p).lastSummary).toBe(updated);
    // A Tổng hợp made before the board kept this (an older version of the add-in): Làm mới toàn bộ reads it.
    p.world.properties.document.delete('lhpn.summaryAt');
    expect(boardOf(p).lastSummary).toBeNull();
    expect(p.g.call('apiRefreshAll', [], { user: ADMIN }).admin.lastSummary).toBe(updated);
    expect(boardOf(p).lastSummary).toBe(updated);
  });

  test('Làm mới toàn bộ is for admins only', () => {
    const p = province({ units: 3 });
    expect(() => p.g.call('apiRefreshAll', [], { user: p.units[0].emails[0] })).toThrow(/quản trị/i);
  });

  test('Mở lại writes the record and the snapshot in one setProperties call', () => {
    const p = province({ units: 4 });
    const u = p.units[1];
    p.g.type(u.emails[0], u.sheet, 6, 1, [road('Đường 1', 500)]);
    p.g.call('menuSubmit', [], { user: u.emails[0] });
    p.g.call('menuSummarize', [], { user: ADMIN });
    p.world.now = at('2020-09-11');
    const cost = counted(p, () => p.g.call('apiReopen', [u.code], { user: ADMIN }));
    expect(cost.by['Properties.setProperties']).toBe(1);
    expect(cost.by['Properties.setProperty'] ?? 0).toBe(0);
    expect(rowOf(p, u.name)).toMatchObject({ status: 'draft', rows: 1, readAt: '08:00 11/09/2020' });
  });
});

describe('one setProperties call an action, and the store well within Google’s limits', () => {
  test.each([
    ['Kiểm tra', 'menuCheck'],
    ['Tổng hợp', 'menuSummarize'],
  ])("an admin's %s at 99 units writes every snapshot in one call", (_label, entry) => {
    const p = province({ units: 99 });
    const cost = counted(p, () => p.g.call(entry, [], { user: ADMIN }));
    expect(cost.by['Properties.setProperties']).toBe(1);
    expect(cost.by['Properties.setProperty'] ?? 0).toBe(0);
    expect(snapKeys(p)).toHaveLength(99);
  });

  test('at 170 units each value is far below 9 KB and the snapshots take under 10 KB of the 500 KB store', () => {
    const p = province({ units: 170 });
    for (const u of p.units) p.g.type(u.emails[0], u.sheet, 6, 1, [road('Đường 1', 500)]);
    p.g.call('menuSummarize', [], { user: ADMIN });
    const doc = p.world.properties.document;
    const keys = snapKeys(p);
    expect(keys).toHaveLength(170);
    const sizes = keys.map((k) => bytes(k) + bytes(doc.get(k) ?? ''));
    expect(Math.max(...sizes)).toBeLessThan(100);
    const snapshots = sizes.reduce((a, b) => a + b, 0);
    const store = [...doc.entries()].reduce((a, [k, v]) => a + bytes(k) + bytes(v), 0);
    // Measured: about 7.5 KB of snapshots (printed for the report); the whole store stays under a fifth.
    console.log(`snapshots at 170 units: ${snapshots} bytes; whole document store: ${store} bytes`);
    expect(snapshots).toBeLessThan(10 * 1024);
    expect(store).toBeLessThan(100 * 1024);
  });
});

describe('the board says whether the daily reminders are on without listing triggers', () => {
  test('as the last admin to switch them said', () => {
    const p = province({ units: 3 });
    expect(boardOf(p).remindersOn).toBe(false);
    p.g.call('menuEnableReminders', [], { user: ADMIN });
    const cost = counted(p, () => expect(boardOf(p).remindersOn).toBe(true));
    expect(cost.by['ScriptApp.getProjectTriggers'] ?? 0).toBe(0);
    p.g.call('menuDisableReminders', [], { user: ADMIN });
    expect(boardOf(p).remindersOn).toBe(false);
  });
});
