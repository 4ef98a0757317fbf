/**
 * The fakes see what the code must get right about who may edit: domain edit on protections, the case of
 * emails, and the time zones a script meets. Each behaviour cites Google's reference.
 */
import { Google, World } from '../fakes';

const OWNER = 'vanphong@hoiphunu.example.org';
const COLLEAGUE = 'dv1@hoiphunu.example.org';
const OUTSIDER = 'someone@gmail.com';

/** A spreadsheet shared with two people and, as Workspace files often are, with the owner's whole domain. */
function google(owner = OWNER) {
  const world = new World({ now: '2020-09-17T01:00:00Z', user: owner });
  world.sharedWith = [COLLEAGUE, OUTSIDER];
  world.domainShared = true;
  return new Google(world);
}

describe('the fake protections honour domain edit as Google does', () => {
  // Sheets API, Editors.domainUsersCanEdit: "True if anyone in the document's domain has edit access to the
  // protected range. Domain protection is only supported on documents within a domain." Apps Script's
  // Protection sample: `if (protection.canDomainEdit()) { protection.setDomainEdit(false); }`.
  test('a new protection on a file shared with the domain starts open to it: anyone in the domain may type', () => {
    const g = google();
    const p = g.world.run(() => g.ss.getActiveSheet().getRange('A1:B2').protect().removeEditors([COLLEAGUE, OUTSIDER]));
    expect(g.world.run(() => p.canDomainEdit())).toBe(true);
    g.type(COLLEAGUE, 'Trang tính1', 1, 1, [['vẫn sửa được']]);
    expect(() => g.type(OUTSIDER, 'Trang tính1', 1, 1, [['x']])).toThrow(/protected/);
    expect(g.world.run(() => p.canEdit(), { user: COLLEAGUE })).toBe(true);
    expect(g.world.run(() => p.canEdit(), { user: OUTSIDER })).toBe(false);
  });

  test('after setDomainEdit(false) only the listed editors and the owner may edit', () => {
    const g = google();
    const p = g.world.run(() =>
      g.ss.getActiveSheet().getRange('A1:B2').protect().removeEditors([COLLEAGUE, OUTSIDER]).setDomainEdit(false),
    );
    expect(() => g.type(COLLEAGUE, 'Trang tính1', 1, 1, [['x']])).toThrow(/protected/);
    expect(g.world.run(() => p.canEdit(), { user: COLLEAGUE })).toBe(false);
    expect(g.world.run(() => p.canEdit())).toBe(true);
    // A domain user cannot change a protection they may not edit.
    expect(() => g.world.run(() => p.setDomainEdit(true), { user: COLLEAGUE })).toThrow(/protected cell or object/);
  });

  test('a file not shared with its domain gives new protections no domain edit', () => {
    const g = google();
    g.world.domainShared = false;
    const p = g.world.run(() => g.ss.getActiveSheet().getRange('A1').protect().removeEditors([COLLEAGUE, OUTSIDER]));
    expect(g.world.run(() => p.canDomainEdit())).toBe(false);
    expect(() => g.type(COLLEAGUE, 'Trang tính1', 1, 1, [['x']])).toThrow(/protected/);
  });

  test('a spreadsheet owned by a consumer account has no domain: domain edit opens nothing', () => {
    const g = google('chu.tich@gmail.com');
    const p = g.world.run(() => g.ss.getActiveSheet().getRange('A1').protect().removeEditors([COLLEAGUE, OUTSIDER]));
    expect(g.world.run(() => p.canDomainEdit())).toBe(false);
    expect(() => g.type(OUTSIDER, 'Trang tính1', 1, 1, [['x']])).toThrow(/protected/);
  });
});

describe('the fakes treat emails as Google accounts do', () => {
  // Google account addresses are case-insensitive; Session.getActiveUser().getEmail() and User.getEmail()
  // return the account's address, which the fakes keep in lower case whatever case a test or a script used.
  test('an editor added with capitals is the same account as the person typing in lower case', () => {
    const g = google();
    const p = g.world.run(() =>
      g.ss.getActiveSheet().getRange('A1').protect().removeEditors([COLLEAGUE, OUTSIDER]).setDomainEdit(false),
    );
    g.world.run(() => p.addEditor('DV1@HoiPhuNu.Example.org'));
    g.type(COLLEAGUE, 'Trang tính1', 1, 1, [['được']]);
    expect(g.world.run(() => p.getEditors().map((u: { getEmail(): string }) => u.getEmail()))).toContain(COLLEAGUE);
    const { Session } = g.context as { Session: GoogleAppsScript.Base.Session };
    expect(g.world.run(() => Session.getActiveUser().getEmail(), { user: 'DV1@HoiPhuNu.Example.org' })).toBe(COLLEAGUE);
  });
});

describe('the fakes keep the spreadsheet’s time zone apart from the script’s', () => {
  // SpreadsheetProperties.timeZone: "The time zone of the spreadsheet"; the script's zone is appsscript.json's
  // `timeZone`, returned by Session.getScriptTimeZone(). A spreadsheet may be in another zone than its script.
  test('a date typed in a UTC spreadsheet is midnight UTC while the script’s zone stays Vietnam’s', () => {
    const g = google();
    g.world.sheetZone = 'Etc/UTC';
    g.type(OWNER, 'Trang tính1', 1, 1, [['20/9/2020']]);
    const v = g.values('Trang tính1')[0][0] as Date;
    expect(v.toISOString()).toBe('2020-09-20T00:00:00.000Z');
    const { Session, SpreadsheetApp } = g.context as {
      Session: GoogleAppsScript.Base.Session;
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    expect(g.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone())).toBe('Etc/UTC');
    expect(g.world.run(() => Session.getScriptTimeZone())).toBe('Asia/Ho_Chi_Minh');
  });
});
