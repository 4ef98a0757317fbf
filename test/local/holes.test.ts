/** What a province office would meet on the command line if a small bug slipped in (issue 13). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill, load, tempDir, tongHop } from './helpers';

const road = (name: string, len: unknown) => [name, 'Thôn Hạ', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];

async function workbook(dir: string, name = 'so.xlsx') {
  const f = join(dir, name);
  const made = tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', f]);
  expect(made.code).toBe(0);
  await fill(f, 'Cao Lộc', [road('Đường 1', 600)]);
  return f;
}

describe('validate', () => {
  test('warnings only (an optional column taken off a tab) are shown, and validate still exits 0', async () => {
    const f = await workbook(tempDir());
    const wb = await load(f);
    const ws = wb.getWorksheet('Cao Lộc');
    if (!ws) throw new Error('no tab Cao Lộc');
    ws.getCell('H5').value = null;
    await wb.xlsx.writeFile(f);
    const r = tongHop(['validate', f]);
    expect(r.stdout).toMatch(/^! Cao Lộc!A5: .*Camera an ninh/m);
    expect(r.stdout).not.toMatch(/^✗/m);
    expect(r.code).toBe(0);
  });
});

describe('aggregate over a folder', () => {
  test('Excel’s lock file (~$…xlsx) of a workbook someone has open does not stop the summary', async () => {
    const dir = tempDir();
    await workbook(dir, 'Cao Lộc.xlsx');
    // Excel writes a small, unreadable owner file beside a workbook it has open.
    writeFileSync(join(dir, '~$Cao Lộc.xlsx'), Buffer.from([0x0b, 0x4e, 0x67, 0x75, 0x79, 0x65, 0x6e]));
    const r = tongHop(['aggregate', dir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.units.find((u: { unit: string }) => u.unit === 'Cao Lộc')?.measures.soDuong).toBe(1);
  });
});

describe('aggregate in the terminal', () => {
  test('the table shows each unit’s counts: Cao Lộc, 1 road of 600 m', async () => {
    const f = await workbook(tempDir());
    const r = tongHop(['aggregate', f]);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('Cao Lộc')) ?? '';
    expect(line.split(/\s{2,}|\s*│\s*|\s*\|\s*/).filter(Boolean)).toEqual(expect.arrayContaining(['1', '600']));
  });
});

describe('npm start', () => {
  test('runs again in the same folder, and walks through its steps in order from Bước 1', () => {
    const dir = join(tempDir(), 'demo');
    expect(tongHop(['demo', '--dir', dir]).code).toBe(0);
    const again = tongHop(['demo', '--dir', dir]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const steps = [...again.stdout.matchAll(/── Bước (\d+)\./g)].map((m) => Number(m[1]));
    expect(steps[0]).toBe(1);
    expect(steps).toEqual(steps.map((_, i) => i + 1));
  });
});
