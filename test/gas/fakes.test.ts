import { Google, World } from '../fakes';

const world = () => new World({ now: '2020-09-17T01:00:00Z', user: 'admin@x.vn' });

describe('the fakes behave like Google', () => {
  test('ranges are 1-based: A1 is getRange(1, 1), and row 0 does not exist', () => {
    const g = new Google(world());
    const s = g.ss.getActiveSheet();
    s.getRange(1, 1).setValue('đầu');
    expect(s.getRange('A1').getValue()).toBe('đầu');
    expect(() => s.getRange(0, 1)).toThrow(/too small/);
  });

  test('setValues with the wrong dimensions throws Google’s message', () => {
    const s = new Google(world()).ss.getActiveSheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      /number of columns .* The data has 3 but the range has 2/,
    );
  });

  test('empty cells read as the empty string, and getDataRange covers what holds values', () => {
    const s = new Google(world()).ss.getActiveSheet();
    s.getRange(2, 3).setValue(5);
    expect(s.getDataRange().getValues()).toEqual([
      ['', '', ''],
      ['', '', 5],
    ]);
  });

  test('getSheetValues reads to the last row and column with data when given -1', () => {
    // Google (Sheet.getSheetValues): "A -1 value given as the row or column position is equivalent to
    // getting the very last row or column that has data in the sheet."
    const s = new Google(world()).ss.getActiveSheet();
    expect(() => s.getSheetValues(1, 1, -1, -1)).toThrow(/must be at least 1/);
    s.getRange(2, 3).setValue(5);
    expect(s.getSheetValues(1, 1, -1, -1)).toEqual([
      ['', '', ''],
      ['', '', 5],
    ]);
    expect(s.getSheetValues(2, 2, -1, -1)).toEqual([['', 5]]);
    expect(s.getSheetValues(1, 1, 1, 2)).toEqual([['', '']]);
  });

  test('dates come back as Date objects', () => {
    const s = new Google(world()).ss.getActiveSheet();
    s.getRange(1, 1).setValue(new Date('2020-09-20T00:00:00+07:00'));
    const v = s.getRange(1, 1).getValue();
    expect(Object.prototype.toString.call(v)).toBe('[object Date]');
    expect((v as Date).toISOString()).toBe('2020-09-19T17:00:00.000Z');
  });

  test('a string starting with = written by setValue(s) becomes a formula; an apostrophe keeps it text', () => {
    const s = new Google(world()).ss.getActiveSheet();
    s.getRange(1, 1, 1, 3).setValues([['=IMPORTRANGE("x","A1")', '\'=IMPORTRANGE("x","A1")', '+SUM(1)']]);
    expect(s.getRange(1, 1, 1, 3).getFormulas()).toEqual([['=IMPORTRANGE("x","A1")', '', '=+SUM(1)']]);
    expect(s.getRange(1, 2).getValue()).toBe('=IMPORTRANGE("x","A1")');
  });

  test('a date or number typed as text is read as a date or number, as Sheets does with setValue(s)', () => {
    const s = new Google(world()).ss.getActiveSheet();
    s.getRange(1, 1, 1, 3).setValues([['15/09/2020', '42', "'15/09/2020"]]);
    const [[d, n, t]] = s.getRange(1, 1, 1, 3).getValues();
    expect(Object.prototype.toString.call(d)).toBe('[object Date]');
    expect([n, t]).toEqual([42, '15/09/2020']);
  });

  test('MailApp past its quota throws "Service invoked too many times for one day: email."', () => {
    const w = world();
    w.mailQuota = 1;
    const g = new Google(w);
    const { MailApp } = g.context as { MailApp: GoogleAppsScript.Mail.MailApp };
    MailApp.sendEmail({ to: 'a@x.vn', subject: 's', body: 'b' });
    expect(() => MailApp.sendEmail({ to: 'b@x.vn', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(w.mailbox).toHaveLength(1);
  });

  test('in authMode NONE any service but the menu throws', () => {
    const g = new Google(world());
    const ctx = g.context as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    };
    g.world.run(
      () => {
        ctx.SpreadsheetApp.getUi().createMenu('M').addItem('a', 'f').addToUi();
        expect(() => ctx.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
        expect(() => ctx.PropertiesService.getDocumentProperties()).toThrow(/permission/);
      },
      { authMode: 'NONE' },
    );
    expect(g.world.menus).toHaveLength(1);
  });

  test('a lock held by another execution makes waitLock throw after its timeout', () => {
    const g = new Google(world());
    const { LockService } = g.context as { LockService: GoogleAppsScript.Lock.LockService };
    g.world.run(() => {
      LockService.getDocumentLock().waitLock(1000);
      const before = g.world.now.getTime();
      expect(() => g.world.run(() => LockService.getDocumentLock().waitLock(30000))).toThrow(/Lock timeout/);
      expect(g.world.now.getTime() - before).toBe(30000);
    });
    // The lock goes when its execution ends.
    expect(g.world.run(() => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  test('a protection stops a user who is not its editor, and never drops the owner or the caller', () => {
    const w = world();
    w.sharedWith = ['unit@x.vn'];
    const g = new Google(w);
    const s = g.ss.getActiveSheet();
    const p = g.world.run(() => s.getRange(1, 1, 5, 5).protect());
    g.world.run(() => p.removeEditors(['unit@x.vn', 'admin@x.vn']));
    expect(p.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual(['admin@x.vn']);
    expect(() => g.world.run(() => s.getRange(1, 1).setValue('x'), { user: 'unit@x.vn' })).toThrow(/protected cell/);
    expect(() => g.type('unit@x.vn', s.getName(), 1, 1, [['x']])).toThrow(/protected/);
    g.type('unit@x.vn', s.getName(), 6, 1, [['free']]);
  });

  test('PropertiesService refuses a value over 9 KB', () => {
    const g = new Google(world());
    const { PropertiesService } = g.context as { PropertiesService: GoogleAppsScript.Properties.PropertiesService };
    expect(() => PropertiesService.getDocumentProperties().setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow(
      /Argument too large/,
    );
  });

  test('a script may not own more than 20 triggers', () => {
    const g = new Google(world());
    const { ScriptApp } = g.context as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger('f').timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyDays(1).create()).toThrow(/too many triggers/);
  });

  test('a one-off trigger runs no sooner than after(ms) says', () => {
    // Google, ClockTriggerBuilder.after(durationMilliseconds): "Specifies the minimum duration (in
    // milliseconds) after the current time that the trigger runs."
    const g = new Google(world());
    const { ScriptApp } = g.context as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    const t = ScriptApp.newTrigger('later').timeBased().after(60_000).create();
    expect(t.getHandlerFunction()).toBe('later');
    expect(g.triggers.map((x) => [x.handler, x.afterMs])).toEqual([['later', 60_000]]);
  });

  test('setColumnWidths sets the width of a run of columns in one call', () => {
    // Google, Sheet.setColumnWidths(startColumn, numColumns, width): "Sets the width of the given columns in pixels."
    const g = new Google(world());
    g.ss.getActiveSheet().setColumnWidths(2, 3, 140);
    expect([...g.ss.sheets[0].columnWidths]).toEqual([
      [2, 140],
      [3, 140],
      [4, 140],
    ]);
  });

  test('insertSheet with a template copies the template sheet’s data, and no protection', () => {
    // Google, Spreadsheet.insertSheet(sheetName, sheetIndex, options), advanced parameter `template`:
    // "All data from the template sheet object is copied to the new sheet. The sheet template must be one
    // of the sheets of the Spreadsheet object." (Nothing says protections are copied: they are not here.)
    const g = new Google(world());
    const { SpreadsheetApp } = g.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const ss = g.spreadsheet as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const t = ss.insertSheet('Khuôn');
    t.insertRowsAfter(1000, 200);
    t.getRange(1, 1, 2, 2).setValues([
      ['Tiêu đề', ''],
      ['15/09/2020', 7],
    ]);
    t.getRange(1, 1).setFontWeight('bold').setBackground('#e8f0fe');
    t.getRange(3, 2, 5, 1).setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['Có', 'Không']).setAllowInvalid(false).build(),
    );
    t.getRange(3, 3, 5, 1).setNumberFormat('dd/MM/yyyy');
    t.setFrozenRows(2);
    t.setColumnWidth(1, 200);
    t.protect().setDescription('của khuôn');

    const copy = ss.insertSheet('Bản sao', 0, { template: t });
    expect(ss.getActiveSheet().getName()).toBe('Bản sao');
    expect(ss.getSheets()[0].getName()).toBe('Bản sao');
    const raw = g.ss._sheet('Bản sao');
    expect(copy.getRange(1, 1, 2, 2).getValues()).toEqual(t.getRange(1, 1, 2, 2).getValues());
    expect(raw._cell(1, 1)).toMatchObject({ bold: true, bg: '#e8f0fe' });
    expect(raw._cell(7, 2).dv?.getCriteriaValues()).toEqual([['Có', 'Không'], true]);
    expect(raw._cell(4, 3).fmt).toBe('dd/MM/yyyy');
    expect([copy.getMaxRows(), copy.getFrozenRows(), raw.columnWidths.get(1)]).toEqual([1200, 2, 200]);
    expect(copy.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
    // A copy is its own sheet: writing on it leaves the template as it was.
    copy.getRange(1, 1).setValue('Khác');
    expect(t.getRange(1, 1).getValue()).toBe('Tiêu đề');
    // The other forms: (sheetName, options) at the end, and a template from elsewhere refused.
    ss.insertSheet('Cuối', { template: t });
    expect(ss.getSheets().at(-1)?.getName()).toBe('Cuối');
    expect(g.ss._sheet('Cuối')._cell(1, 1).v).toBe('Tiêu đề');
    const other = new Google(world()).spreadsheet as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(() => ss.insertSheet('Lạ', { template: other.getActiveSheet() })).toThrow(/must be one of the sheets/);
  });

  test('with msPerCall the clock moves on with every service call, as round trips to Google take time', () => {
    const w = world();
    const g = new Google(w);
    const start = w.now.getTime();
    g.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(w.now.getTime()).toBe(start);
    w.msPerCall = 250;
    w.resetCalls();
    const s = g.ss.getActiveSheet();
    s.getRange(1, 1).setValue('x');
    expect(w.totalCalls()).toBe(2);
    expect(w.now.getTime() - start).toBe(500);
  });

  test('a new protection starts with every editor of the spreadsheet, its owner and its maker', () => {
    // Google, Range.protect(): "Until the script actually changes the list of editors for the range ...
    // the permissions mirror those of the spreadsheet itself, which effectively means that the range
    // remains unprotected."
    const w = world();
    w.sharedWith = ['a@x.vn', 'b@x.vn'];
    const g = new Google(w);
    const p = g.ss.getActiveSheet().getRange(1, 1).protect();
    const file = g.spreadsheet.getEditors().map((u: { getEmail(): string }) => u.getEmail());
    expect(
      p
        .getEditors()
        .map((u: { getEmail(): string }) => u.getEmail())
        .sort(),
    ).toEqual([...new Set([...file, 'admin@x.vn'])].sort());
  });

  test('Session may not tell the user’s email', () => {
    const w = world();
    w.revealEmail = false;
    const { Session } = new Google(w).context as { Session: GoogleAppsScript.Base.Session };
    expect(Session.getActiveUser().getEmail()).toBe('');
  });

  test('strict data validation refuses what a person types outside the rule', () => {
    const g = new Google(world());
    const s = g.ss.getActiveSheet();
    const { SpreadsheetApp } = g.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    s.getRange(2, 1, 10, 1).setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['Có', 'Không']).setAllowInvalid(false).build(),
    );
    g.type('admin@x.vn', s.getName(), 2, 1, [['Có']]);
    expect(() => g.type('admin@x.vn', s.getName(), 3, 1, [['có lẽ']])).toThrow(/data validation/);
  });

  test('every service call is counted', () => {
    const g = new Google(world());
    g.world.resetCalls();
    g.ss._self.getActiveSheet().getRange(1, 1).getValues();
    expect(Object.fromEntries(g.world.calls)).toEqual({
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
  });
});
