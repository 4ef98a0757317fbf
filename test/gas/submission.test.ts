/* biome-ignore-all lint/suspicious/noExplicitAny: the fake world's hooks are patched in place */
import { ADMIN, province, road } from './province';

type P = ReturnType<typeof province>;
const status = (p: P, sheet: string) => p.g.values(sheet)[2][0];
const logRows = (p: P, kind: string, unit: string) =>
  p.g.sheet('Nhật ký') ? p.g.values('Nhật ký').filter((r) => r[1] === kind && r[2] === unit).length : 0;
const canType = (p: P, user: string, sheet: string) => p.g.sheet(sheet)._canEdit(user.toLowerCase(), 10, 1);

describe('the submission record: no unit can make itself submitted by typing', () => {
  test('a status line typed or pasted by hand changes nothing, and the next run writes the truth back', () => {
    const p = province();
    const unit = p.units[0].emails[0];
    p.g.type(unit, 'Tân Yên', 3, 1, [[`Trạng thái: Đã nộp 08:15 15/09/2020 bởi ${unit}`]], { paste: true });
    const state = p.g.call('apiState', [], { user: ADMIN });
    const row = state.admin.board.find((b: { unit: string }) => b.unit === 'Tân Yên');
    expect(row.status).toBe('draft');
    p.g.call('menuSummarize', [], { user: ADMIN });
    const summary = p.g.values('Tổng hợp');
    const header = summary[3] as string[];
    expect((summary.find((r) => r[1] === 'Tân Yên') as unknown[])[header.indexOf('Trạng thái')]).toBe('Chưa nộp');
    expect(status(p, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
    // Typed again, Kiểm tra by the unit itself restores it too.
    p.g.type(unit, 'Tân Yên', 3, 1, [[`Trạng thái: Đã nộp 08:15 15/09/2020 bởi ${unit}`]]);
    p.g.call('menuCheck', [], { user: unit });
    expect(status(p, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
  });

  test('a submitted unit that types "Chưa nộp" is still submitted and still locked', () => {
    const p = province();
    const unit = p.units[1].emails[0];
    p.g.type(unit, 'Lục Nam', 6, 1, [road('Đường 1', 600)]);
    p.g.call('menuSubmit', [], { user: unit });
    p.g.call('menuSummarize', [], { user: ADMIN });
    p.g.type(unit, 'Lục Nam', 3, 1, [['Trạng thái: Chưa nộp']]);
    p.g.call('menuSummarize', [], { user: ADMIN });
    expect(status(p, 'Lục Nam')).toMatch(/^Trạng thái: Đã nộp /);
    expect(canType(p, unit, 'Lục Nam')).toBe(false);
  });

  test('a unit’s submission reaches Nhật ký through the admin’s next run; the unit cannot edit Nhật ký', () => {
    const p = province();
    const unit = p.units[0].emails[0];
    p.g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 600)]);
    p.g.call('menuSubmit', [], { user: unit });
    expect(logRows(p, 'Nộp báo cáo', 'Tân Yên')).toBe(0);
    p.g.call('menuSummarize', [], { user: ADMIN });
    expect(logRows(p, 'Nộp báo cáo', 'Tân Yên')).toBe(1);
    p.g.call('menuSummarize', [], { user: ADMIN });
    expect(logRows(p, 'Nộp báo cáo', 'Tân Yên')).toBe(1);
    expect(() => p.g.type(unit, 'Nhật ký', 50, 1, [['x']])).toThrow(/protected/);
  });
});

describe('Kiểm tra on a submitted report', () => {
  test('works read-only, says the report is submitted, marks nothing, never sends the unit to set-up', () => {
    const p = province();
    const unit = p.units[0].emails[0];
    p.g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 600)]);
    p.g.call('menuSubmit', [], { user: unit });
    p.g.call('menuSummarize', [], { user: ADMIN });
    p.world.alerts.length = 0;
    p.g.call('menuCheck', [], { user: unit });
    const said = p.world.alerts.pop() ?? '';
    expect(said).toMatch(/^Báo cáo đã nộp \(Trạng thái: Đã nộp .*\).*Không có lỗi nào\.$/);
    expect(said).not.toContain('Thiết lập');
    const state = p.g.call('apiCheck', [], { user: unit });
    expect(state.unit.status).toBe('submitted');
  });
});

/** Makes the k-th service call of the next execution fail: before it takes effect, or after. */
function faultAt(p: P, k: number, mode: 'before' | 'after'): void {
  const w = p.world as any;
  let n = 0;
  const error = () => new Error('Service Spreadsheets timed out while accessing document with id fake.');
  if (mode === 'before') {
    const count = w.count.bind(w);
    w.count = (name: string) => {
      count(name);
      if (++n === k) {
        w.count = count;
        throw error();
      }
    };
  } else {
    const after = w.after;
    w.after = {
      get: () => () => {
        if (++n === k) {
          w.after = after;
          throw error();
        }
      },
    };
  }
}

const callsOf = (run: (p: P) => void, setup: (p: P) => void): number => {
  const p = province();
  setup(p);
  p.world.resetCalls();
  run(p);
  return p.world.totalCalls();
};

describe('a Nộp or Mở lại cut at any service call is finished by running it again', () => {
  const ready = (p: P) => p.g.type(p.units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường 1', 600)]);
  const submitAs = (who: string) => (p: P) => p.g.call('apiSubmit', [], { user: who });
  const unitOf = (p: P) => p.units[0].emails[0];

  for (const mode of ['before', 'after'] as const) {
    test(`Nộp by the unit, a failure ${mode} each call: the retry and the admin’s next run agree with the record`, () => {
      const total = callsOf((p) => submitAs(unitOf(p))(p), ready);
      expect(total).toBeGreaterThan(10);
      for (let k = 1; k <= total; k++) {
        const p = province();
        ready(p);
        const unit = unitOf(p);
        faultAt(p, k, mode);
        let failed = false;
        try {
          submitAs(unit)(p);
        } catch (e) {
          failed = true;
          // Said in Vietnamese first: what happened, that nothing was lost, what to do; or, when only the
          // sidebar's refresh failed, that the submission is done.
          expect(String((e as Error).message)).toMatch(
            /^(Google Sheets .*không mất.*bấm lại|Đã nộp báo cáo của Tân Yên\. Cảm ơn! Việc đã làm xong)/s,
          );
        }
        if (failed) {
          try {
            submitAs(unit)(p);
          } catch (e) {
            throw new Error(`k=${k} ${mode}: the retry failed: ${(e as Error).message}`);
          }
        }
        p.g.call('menuSummarize', [], { user: ADMIN });
        const where = `k=${k} ${mode}`;
        expect([where, status(p, 'Tân Yên')]).toEqual([where, expect.stringMatching(/^Trạng thái: Đã nộp /)]);
        expect([where, canType(p, unit, 'Tân Yên')]).toEqual([where, false]);
        expect([where, logRows(p, 'Nộp báo cáo', 'Tân Yên')]).toEqual([where, 1]);
      }
    });

    test(`Mở lại by the admin, a failure ${mode} each call: the retry leaves the unit able to edit and submit`, () => {
      const submitted = (p: P) => {
        ready(p);
        submitAs(unitOf(p))(p);
        p.g.call('menuSummarize', [], { user: ADMIN });
      };
      const reopen = (p: P) => p.g.call('apiReopen', ['DV001'], { user: ADMIN });
      const total = callsOf(reopen, submitted);
      for (let k = 1; k <= total; k++) {
        const p = province();
        submitted(p);
        faultAt(p, k, mode);
        let failed = false;
        try {
          reopen(p);
        } catch {
          failed = true;
        }
        if (failed) {
          try {
            reopen(p);
          } catch (e) {
            throw new Error(`k=${k} ${mode}: the retry failed: ${(e as Error).message}`);
          }
        }
        const where = `k=${k} ${mode}`;
        expect([where, status(p, 'Tân Yên')]).toEqual([where, expect.stringMatching(/^Trạng thái: Chưa nộp \(mở lại/)]);
        expect([where, canType(p, unitOf(p), 'Tân Yên')]).toEqual([where, true]);
        expect([where, logRows(p, 'Mở lại báo cáo', 'Tân Yên')]).toEqual([where, 1]);
        p.g.call('menuSummarize', [], { user: ADMIN });
        expect([where, canType(p, unitOf(p), 'Tân Yên')]).toEqual([where, true]);
      }
    });
  }
});

describe('a spreadsheet from before the submission record', () => {
  test('a submission an admin had locked is kept; a status line a unit typed is not believed', () => {
    const p = province();
    // Lục Nam submitted under the old version: its line stamped and its rows locked by an admin's run.
    const lucNam = p.units[1];
    submittedTheOldWay(p, lucNam.sheet, lucNam.emails[0]);
    // Tân Yên only typed the line.
    p.g.type(p.units[0].emails[0], 'Tân Yên', 3, 1, [
      [`Trạng thái: Đã nộp 08:15 09/09/2020 bởi ${p.units[0].emails[0]}`],
    ]);
    p.world.properties.document.clear();
    p.g.call('menuSetup', [], { user: ADMIN });
    expect(status(p, 'Lục Nam')).toBe(`Trạng thái: Đã nộp 08:15 09/09/2020 bởi ${lucNam.emails[0]}`);
    expect(canType(p, lucNam.emails[0], 'Lục Nam')).toBe(false);
    expect(status(p, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
    expect(canType(p, p.units[0].emails[0], 'Tân Yên')).toBe(true);
  });
});

function submittedTheOldWay(p: P, sheet: string, email: string): void {
  p.g.type(email, sheet, 6, 1, [road('Đường 1', 600)]);
  p.g.call('apiSubmit', [], { user: email });
  p.g.call('menuSummarize', [], { user: ADMIN });
  p.g.type(ADMIN, sheet, 3, 1, [[`Trạng thái: Đã nộp 08:15 09/09/2020 bởi ${email}`]]);
}

describe('one focal email for two units', () => {
  test('Nộp on the second unit’s tab submits the second unit, never the first; elsewhere it asks which', () => {
    const p = province();
    const shared = p.units[0].emails[0];
    const cfg = p.g.values('Cấu hình');
    const row = cfg.findIndex((r) => r[1] === 'Lục Nam') + 1;
    p.g.type(ADMIN, 'Cấu hình', row, 4, [[shared]]);
    p.world.sharedWith.push(shared);
    p.g.call('menuSetup', [], { user: ADMIN });
    expect(p.world.alerts.pop()).toContain(`Cấu hình!D${row}: email "${shared}" đã là đầu mối của đơn vị ở dòng`);
    p.g.type(shared, 'Lục Nam', 6, 1, [road('Đường 1', 600)]);
    p.g.world.run(() => p.g.spreadsheet.getSheetByName('Khối Cơ quan tỉnh').activate());
    p.world.alerts.length = 0;
    p.g.call('menuSubmit', [], { user: shared });
    expect(p.world.alerts.pop()).toBe(
      'Email của bạn là đầu mối của nhiều đơn vị (Tân Yên, Lục Nam) — mở trang tính của đơn vị cần làm rồi bấm lại.',
    );
    p.g.world.run(() => p.g.spreadsheet.getSheetByName('Lục Nam').activate());
    p.g.call('menuSubmit', [], { user: shared });
    expect(status(p, 'Lục Nam')).toMatch(/^Trạng thái: Đã nộp /);
    expect(status(p, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
  });
});

describe('a status line the caller may not write', () => {
  test('Kiểm tra still works for someone checking a tab that is not theirs; the admin’s next run writes the line', () => {
    const p = province();
    const unit = p.units[0].emails[0];
    p.g.type(unit, 'Tân Yên', 3, 1, [[`Trạng thái: Đã nộp 08:15 15/09/2020 bởi ${unit}`]]);
    // Google does not tell this person's email: the unit is the open tab, Tân Yên, whose status cell is not theirs.
    p.world.revealEmail = false;
    p.g.world.run(() => p.g.spreadsheet.getSheetByName('Tân Yên').activate());
    p.world.alerts.length = 0;
    p.g.call('menuCheck', [], { user: p.units[1].emails[0] });
    expect(p.world.alerts.pop()).toBe(
      'Không có lỗi nào. Bạn không có quyền sửa trang này nên các ô không được tô đánh dấu.',
    );
    p.world.revealEmail = true;
    p.g.call('menuSummarize', [], { user: ADMIN });
    expect(status(p, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
  });
});
