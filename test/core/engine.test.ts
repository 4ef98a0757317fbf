/**
 * Loading a workbook's Cấu hình and Mẫu, and reading every unit's tab, straight through the core (the doors
 * test the same end to end). Each test fails with one of the survivors Stryker found in src/core/engine.ts
 * put back (docs/mutation.md).
 */
import {
  formatStatus,
  households,
  loadSettings,
  messages,
  newSettings,
  renderMau,
  renderSettings,
  reviewUnits,
  roads,
  templates,
  type Unit,
  unitIssues,
} from '../../src/core';

const TZ = 'Asia/Ho_Chi_Minh';
const units: Unit[] = [
  { code: 'DV01', name: 'Xã A', sheet: 'Xã A', emails: ['a@x.vn'], target: 2 },
  { code: 'DV02', name: 'Xã B', sheet: 'Xã B', emails: ['b@x.vn'], target: null },
];
const settingsRows = (templateId = roads.id, deadlines = roads.deadlines) =>
  renderSettings({ ...newSettings(roads, units, ['vp@x.vn'], 'Năm 2020'), templateId, deadlines });
const loaded = (...args: Parameters<typeof loadSettings>) => {
  const r = loadSettings(...args);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('loading Cấu hình', () => {
  test('a workbook without Cấu hình cannot be used, and says how to make one', () => {
    expect(loadSettings(null)).toEqual({ ok: false, reason: messages.settingsMessages.noSheet, issues: [] });
  });

  test('a Cấu hình naming no form, in a workbook without Mẫu, says to type its code', () => {
    const r = loadSettings(settingsRows(''));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe(messages.settingsMessages.noTemplate);
    expect(r.issues.map((i) => i.message)).toContain(messages.settingsMessages.noTemplate);
  });

  test('a form code nobody has lists the codes there are', () => {
    const r = loadSettings(settingsRows('con-duong-2021'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe(
      messages.settingsMessages.unknownTemplate(
        'con-duong-2021',
        templates()
          .map((t) => t.id)
          .join(', '),
      ),
    );
    expect(r.reason).toContain(`${roads.id}, `);
  });

  test('a built-in form named in Cấu hình is the form, with Cấu hình’s own deadlines', () => {
    const own = [{ ...roads.deadlines[0], date: '25/09/2020' }];
    const r = loaded(settingsRows(roads.id, own));
    expect(r.template).toBe(roads);
    expect(r.settings.deadlines).toEqual(own);
    expect(r.settings.units).toEqual(units);
  });
});

describe('a workbook with its own Mẫu sheet', () => {
  test('the Mẫu wins over the code in Cấu hình, and its code becomes the workbook’s', () => {
    const r = loaded(settingsRows(roads.id), { timeZone: TZ }, renderMau(households));
    expect(r.template.id).toBe(households.id);
    expect(r.settings.templateId).toBe(households.id);
    expect(r.template.columns).toStrictEqual(households.columns);
  });

  test('with a Mẫu, Cấu hình need not name a form: that problem is not reported', () => {
    const r = loaded(settingsRows(''), { timeZone: TZ }, renderMau(roads));
    expect(r.issues.map((i) => i.message)).not.toContain(messages.settingsMessages.noTemplate);
    expect(r.settings.templateId).toBe(roads.id);
  });

  test('an emptied HẠN NỘP takes the Mẫu’s deadlines; a filled one keeps its own', () => {
    expect(loaded(settingsRows(roads.id, []), {}, renderMau(roads)).settings.deadlines).toEqual(roads.deadlines);
    const own = [{ ...roads.deadlines[0], date: '25/09/2020' }];
    expect(loaded(settingsRows(roads.id, own), {}, renderMau(roads)).settings.deadlines).toEqual(own);
  });

  test('a Mẫu date stored by Sheets as midnight in Vietnam is read in the sheet’s zone, not UTC', () => {
    const mau: unknown[][] = renderMau(roads);
    const row = mau.findIndex((r) => r[0] === roads.deadlines[0].code);
    mau[row][2] = new Date('2020-09-20T00:00:00+07:00');
    const r = loaded(settingsRows(roads.id, []), { timeZone: TZ }, mau);
    expect(r.settings.deadlines[0].date).toBe('20/09/2020');
  });

  test('with a Mẫu, Cấu hình’s other problems are still said', () => {
    const rows = renderSettings({
      ...newSettings(roads, [{ ...units[0], emails: ['khong-phai-email'] }], ['vp@x.vn'], 'Năm 2020'),
    });
    const r = loaded(rows, { timeZone: TZ }, renderMau(roads));
    expect(r.issues.map((i) => i.message)).toContain(messages.settingsMessages.badEmail('khong-phai-email'));
  });

  test('without a time zone, a Mẫu date is read in UTC', () => {
    const mau: unknown[][] = renderMau(roads);
    const row = mau.findIndex((r) => r[0] === roads.deadlines[0].code);
    mau[row][2] = new Date('2020-09-20T00:00:00Z');
    expect(loaded(settingsRows(roads.id, []), {}, mau).settings.deadlines[0].date).toBe('20/09/2020');
  });

  test('a Mẫu with an error stops the workbook, naming the cell, with Cấu hình’s problems kept', () => {
    const mau: unknown[][] = renderMau(roads);
    const row = mau.findIndex((r) => r[0] === 'chieuDai');
    mau[row][2] = 'Số thập phân đôi';
    const r = loadSettings(settingsRows(''), { timeZone: TZ }, mau);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(new RegExp(`Mẫu!C${row + 1}`));
    expect(r.issues.some((i) => i.sheet === 'Mẫu' && i.severity === 'error')).toBe(true);
    expect(r.issues.map((i) => i.message)).toContain(messages.settingsMessages.noTemplate);
  });
});

describe('every unit’s tab', () => {
  const settings = loaded(settingsRows()).settings;
  const tab = [
    ['BÁO CÁO CON ĐƯỜNG'],
    ['Đơn vị: Xã A'],
    [formatStatus({ state: 'submitted', at: '08:15 20/09/2020', by: 'lan@x.vn' })],
    [''],
    roads.columns.map((c) => c.label),
    ['Đường Bản Ven', 'Thôn 1', 'năm trăm', 'Có', 'Có', 'Có', 'Có', 'Không', '', 1000000],
  ];
  const inputs = () => reviewUnits(roads, settings, (u) => (u.sheet === 'Xã A' ? tab : null), TZ);

  test('a tab is validated and its status read; a tab that is not there is a draft with no report', () => {
    const [a, b] = inputs();
    expect(a.unit.code).toBe('DV01');
    expect(a.report?.sheet).toBe('Xã A');
    expect(a.status.state).toBe('submitted');
    expect(a.statusCell).toEqual({ row: 3, col: 1 });
    expect(b).toEqual({ unit: units[1], report: null, status: { state: 'draft' }, statusCell: null });
  });

  test('the problems list each tab’s own, and one error at A1 for a tab that is missing', () => {
    const issues = unitIssues(inputs());
    expect(issues[0]).toMatchObject({ sheet: 'Xã A', cell: 'C6', severity: 'error' });
    expect(issues.at(-1)).toEqual({
      sheet: 'Xã B',
      cell: 'A1',
      row: 1,
      col: 1,
      column: '',
      value: '',
      severity: 'error',
      message: messages.sheetMessages.missingTab('Xã B', 'Xã B'),
    });
  });
});
