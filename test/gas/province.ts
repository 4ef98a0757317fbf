/** A province as the tests meet it: a spreadsheet, its Cấu hình typed by the admin, and set-up run. */
import { newSettings, renderSettings, roads, type Unit } from '../../src/core';
import { Google, World } from '../fakes';

export const ADMIN = 'vanphong@hoiphunu.example.org';
/** 08:00 in Vietnam on a day: the reminders trigger runs between 7 and 8. */
export const at = (day: string, time = '08:00') => new Date(`${day}T${time}:00+07:00`);

export function unitsOf(n: number): Unit[] {
  const names = [
    'Tân Yên',
    'Lục Nam',
    'Khối Cơ quan tỉnh',
    'Yên Thế',
    'Hiệp Hòa',
    'Việt Yên',
    'Lạng Giang',
    'Sơn Động',
    'Yên Dũng',
    'Lục Ngạn',
    'Thành phố Bắc Giang',
  ];
  return Array.from({ length: n }, (_, i) => {
    const name = names[i] ?? `Xã số ${i + 1}`;
    return {
      code: `DV${String(i + 1).padStart(3, '0')}`,
      name,
      sheet: name,
      emails: [`dv${i + 1}@hoiphunu.example.org`],
      target: name === 'Khối Cơ quan tỉnh' ? 1 : null,
    };
  });
}

export const road = (name: string, length: unknown, extra: Partial<Record<number, unknown>> = {}) => {
  const r: unknown[] = [name, 'Thôn Hạ', length, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];
  for (const [k, v] of Object.entries(extra)) r[+k] = v;
  return r;
};

/**
 * What the admin does on a new spreadsheet: opens it, picks the roads form (the first Thiết lập), types
 * Cấu hình with these units and admins, and runs Thiết lập again. `beforeSetup` runs just before that
 * second run (a test may slow its calls).
 */
export function setUp(g: Google, units: Unit[], admins: string[], beforeSetup: () => void = () => {}): void {
  g.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
  g.world.promptAnswers.push(['OK', 'con-duong-sxsdat']);
  g.call('menuSetup');
  const settings = renderSettings({
    ...newSettings(roads, units, admins, 'Năm 2020'),
    reportTitle: 'Con đường Sáng - Xanh - Sạch đẹp - An toàn',
  });
  // A value that starts like a formula is typed as text, as a person would with a leading apostrophe.
  g.type(
    ADMIN,
    'Cấu hình',
    1,
    1,
    settings.map((r) => r.map((c) => (/^[=+]/.test(c) ? `'${c}` : c))),
  );
  beforeSetup();
  g.call('menuSetup');
}

/** A new spreadsheet: the admin picks the template from the menu, types the units, runs set-up. */
export function province(
  opts: {
    units?: number;
    now?: Date;
    admins?: string[];
    sheetZone?: string;
    globals?: Record<string, unknown>;
    /** How long each service call of the admin's set-up takes (the world's clock; 0: none). */
    msPerCall?: number;
  } = {},
) {
  const units = unitsOf(opts.units ?? 3);
  const world = new World({ now: (opts.now ?? at('2020-09-10')).toISOString(), user: ADMIN });
  world.sharedWith = units.flatMap((u) => u.emails);
  if (opts.sheetZone) world.sheetZone = opts.sheetZone;
  const g = new Google(world, opts.globals);
  setUp(g, units, opts.admins ?? [ADMIN], () => {
    world.msPerCall = opts.msPerCall ?? 0;
  });
  world.msPerCall = 0;
  const setupAlerts = world.alerts.splice(0);
  return { g, world, units, setupAlerts };
}
