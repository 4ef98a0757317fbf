/**
 * What a user would meet if a small bug slipped in (issue 13): who may edit, the boundaries of Nộp and
 * Kiểm tra, and the late state. Entry points and what people see only (cells, who may type, emails).
 */
import { messages, templates, type Unit } from '../../src/core';
import { Google, World } from '../fakes';
import { ADMIN, at, road, setUp, unitsOf } from './province';

const MARK = '#f4c7c3';
const STATUS_ROW = 3;
/** The deadline of the roads template's period in these tests. */
const DEADLINE = '2020-09-20';

/** A province whose Cấu hình the admin typed with these units and admins (as `province()` does). */
function provinceWith(units: Unit[], opts: { admins?: string[]; sheetZone?: string; now?: Date } = {}) {
  const world = new World({ now: (opts.now ?? at('2020-09-10')).toISOString(), user: ADMIN });
  world.sharedWith = [...units.flatMap((u) => u.emails), 'khach@hoiphunu.example.org'];
  // The province's Workspace file is shared with its whole domain: new protections start open to it.
  world.domainShared = true;
  if (opts.sheetZone) world.sheetZone = opts.sheetZone;
  const g = new Google(world);
  setUp(g, units, opts.admins ?? [ADMIN]);
  world.alerts.length = 0;
  return { g, world, units };
}

const status = (g: Google, sheet: string) => String(g.values(sheet)[STATUS_ROW - 1][0]);
/** Whether `user` may type into a cell (they type nothing: an empty cell stays empty). */
const canType = (g: Google, user: string, sheet: string, row: number, col = 8) => {
  try {
    g.type(user, sheet, row, col, [['']]);
    return true;
  } catch (e) {
    if (/protected/.test(String(e))) return false;
    throw e;
  }
};

describe('who may edit', () => {
  test('Thiết lập run again by the province leaves a submitted unit’s rows locked', () => {
    const { g, units } = provinceWith(unitsOf(2));
    const [tanYen, lucNam] = units.map((u) => u.emails[0]);
    g.type(tanYen, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.call('menuSubmit', [], { user: tanYen });
    g.call('menuSummarize', [], { user: ADMIN });
    expect(canType(g, tanYen, 'Tân Yên', 7)).toBe(false);

    g.call('menuSetup', [], { user: ADMIN });
    expect(canType(g, tanYen, 'Tân Yên', 7)).toBe(false);
    // The unit that has not submitted still types.
    expect(canType(g, lucNam, 'Lục Nam', 7)).toBe(true);
  });

  test('after Nộp, the unit’s second focal email cannot type either, before any run by the province', () => {
    const units = unitsOf(2);
    units[0].emails = ['dv1@hoiphunu.example.org', 'pho.dv1@hoiphunu.example.org'];
    const { g } = provinceWith(units);
    const [first, second] = units[0].emails;
    expect(canType(g, second, 'Tân Yên', 7)).toBe(true);
    g.type(first, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.call('menuSubmit', [], { user: first });
    expect(status(g, 'Tân Yên')).toMatch(/^Trạng thái: Đã nộp/);
    expect(canType(g, second, 'Tân Yên', 7)).toBe(false);
  });

  test('no protection is left open to the whole domain: colleagues in it cannot type into another unit’s rows or Cấu hình', () => {
    const { g, units } = provinceWith(unitsOf(2));
    const lucNam = units[1].emails[0];
    const guest = 'khach@hoiphunu.example.org';
    expect(canType(g, lucNam, 'Tân Yên', 6)).toBe(false);
    expect(canType(g, guest, 'Tân Yên', 6)).toBe(false);
    expect(canType(g, guest, 'Tân Yên', STATUS_ROW)).toBe(false);
    expect(canType(g, guest, 'Tân Yên', 1)).toBe(false);
    expect(canType(g, lucNam, 'Cấu hình', 1)).toBe(false);
    g.call('menuSummarize', [], { user: ADMIN });
    expect(canType(g, lucNam, 'Tổng hợp', 1)).toBe(false);
  });

  test('a focal email typed with capitals in Cấu hình still lets that unit type and submit', () => {
    const units = unitsOf(2);
    units[0].emails = ['DV1@HoiPhuNu.Example.org'];
    const { g, world } = provinceWith(units);
    const unit = 'dv1@hoiphunu.example.org';
    g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    // The unit is on another tab when it clicks Nộp: it is recognised by its email, not by the tab.
    g.ss.setActiveSheet(g.sheet('Cấu hình')._self);
    g.call('menuSubmit', [], { user: unit });
    expect(world.alerts.pop()).toBe('Đã nộp báo cáo của Tân Yên. Cảm ơn!');
    expect(status(g, 'Tân Yên')).toBe(`Trạng thái: Đã nộp 08:00 10/09/2020 bởi ${unit}`);
  });

  test('a focal email typed with capitals in Cấu hình: after Nộp and the next Tổng hợp the unit can no longer type', () => {
    const units = unitsOf(2);
    units[0].emails = ['DV1@HoiPhuNu.Example.org'];
    const { g } = provinceWith(units);
    const unit = 'dv1@hoiphunu.example.org';
    g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.call('menuSubmit', [], { user: unit });
    g.call('menuSummarize', [], { user: ADMIN });
    expect(canType(g, unit, 'Tân Yên', 7)).toBe(false);
  });

  test('an admin email typed with capitals in Cấu hình is still an admin', () => {
    const { g, world } = provinceWith(unitsOf(2), { admins: ['VanPhong@HoiPhuNu.Example.org'] });
    g.call('menuSummarize', [], { user: ADMIN });
    expect(world.toasts.pop()).toMatch(/^Đã tổng hợp 2 đơn vị/);
  });
});

describe('boundaries', () => {
  test('a unit with exactly one error cannot submit', () => {
    const { g, world, units } = provinceWith(unitsOf(2));
    const unit = units[0].emails[0];
    g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 650), road('Đường 2', 700)]);
    g.type(unit, 'Tân Yên', 7, 3, [['năm trăm']], { paste: true });
    g.call('menuSubmit', [], { user: unit });
    expect(world.alerts.pop()).toMatch(/^Chưa nộp được: còn 1 lỗi/);
    expect(status(g, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
  });

  test('Nộp refused for errors marks those cells red, as its message says, without a Kiểm tra first', () => {
    const { g, world, units } = provinceWith(unitsOf(2));
    const unit = units[0].emails[0];
    g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 650), road('Đường 2', 700)]);
    g.type(unit, 'Tân Yên', 7, 3, [['năm trăm']], { paste: true });
    g.call('menuSubmit', [], { user: unit });
    expect(world.alerts.pop()).toMatch(/Các ô lỗi đã được tô đỏ/);
    expect(g.sheet('Tân Yên')._cell(7, 3).bg).toBe(MARK);
  });

  test('Kiểm tra marks an error in the first data row', () => {
    const { g, units } = provinceWith(unitsOf(2));
    const unit = units[0].emails[0];
    g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.type(unit, 'Tân Yên', 6, 3, [['năm trăm']], { paste: true });
    g.call('menuCheck', [], { user: unit });
    expect(g.sheet('Tân Yên')._cell(6, 3).bg).toBe(MARK);
    expect(g.sheet('Tân Yên')._cell(6, 3).note).toContain('"năm trăm" không phải là số');
  });

  test('Nộp at 03:00 Vietnam time the day after the deadline is late, even in a spreadsheet kept in UTC', () => {
    const { g, world, units } = provinceWith(unitsOf(2), { sheetZone: 'Etc/UTC' });
    const [tanYen, lucNam] = units.map((u) => u.emails[0]);
    g.type(tanYen, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.type(lucNam, 'Lục Nam', 6, 1, [road('Đường 1', 650)]);
    // 23:30 on the deadline day in Vietnam is 16:30 UTC the same day: on time.
    world.now = at(DEADLINE, '23:30');
    g.call('menuSubmit', [], { user: lucNam });
    expect(status(g, 'Lục Nam')).toBe(`Trạng thái: Đã nộp 23:30 20/09/2020 bởi ${lucNam}`);
    // 03:00 the next day in Vietnam is still 20/09 in UTC: late all the same.
    world.now = at('2020-09-21', '03:00');
    g.call('menuSubmit', [], { user: tanYen });
    expect(world.alerts.pop()).toBe('Đã nộp báo cáo của Tân Yên (nộp muộn). Cảm ơn!');
    expect(status(g, 'Tân Yên')).toBe(`Trạng thái: Nộp muộn 03:00 21/09/2020 bởi ${tanYen}`);
  });
});

describe('the late state', () => {
  test('a unit that submitted late gets no overdue email and the digest lists it as submitted', () => {
    const { g, world, units } = provinceWith(unitsOf(2), { now: at('2020-09-21', '06:00') });
    const tanYen = units[0].emails[0];
    g.type(tanYen, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.call('menuSubmit', [], { user: tanYen });
    expect(status(g, 'Tân Yên')).toMatch(/^Trạng thái: Nộp muộn/);

    world.now = at('2020-09-21', '07:20');
    g.call('remindersDaily', [], { user: ADMIN });
    const to = world.mailbox.flatMap((m) => m.to);
    expect(to).toContain(units[1].emails[0]);
    expect(to).not.toContain(tanYen);
    const digest = world.mailbox.find((m) => m.to.includes(ADMIN));
    expect(digest?.body).toMatch(/Đã nộp \(1\):\n- Tân Yên\n/);
    expect(digest?.body).toMatch(/Chưa nộp \(1\):\n- Lục Nam/);
  });

  test('Tổng hợp reads “Nộp muộn” back as submitted late', () => {
    const { g, units } = provinceWith(unitsOf(2), { now: at('2020-09-22', '10:15') });
    const tanYen = units[0].emails[0];
    g.type(tanYen, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
    g.call('menuSubmit', [], { user: tanYen });
    g.call('menuSummarize', [], { user: ADMIN });
    const row = g.values('Tổng hợp').find((r) => r.includes('Tân Yên')) ?? [];
    expect(row).toContain('Nộp muộn');
    expect(row.some((c) => String(c).includes('10:15 22/09/2020'))).toBe(true);
  });
});

test('a new spreadsheet its owner shared: the editor who runs Thiết lập first is asked which form, not refused', () => {
  const world = new World({ now: at('2020-09-10').toISOString(), user: ADMIN, owner: 'chutich@hoiphunu.example.org' });
  world.sharedWith = [ADMIN];
  const g = new Google(world);
  g.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
  world.promptAnswers.push(['CANCEL', '']);
  g.call('menuSetup', [], { user: ADMIN });
  expect(world.alerts).toEqual([messages.mauGasText.formPrompt(templates())]);
  expect(world.promptAnswers).toEqual([]);
});
