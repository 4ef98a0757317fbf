/**
 * The cuts the harness found on main, one by one, as a person would meet them: the action stops at a
 * named service call, the same person clicks again.
 */
import { messages } from '../../src/core';
import type { FaultMode, Google } from '../fakes';
import { ADMIN } from '../gas/province';
import { ACTIONS, type Action, world } from './harness';

const action = (name: string) => ACTIONS.find((a) => a.name === name) as Action;

/** The position (1-based) of the nth call named `name` in a fault-free click of the action. */
function callAt(a: Action, name: string, nth = 1): number {
  const g = world(a);
  const names: string[] = [];
  const count = g.world.count.bind(g.world);
  g.world.count = (n: string) => {
    names.push(n);
    count(n);
  };
  a.click(g);
  const at = names.flatMap((n, i) => (n === name ? [i + 1] : []))[nth - 1];
  if (!at) throw new Error(`no call ${name} #${nth} in ${a.name}: ${names.join(' ')}`);
  return at;
}

function cut(a: Action, name: string, mode: FaultMode, nth = 1): Google {
  const k = callAt(a, name, nth);
  const g = world(a);
  g.world.injectFault(k, mode);
  try {
    a.click(g);
  } catch {
    // the kill
  }
  return g;
}

const names = (g: Google) => g.ss.sheets.map((s) => s.name);

describe('an action cut at one call, then clicked again', () => {
  test('Tổng hợp cut between removing the old summary and naming the new one: the new one stands complete, and the retry puts it in place, protected', () => {
    const summary = messages.summaryText.sheet;
    const draft = messages.atomicText.summaryDraftSheet;
    const g = cut(action('Tổng hợp'), 'Sheet.setName', 'kill');
    expect(names(g)).toContain(draft);
    const aside = g.sheet(draft);
    expect(aside.charts).toHaveLength(1);
    expect(aside._cell(1, 1).v).toMatch(/^TỔNG HỢP/);
    action('Tổng hợp').click(g);
    expect(names(g).filter((n) => n === summary || n === draft)).toEqual([summary]);
    const sheet = g.sheet(summary);
    expect(sheet.charts).toHaveLength(1);
    const guard = sheet.protections.find((p) => p.type === 'SHEET' && !p.removed);
    expect([...guard.editors]).toEqual([ADMIN]);
  });

  test('Thiết lập cut right after it made a new unit’s tab: the retry protects the tab and counts it as new', () => {
    // The first insertSheet makes the prototype; the second copies it into the unit's tab, complete at once.
    const g = cut(action('Thiết lập báo cáo'), 'Spreadsheet.insertSheet', 'after', 2);
    expect(g.values('Yên Thế')[1][0]).toMatch(/^Đơn vị: Yên Thế/);
    expect(g.sheet('Yên Thế').protections).toEqual([]);
    action('Thiết lập báo cáo').click(g);
    expect(names(g)).not.toContain(messages.settingsLabels.prototypeSheet);
    expect(g.world.alerts.at(-1)).toMatch(/^Đã thiết lập: tạo mới 1 trang đơn vị, giữ nguyên 3 trang đã có\./);
    expect(g.values('Yên Thế')[4][0]).toBe('Tên con đường');
    const guards = g.sheet('Yên Thế').protections.filter((p) => !p.removed);
    expect(guards.map((p) => p.description).sort()).toEqual(['lhpn:data:DV004', 'lhpn:status:DV004', 'lhpn:tab:DV004']);
  });

  test('Thiết lập cut between making a protection and naming it: the retry takes it over, and only admins edit the tab', () => {
    // The first setDescription names the prototype's protection; the second, the new tab's first.
    const g = cut(action('Thiết lập báo cáo'), 'Protection.setDescription', 'before', 2);
    const undescribed = () =>
      g.ss.sheets.flatMap((s) => s.protections.filter((p) => !p.removed && p.description === '').map(() => s.name));
    expect(undescribed()).toEqual(['Yên Thế']);
    action('Thiết lập báo cáo').click(g);
    expect(undescribed()).toEqual([]);
    const guards = g.sheet('Yên Thế').protections.filter((p) => !p.removed);
    expect(guards.map((p) => p.description).sort()).toEqual(['lhpn:data:DV004', 'lhpn:status:DV004', 'lhpn:tab:DV004']);
  });

  test('Kiểm tra cut after its record of marks, before the notes: the unit’s own note comes back once the error is fixed', () => {
    const check = action('Kiểm tra');
    const g = cut(check, 'Range.setNotes', 'kill');
    check.click(g);
    g.type(check.user, 'Lục Nam', 7, 3, [[500]]);
    check.click(g);
    expect(g.sheet('Lục Nam')._cell(6, 3)).toMatchObject({ note: 'nguồn: thôn báo', bg: '#ffffff' });
    expect(g.sheet('Lục Nam')._cell(7, 3)).toMatchObject({ note: 'ghi chú của đơn vị', bg: '#fff2cc' });
  });
});
