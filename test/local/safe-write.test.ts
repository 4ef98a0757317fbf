/** aggregate rewrites the input workbook only when the new one is complete (issue 8, item 5). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../src/core';
import { fill, load, tempDir, tongHop } from './helpers';

const road = (name: string, len: number) => [name, 'Thôn 1', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];

async function workbook() {
  const dir = tempDir();
  const file = join(dir, 'bao-cao.xlsx');
  expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', file]).code).toBe(0);
  await fill(file, 'Tràng Định', [road('Đường 1', 600), road('Đường 2', 700)]);
  return { dir, file };
}

describe('aggregate without --out never leaves the input half-written', () => {
  test('a disk that fills up half-way: the input is untouched and still opens, the message is Vietnamese', async () => {
    const { dir, file } = await workbook();
    const before = readFileSync(file);
    const r = tongHop(['aggregate', file], undefined, 'ENOSPC:4000');
    expect(r.code).toBe(2);
    const e = messages.cliErrors;
    expect(r.stderr.trim()).toBe(messages.cliText.error(`${e.diskFull(file)}. ${e.untouched(file)}`));
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await load(file)).getWorksheet('Tràng Định')?.getCell('A7').value).toBe('Đường 2');
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
  });

  test('a read-only input: said in Vietnamese, the input untouched', async () => {
    const { dir, file } = await workbook();
    const before = readFileSync(file);
    const r = tongHop(['aggregate', file], undefined, 'EACCES:0');
    expect(r.code).toBe(2);
    const e = messages.cliErrors;
    expect(r.stderr.trim()).toBe(messages.cliText.error(`${e.cannotWrite(file)}. ${e.untouched(file)}`));
    expect(r.stderr).not.toMatch(/EACCES|simulated/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
  });

  test('a complete run replaces the input with the summary added and every unit tab kept', async () => {
    const { dir, file } = await workbook();
    expect(tongHop(['aggregate', file]).code).toBe(0);
    const wb = await load(file);
    expect(wb.worksheets).toHaveLength(13);
    expect(wb.getWorksheet('Tràng Định')?.getCell('A7').value).toBe('Đường 2');
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
  });
});
