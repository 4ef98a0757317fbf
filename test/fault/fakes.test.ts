/**
 * The fault injection of the fakes, tested against what Google documents:
 *
 * - Quotas for Google Services (developers.google.com/apps-script/guides/services/quotas): "Script
 *   runtime | 6 min / execution", and "If you exceed a quota or limitation, your script throws an
 *   exception and execution stops." The execution ends there: no code of ours runs after the kill.
 * - Class Lock, releaseLock() (developers.google.com/apps-script/reference/lock/lock): "Releases the
 *   lock, allowing other processes waiting on the lock to continue. The lock is automatically released
 *   when the script terminates" — so a killed execution does not keep the document lock.
 * - A service call may fail after it took effect (a write that timed out on the way back): Google's
 *   "Service Spreadsheets timed out while accessing document with id …", as users reported in issue 8.
 */
import { ExecutionKilled, Google, SERVICE_ERRORS, World } from '../fakes';

type Props = GoogleAppsScript.Properties.PropertiesService;
type Locks = GoogleAppsScript.Lock.LockService;

const world = () => new World({ now: '2020-09-17T01:00:00Z', user: 'admin@x.vn' });
const services = (g: Google) => g.context as { PropertiesService: Props; LockService: Locks };

/** Three property writes in one execution: calls 1, 3, 5 get the store, 2, 4, 6 write a, b, c. */
function threeWrites(g: Google): void {
  const { PropertiesService } = services(g);
  for (const k of ['a', 'b', 'c']) PropertiesService.getDocumentProperties().setProperty(k, '1');
}

describe('fault injection in the fakes', () => {
  test('a call that fails before it takes effect changes nothing and throws Google’s server error', () => {
    const g = new Google(world());
    g.world.injectFault(4, 'before');
    expect(() => g.world.run(() => threeWrites(g))).toThrow(SERVICE_ERRORS.before);
    expect([...g.world.properties.document.keys()]).toEqual(['a']);
    expect(g.world.lastExecution).toEqual({ calls: 4, struck: true });
  });

  test('a call that fails after it took effect keeps its effect and throws a timeout', () => {
    const g = new Google(world());
    g.world.injectFault(4, 'after');
    expect(() => g.world.run(() => threeWrites(g))).toThrow(SERVICE_ERRORS.after);
    expect([...g.world.properties.document.keys()]).toEqual(['a', 'b']);
  });

  test('the 6-minute kill stops the execution: a catch or finally of the script changes nothing', () => {
    const g = new Google(world());
    const { PropertiesService } = services(g);
    g.world.injectFault(2, 'kill');
    const run = () =>
      g.world.run(() => {
        const props = PropertiesService.getDocumentProperties();
        try {
          props.setProperty('a', '1');
        } catch {
          props.setProperty('caught', '1');
        } finally {
          props.setProperty('finally', '1');
        }
      });
    expect(run).toThrow(ExecutionKilled);
    expect(run).not.toThrow();
    expect(g.world.properties.document.has('caught')).toBe(false);
    expect(g.world.properties.document.has('finally')).toBe(true); // the second run had no fault armed
    expect(g.world.properties.document.has('a')).toBe(true);
  });

  test('a killed execution does not keep the document lock (Google releases it when the script ends)', () => {
    const g = new Google(world());
    const { LockService } = services(g);
    g.world.injectFault(3, 'kill');
    expect(() =>
      g.world.run(() => {
        LockService.getDocumentLock().waitLock(1000);
        LockService.getDocumentLock().releaseLock();
      }),
    ).toThrow(SERVICE_ERRORS.kill);
    expect(g.world.run(() => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  test('whoever makes a protection is one of its editors, and cannot be removed from it', () => {
    // Protection.removeEditor (developers.google.com/apps-script/reference/spreadsheet/protection):
    // "Neither the owner of the spreadsheet nor the current user can be removed."
    const w = world();
    const g = new Google(w);
    const other = 'pho.vanphong@x.vn';
    const p = g.world.run(() => g.spreadsheet.getSheets()[0].protect(), { user: other });
    g.world.run(() => p.setDescription('lhpn:admin:x').removeEditor(other), { user: other });
    expect(g.world.run(() => p.canEdit(), { user: other })).toBe(true);
  });

  test('a fault past the last call of an execution does not strike', () => {
    const g = new Google(world());
    g.world.injectFault(7, 'before');
    g.world.run(() => threeWrites(g));
    expect(g.world.lastExecution).toEqual({ calls: 6, struck: false });
  });
});
