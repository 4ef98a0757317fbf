import { bridge } from '../fakes/concurrent';
import { ADMIN, province, road } from './province';

const OTHER_ADMIN = 'pho.vanphong@hoiphunu.example.org';

describe('two people press Tổng hợp at once (two threads, one spreadsheet)', () => {
  test('the second waits for the lock and runs after the first: two whole summaries, never a mix', async () => {
    const { g, world, units } = province();
    const cfg = g.values('Cấu hình');
    g.type(ADMIN, 'Cấu hình', cfg.findIndex((r) => r[0] === 'QUẢN TRỊ VIÊN') + 4, 1, [[OTHER_ADMIN]]);
    g.call('menuSetup');
    g.type(units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường 1', 600), road('Đường 2', 700)]);
    world.alerts.length = 0;

    const b = bridge(g);
    // The first run to write holds its first write until the other is blocked on the lock: they overlap.
    b.holdFirst('setValues', () => b.waiting() > 0);
    const results = await b.run([
      { name: 'menuSummarize', user: ADMIN },
      { name: 'menuSummarize', user: OTHER_ADMIN },
    ]);
    expect(results.map((r) => r.error)).toEqual([undefined, undefined]);
    expect(world.alerts).toEqual([]); // nobody was told to come back later

    const log = b.log;
    const waited = log.find((l) => l.endsWith('waitLock (waits)')) as string;
    expect(waited).toBeDefined();
    const second = waited.split(' ')[0];
    const first = log.find((l) => l.endsWith(' waitLock') && !l.startsWith(second))?.split(' ')[0] as string;
    const at = (line: string) => log.indexOf(line);
    const writes = (exec: string) =>
      log.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith(`${exec} `) && / set\w+$/.test(l));
    // The second blocked while the first held the lock, and got it only when the first let go.
    expect(at(waited)).toBeLessThan(at(`${first} releaseLock`));
    expect(at(`${second} waitLock (granted)`)).toBeGreaterThan(at(`${first} releaseLock`));
    // Every write of each run happened while it held the lock: the first's before its release, the second's after.
    expect(writes(first).length).toBeGreaterThan(0);
    expect(writes(first).every(([, i]) => i < at(`${first} releaseLock`))).toBe(true);
    expect(writes(second).every(([, i]) => i > at(`${second} waitLock (granted)`))).toBe(true);

    // Two runs in the log, and one whole summary on the sheet.
    expect(
      g
        .values('Nhật ký')
        .filter((r) => r[1] === 'Tổng hợp')
        .map((r) => r[3]),
    ).toHaveLength(2);
    const sheet = g.values('Tổng hợp');
    expect(sheet.filter((r) => r[1] === 'Tân Yên')).toHaveLength(1);
    expect(sheet.filter((r) => r[1] === 'Toàn tỉnh')).toHaveLength(1);
    expect(g.sheet('Tổng hợp').charts).toHaveLength(1);
  });
});
