/**
 * The other services the add-in uses, faked with Google's observable behaviour: MailApp's quota error,
 * PropertiesService's 9 KB values, a document lock that times out, at most 20 triggers, Session's
 * empty email, the UI's alerts, prompts, menus and sidebars.
 */
/* biome-ignore-all lint/suspicious/noExplicitAny: the fakes stand in for Google's untyped objects */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeDataValidationBuilder, type FakeSpreadsheet, FakeUser } from './spreadsheet';
import type { World } from './world';

const BUTTONS = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
const BUTTON_SETS = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };

class FakeMenu {
  readonly items: [string, string][] = [];
  constructor(
    private readonly world: World,
    readonly name: string,
  ) {}
  addItem(caption: string, fn: string) {
    this.items.push([caption, fn]);
    return this;
  }
  addSeparator() {
    this.items.push(['---', '']);
    return this;
  }
  addSubMenu(menu: FakeMenu) {
    for (const [c, f] of menu.items) this.items.push([`${menu.name} › ${c}`, f]);
    return this;
  }
  addToUi() {
    this.world.menus.push({ name: this.name, items: this.items });
  }
}

class FakeUi {
  readonly Button = BUTTONS;
  readonly ButtonSet = BUTTON_SETS;
  constructor(private readonly world: World) {}
  createMenu(name: string) {
    return this.world.wrap(new FakeMenu(this.world, name), 'Menu');
  }
  createAddonMenu() {
    return this.world.wrap(new FakeMenu(this.world, 'Add-on'), 'Menu');
  }
  alert(a: string, b?: string, buttons?: string) {
    const text = b === undefined ? a : b;
    this.world.alerts.push(text);
    const answer = this.world.alertAnswers.shift();
    return answer ?? (buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK');
  }
  prompt(a: string, b?: string, _buttons?: string) {
    this.world.alerts.push(b ?? a);
    const [button, text] = this.world.promptAnswers.shift() ?? ['CANCEL', ''];
    return { getSelectedButton: () => button, getResponseText: () => text };
  }
  showSidebar(html: { _title: string; _content: string }) {
    this.world.sidebars.push({ title: html._title, content: html._content });
  }
  /** Ui.showModalDialog(userInterface, title): recorded beside the sidebars, with the dialog's title. */
  showModalDialog(html: { _content: string }, title: string) {
    this.world.sidebars.push({ title, content: html._content });
  }
}

class FakeProperties {
  constructor(private readonly store: Map<string, string>) {}
  getProperty(k: string) {
    return this.store.get(k) ?? null;
  }
  setProperty(k: string, v: string) {
    const value = String(v);
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(k, value);
    let total = 0;
    for (const [kk, vv] of this.store) total += kk.length + vv.length;
    if (total > 500 * 1024) {
      this.store.delete(k);
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    return this;
  }
  setProperties(obj: Record<string, string>, deleteAllOthers?: boolean) {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(obj)) this.setProperty(k, v);
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.store);
  }
  getKeys() {
    return [...this.store.keys()];
  }
  deleteProperty(k: string) {
    this.store.delete(k);
    return this;
  }
  deleteAllProperties() {
    this.store.clear();
    return this;
  }
}

class FakeLock {
  constructor(private readonly world: World) {}
  tryLock(ms: number) {
    const w = this.world;
    if (w.lockHolder === null || w.lockHolder === w.execution) {
      w.lockHolder = w.execution;
      return true;
    }
    // Another execution holds it and, in one thread, cannot let go while we wait: time passes, in vain.
    w.advance(ms);
    return false;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    if (this.world.lockHolder === this.world.execution) this.world.lockHolder = null;
  }
  hasLock() {
    return this.world.lockHolder === this.world.execution;
  }
}

export interface FakeTrigger {
  id: string;
  handler: string;
  owner: string;
  atHour: number | null;
  everyDays: number | null;
  timeZone: string | null;
  afterMs: number | null;
}

export function makeServices(world: World, ss: FakeSpreadsheet, triggers: FakeTrigger[], distDir: string) {
  const w = world.wrap.bind(world);
  const ui = w(new FakeUi(world), 'Ui');
  const SpreadsheetApp = w(
    {
      getActiveSpreadsheet: () => ss._self,
      getActive: () => ss._self,
      getUi: () => ui,
      newDataValidation: () => w(new FakeDataValidationBuilder(world), 'DataValidationBuilder'),
      flush: () => undefined,
      ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
      DataValidationCriteria: {
        VALUE_IN_LIST: 'VALUE_IN_LIST',
        NUMBER_BETWEEN: 'NUMBER_BETWEEN',
        DATE_BETWEEN: 'DATE_BETWEEN',
        CHECKBOX: 'CHECKBOX',
      },
    },
    'SpreadsheetApp',
  );
  const MailApp = w(
    {
      getRemainingDailyQuota: () => world.mailQuota,
      sendEmail: (a: any, subject?: string, body?: string) => {
        const msg = typeof a === 'object' ? a : { to: a, subject, body };
        const to = String(msg.to)
          .split(',')
          .map((s: string) => s.trim())
          .filter(Boolean);
        if (to.length > 50) throw new Error('Limit Exceeded: Email Recipients Per Message.');
        if (world.mailQuota < to.length) throw new Error('Service invoked too many times for one day: email.');
        const bad = to.find((x: string) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(x));
        if (bad) throw new Error(`Invalid email: ${bad}`);
        world.mailQuota -= to.length;
        world.mailbox.push({ to, subject: msg.subject, body: msg.body, at: new Date(world.now.getTime()) });
      },
    },
    'MailApp',
  );
  const PropertiesService = w(
    {
      getDocumentProperties: () => w(new FakeProperties(world.properties.document), 'Properties'),
      getScriptProperties: () => w(new FakeProperties(world.properties.script), 'Properties'),
      getUserProperties: () => w(new FakeProperties(world.properties.user), 'Properties'),
    },
    'PropertiesService',
  );
  const LockService = w(
    {
      getDocumentLock: () => w(new FakeLock(world), 'Lock'),
      getScriptLock: () => w(new FakeLock(world), 'Lock'),
    },
    'LockService',
  );
  let triggerIds = 1;
  const triggerObject = (t: FakeTrigger) =>
    w(
      {
        getHandlerFunction: () => t.handler,
        getUniqueId: () => t.id,
        getEventType: () => 'CLOCK',
        getTriggerSource: () => 'CLOCK',
      },
      'Trigger',
    );
  const ScriptApp = w(
    {
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' },
      newTrigger: (handler: string) => {
        const t: FakeTrigger = {
          id: `t${triggerIds++}`,
          handler,
          owner: world.user,
          atHour: null,
          everyDays: null,
          timeZone: null,
          afterMs: null,
        };
        const clock = w(
          {
            atHour: (h: number) => {
              t.atHour = h;
              return clock;
            },
            everyDays: (n: number) => {
              t.everyDays = n;
              return clock;
            },
            // Google: "Specifies the minimum duration (in milliseconds) after the current time that the trigger runs."
            after: (ms: number) => {
              t.afterMs = ms;
              return clock;
            },
            inTimezone: (tz: string) => {
              t.timeZone = tz;
              return clock;
            },
            create: () => {
              if (triggers.filter((x) => x.owner === world.user).length >= 20) {
                throw new Error(
                  'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
                );
              }
              triggers.push(t);
              return triggerObject(t);
            },
          },
          'ClockTriggerBuilder',
        );
        return w({ timeBased: () => clock }, 'TriggerBuilder');
      },
      getProjectTriggers: () => triggers.filter((t) => t.owner === world.user).map(triggerObject),
      deleteTrigger: (tr: { getUniqueId(): string }) => {
        const i = triggers.findIndex((t) => t.id === tr.getUniqueId());
        if (i >= 0) triggers.splice(i, 1);
      },
    },
    'ScriptApp',
  );
  const Session = w(
    {
      getActiveUser: () => new FakeUser(world.revealEmail ? world.user : ''),
      getEffectiveUser: () => new FakeUser(world.revealEmail ? world.user : ''),
      getScriptTimeZone: () => world.scriptZone,
    },
    'Session',
  );
  const htmlOutput = (content: string) => {
    const out: any = {
      _content: content,
      _title: '',
      getContent: () => out._content,
      setTitle: (t: string) => {
        out._title = t;
        return out;
      },
      setWidth: () => out,
      setHeight: () => out,
      setSandboxMode: () => out,
      setXFrameOptionsMode: () => out,
    };
    return w(out, 'HtmlOutput');
  };
  const HtmlService = w(
    {
      createHtmlOutputFromFile: (name: string) => htmlOutput(readFileSync(join(distDir, `${name}.html`), 'utf8')),
      createHtmlOutput: (html: string) => htmlOutput(html),
      SandboxMode: { IFRAME: 'IFRAME' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    },
    'HtmlService',
  );
  const Utilities = w(
    {
      /** Only the patterns the add-in uses: yyyy, MM, dd, HH, mm. */
      formatDate: (date: Date, timeZone: string, pattern: string) => {
        const f = new Intl.DateTimeFormat('en-GB', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
        const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
        return pattern
          .replace('yyyy', p.year)
          .replace('MM', p.month)
          .replace('dd', p.day)
          .replace('HH', p.hour)
          .replace('mm', p.minute);
      },
      sleep: (ms: number) => world.advance(ms),
      getUuid: () => `uuid-${triggerIds++}`,
    },
    'Utilities',
  );
  const Charts = { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', PIE: 'PIE', LINE: 'LINE' } };
  const Logger = { log: () => undefined };
  return {
    SpreadsheetApp,
    MailApp,
    PropertiesService,
    LockService,
    ScriptApp,
    Session,
    HtmlService,
    Utilities,
    Charts,
    Logger,
  };
}
