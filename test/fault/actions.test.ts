/**
 * Every action, a fault at its k-th service call in each of three modes, a retry by the same user:
 * the end state must be true (see harness.ts for the invariants). Quick sample of k by default;
 * `FAULT_SWEEP=full npx jest test/fault` tries every k and prints the table.
 */
import { appendFileSync } from 'node:fs';
import { ACTIONS, type Row, sweep, table } from './harness';

const full = process.env.FAULT_SWEEP === 'full';
const rows: Row[] = [];

describe(`every action leaves a true state whatever service call fails (${full ? 'full sweep' : 'quick sample'})`, () => {
  afterAll(() => {
    console.log(`${table(rows)}\n${rows.flatMap((r) => r.examples.map((e) => `${r.action}: ${e}`)).join('\n')}`);
  });
  for (const action of ACTIONS) {
    test(`${action.name}: a fault at any call, then the same click again, leaves nothing false`, () => {
      const row = sweep(action, full);
      rows.push(row);
      // FAULT_TABLE=<file>: each action's row as soon as it is measured (the sweep is long).
      if (process.env.FAULT_TABLE)
        appendFileSync(process.env.FAULT_TABLE, `${table([row])}\n${row.examples.join('\n')}\n`);
      expect(row.tried).toBeGreaterThan(0);
      expect(row.examples).toEqual([]);
    }, 1_800_000);
  }
});
