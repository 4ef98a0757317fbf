/** Mở kỳ báo cáo mới in Google Sheets, through the menu over the fakes on the built bundle. */
import { messages } from '../../src/core';
import { type FaultMode, SERVICE_ERRORS } from '../fakes';
import { ADMIN, at, province, road } from './province';

type P = ReturnType<typeof province>;
const t = messages.newPeriodText;
const ARCHIVE = 'Lưu Năm 2020';
const canType = (p: P, user: string, sheet: string, row = 10) => p.g.sheet(sheet)._canEdit(user.toLowerCase(), row, 1);
const names = (p: P) => (p.g.spreadsheet.getSheets() as { getName(): string }[]).map((s) => s.getName());
const status = (p: P, sheet: string) => p.g.values(sheet)[2][0];

function openNext(p: P, name = 'Năm 2021', user = ADMIN): void {
  p.world.promptAnswers.length = 0;
  p.world.alertAnswers.length = 0;
  p.world.promptAnswers.push(['OK', name]);
  p.world.alerts.length = 0;
  p.g.call('menuNewPeriod', [], { user });
}

/** Tân Yên types two roads and submits; Lục Nam types one and does not; Khối Cơ quan tỉnh types nothing. */
function filled(opts: Parameters<typeof province>[0] = {}): P {
  const p = province(opts);
  const [u1, u2] = p.units.map((u) => u.emails[0]);
  p.g.type(u1, 'Tân Yên', 6, 1, [road('Đường Tân Yên 1', 600), road('Đường Tân Yên 2', 1200, { 3: 'Không' })]);
  p.g.type(u2, 'Lục Nam', 6, 1, [road('Đường Lục Nam', 850, { 1: 'Thôn Đồng Mới' })]);
  p.g.call('menuSubmit', [], { user: u1 });
  return p;
}

/** What a unit typed on its tab: the rows under the header, those with anything in them. */
const typedRows = (p: P, sheet: string, width: number) =>
  p.g
    .values(sheet)
    .slice(5)
    .map((r) => r.slice(0, width))
    .filter((r) => r.some((v) => v !== ''));

describe('Mở kỳ báo cáo mới', () => {
  test('the archive holds every typed value; the unit tabs are empty and the units’ again; nobody has submitted', () => {
    const p = filled();
    const width = (p.g.values('Tân Yên')[4] as string[]).filter((v) => v !== '').length;
    const before = new Map(p.units.map((u) => [u.name, typedRows(p, u.sheet, width)]));
    const heads = new Map(p.units.map((u) => [u.name, p.g.values(u.sheet).slice(0, 5)]));
    expect(before.get('Tân Yên')).toHaveLength(2);
    expect(status(p, 'Tân Yên')).toMatch(/^Trạng thái: Đã nộp/);
    p.g.call('menuSummarize', [], { user: ADMIN }); // the admin's run finishes the unit's lock
    expect(canType(p, p.units[0].emails[0], 'Tân Yên')).toBe(false);

    const sheetsBefore = names(p);
    openNext(p);
    // The confirmation said what would happen before anything did.
    expect(p.world.alerts[1]).toContain(`lưu toàn bộ số liệu kỳ "Năm 2020"`);
    expect(p.world.alerts[1]).toContain(ARCHIVE);
    expect(p.world.alerts[2]).toContain('Đã mở kỳ "Năm 2021"');

    // The archive: hidden, admins only, every typed cell after its unit's code and name.
    const archive = p.g.sheet(ARCHIVE);
    expect(archive.hidden).toBe(true);
    expect(canType(p, p.units[0].emails[0], ARCHIVE)).toBe(false);
    const values = p.g.values(ARCHIVE);
    const data = values.slice(values.findIndex((r) => r[0] === t.archive.dataSection) + 2);
    for (const u of p.units) {
      const archived = data.filter((r) => r[0] === u.code).map((r) => r.slice(2, 2 + width));
      expect(data.filter((r) => r[0] === u.code).every((r) => r[1] === u.name)).toBe(true);
      const typed = before.get(u.name) ?? [];
      expect(archived).toHaveLength(typed.length);
      let dates = 0;
      for (const [i, row] of typed.entries()) {
        for (const [c, cell] of row.entries()) {
          const got = archived[i][c];
          // Dates come from the bundle's own realm: compared by their instant.
          if (Object.prototype.toString.call(cell) === '[object Date]') {
            dates++;
            expect((got as Date).getTime()).toBe((cell as Date).getTime());
          } else expect(got).toBe(cell);
        }
      }
      expect(dates).toBe(typed.length);
    }

    // The unit tabs: no data, the title block and header as before (status and period lines say the new).
    for (const u of p.units) {
      expect(typedRows(p, u.sheet, width)).toEqual([]);
      const head = p.g.values(u.sheet).slice(0, 5);
      expect(head[0]).toEqual(heads.get(u.name)?.[0]);
      expect(head[4]).toEqual(heads.get(u.name)?.[4]);
      expect(head[1][0]).toBe(`Đơn vị: ${u.name} — Năm 2021`);
      expect(status(p, u.sheet)).toBe('Trạng thái: Chưa nộp');
      expect(canType(p, u.emails[0], u.sheet)).toBe(true);
      expect(canType(p, u.emails[0], u.sheet, 2)).toBe(false);
    }
    // The record says not submitted: the unit submits the new period.
    p.g.type(p.units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường mới', 700)]);
    p.g.call('menuSubmit', [], { user: p.units[0].emails[0] });
    expect(p.world.alerts.at(-1)).toMatch(/Đã nộp/);

    const settings = p.g.values('Cấu hình');
    expect(settings.find((r) => r[0] === 'Kỳ báo cáo')?.[1]).toBe('Năm 2021');
    expect(p.g.values('Nhật ký').filter((r) => r[1] === 'Mở kỳ báo cáo mới')).toHaveLength(1);
    // Every sheet is still there (Cấu hình, the tabs, Tổng hợp); only the archive was added.
    expect(names(p).filter((n) => n !== ARCHIVE)).toEqual(sheetsBefore);
    // Opening the same period again changes nothing.
    openNext(p);
    expect(p.world.alerts.at(-1)).toBe(t.sameName('Năm 2021'));
    expect(
      p.g.spreadsheet.getSheets().filter((s: { getName(): string }) => s.getName().startsWith('Lưu ')),
    ).toHaveLength(1);
  });

  test('someone who is not an admin is refused before anything is asked', () => {
    const p = filled();
    openNext(p, 'Năm 2021', p.units[1].emails[0]);
    expect(p.world.alerts).toEqual([messages.gasText.notAdmin]);
    expect(p.world.promptAnswers).toHaveLength(1);
    expect(p.g.spreadsheet.getSheetByName(ARCHIVE)).toBeNull();
    expect(typedRows(p, 'Lục Nam', 10)).toHaveLength(1);
  });

  test('Tổng hợp after the new period shows each unit’s and the province’s previous figures and the change', () => {
    const p = filled();
    p.g.call('menuSummarize', [], { user: ADMIN });
    const old = p.g.values('Tổng hợp');
    const oldHead = old[3] as string[];
    openNext(p);
    p.g.type(p.units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường mới', 700)]);
    p.g.call('menuSummarize', [], { user: ADMIN });
    const now = p.g.values('Tổng hợp');
    const head = now[3] as string[];
    const previousCols = head.map((h, i) => [h, i] as const).filter(([h]) => h.endsWith(' — kỳ trước'));
    expect(previousCols.length).toBeGreaterThan(0);
    for (const [h, i] of previousCols) {
      const label = h.replace(' — kỳ trước', '');
      const was = oldHead.indexOf(label);
      const is = head.indexOf(label);
      expect(head[i + 1]).toBe(`${label} — tăng/giảm`);
      for (const name of ['Tân Yên', 'Lục Nam', 'Toàn tỉnh']) {
        const before = old.find((r) => r[1] === name) as unknown[];
        const row = now.find((r) => r[1] === name) as unknown[];
        expect(row[i]).toBe(before[was]);
        if (typeof row[is] === 'number' && typeof before[was] === 'number')
          expect(row[i + 1]).toBeCloseTo((row[is] as number) - (before[was] as number), 1);
      }
    }
    // Tân Yên had two roads of 1,800 m and has one of 700 m now: the province sees it fall.
    const cell = (name: string, header: string) => (now.find((r) => r[1] === name) as unknown[])[head.indexOf(header)];
    expect(cell('Tân Yên', 'Số con đường — kỳ trước')).toBe(2);
    expect(cell('Tân Yên', 'Số con đường — tăng/giảm')).toBe(-1);
    expect(cell('Tân Yên', 'Tổng chiều dài (m) — kỳ trước')).toBe(1800);
    expect(cell('Tân Yên', 'Tổng chiều dài (m) — tăng/giảm')).toBe(-1100);
    expect(cell('Toàn tỉnh', 'Số con đường — kỳ trước')).toBe(3);
    expect(cell('Toàn tỉnh', 'Số con đường — tăng/giảm')).toBe(-2);
    expect(cell('Lục Nam', 'Tổng chiều dài (m) — tăng/giảm')).toBe(-850);
  });
});

describe('reminders across periods', () => {
  const inbox = (p: P, from = 0) => p.world.mailbox.slice(from).map((m) => `${m.to.join(',')} | ${m.subject}`);

  test('the finished period’s reminders are not sent again; the new deadline’s go out once', () => {
    const p = filled({ now: at('2020-09-13') });
    p.g.call('remindersDaily', [], { user: ADMIN });
    expect(inbox(p).filter((m) => m.startsWith('dv'))).toHaveLength(2);
    p.world.now = at('2020-09-21');
    openNext(p);
    const sent = p.world.mailbox.length;
    // The day after the old deadline: its overdue notices would go to every unit now "not submitted".
    p.g.call('remindersDaily', [], { user: ADMIN });
    expect(inbox(p, sent)).toEqual([]);
    // The admin sets the new period's deadline; its reminders go to every unit, once.
    const settings = p.g.values('Cấu hình');
    const row = settings.findIndex((r) => r[0] === 'HẠN NỘP') + 3;
    p.g.type(ADMIN, 'Cấu hình', row, 3, [['15/10/2020']]);
    p.world.now = at('2020-10-08');
    p.g.call('remindersDaily', [], { user: ADMIN });
    const fresh = inbox(p, sent);
    for (const u of p.units) expect(fresh.filter((m) => m.startsWith(`${u.emails[0]} |`))).toHaveLength(1);
    expect(fresh.filter((m) => m.startsWith(`${ADMIN} |`))).toHaveLength(1);
    const after = p.world.mailbox.length;
    p.g.call('remindersDaily', [], { user: ADMIN });
    expect(inbox(p, after)).toEqual([]);
  });

  test('a reminder sent in the finished period does not stop the same reminder of the new one', () => {
    const p = filled({ now: at('2020-09-13') });
    p.g.call('remindersDaily', [], { user: ADMIN });
    p.world.now = at('2020-09-14');
    openNext(p);
    const sent = p.world.mailbox.length;
    // The new period keeps the deadline of 20/09: its first reminder goes to all three units.
    p.g.call('remindersDaily', [], { user: ADMIN });
    const fresh = inbox(p, sent);
    for (const u of p.units) expect(fresh.filter((m) => m.startsWith(`${u.emails[0]} |`))).toHaveLength(1);
    const after = p.world.mailbox.length;
    p.g.call('remindersDaily', [], { user: ADMIN });
    expect(inbox(p, after)).toEqual([]);
  });
});

/** Everything Mở kỳ báo cáo mới decides, as one comparable value. */
function endState(p: P) {
  const ss = p.g.spreadsheet;
  const sheets = (ss.getSheets() as { getName(): string; isSheetHidden(): boolean }[]).map((s) => ({
    name: s.getName(),
    hidden: s.isSheetHidden(),
  }));
  const props = [...p.world.properties.document.entries()]
    .filter(([k]) => /^lhpn\.(record|period|archives|periodOpening|pendingLock)/.test(k))
    .sort();
  const tabs = Object.fromEntries(
    [...p.units.map((u) => u.sheet), ARCHIVE, 'Cấu hình'].map((s) => [
      s,
      p.g.spreadsheet.getSheetByName(s) ? p.g.values(s) : null,
    ]),
  );
  const rights = p.units.map((u) => [canType(p, u.emails[0], u.sheet), canType(p, u.emails[0], ARCHIVE)]);
  const logged = p.g.values('Nhật ký').filter((r) => r[1] === 'Mở kỳ báo cáo mới').length;
  return { sheets, props, tabs, rights, logged };
}

describe('Mở kỳ báo cáo mới cut at any service call, then clicked again', () => {
  const reference = (() => {
    const p = filled();
    openNext(p);
    return { calls: p.world.lastExecution.calls, state: endState(p) };
  })();

  test('the fault-free run makes a fair number of calls', () => {
    expect(reference.calls).toBeGreaterThan(20);
    expect(reference.calls).toBeLessThan(200);
  });

  const modes: FaultMode[] = ['before', 'after', 'kill'];
  // Quick mode: the first and last three calls and every 5th (FAULT_SWEEP=full tries every call).
  const all = Array.from({ length: reference.calls }, (_, i) => i + 1);
  const ks =
    process.env.FAULT_SWEEP === 'full' ? all : all.filter((k) => k <= 3 || k > reference.calls - 3 || k % 5 === 0);
  test.each(modes)('a fault (%s) at each call, then a retry, leaves the same end state', (mode) => {
    for (const k of ks) {
      const p = filled();
      p.world.injectFault(k, mode);
      try {
        openNext(p);
      } catch (e) {
        expect(String((e as Error).message)).toBe(SERVICE_ERRORS.kill);
      }
      expect(p.world.lastExecution.struck).toBe(true);
      // Typed values are never lost: they are on the tab or in a complete archive.
      openNext(p);
      const got = endState(p);
      try {
        expect(got).toEqual(reference.state);
      } catch (e) {
        throw new Error(`fault ${mode} at call ${k}: ${(e as Error).message}`);
      }
    }
  });
});
