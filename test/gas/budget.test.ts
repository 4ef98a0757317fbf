/**
 * Thiết lập at provincial scale (issue 11): few service calls a unit, and a run that nears Apps Script's
 * 6-minute limit stops cleanly and a one-off trigger it schedules finishes the job.
 */
import { messages, newSettings, renderSettings, roads } from '../../src/core';
import type { FakeSheet } from '../fakes/spreadsheet';
import { ADMIN, province, unitsOf } from './province';

/** Calls of a first set-up (choose the form, type Cấu hình, set up) for `units` units. */
const setupCalls = (units: number) => province({ units }).world.totalCalls();

/** What a unit's tab holds and who may edit what: values, data validation, frozen rows, widths, protections. */
function tabState(sheet: FakeSheet) {
  const width = 12;
  const values = Array.from({ length: 8 }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = sheet._cell(r + 1, c + 1);
      return [cell.v, cell.bold, cell.bg, cell.fmt];
    }),
  );
  const rules = [6, 7, 500, 1000].map((r) =>
    Array.from({ length: width }, (_, c) => {
      const dv = sheet._cell(r, c + 1).dv;
      return dv ? [dv.type, dv.values, dv.allowInvalid, sheet._cell(r, c + 1).fmt] : null;
    }),
  );
  const protections = sheet.protections
    .filter((p) => !p.removed)
    .map((p) => ({
      description: p.description,
      type: p.type,
      range: p.range ? p.range.getA1Notation() : null,
      editors: [...p.editors].sort(),
      domainEdit: p.domainEdit,
      warningOnly: p.warningOnly,
      unprotected: p.unprotected.map((u: { getA1Notation(): string }) => u.getA1Notation()),
    }))
    .sort((a, b) => a.description.localeCompare(b.description));
  return {
    maxRows: sheet.maxRows,
    frozen: sheet.frozenRows,
    widths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
    values,
    rules,
    protections,
  };
}

/**
 * The bound a first set-up's calls a unit are held to, at the margin. A new tab is a copy of a prototype
 * laid out once a run (its unit line set, then insertSheet with the template: 2 calls); its three
 * protections take the other 12: two ranges (data rows, status cell), then protect, setDescription and
 * removeEditors on each, and the tab's setUnprotectedRanges.
 */
const CALLS_A_UNIT = 14;
/** Issue 11's goal: a first set-up of a province's communes, everything counted, at most 15 calls a unit. */
const GOAL_A_UNIT = 15;

const CONTINUE = 'setupContinue';
const PROTOTYPE = messages.settingsLabels.prototypeSheet;

/** Three units set up, then a fourth typed into Cấu hình: the next set-up has one tab to make. */
function withNewUnit() {
  const p = province({ units: 3 });
  const settings = renderSettings({
    ...newSettings(roads, unitsOf(4), [ADMIN], 'Năm 2020'),
    reportTitle: 'Con đường Sáng - Xanh - Sạch đẹp - An toàn',
  });
  p.g.type(ADMIN, messages.settingsLabels.sheet, 1, 1, settings);
  p.world.alerts.length = 0;
  return { ...p, added: unitsOf(4)[3] };
}

const PROGRESS = 'lhpn:setup:done';

describe('Thiết lập báo cáo at provincial scale', () => {
  test(`a first set-up costs at most ${CALLS_A_UNIT} service calls a unit, however many units`, () => {
    const perUnit = (setupCalls(20) - setupCalls(10)) / 10;
    expect(perUnit).toBeLessThanOrEqual(CALLS_A_UNIT);
  });

  test(`at 170 communes a first set-up costs at most ${GOAL_A_UNIT} calls a unit, all calls counted`, () => {
    expect(setupCalls(170) / 170).toBeLessThanOrEqual(GOAL_A_UNIT);
  });

  test('at 170 communes a run near the 6-minute limit stops, says so, and its trigger finishes every tab as one run would', () => {
    // Each service call takes 150 ms: a single run would need more than the 4.5 minutes set-up allows itself.
    const p = province({ units: 170, msPerCall: 150 });
    const last = p.units[169];
    expect(p.g.ss.getSheetByName(last.sheet)).toBeNull();
    const paused = p.setupAlerts.join('\n');
    expect(paused).toMatch(/tự tiếp tục sau khoảng 1 phút/);
    const done = Number(/Đã thiết lập (\d+)\/170/.exec(paused)?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(170);
    expect(p.g.triggers.map((t) => [t.handler, t.afterMs, t.owner])).toEqual([[CONTINUE, 60_000, ADMIN]]);
    expect(p.world.properties.document.get(PROGRESS)).toBeDefined();
    // The paused run deleted the prototype it copied tabs from.
    expect(p.g.ss.getSheetByName(PROTOTYPE)).toBeNull();

    const logBefore = p.g.values(messages.logText.sheet);
    expect(logBefore.flat().join('\n')).toMatch(/tạm dừng ở \d+\/170/);
    p.world.advance(60_000);
    p.world.msPerCall = 60;
    p.g.call(CONTINUE, [], { user: ADMIN });
    expect(p.g.triggers).toEqual([]);
    expect(p.world.properties.document.has(PROGRESS)).toBe(false);
    // The continuation logs what it did, as any set-up does.
    expect(p.g.values(messages.logText.sheet).length).toBe(logBefore.length + 1);

    const once = province({ units: 170 });
    for (const u of p.units) expect(tabState(p.g.sheet(u.sheet))).toEqual(tabState(once.g.sheet(u.sheet)));
    const names = (q: typeof p) => q.g.ss.sheets.map((s) => s.name);
    // The same tabs, the units' in their order (Nhật ký, written at the pause, sits among them).
    expect([...names(p)].sort()).toEqual([...names(once)].sort());
    const unitTabs = new Set(p.units.map((u) => u.sheet));
    expect(names(p).filter((n) => unitTabs.has(n))).toEqual(p.units.map((u) => u.sheet));
  });

  test('set-up by hand while its continuation waits finishes the job, and the trigger then only removes itself', () => {
    // 40 units whose calls take 600 ms each: the first run stops before the last unit.
    const p = province({ units: 40, msPerCall: 600 });
    expect(p.g.ss.getSheetByName(p.units[39].sheet)).toBeNull();
    expect(p.g.triggers.length).toBe(1);
    p.world.advance(30_000);
    p.g.call('menuSetup', [], { user: ADMIN });
    expect(p.world.alerts.join('\n')).not.toMatch(/tự tiếp tục/);
    expect(p.g.triggers).toEqual([]);
    expect(p.world.properties.document.has(PROGRESS)).toBe(false);
    const once = province({ units: 40 });
    for (const u of p.units) expect(tabState(p.g.sheet(u.sheet))).toEqual(tabState(once.g.sheet(u.sheet)));
    // A trigger Google had already started runs on and finds nothing left to do.
    p.g.call(CONTINUE, [], { user: ADMIN });
    expect(p.g.triggers).toEqual([]);
    for (const u of p.units) expect(tabState(p.g.sheet(u.sheet))).toEqual(tabState(once.g.sheet(u.sheet)));
  });

  test('new tabs are copies of a prototype the run deletes; one a killed run left is deleted, never taken for a unit', () => {
    const ref = withNewUnit();
    const names: string[] = [];
    const count = ref.world.count.bind(ref.world);
    ref.world.count = (name: string) => {
      names.push(name);
      count(name);
    };
    ref.g.call('menuSetup', [], { user: ADMIN });
    // The prototype first, then the unit's tab copied from it; neither is left behind.
    expect(names.filter((n) => n === 'Spreadsheet.insertSheet').length).toBe(2);
    expect(ref.g.ss.getSheetByName(PROTOTYPE)).toBeNull();
    const copyAt = names.indexOf('Spreadsheet.insertSheet', names.indexOf('Spreadsheet.insertSheet') + 1) + 1;

    // Killed just before the copy: the prototype stays, holding the new unit's line, and no tab is made.
    const cut = withNewUnit();
    cut.world.injectFault(copyAt, 'kill');
    expect(() => cut.g.call('menuSetup', [], { user: ADMIN })).toThrow();
    expect(cut.g.ss.getSheetByName(cut.added.sheet)).toBeNull();
    expect(cut.g.values(PROTOTYPE)[1][0]).toMatch(cut.added.name);
    cut.world.alerts.length = 0;
    cut.g.call('menuSetup', [], { user: ADMIN });
    expect(cut.g.ss.getSheetByName(PROTOTYPE)).toBeNull();
    expect(cut.world.alerts).toEqual(ref.world.alerts);
    expect(tabState(cut.g.sheet(cut.added.sheet))).toEqual(tabState(ref.g.sheet(ref.added.sheet)));
  });

  test('a sheet a person gave the prototype’s name is kept, and tabs laid out without it are the same', () => {
    const ref = withNewUnit();
    ref.g.call('menuSetup', [], { user: ADMIN });
    const p = withNewUnit();
    p.g.ss.insertSheet(PROTOTYPE);
    p.g.type(ADMIN, PROTOTYPE, 1, 1, [['ghi chép riêng']]);
    p.g.call('menuSetup', [], { user: ADMIN });
    expect(p.g.values(PROTOTYPE)).toEqual([['ghi chép riêng']]);
    expect(tabState(p.g.sheet(p.added.sheet))).toEqual(tabState(ref.g.sheet(ref.added.sheet)));
    // An empty one (a run killed before protecting its prototype leaves that) is deleted and replaced.
    const q = withNewUnit();
    q.g.ss.insertSheet(PROTOTYPE);
    q.g.call('menuSetup', [], { user: ADMIN });
    expect(q.g.ss.getSheetByName(PROTOTYPE)).toBeNull();
    expect(tabState(q.g.sheet(q.added.sheet))).toEqual(tabState(ref.g.sheet(ref.added.sheet)));
  });

  test('an empty tab under a new unit’s name (a cut run of an earlier version left one) is laid out like a copy, and counted as new', () => {
    const ref = withNewUnit();
    ref.g.call('menuSetup', [], { user: ADMIN });
    const p = withNewUnit();
    p.g.ss.insertSheet(p.added.sheet);
    p.g.call('menuSetup', [], { user: ADMIN });
    expect(p.world.alerts).toEqual(ref.world.alerts);
    expect(p.world.alerts[0]).toMatch(/tạo mới 1 trang đơn vị, giữ nguyên 3/);
    expect(tabState(p.g.sheet(p.added.sheet))).toEqual(tabState(ref.g.sheet(ref.added.sheet)));
  });

  test('the continuation refuses anyone but an admin', () => {
    const p = province({ units: 3 });
    expect(() => p.g.call(CONTINUE, [], { user: p.units[0].emails[0] })).toThrow(messages.gasText.notAdmin);
  });
});
