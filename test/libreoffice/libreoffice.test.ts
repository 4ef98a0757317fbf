/**
 * The real client: LibreOffice Calc, headless, types cells with real types into the tool's own
 * workbooks and saves them; the tool must then say the right thing about them. Set
 * TONG_HOP_WRITE_FIXTURES=1 to copy the files it makes into test/fixtures/ (the committed fixtures).
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir, tongHop } from '../local/helpers';
import { mergedOps, percentOps, settingsOps, typedOps, UNITS_CSV } from './cases';
import { checks } from './checks';
import { runCalc } from './soffice';

const FIXTURES = resolve(__dirname, '../fixtures');
let dir: string;
let seconds = 0;

beforeAll(() => {
  dir = tempDir();
  const csv = join(dir, 'dv.csv');
  writeFileSync(csv, UNITS_CSV);
  const init = (template: string, out: string) =>
    expect(tongHop(['init', '--template', template, '--units', csv, '--out', join(dir, out)]).code).toBe(0);
  init('con-duong-sxsdat', 'roads.xlsx');
  init('bao-cao-dinh-ky', 'periodic.xlsx');
  const roads = join(dir, 'roads.xlsx');
  const started = Date.now();
  runCalc(dir, [
    { in: roads, out: join(dir, 'lo-resaved.xlsx') },
    { in: roads, out: join(dir, 'lo-types.xlsx'), ops: typedOps() },
    { in: roads, out: join(dir, 'lo-merged.xlsx'), ops: mergedOps() },
    { in: join(dir, 'periodic.xlsx'), out: join(dir, 'lo-percent.xlsx'), ops: percentOps() },
    { in: roads, out: join(dir, 'lo-settings.xlsx'), ops: [...settingsOps(), ...typedOps()] },
    { in: roads, out: join(dir, 'lo-merged.ods'), ops: mergedOps(), filter: 'ods' },
  ]);
  seconds = (Date.now() - started) / 1000;
  if (process.env.TONG_HOP_WRITE_FIXTURES) {
    for (const name of [...Object.keys(checks), 'lo-merged.ods']) copyFileSync(join(dir, name), join(FIXTURES, name));
  }
}, 240_000);

afterAll(() => {
  process.stdout.write(`LibreOffice (one soffice, 5 workbooks): ${seconds.toFixed(1)} s\n`);
});

describe('workbooks saved by LibreOffice Calc', () => {
  test.each(Object.keys(checks))('%s: validate and aggregate say what the typed cells hold', async (name) => {
    const file = join(dir, name);
    expect(existsSync(file)).toBe(true);
    await checks[name](file, dir);
  });
});
