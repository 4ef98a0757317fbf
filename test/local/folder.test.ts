/** Folder mode: one workbook per unit as they arrive by email, every file named, used or skipped. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messages } from '../../src/core';
import { fill, load, tempDir, tongHop } from './helpers';

const x = messages.xlsxText;
const road = (name: string, len: number) => [name, 'Thôn 1', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];

/** A copy of the workbook with one unit's rows, saved (by the program, inside the file) at `saved`. */
async function copy(base: string, file: string, sheet: string, rows: unknown[][], saved: string, rename?: string) {
  copyFileSync(base, file);
  await fill(file, sheet, rows);
  const wb = await load(file);
  if (rename) (wb.getWorksheet(sheet) as { name: string }).name = rename;
  wb.modified = new Date(saved);
  await wb.xlsx.writeFile(file);
}

describe('aggregate on a folder of attachments', () => {
  let folder: string;
  beforeAll(async () => {
    const dir = tempDir();
    folder = join(dir, 'nhan');
    mkdirSync(folder);
    const csv = join(dir, 'dv.csv');
    writeFileSync(csv, 'Tên đơn vị,Email đầu mối,Chỉ tiêu\nXã A,a@x.vn,2\nXã B,b@x.vn,\nXã C,c@x.vn,\n');
    const base = join(dir, 'base.xlsx');
    expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--units', csv, '--out', base]).code).toBe(0);
    // Xã A sent a first version with four roads, then a corrected one with two: the newer must stand.
    const four = [road('a1', 600), road('a2', 600), road('a3', 600), road('a4', 600)];
    await copy(base, join(folder, 'xa-a-ban-dau.xlsx'), 'Xã A', four, '2020-09-10T01:00:00Z');
    await copy(base, join(folder, 'xa-a-sua.xlsx'), 'Xã A', [road('a1', 700), road('a2', 300)], '2020-09-12T01:00:00Z');
    // Xã C renamed its own tab before sending.
    await copy(base, join(folder, 'xa-c.xlsx'), 'Xã C', [road('c1', 900)], '2020-09-11T01:00:00Z', 'Xã C (sửa)');
    // Xã B sent LibreOffice's own format and an old Excel file; one attachment is broken.
    copyFileSync(resolve(__dirname, '../fixtures/lo-merged.ods'), join(folder, 'xa-b.ods'));
    writeFileSync(join(folder, 'xa-b-cu.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(folder, 'hong.xlsx'), 'PK\u0003\u0004 cut short');
    writeFileSync(join(folder, 'ghi-chu.txt'), 'đã gửi');
    // Excel's lock file while xa-a-sua.xlsx is open: not an attachment.
    writeFileSync(join(folder, '~$xa-a-sua.xlsx'), 'lock');
  });

  test('names every file used and skipped, says which file stood for a unit, exit 1', () => {
    const r = tongHop(['aggregate', folder, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.folder.used).toEqual([
      { file: 'xa-a-ban-dau.xlsx', units: [] },
      { file: 'xa-a-sua.xlsx', units: ['Xã A'] },
      { file: 'xa-c.xlsx', units: [] },
    ]);
    expect(json.folder.skipped).toEqual([
      { file: 'ghi-chu.txt', reason: x.notSpreadsheet },
      { file: 'xa-b-cu.xls', reason: x.otherFormat('.xls') },
      { file: 'xa-b.ods', reason: x.otherFormat('.ods') },
      { file: 'hong.xlsx', reason: x.unreadable },
    ]);
    expect(json.folder.notes).toEqual([
      x.fileSettings('xa-a-ban-dau.xlsx'),
      x.chosenCopy('Xã A', 'xa-a-sua.xlsx', '08:00 12/09/2020', [x.otherCopy('xa-a-ban-dau.xlsx', '08:00 10/09/2020')]),
      x.renamedTab('xa-c.xlsx', 'Xã C (sửa)', 1, 'Đơn vị: Xã C'),
    ]);
    expect(
      json.units.map((u: { unit: string; measures: { soDuong: number } }) => [u.unit, u.measures.soDuong]),
    ).toEqual([
      ['Xã A', 2],
      ['Xã B', 0],
      ['Xã C', 0],
    ]);
  });

  test('the text output lists the files before the summary', () => {
    const r = tongHop(['aggregate', folder]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(x.folderHeader(3, 4));
    expect(lines).toContain(`  ✗ ${x.skipped('xa-b.ods', x.otherFormat('.ods'))}`);
    expect(lines).toContain(`  ✓ ${x.fileUsed('xa-a-sua.xlsx', ['Xã A'])}`);
    expect(r.stdout).not.toContain('~$');
  });

  test('validate names the same files', () => {
    const r = tongHop(['validate', folder]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(x.skipped('hong.xlsx', x.unreadable));
  });
});
