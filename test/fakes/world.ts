/**
 * One fake Google world per test: a clock, the people, the quotas, and a count of every service call.
 * Each fake object is wrapped so that calls are counted and the authorisation mode is enforced.
 */
/* biome-ignore-all lint/suspicious/noExplicitAny: the fakes stand in for Google's untyped objects */

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface Sent {
  to: string[];
  subject: string;
  body: string;
  at: Date;
}

/** Calls allowed in authMode NONE: building the menu, nothing else. */
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);
/** Services a simple trigger (LIMITED) may not use: they need authorisation. */
const LIMITED_DENIED = /^(MailApp|ScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)|HtmlService)/;

/** Consumer Google accounts: their files belong to no Workspace domain. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export class World {
  now: Date;
  /** The person at the keyboard (the script runs as them). */
  user: string;
  /** Whether Google tells the script the user's email (not for consumer accounts of another domain). */
  revealEmail = true;
  owner: string;
  /** Who the spreadsheet is shared with (editors), besides the owner. */
  sharedWith: string[] = [];
  authMode: AuthMode = 'FULL';
  mailQuota = 100;
  sheetZone = 'Asia/Ho_Chi_Minh';
  /** The script's own zone (appsscript.json `timeZone`), which Session.getScriptTimeZone() returns. */
  scriptZone = 'Asia/Ho_Chi_Minh';
  /**
   * The Google Workspace domain that owns the spreadsheet: the owner's, unless the owner is a consumer
   * account (gmail.com), whose files have no domain. A protection open to the domain lets everyone in it edit.
   */
  domain: string | null;
  /** Whether the file is shared with everyone in that domain as editors (new protections then start open to it). */
  domainShared = false;
  readonly calls = new Map<string, number>();
  readonly mailbox: Sent[] = [];
  readonly toasts: string[] = [];
  readonly alerts: string[] = [];
  readonly menus: { name: string; items: [string, string][] }[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  /** Answers the user gives to the next alerts (buttons) and prompts ([button, text]). */
  readonly alertAnswers: string[] = [];
  readonly promptAnswers: [string, string][] = [];
  readonly properties = {
    document: new Map<string, string>(),
    script: new Map<string, string>(),
    user: new Map<string, string>(),
  };
  /** Which execution holds the document lock, and which execution is running now. */
  lockHolder: number | null = null;
  execution = 0;
  private nextExecution = 1;
  /** Hooks run after a counted call: a test can start a second execution in the middle of a first. */
  readonly after = new Map<string, () => void>();
  htmlFiles: Record<string, string> = {};

  constructor(opts: { now: string; user: string; owner?: string }) {
    this.now = new Date(opts.now);
    this.user = opts.user.toLowerCase();
    this.owner = (opts.owner ?? opts.user).toLowerCase();
    const ownerDomain = this.owner.split('@')[1] ?? '';
    this.domain = ownerDomain && !CONSUMER_DOMAINS.has(ownerDomain) ? ownerDomain : null;
  }

  /** Whether `email` belongs to the domain that owns the spreadsheet. */
  inDomain(email: string): boolean {
    return this.domain !== null && email.toLowerCase().endsWith(`@${this.domain}`);
  }

  count(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  resetCalls(): void {
    this.calls.clear();
  }

  checkAuth(name: string): void {
    if (this.authMode === 'NONE' && !NONE_ALLOWED.has(name)) {
      throw new Error(
        `You do not have permission to call ${name}. Required permissions are not granted in authMode NONE.`,
      );
    }
    if (this.authMode === 'LIMITED' && LIMITED_DENIED.test(name)) {
      throw new Error(`You do not have permission to call ${name}`);
    }
  }

  /** Wraps a fake so that its calls are counted (as `Class.method`) and checked against the auth mode. */
  wrap<T extends object>(target: T, className: string): T {
    const world = this;
    const proxy: T = new Proxy(target, {
      get(t, prop, receiver) {
        const v = Reflect.get(t, prop, receiver);
        if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor' || prop.startsWith('_'))
          return v;
        return (...args: unknown[]) => {
          const name = `${className}.${prop}`;
          world.checkAuth(name);
          world.count(name);
          const r = v.apply(t, args);
          world.after.get(name)?.();
          return r === t ? proxy : r;
        };
      },
    });
    return proxy;
  }

  /** Runs `fn` as one execution (a menu click, a trigger, a google.script.run call) of `user`. */
  run<T>(fn: () => T, as: { user?: string; authMode?: AuthMode } = {}): T {
    const saved = { user: this.user, authMode: this.authMode, execution: this.execution };
    this.user = (as.user ?? this.user).toLowerCase();
    this.authMode = as.authMode ?? 'FULL';
    this.execution = this.nextExecution++;
    try {
      return fn();
    } finally {
      // Google releases an execution's locks when it ends.
      if (this.lockHolder === this.execution) this.lockHolder = null;
      Object.assign(this, saved);
    }
  }

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}
