/**
 * Hostile and careless inputs at the Sheets door (the other half of issue 8's corpus; the command line's is
 * test/local/corpus.test.ts): what a province or a unit really types into Cấu hình and into a unit's tab,
 * the sheets they delete or rename, and the entry points they call by hand from the browser. Each row of the
 * table below is one case, run over the built bundle in the fakes, with its exact outcome: the Vietnamese
 * words shown, the cells, who may type, the submission record and the emails sent. 108 cases.
 */
import { messages, newSettings, renderSettings, roads, templates, type Unit } from '../../src/core';
import { Google, World } from '../fakes';
import { ADMIN, at, road, unitsOf } from './province';

const g = messages.gasText;
const r = messages.recordText;
const s = messages.settingsMessages;
const c = messages.cellMessages;
const L = messages.settingsLabels;
const p = messages.newPeriodText;
const GUEST = 'khach@hoiphunu.example.org';
const DV1 = 'dv1@hoiphunu.example.org';
const DV2 = 'dv2@hoiphunu.example.org';

/** What the province typed before its first set-up, and anything done to the file before it. */
interface Given {
  /** Changes to the three units Cấu hình starts with (Tân Yên, Lục Nam, Khối Cơ quan tỉnh). */
  units?: (units: Unit[]) => Unit[] | undefined;
  admins?: string[];
  now?: Date;
  /** Cells of Cấu hình typed over, by row label: the HẠN NỘP row of the one deadline. */
  deadline?: { date?: string; offsets?: string };
  before?: (g: Google) => void;
}

/** A province as a case meets it: set-up run once by the admin on the Cấu hình given. */
interface Province {
  g: Google;
  world: World;
  units: Unit[];
  /** The alert the admin's set-up ended with. */
  setup: string;
  /** The row of Cấu hình (1-based) of the unit typed in position `i` (0-based), and of the deadline. */
  unitRow(i: number): number;
  deadlineRow: number;
  adminRow: number;
}

interface Case extends Given {
  name: string;
  /** The set-up alert exactly (default: the three units made, nothing to report). */
  setup?: string | ((p: Province) => string);
  /** What the person does next; what it returns is kept for `check`. */
  act?: (p: Province) => unknown;
  /** The exact message of the error an entry point called from the browser throws (default: none). */
  error?: string;
  /** Every alert shown by `act`, exactly (default: none). */
  alerts?: string[] | ((p: Province) => string[]);
  /** Every toast shown by `act`, exactly (default: none). */
  toasts?: string[];
  /** The rest of the outcome: cells, rights, records, emails. */
  check?: (p: Province, returned: unknown) => void;
}

function build(given: Given): Province {
  const start = unitsOf(3);
  const units = given.units?.(start) ?? start;
  const world = new World({ now: (given.now ?? at('2020-09-10')).toISOString(), user: ADMIN });
  const typed = units.flatMap((u) => u.emails.flatMap((e) => e.split(/[;\s]+/)));
  world.sharedWith = [...new Set([...typed.filter((e) => /^\S+@\S+\.\S+$/.test(e)), DV1, DV2, GUEST])].map((e) =>
    e.toLowerCase(),
  );
  world.domainShared = true;
  const gg = new Google(world);
  gg.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
  world.promptAnswers.push(['OK', 'con-duong-sxsdat']);
  gg.call('menuSetup');
  given.before?.(gg);
  const rows = renderSettings({
    ...newSettings(roads, units, given.admins ?? [ADMIN], 'Năm 2020'),
    reportTitle: 'Con đường Sáng - Xanh - Sạch đẹp - An toàn',
  });
  const first = rows.findIndex((row) => row[0] === L.unitsSection) + 3;
  const deadlineRow = rows.findIndex((row) => row[0] === L.deadlinesSection) + 3;
  const adminRow = rows.findIndex((row) => row[0] === L.adminsSection) + 3;
  if (given.deadline?.date !== undefined) rows[deadlineRow - 1][2] = given.deadline.date;
  if (given.deadline?.offsets !== undefined) rows[deadlineRow - 1][3] = given.deadline.offsets;
  // Typed as a person types: a leading = + or @ would start a formula, so the admin puts an apostrophe.
  gg.type(
    ADMIN,
    L.sheet,
    1,
    1,
    rows.map((row) => row.map((v) => (/^[=+@]/.test(v) ? `'${v}` : v))),
  );
  world.alerts.length = 0;
  gg.call('menuSetup');
  const setup = world.alerts.splice(0).join('\n---\n');
  return { g: gg, world, units, setup, unitRow: (i) => first + i, deadlineRow, adminRow };
}

// ——— What the cases read ———

const statusLine = (pr: Province, sheet: string) => String(pr.g.values(sheet)[2][0]);
/** Whether `user` may type into a cell (they type nothing: an empty cell stays empty). */
function canType(pr: Province, user: string, sheet: string, row: number, col = 8): boolean {
  try {
    pr.g.type(user, sheet, row, col, [['']]);
    return true;
  } catch (e) {
    if (/protected/.test(String(e))) return false;
    throw e;
  }
}
const record = (pr: Province, code: string) => {
  const v = pr.world.properties.document.get(`lhpn.record.${code}`);
  return v === undefined ? undefined : JSON.parse(v);
};
const sheetNames = (pr: Province) => pr.g.ss.sheets.map((x) => x.name);
/** Tổng hợp's figures for a unit, by column header. */
function summaryRow(pr: Province, unit: string): Record<string, unknown> {
  const values = pr.g.values(messages.summaryText.sheet);
  const header = values.find((row) => row.includes(messages.summaryText.headers.unit)) ?? [];
  const row = values.find((x) => x.includes(unit)) ?? [];
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]]));
}
/** Every written cell of a sheet (value and formula), row by row. */
function cells(pr: Province, sheet: string) {
  const sh = pr.g.sheet(sheet);
  const out = [];
  for (let i = 1; i <= sh.getLastRow(); i++) for (let j = 1; j <= sh.getLastColumn(); j++) out.push(sh._cell(i, j));
  return out;
}
const noteOf = (pr: Province, sheet: string, row: number, col: number) => pr.g.sheet(sheet)._cell(row, col).note;
const mark = (message: string) => `${g.markPrefix}\n• ${message}`;

// ——— What the cases say ———

const done = (created: number, kept = 0) => g.setupDone(created, kept);
/** The set-up alert with Cấu hình's problems listed under it. */
const withProblems = (head: string, problems: [string, string][]) =>
  [
    head,
    '',
    [r.settingsProblems(problems.length), ...problems.map(([cell, m]) => r.settingsProblemLine(cell, m))].join('\n'),
  ].join('\n');
const submitting = (unit: string, said: string) => [g.confirmSubmit(unit), said];
const as = (pr: Province, name: string, user: string, args: unknown[] = []) => pr.g.call(name, args, { user });
const activate = (pr: Province, sheet: string) => pr.g.ss.setActiveSheet(pr.g.sheet(sheet)._self);
const deleteSheet = (pr: Province, name: string) =>
  pr.world.run(() => pr.g.spreadsheet.deleteSheet(pr.g.spreadsheet.getSheetByName(name)), { user: ADMIN });
const renameSheet = (pr: Province, from: string, to: string) =>
  pr.world.run(() => pr.g.spreadsheet.getSheetByName(from).setName(to), { user: ADMIN });
const unit2 = (patch: Partial<Unit>) => (u: Unit[]) => {
  Object.assign(u[1], patch);
  return u;
};
const LONG = 'Hội Liên hiệp Phụ nữ phường Thành phố Bắc Giang';

// ——— Cấu hình as a careless or hostile province types it ———

const settingsCases: Case[] = [
  {
    name: 'a unit tab named "tổng hợp": refused, and the unit gets no rights on the summary',
    units: unit2({ sheet: 'tổng hợp' }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.reservedSheetName('tổng hợp')]]),
    act: (pr) => as(pr, 'menuSummarize', ADMIN),
    alerts: (pr) => [withProblems(g.summaryDone(2, 0), [[`C${pr.unitRow(1)}`, s.reservedSheetName('tổng hợp')]])],
    check: (pr) => {
      expect(canType(pr, DV2, 'Tổng hợp', 6, 1)).toBe(false);
      expect(String(pr.g.values('Tổng hợp')[0][0])).toMatch(/^TỔNG HỢP — /);
    },
  },
  {
    name: 'a unit tab named "Cấu hình": refused; the unit can neither type into Cấu hình nor pass as admin',
    units: unit2({ sheet: 'Cấu hình' }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.reservedSheetName('Cấu hình')]]),
    act: (pr) => as(pr, 'menuSummarize', DV2),
    alerts: [g.notAdmin],
    check: (pr) => {
      expect(canType(pr, DV2, L.sheet, pr.adminRow + 1, 1)).toBe(false);
      expect(() => as(pr, 'apiState', DV2)).toThrow(g.noUnit);
    },
  },
  {
    name: 'a unit tab named "Nhật ký": refused; the log stays closed to the unit',
    units: unit2({ sheet: 'Nhật ký' }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.reservedSheetName('Nhật ký')]]),
    check: (pr) => {
      expect(canType(pr, DV2, 'Nhật ký', 2, 1)).toBe(false);
      expect(pr.g.sheet('Nhật ký').hidden).toBe(true);
    },
  },
  {
    name: 'a unit tab named "Mẫu": refused',
    units: unit2({ sheet: 'MẪU' }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.reservedSheetName('MẪU')]]),
    check: (pr) => expect(sheetNames(pr)).not.toContain('MẪU'),
  },
  {
    // Was data loss: the tab was made, and the next Tổng hợp deleted it as a draft left by a cut run.
    name: 'a unit tab named like the summary’s draft "Tổng hợp (đang cập nhật)": refused, so Tổng hợp deletes no unit’s rows',
    units: unit2({ sheet: 'Tổng hợp (đang cập nhật)' }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.reservedSheetName('Tổng hợp (đang cập nhật)')]]),
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'menuSummarize', ADMIN);
    },
    alerts: (pr) => [
      withProblems(g.summaryDone(2, 0), [[`C${pr.unitRow(1)}`, s.reservedSheetName('Tổng hợp (đang cập nhật)')]]),
    ],
    check: (pr) => {
      expect(sheetNames(pr)).toEqual([
        'Cấu hình',
        'Trang tính1',
        'Tân Yên',
        'Khối Cơ quan tỉnh',
        'Tổng hợp',
        'Nhật ký',
      ]);
      expect(pr.g.values('Tân Yên')[5][0]).toBe('Đường 1');
    },
  },
  {
    name: 'a unit named "History" (Excel’s reserved tab name): refused, with the name cell pointed at',
    units: unit2({ name: 'History', sheet: '' }),
    setup: (pr) => withProblems(done(2), [[`B${pr.unitRow(1)}`, s.reservedSheetName('History')]]),
  },
  {
    name: 'a tab name starting with an apostrophe (typed as two): refused',
    units: unit2({ sheet: "''Lục Nam" }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.apostropheSheetName("'Lục Nam")]]),
  },
  {
    name: 'a tab name ending with an apostrophe: refused',
    units: unit2({ sheet: "Lục Nam'" }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.apostropheSheetName("Lục Nam'")]]),
  },
  {
    name: 'two units equal but for case: the second is refused as the same unit',
    units: (u) => {
      u[2].name = 'LỤC NAM';
      u[2].sheet = 'Lục Nam 2';
      return u;
    },
    setup: (pr) => withProblems(done(2), [[`B${pr.unitRow(2)}`, s.duplicateUnit('LỤC NAM', pr.unitRow(1))]]),
  },
  {
    name: 'two units whose typed tabs are equal but for case: the second is refused',
    units: (u) => {
      u[2].sheet = 'LỤC NAM';
      return u;
    },
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(2)}`, s.duplicateSheet('LỤC NAM', pr.unitRow(1), false)]]),
  },
  {
    name: 'two units equal but for NFC/NFD: the decomposed one is the same unit',
    units: (u) => {
      u[2].name = 'Lục Nam'.normalize('NFD');
      u[2].sheet = '';
      return u;
    },
    setup: (pr) => withProblems(done(2), [[`B${pr.unitRow(2)}`, s.duplicateUnit('Lục Nam', pr.unitRow(1))]]),
  },
  {
    name: 'a tab name typed with decomposed diacritics: the tab is made under its composed name',
    units: unit2({ sheet: 'Lục Nam'.normalize('NFD') }),
    check: (pr) => {
      expect(sheetNames(pr)).toContain('Lục Nam'.normalize('NFC'));
      expect(sheetNames(pr)).not.toContain('Lục Nam'.normalize('NFD'));
      expect(canType(pr, DV2, 'Lục Nam', 6)).toBe(true);
    },
  },
  {
    name: 'two long names equal in their first 31 characters: the second is refused, and told why',
    units: (u) => {
      u[1].name = `${LONG} cũ`;
      u[1].sheet = '';
      u[2].name = `${LONG} mới`;
      u[2].sheet = '';
      return u;
    },
    setup: (pr) =>
      withProblems(done(2), [[`B${pr.unitRow(2)}`, s.duplicateSheet(LONG.slice(0, 31).trim(), pr.unitRow(1), true)]]),
  },
  {
    name: 'a unit name of 47 characters: its tab is the first 31, and the unit types and submits there',
    units: unit2({ name: LONG, sheet: '' }),
    act: (pr) => {
      pr.g.type(DV2, LONG.slice(0, 31).trim(), 6, 1, [road('Đường 1', 650)]);
      as(pr, 'menuSubmit', DV2);
    },
    alerts: submitting(LONG, g.submitted(LONG, false)),
    check: (pr) => expect(record(pr, 'DV002')).toEqual({ state: 'submitted', at: '08:00 10/09/2020', by: DV2 }),
  },
  {
    name: 'a typed tab name of 32 characters: refused',
    units: unit2({ sheet: 'T'.repeat(32) }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.badSheetName('T'.repeat(32))]]),
  },
  {
    name: 'a typed tab name over Sheets’ own 100 characters: refused, quoted short',
    units: unit2({ sheet: 'Lục Nam '.repeat(13) }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.badSheetName('Lục Nam '.repeat(13).trim())]]),
  },
  {
    name: 'a typed tab name with a slash: refused',
    units: unit2({ sheet: 'Lục Nam/Lục Ngạn' }),
    setup: (pr) => withProblems(done(2), [[`C${pr.unitRow(1)}`, s.badSheetName('Lục Nam/Lục Ngạn')]]),
  },
  {
    // Was silent: the row was skipped, and the unit missing from every count.
    name: 'a unit row with a tab and an email but no name: said, never dropped silently',
    units: unit2({ name: '' }),
    setup: (pr) => withProblems(done(2), [[`B${pr.unitRow(1)}`, s.noUnitName]]),
  },
  {
    name: 'a unit name of spaces only (with a non-breaking one): said as a missing name',
    units: unit2({ name: ' \u00a0 ', sheet: '' }),
    setup: (pr) => withProblems(done(2), [[`B${pr.unitRow(1)}`, s.noUnitName]]),
  },
  {
    name: 'a unit name with a non-breaking and a zero-width space: read as the name a person sees',
    units: unit2({ name: 'Lục\u00a0Nam\u200b', sheet: '' }),
    check: (pr) => {
      expect(sheetNames(pr)).toContain('Lục Nam');
      expect(pr.g.values('Lục Nam')[1][0]).toBe('Đơn vị: Lục Nam — Năm 2020');
    },
  },
  {
    name: 'the same unit typed twice: the second row is refused and the unit counted once',
    units: (u) => [...u, { ...u[1], code: 'DV004' }],
    setup: (pr) => withProblems(done(3), [[`B${pr.unitRow(3)}`, s.duplicateUnit('Lục Nam', pr.unitRow(1))]]),
    act: (pr) => as(pr, 'menuSummarize', ADMIN),
    alerts: (pr) => [
      withProblems(g.summaryDone(3, 0), [[`B${pr.unitRow(3)}`, s.duplicateUnit('Lục Nam', pr.unitRow(1))]]),
    ],
  },
  {
    name: 'one Mã for two units: the second is refused',
    units: (u) => {
      u[2].code = 'DV002';
      return u;
    },
    setup: (pr) => withProblems(done(2), [[`A${pr.unitRow(2)}`, s.duplicateCode('DV002', pr.unitRow(1))]]),
  },
  {
    name: 'one email for two units, Nộp from Cấu hình: asked to open the unit’s tab, nothing submitted',
    units: (u) => {
      u[2].emails = [DV2];
      return u;
    },
    setup: (pr) => withProblems(done(3), [[`D${pr.unitRow(2)}`, s.sharedEmail(DV2, pr.unitRow(1))]]),
    act: (pr) => {
      activate(pr, L.sheet);
      as(pr, 'menuSubmit', DV2);
    },
    alerts: [r.severalUnits(['Lục Nam', 'Khối Cơ quan tỉnh'])],
    check: (pr) => {
      expect(record(pr, 'DV002')).toBeUndefined();
      expect(record(pr, 'DV003')).toBeUndefined();
    },
  },
  {
    name: 'one email for two units, Nộp on the second unit’s tab: the second is submitted, never the first',
    units: (u) => {
      u[2].emails = [DV2];
      return u;
    },
    setup: (pr) => withProblems(done(3), [[`D${pr.unitRow(2)}`, s.sharedEmail(DV2, pr.unitRow(1))]]),
    act: (pr) => {
      pr.g.type(DV2, 'Khối Cơ quan tỉnh', 6, 1, [road('Đường 1', 650)]);
      activate(pr, 'Khối Cơ quan tỉnh');
      as(pr, 'menuSubmit', DV2);
    },
    alerts: submitting('Khối Cơ quan tỉnh', g.submitted('Khối Cơ quan tỉnh', false)),
    check: (pr) => {
      expect(record(pr, 'DV002')).toBeUndefined();
      expect(statusLine(pr, 'Lục Nam')).toBe('Trạng thái: Chưa nộp');
      expect(statusLine(pr, 'Khối Cơ quan tỉnh')).toBe(`Trạng thái: Đã nộp 08:00 10/09/2020 bởi ${DV2}`);
    },
  },
  {
    name: 'two emails in one cell with capitals, spaces and a semicolon: both may type',
    units: unit2({ emails: ['  DV2@HoiPhuNu.Example.org ;  Pho.DV2@hoiphunu.example.org  '] }),
    check: (pr) => {
      expect(canType(pr, DV2, 'Lục Nam', 6)).toBe(true);
      expect(canType(pr, 'pho.dv2@hoiphunu.example.org', 'Lục Nam', 6)).toBe(true);
      expect(canType(pr, DV1, 'Lục Nam', 6)).toBe(false);
    },
  },
  {
    name: 'an email without its domain’s dot: said, and nobody gets the unit’s rows through it',
    units: unit2({ emails: ['dv2@hoiphunu'] }),
    setup: (pr) => withProblems(done(3), [[`D${pr.unitRow(1)}`, s.badEmail('dv2@hoiphunu')]]),
    check: (pr) => expect(canType(pr, DV2, 'Lục Nam', 6)).toBe(false),
  },
  {
    name: 'an empty admin list: the owner is the admin, a unit is not',
    admins: [],
    act: (pr) => {
      as(pr, 'menuSummarize', DV1);
      as(pr, 'menuSummarize', ADMIN);
    },
    alerts: [g.notAdmin],
    toasts: [g.summaryDone(3, 0)],
  },
  {
    name: 'an admin list holding only a broken address: said, and the owner stays the admin',
    admins: ['vanphong@'],
    setup: (pr) => withProblems(done(3), [[`A${pr.adminRow}`, s.badEmail('vanphong@')]]),
    act: (pr) => as(pr, 'apiState', ADMIN).isAdmin,
    check: (_, isAdmin) => expect(isAdmin).toBe(true),
  },
  {
    // Was a false state: the form's own 20/09/2020 stood in, units were reminded of it and marked late.
    name: 'a deadline typed as words: said; no reminder goes out against the form’s default date',
    deadline: { date: 'sớm nhất có thể' },
    setup: (pr) => withProblems(done(3), [[`C${pr.deadlineRow}`, s.badDeadline('sớm nhất có thể')]]),
    act: (pr) => {
      pr.world.now = at('2020-09-13');
      as(pr, 'menuPreviewReminders', ADMIN);
      return as(pr, 'apiState', ADMIN).deadline;
    },
    alerts: [g.previewNone],
    check: (_, deadline) => expect(deadline).toBeNull(),
  },
  {
    name: 'a deadline with a two-digit year: said; a unit submitting after the form’s 20/09 is not called late',
    deadline: { date: '30/09/20' },
    setup: (pr) => withProblems(done(3), [[`C${pr.deadlineRow}`, s.badDeadline('30/09/20')]]),
    act: (pr) => {
      pr.world.now = at('2020-09-25');
      as(pr, 'menuSubmit', DV1);
    },
    alerts: submitting('Tân Yên', g.submitted('Tân Yên', false)),
    check: (pr) => expect(record(pr, 'DV001')).toEqual({ state: 'submitted', at: '08:00 25/09/2020', by: DV1 }),
  },
  {
    name: 'reminder days typed as words: said; the typed deadline stands and reminders go on the usual 7 days before',
    deadline: { offsets: 'bảy ngày' },
    setup: (pr) => withProblems(done(3), [[`D${pr.deadlineRow}`, s.badOffsetsUsual('bảy ngày')]]),
    act: (pr) => {
      pr.world.now = at('2020-09-13');
      as(pr, 'menuSendReminders', ADMIN);
    },
    alerts: [g.sent(4, 0, 0)],
    check: (pr) => {
      const units = pr.world.mailbox.filter((m) => !m.to.includes(ADMIN));
      expect(units.map((m) => m.to[0]).sort()).toEqual(pr.units.map((u) => u.emails[0]).sort());
      for (const m of units) expect(m.subject).toContain('còn 7 ngày');
    },
  },
  {
    name: 'a negative reminder day: said',
    deadline: { offsets: '-1' },
    setup: (pr) => withProblems(done(3), [[`D${pr.deadlineRow}`, s.badOffsetsUsual('-1')]]),
  },
  {
    name: 'a target typed as a word: said, and the form’s default target counts',
    units: unit2({ target: 'mười' as unknown as number }),
    setup: (pr) => withProblems(done(3), [[`E${pr.unitRow(1)}`, s.badTarget('mười')]]),
    act: (pr) => as(pr, 'menuSummarize', ADMIN),
    alerts: (pr) => [withProblems(g.summaryDone(3, 0), [[`E${pr.unitRow(1)}`, s.badTarget('mười')]])],
    check: (pr) => expect(summaryRow(pr, 'Lục Nam')['Chỉ tiêu (con đường)']).toBe(9),
  },
  {
    name: 'a unit named with HTML: kept as plain text in its tab name, its title line and the board',
    units: unit2({ name: '<img src=x onerror=alert(1)>', sheet: 'Xã X' }),
    act: (pr) => as(pr, 'apiState', ADMIN).admin.board.map((b: { unit: string }) => b.unit),
    check: (pr, board) => {
      expect(board).toContain('<img src=x onerror=alert(1)>');
      expect(pr.g.values('Xã X')[1][0]).toBe('Đơn vị: <img src=x onerror=alert(1)> — Năm 2020');
    },
  },
  {
    name: 'a unit named like a formula: its name stays text in its tab and in Tổng hợp, never a formula',
    units: unit2({ name: '=IMPORTXML("http://x.vn","//a")', sheet: 'Xã X' }),
    act: (pr) => as(pr, 'menuSummarize', ADMIN),
    toasts: [g.summaryDone(3, 0)],
    check: (pr) => {
      const written = [...cells(pr, 'Xã X'), ...cells(pr, 'Tổng hợp')];
      expect(written.filter((x) => x.f !== '')).toEqual([]);
      expect(summaryRow(pr, '=IMPORTXML("http://x.vn","//a")')[messages.summaryText.headers.status]).toBe('Chưa nộp');
    },
  },
];

// ——— Sheets deleted, renamed or typed into by hand ———

const sheetCases: Case[] = [
  {
    // Was data loss: set-up took the sheet as the unit's tab and wrote its status line over A3.
    name: 'a tab name that is a sheet of the province’s own: reported, and not one of its cells written',
    units: unit2({ sheet: 'Ghi chú' }),
    before: (gg) => {
      gg.world.run(() => gg.spreadsheet.insertSheet('Ghi chú'), { user: ADMIN });
      gg.type(ADMIN, 'Ghi chú', 1, 1, [['Họp'], ['Thứ hai'], ['Gọi xã'], ['Xong']]);
    },
    setup: `${done(2, 1)}\n\n• ${r.foreignTab('Ghi chú', 'Lục Nam')}`,
    act: (pr) => as(pr, 'menuSummarize', ADMIN),
    alerts: [`${g.summaryDone(3, 0)}\n\n• ${r.foreignTab('Ghi chú', 'Lục Nam')}`],
    check: (pr) => {
      expect(pr.g.values('Ghi chú')).toEqual([['Họp'], ['Thứ hai'], ['Gọi xã'], ['Xong']]);
      expect(pr.g.sheet('Ghi chú').protections).toEqual([]);
      expect(summaryRow(pr, 'Lục Nam')[messages.summaryText.headers.status]).toBe(messages.statusNames.missing);
    },
  },
  {
    name: 'a tab name that is the archive of the last period: reported, the archive untouched',
    act: (pr) => {
      pr.world.promptAnswers.push(['OK', 'Năm 2021']);
      as(pr, 'menuNewPeriod', ADMIN);
      const archive = pr.g.values('Lưu Năm 2020');
      pr.g.type(ADMIN, L.sheet, pr.unitRow(1), 3, [['Lưu Năm 2020']]);
      pr.world.alerts.length = 0;
      as(pr, 'menuSetup', ADMIN);
      return archive;
    },
    alerts: [`${done(0, 3)}\n\n• ${r.foreignTab('Lưu Năm 2020', 'Lục Nam')}`],
    check: (pr, archive) => {
      expect(pr.g.values('Lưu Năm 2020')).toEqual(archive);
      expect(canType(pr, DV2, 'Lưu Năm 2020', 6, 1)).toBe(false);
    },
  },
  {
    name: 'a tab renamed by hand, then Nộp by its unit: told where its rows are, nothing submitted',
    act: (pr) => {
      renameSheet(pr, 'Lục Nam', 'LN cũ');
      as(pr, 'menuSubmit', DV2);
    },
    alerts: submitting('Lục Nam', r.renamedTab('Lục Nam', 'Lục Nam', 'LN cũ')),
    check: (pr) => expect(record(pr, 'DV002')).toBeUndefined(),
  },
  {
    name: 'a tab deleted, then Nộp by its unit: the missing tab named; Tổng hợp shows it missing; set-up makes it again',
    act: (pr) => {
      deleteSheet(pr, 'Lục Nam');
      as(pr, 'menuSubmit', DV2);
      as(pr, 'menuSummarize', ADMIN);
      as(pr, 'menuSetup', ADMIN);
    },
    alerts: [...submitting('Lục Nam', messages.sheetMessages.missingTab('Lục Nam', 'Lục Nam')), done(1, 2)],
    toasts: [g.summaryDone(3, 0)],
    check: (pr) => {
      expect(summaryRow(pr, 'Lục Nam')[messages.summaryText.headers.status]).toBe(messages.statusNames.missing);
      expect(canType(pr, DV2, 'Lục Nam', 6)).toBe(true);
    },
  },
  {
    name: 'a unit types "Đã nộp" into its own status line: still not submitted, and the line is put back',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 3, 1, [[`Trạng thái: Đã nộp 08:00 10/09/2020 bởi ${DV1}`]]);
      as(pr, 'menuSummarize', ADMIN);
    },
    toasts: [g.summaryDone(3, 0)],
    check: (pr) => {
      expect(statusLine(pr, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
      expect(summaryRow(pr, 'Tân Yên')[messages.summaryText.headers.status]).toBe('Chưa nộp');
      expect(record(pr, 'DV001')).toBeUndefined();
    },
  },
  {
    name: 'a unit types "Nộp muộn" into its status line: still reminded as not submitted',
    now: at('2020-09-13'),
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 3, 1, [['Nộp muộn']]);
      as(pr, 'menuSendReminders', ADMIN);
    },
    alerts: [g.sent(4, 0, 0)],
    check: (pr) => {
      expect(pr.world.mailbox.map((m) => m.to.join())).toEqual([DV1, DV2, 'dv3@hoiphunu.example.org', ADMIN]);
      expect(statusLine(pr, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
    },
  },
  {
    name: 'a submitted unit types "Chưa nộp" into its status line: still submitted, line restored, rows locked',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'menuSubmit', DV1);
      pr.g.type(DV1, 'Tân Yên', 3, 1, [['Trạng thái: Chưa nộp']]);
      as(pr, 'menuSubmit', DV1);
      as(pr, 'menuSummarize', ADMIN);
    },
    alerts: [
      ...submitting('Tân Yên', g.submitted('Tân Yên', false)),
      ...submitting('Tân Yên', g.submitted('Tân Yên', false)),
    ],
    toasts: [g.summaryDone(3, 1)],
    check: (pr) => {
      expect(statusLine(pr, 'Tân Yên')).toBe(`Trạng thái: Đã nộp 08:00 10/09/2020 bởi ${DV1}`);
      expect(canType(pr, DV1, 'Tân Yên', 7)).toBe(false);
    },
  },
  {
    name: 'Nhật ký deleted after the day’s reminders: sending again sends nothing twice',
    now: at('2020-09-13'),
    act: (pr) => {
      as(pr, 'menuSendReminders', ADMIN);
      deleteSheet(pr, 'Nhật ký');
      as(pr, 'menuSendReminders', ADMIN);
    },
    alerts: [g.sent(4, 0, 0), g.sent(0, 0, 0)],
    check: (pr) => expect(pr.world.mailbox).toHaveLength(4),
  },
  {
    name: 'Tổng hợp deleted: the next Tổng hợp makes it again, closed to units',
    act: (pr) => {
      as(pr, 'menuSummarize', ADMIN);
      deleteSheet(pr, 'Tổng hợp');
      as(pr, 'menuSummarize', ADMIN);
    },
    toasts: [g.summaryDone(3, 0), g.summaryDone(3, 0)],
    check: (pr) => expect(canType(pr, DV1, 'Tổng hợp', 1, 1)).toBe(false),
  },
  {
    // Was wrong guidance: the command line's "lệnh init" was named to a Sheets user.
    name: 'Cấu hình deleted, then Nộp by a unit: told in Sheets’ words, nothing changed',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      deleteSheet(pr, L.sheet);
      as(pr, 'menuSubmit', DV1);
    },
    alerts: [g.settingsGone],
    check: (pr) => expect(record(pr, 'DV001')).toBeUndefined(),
  },
  {
    // Was a rights escalation: the unit's Thiết lập wrote a new Cấu hình naming the unit its admin.
    name: 'Cấu hình deleted, then Thiết lập by a unit: refused; no new Cấu hình names the unit admin',
    act: (pr) => {
      deleteSheet(pr, L.sheet);
      pr.world.promptAnswers.push(['OK', '3'], ['OK', '']);
      as(pr, 'menuSetup', DV1);
      as(pr, 'menuSummarize', DV1);
    },
    alerts: [g.settingsGone, g.settingsGone],
    check: (pr) => {
      expect(sheetNames(pr)).not.toContain(L.sheet);
      expect(pr.world.promptAnswers).toHaveLength(2);
    },
  },
  {
    name: 'Cấu hình deleted, then Thiết lập by the owner: asked which form to start again from',
    act: (pr) => {
      deleteSheet(pr, L.sheet);
      pr.world.promptAnswers.push(['CANCEL', '']);
      as(pr, 'menuSetup', ADMIN);
    },
    alerts: [messages.mauGasText.formPrompt(templates())],
  },
  {
    name: 'Cấu hình renamed: the board says so in Sheets’ words',
    act: (pr) => {
      renameSheet(pr, L.sheet, 'Cấu hình cũ');
      as(pr, 'apiState', ADMIN);
    },
    error: g.settingsGone,
  },
];

// ——— Values a unit types or pastes into its rows, as Kiểm tra reads them ———

interface CellCase {
  name: string;
  /** Column (1-based) and what is typed or pasted there, on a road that is otherwise right. */
  col: number;
  value: unknown;
  /** The note Kiểm tra puts on that cell, or what Tổng hợp counts when the value is read. */
  note?: string;
  summary?: [string, unknown];
}

const LENGTH_HINT = 'nhập số mét, ví dụ 500';
const MONEY_HINT = 'nhập số tiền, ví dụ 15000000';
const cellCases: CellCase[] = [
  {
    name: 'a formula still loading (Loading...)',
    col: 3,
    value: { formula: '=IMPORTXML("x")', value: 'Loading...' },
    note: c.errorValue('Loading...'),
  },
  {
    name: 'a lookup that found nothing (#N/A)',
    col: 3,
    value: { formula: '=VLOOKUP(1,Z:Z,2,0)', value: '#N/A' },
    note: c.errorValue('#N/A'),
  },
  {
    name: 'a misspelt function (#NAME?)',
    col: 10,
    value: { formula: '=TONG(1)', value: '#NAME?' },
    note: c.errorValue('#NAME?'),
  },
  { name: 'NaN typed as text', col: 3, value: 'NaN', note: c.notNumber('NaN', LENGTH_HINT) },
  { name: 'Infinity typed as text', col: 3, value: 'Infinity', note: c.notNumber('Infinity', LENGTH_HINT) },
  { name: '1e308 as a number', col: 3, value: 1e308, note: c.tooLarge('1e+308') },
  { name: '-0 as a number: read as 0', col: 3, value: -0, summary: ['Tổng chiều dài (m)', 0] },
  { name: '+1 kept as text', col: 3, value: "'+1", summary: ['Tổng chiều dài (m)', 1] },
  { name: '-1 in the funds', col: 10, value: '-1', note: c.negative('-1', MONEY_HINT) },
  { name: 'a Unicode minus', col: 3, value: '−600', note: c.negative('−600', LENGTH_HINT) },
  { name: '@x in a yes/no column', col: 4, value: "'@x", note: c.notYesNo('@x') },
  {
    name: 'HTML in a number column, quoted short',
    col: 3,
    value: '<img src=x onerror=alert(1)><script>alert(2)</script>',
    note: c.notNumber('<img src=x onerror=alert(1)><script>alert(2)</script>', LENGTH_HINT),
  },
  { name: 'a 50,000-character road name: kept', col: 1, value: 'Đ'.repeat(50_000), summary: ['Số con đường', 1] },
  {
    name: 'a 50,000-character text in a number column, quoted short',
    col: 3,
    value: 'Đường dài '.repeat(5_000),
    note: c.notNumber('Đường dài '.repeat(5_000).trim(), LENGTH_HINT),
  },
  { name: 'a checkbox TRUE in a number column', col: 3, value: true, note: c.notNumber('TRUE', LENGTH_HINT) },
  { name: 'a checkbox FALSE in the funds', col: 10, value: false, note: c.notNumber('FALSE', MONEY_HINT) },
  { name: 'a date typed 20.06.2020: read as the day', col: 9, value: '20.06.2020', summary: ['Số con đường', 1] },
  { name: 'a date typed 2020-06-20: read as the day', col: 9, value: '2020-06-20', summary: ['Số con đường', 1] },
  { name: 'a date with a two-digit year', col: 9, value: '20/06/20', note: c.notDate('20/06/20') },
  { name: 'a date in English', col: 9, value: 'June 20, 2020', note: c.notDate('June 20, 2020') },
  {
    name: 'a date in Vietnamese words',
    col: 9,
    value: 'ngày 20 tháng 6 năm 2020',
    note: c.notDate('ngày 20 tháng 6 năm 2020'),
  },
  { name: 'a day serial number in a date column', col: 9, value: 43997, note: c.notDate('43997') },
  {
    name: '1/2 in a number column (Sheets made it a date)',
    col: 3,
    value: '1/2',
    note: c.notNumber('01/02/2020', LENGTH_HINT),
  },
  {
    name: 'a length with a non-breaking space after it',
    col: 3,
    value: '650\u00a0',
    summary: ['Tổng chiều dài (m)', 650],
  },
  {
    name: 'a length with a zero-width space after it',
    col: 3,
    value: '650\u200b',
    summary: ['Tổng chiều dài (m)', 650],
  },
  {
    name: 'funds with non-breaking thousands spaces',
    col: 10,
    value: '1\u00a0000\u00a0000',
    summary: ['Kinh phí (VNĐ)', 1_000_000],
  },
  { name: 'funds written 15.000.000đ', col: 10, value: '15.000.000đ', summary: ['Kinh phí (VNĐ)', 15_000_000] },
  { name: '“Có” with decomposed diacritics', col: 8, value: 'Có'.normalize('NFD'), summary: ['Đường có camera', 1] },
  { name: '“Có” with a zero-width space', col: 8, value: 'Có\u200b', summary: ['Đường có camera', 1] },
];

const ROAD_COLS = 10;
const valueCases: Case[] = cellCases.map((cc) => ({
  name: `a unit tab with ${cc.name}`,
  act: (pr) => {
    const row = road('Đường 1', 650, { 7: 'Không' });
    row[cc.col - 1] = cc.value;
    pr.g.type(DV1, 'Tân Yên', 6, 1, [row.slice(0, ROAD_COLS)], { paste: true });
    as(pr, 'menuCheck', DV1);
    if (cc.summary) as(pr, 'menuSummarize', ADMIN);
  },
  alerts: [g.checkDone(cc.note ? 1 : 0, cc.note ? 1 : 0)],
  toasts: cc.summary ? [g.summaryDone(3, 0)] : [],
  check: (pr) => {
    expect(noteOf(pr, 'Tân Yên', 6, cc.col)).toBe(cc.note ? mark(cc.note) : '');
    if (cc.summary) expect(summaryRow(pr, 'Tân Yên')[cc.summary[0]]).toBe(cc.summary[1]);
  },
}));

const otherValueCases: Case[] = [
  {
    name: 'a road name typed as =IMPORTXML(…) text: stays text in the archive of the period',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('\'=IMPORTXML("http://x.vn","//a")', 650)]);
      as(pr, 'menuCheck', DV1);
      pr.world.promptAnswers.push(['OK', 'Năm 2021']);
      as(pr, 'menuNewPeriod', ADMIN);
    },
    alerts: [
      g.checkDone(0, 0),
      p.askName('Năm 2020'),
      p.confirm('Năm 2020', 'Năm 2021', 'Lưu Năm 2020', 3),
      p.done('Năm 2021', 'Lưu Năm 2020', 3),
    ],
    check: (pr) => {
      const archive = cells(pr, 'Lưu Năm 2020');
      expect(archive.filter((x) => x.f !== '')).toEqual([]);
      expect(archive.some((x) => x.v === '=IMPORTXML("http://x.vn","//a")')).toBe(true);
    },
  },
  {
    name: 'a road’s cells merged down over the blank row below it: the blank row is no road, and no error',
    act: (pr) => {
      const blank = Array.from({ length: ROAD_COLS }, () => '');
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650), blank, road('Đường 2', 700)]);
      as(pr, 'menuCheck', DV1);
      as(pr, 'menuSummarize', ADMIN);
    },
    alerts: [g.checkDone(0, 0)],
    toasts: [g.summaryDone(3, 0)],
    check: (pr) => {
      expect(summaryRow(pr, 'Tân Yên')['Số con đường']).toBe(2);
      expect(summaryRow(pr, 'Tân Yên')['Tổng chiều dài (m)']).toBe(1350);
    },
  },
];

// ——— Entry points called by the wrong person, or twice, or with hostile arguments ———

const notAdminMenu = (name: string, fn: string): Case => ({
  name: `a unit clicks ${name}: refused before anything is asked or changed`,
  act: (pr) => as(pr, fn, DV1),
  alerts: [g.notAdmin],
  check: (pr) => {
    expect(pr.world.mailbox).toEqual([]);
    expect(pr.g.triggers).toEqual([]);
    expect(sheetNames(pr)).toEqual([
      'Cấu hình',
      'Trang tính1',
      'Tân Yên',
      'Lục Nam',
      'Khối Cơ quan tỉnh',
      'Tổng hợp',
      'Nhật ký',
    ]);
  },
});
const notAdminApi = (fn: string, args: unknown[] = []): Case => ({
  name: `a unit calls ${fn}(${args.map((a) => JSON.stringify(a)).join(', ')}) from the browser: refused`,
  now: at('2020-09-13'),
  act: (pr) => as(pr, fn, DV1, args),
  error: g.notAdmin,
  check: (pr) => {
    expect(pr.world.mailbox).toEqual([]);
    expect(pr.g.triggers).toEqual([]);
  },
});

const actionCases: Case[] = [
  notAdminMenu('Tổng hợp', 'menuSummarize'),
  notAdminMenu('Mở lại báo cáo…', 'menuReopen'),
  notAdminMenu('Mở kỳ báo cáo mới…', 'menuNewPeriod'),
  notAdminMenu('Thiết lập báo cáo', 'menuSetup'),
  notAdminMenu('Bật nhắc hạn tự động', 'menuEnableReminders'),
  notAdminMenu('Gửi nhắc hạn ngay', 'menuSendReminders'),
  notAdminApi('apiRefreshAll'),
  notAdminApi('apiRemindUnit', ['DV002']),
  notAdminApi('apiSendReminders', [[]]),
  notAdminApi('apiSummarize'),
  notAdminApi('apiOpenUnit', ['DV002']),
  notAdminApi('remindersDaily'),
  notAdminApi('setupContinue'),
  notAdminApi('apiReportDocument'),
  {
    name: 'a unit calls apiReopen on its own submitted report: refused, still submitted and locked',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'apiSubmit', DV1);
      as(pr, 'menuSummarize', ADMIN);
      return as(pr, 'apiReopen', DV1, ['DV001']);
    },
    error: g.notAdmin,
    toasts: [g.summaryDone(3, 1)],
    check: (pr) => {
      expect(record(pr, 'DV001')).toEqual({ state: 'submitted', at: '08:00 10/09/2020', by: DV1 });
      expect(canType(pr, DV1, 'Tân Yên', 7)).toBe(false);
    },
  },
  {
    name: 'a unit clicks Nộp twice: the second says it is already submitted',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'menuSubmit', DV1);
      as(pr, 'menuSubmit', DV1);
    },
    alerts: [
      ...submitting('Tân Yên', g.submitted('Tân Yên', false)),
      ...submitting('Tân Yên', g.alreadySubmitted(`Trạng thái: Đã nộp 08:00 10/09/2020 bởi ${DV1}`)),
    ],
  },
  {
    name: 'a unit clicks Nộp on another unit’s tab: its own report is submitted, the other untouched',
    act: (pr) => {
      pr.g.type(DV2, 'Lục Nam', 6, 1, [road('Đường 1', 650)]);
      activate(pr, 'Lục Nam');
      as(pr, 'menuSubmit', DV1);
    },
    alerts: submitting('Tân Yên', g.submitted('Tân Yên', false)),
    check: (pr) => {
      expect(record(pr, 'DV002')).toBeUndefined();
      expect(statusLine(pr, 'Lục Nam')).toBe('Trạng thái: Chưa nộp');
      expect(canType(pr, DV2, 'Lục Nam', 7)).toBe(true);
    },
  },
  {
    name: 'a colleague not in Cấu hình clicks Nộp on a unit’s tab: refused, nothing recorded',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      activate(pr, 'Tân Yên');
      as(pr, 'menuSubmit', GUEST);
    },
    alerts: submitting('Tân Yên', g.protectedCell),
    check: (pr) => {
      expect(record(pr, 'DV001')).toBeUndefined();
      expect(statusLine(pr, 'Tân Yên')).toBe('Trạng thái: Chưa nộp');
    },
  },
  {
    name: 'a unit selects a cell of another unit’s tab through apiSelectCell: refused',
    act: (pr) => as(pr, 'apiSelectCell', DV1, ['Lục Nam', 'A6']),
    check: (_, ok) => expect(ok).toBe(false),
  },
  {
    name: 'apiSelectCell with a range or a formula for a cell: refused',
    act: (pr) => [
      as(pr, 'apiSelectCell', ADMIN, ['Tân Yên', 'A1:Z1000']),
      as(pr, 'apiSelectCell', ADMIN, ['Tân Yên', '=A1']),
    ],
    check: (_, ok) => expect(ok).toEqual([false, false]),
  },
  {
    name: 'apiReopen with a code not in Cấu hình: said',
    act: (pr) => as(pr, 'apiReopen', ADMIN, ['DV999']),
    error: g.reopenUnknown('DV999'),
  },
  {
    name: 'Mở lại answered "TAN YEN" (no accents, capitals): that unit is reopened',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'apiSubmit', DV1);
      pr.world.promptAnswers.push(['OK', 'TAN YEN']);
      as(pr, 'menuReopen', ADMIN);
    },
    alerts: [r.reopenPick('1. Tân Yên'), g.reopened('Tân Yên')],
    check: (pr) => {
      expect(record(pr, 'DV001')).toEqual({ state: 'draft', note: `mở lại 08:00 10/09/2020 bởi ${ADMIN}` });
      expect(canType(pr, DV1, 'Tân Yên', 7)).toBe(true);
    },
  },
  {
    name: 'Mở lại answered "0": nothing matches, nothing reopened',
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'apiSubmit', DV1);
      pr.world.promptAnswers.push(['OK', '0']);
      as(pr, 'menuReopen', ADMIN);
    },
    alerts: [r.reopenPick('1. Tân Yên'), r.reopenNoMatch('0', '1. Tân Yên')],
    check: (pr) => expect(record(pr, 'DV001').state).toBe('submitted'),
  },
  {
    name: 'a new period named with spaces only: nothing changes',
    act: (pr) => {
      pr.world.promptAnswers.push(['OK', ' \u00a0 ']);
      as(pr, 'menuNewPeriod', ADMIN);
    },
    alerts: [p.askName('Năm 2020'), p.emptyName],
    check: (pr) => expect(sheetNames(pr)).not.toContain('Lưu Năm 2020'),
  },
  {
    name: 'a new period named as the current one in capitals: nothing changes',
    act: (pr) => {
      pr.world.promptAnswers.push(['OK', 'NĂM 2020']);
      as(pr, 'menuNewPeriod', ADMIN);
    },
    alerts: [p.askName('Năm 2020'), p.sameName('NĂM 2020')],
  },
  {
    name: 'a new period name of 81 characters: nothing changes',
    act: (pr) => {
      pr.world.promptAnswers.push(['OK', 'x'.repeat(81)]);
      as(pr, 'menuNewPeriod', ADMIN);
    },
    alerts: [p.askName('Năm 2020'), p.tooLong],
  },
  {
    name: 'a new period named "=1+1": written into Cấu hình as text, never a formula',
    act: (pr) => {
      pr.world.promptAnswers.push(['OK', '=1+1']);
      as(pr, 'menuNewPeriod', ADMIN);
    },
    alerts: [
      p.askName('Năm 2020'),
      p.confirm('Năm 2020', '=1+1', 'Lưu Năm 2020', 3),
      p.done('=1+1', 'Lưu Năm 2020', 3),
    ],
    check: (pr) => {
      const cell = cells(pr, L.sheet).find((x) => x.v === '=1+1');
      expect(cell).toMatchObject({ v: '=1+1', f: '' });
    },
  },
  {
    name: 'Nhắc on the board for a unit that has submitted: no email',
    now: at('2020-09-13'),
    act: (pr) => {
      pr.g.type(DV1, 'Tân Yên', 6, 1, [road('Đường 1', 650)]);
      as(pr, 'apiSubmit', DV1);
      return as(pr, 'apiRemindUnit', ADMIN, ['DV001']);
    },
    check: (pr, sent) => {
      expect(sent).toEqual({ sent: 0, deferred: 0, failed: [], unknown: 0 });
      expect(pr.world.mailbox).toEqual([]);
    },
  },
  {
    name: 'apiSendReminders with a string for the units to leave out: every due reminder, once',
    now: at('2020-09-13'),
    act: (pr) => [as(pr, 'apiSendReminders', ADMIN, ['DV001']), as(pr, 'apiSendReminders', ADMIN, ['DV001'])],
    check: (pr, sent) => {
      expect(sent).toEqual([
        { sent: 4, deferred: 0, failed: [], unknown: 0 },
        { sent: 0, deferred: 0, failed: [], unknown: 0 },
      ]);
      expect(pr.world.mailbox).toHaveLength(4);
    },
  },
];

const cases: Case[] = [...settingsCases, ...sheetCases, ...valueCases, ...otherValueCases, ...actionCases];

describe('hostile inputs at the Sheets door', () => {
  test.each(cases.map((k) => [k.name, k] as const))('%s', (_, k) => {
    const pr = build(k);
    expect(pr.setup).toBe(typeof k.setup === 'function' ? k.setup(pr) : (k.setup ?? done(3)));
    let error: string | undefined;
    let returned: unknown;
    try {
      returned = k.act?.(pr);
    } catch (e) {
      error = (e as Error).message;
    }
    expect(error).toBe(k.error);
    expect(pr.world.alerts).toEqual(typeof k.alerts === 'function' ? k.alerts(pr) : (k.alerts ?? []));
    expect(pr.world.toasts).toEqual(k.toasts ?? []);
    k.check?.(pr, returned);
  });
});
