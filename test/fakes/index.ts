/* biome-ignore-all lint/suspicious/noExplicitAny: the fakes stand in for Google's untyped objects */
import { resolve } from 'node:path';
import gasLocal from 'gas-local';
import { type FakeTrigger, makeServices } from './services';
import { asTyped, type FakeSheet, FakeSpreadsheet } from './spreadsheet';
import type { World } from './world';

export { ExecutionKilled, type FaultMode, SERVICE_ERRORS, World } from './world';

/** The built Apps Script project (the bench, bundled elsewhere, points here with GAS_DIST). */
export const DIST = resolve(__dirname, '../../dist');
const distDir = () => process.env.GAS_DIST ?? DIST;

/** The names a loaded bundle may define: one per entry point, and the private module holder. */
export type App = Record<string, (...args: any[]) => any>;

/**
 * A spreadsheet, the services around it, and the built bundle loaded over them by gas-local. The bundle
 * runs in its own vm context; the `Date` it sees is one whose `new Date()` reads the world's clock.
 */
export class Google {
  readonly ss: FakeSpreadsheet;
  readonly triggers: FakeTrigger[] = [];
  readonly app: App;
  readonly context: Record<string, unknown>;
  readonly globalNames: string[];
  /** The folder the bundle was loaded from (worker threads load it again). */
  readonly dist = distDir();

  constructor(
    readonly world: World,
    extraGlobals: Record<string, unknown> = {},
  ) {
    this.ss = new FakeSpreadsheet(world);
    const services = makeServices(world, this.ss, this.triggers, distDir());
    const RealDate = Date;
    class ClockDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(world.now.getTime());
        else super(...(args as [number]));
      }
      static now() {
        return world.now.getTime();
      }
    }
    const globals: Record<string, unknown> = { ...services, Date: ClockDate, console, ...extraGlobals };
    this.globalNames = Object.keys(globals);
    this.context = gasLocal.require(distDir(), globals);
    this.app = this.context as App;
  }

  /** Calls an entry point as one execution by `user` (default: the world's user). */
  call(name: string, args: unknown[] = [], as: { user?: string; authMode?: 'NONE' | 'LIMITED' | 'FULL' } = {}): any {
    const fn = this.app[name];
    if (typeof fn !== 'function') throw new Error(`no entry point ${name}`);
    return this.world.run(() => fn(...args), as);
  }

  sheet(name: string): FakeSheet {
    return this.ss._sheet(name);
  }

  values(name: string): unknown[][] {
    return this.world.run(() => this.sheet(name)._self.getDataRange().getValues());
  }

  get spreadsheet(): any {
    return this.ss._self;
  }

  /**
   * A person typing into cells, as the Sheets UI would take it: protections and strict data validation
   * refuse, a typed `20/9/2020` becomes a date (Vietnamese locale), digits become numbers.
   */
  type(
    user: string,
    sheetName: string,
    row: number,
    col: number,
    rows: unknown[][],
    opts: { paste?: boolean } = {},
  ): void {
    const sheet = this.sheet(sheetName);
    rows.forEach((line, r) => {
      line.forEach((raw, c) => {
        const rr = row + r;
        const cc = col + c;
        if (!sheet._canEdit(user.toLowerCase(), rr, cc))
          throw new Error(`protected: ${sheetName}!R${rr}C${cc} for ${user}`);
        const v = raw;
        const cell = sheet._cellForWrite(rr, cc);
        // A formula with the result Sheets computed for it: { formula: '=1/0', value: '#DIV/0!' }.
        const f = raw as { formula?: string; value?: unknown };
        const typed =
          f && typeof f === 'object' && 'formula' in f
            ? { v: f.value, f: String(f.formula) }
            : asTyped(v, this.world.sheetZone, this.world.now.getFullYear());
        // Pasting bypasses data validation in Sheets (the cell only gets a warning triangle).
        if (!opts.paste && cell.dv && !cell.dv.allowInvalid && !cell.dv._accepts(typed.v)) {
          throw new Error(`rejected by data validation: ${sheetName}!R${rr}C${cc} ${String(raw)}`);
        }
        Object.assign(cell, typed);
      });
    });
  }
}
