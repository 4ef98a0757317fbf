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

/** How an injected fault strikes the k-th service call of an execution. */
export type FaultMode = 'before' | 'after' | 'kill';

/** Google's own words for a failed service call (what users saw in issue 8). */
export const SERVICE_ERRORS = {
  before: "We're sorry, a server error occurred. Please wait a bit and try again.",
  after: 'Service Spreadsheets timed out while accessing document with id fake-spreadsheet-id.',
  kill: 'Exceeded maximum execution time',
} as const;

/**
 * The 6-minute kill: Apps Script stops the execution where it stands ("Exceeded maximum execution
 * time"). Nothing of the script runs after it — no catch, no finally of ours has any effect. Modelled
 * as: the call throws this, and from then every service call of that execution throws it too, so a
 * catch or finally can change nothing (all state lives behind service calls). The execution's locks
 * are released when it ends, as Google documents for LockService.
 */
export class ExecutionKilled extends Error {
  constructor() {
    super(SERVICE_ERRORS.kill);
  }
}

interface ArmedFault {
  at: number;
  mode: FaultMode;
  /** Calls counted so far in the faulted execution. */
  n: number;
  killed: boolean;
  /** Whether the fault struck (k was within the execution's calls). */
  struck: boolean;
}

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
  /** Milliseconds the clock moves on with each service call (a round trip to Google): 0 keeps it still. */
  msPerCall = 0;
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
  /** A fault armed for the next execution, and the one striking the execution running now. */
  private armed: { at: number; mode: FaultMode } | null = null;
  private fault: ArmedFault | null = null;
  /** Service calls made by the last execution that ended, and whether an armed fault struck it. */
  lastExecution = { calls: 0, struck: false };
  private executionCalls = 0;

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

  /**
   * Arms a fault for the next execution (the next `run`): its k-th service call (1-based) throws before
   * it takes effect, takes effect and then throws, or is the 6-minute kill.
   */
  injectFault(at: number, mode: FaultMode): void {
    this.armed = { at, mode };
  }

  /** Called before each counted call; returns true when the call must throw after taking effect. */
  private strike(): boolean {
    this.executionCalls++;
    const f = this.fault;
    if (!f) return false;
    if (f.killed) throw new ExecutionKilled();
    f.n++;
    if (f.n !== f.at) return false;
    f.struck = true;
    if (f.mode === 'kill') {
      f.killed = true;
      throw new ExecutionKilled();
    }
    if (f.mode === 'before') throw new Error(SERVICE_ERRORS.before);
    return true;
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
          const failAfter = world.strike();
          world.count(name);
          if (world.msPerCall) world.advance(world.msPerCall);
          const r = v.apply(t, args);
          world.after.get(name)?.();
          if (failAfter) throw new Error(SERVICE_ERRORS.after);
          return r === t ? proxy : r;
        };
      },
    });
    return proxy;
  }

  /** Runs `fn` as one execution (a menu click, a trigger, a google.script.run call) of `user`. */
  run<T>(fn: () => T, as: { user?: string; authMode?: AuthMode } = {}): T {
    const saved = {
      user: this.user,
      authMode: this.authMode,
      execution: this.execution,
      fault: this.fault,
      executionCalls: this.executionCalls,
    };
    this.user = (as.user ?? this.user).toLowerCase();
    this.authMode = as.authMode ?? 'FULL';
    this.execution = this.nextExecution++;
    this.fault = this.armed ? { ...this.armed, n: 0, killed: false, struck: false } : null;
    this.armed = null;
    this.executionCalls = 0;
    try {
      return fn();
    } finally {
      // Google releases an execution's locks when it ends (also when it is killed).
      if (this.lockHolder === this.execution) this.lockHolder = null;
      this.lastExecution = { calls: this.executionCalls, struck: this.fault?.struck ?? false };
      Object.assign(this, saved);
    }
  }

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}
