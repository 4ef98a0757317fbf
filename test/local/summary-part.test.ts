/**
 * `aggregate` in place writes only what the summary owns in the workbook's package (issue 11): the
 * Tổng hợp sheet's part, the sheet list and print names in workbook.xml, the styles it adds, and the
 * relationships and content types of a new sheet. Every unit's tab is copied through byte for byte —
 * a re-serialising writer (exceljs's, before) rewrites each of them in its own XML and fails here.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { messages } from '../../src/core';
import { loadPackage } from '../../src/local/package';
import { readBook, sheetValues } from '../../src/local/xlsx';
import { fill, foreignXlsx, load, tempDir, tongHop } from './helpers';

const FIXTURES = resolve(__dirname, '../fixtures');
const SUMMARY = messages.summaryText.sheet;
const road = (name: string, len: number) => [name, 'Thôn 1', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];
const dir = tempDir();

/** Every file entry of a zip, by name, as its bytes (uncompressed). */
async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

/** The worksheet part of each tab, by tab name. */
async function partsOf(file: string): Promise<Map<string, string>> {
  return new Map((await loadPackage(readFileSync(file))).sheets.map((s) => [s.name, s.path]));
}

/** Names of the entries whose bytes differ between two zips (or that only one of them has). */
function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => !before.get(n)?.equals(after.get(n) ?? Buffer.alloc(0)) || !after.has(n)).sort();
}

async function aggregated(source: string, name: string) {
  const file = join(dir, name);
  copyFileSync(source, file);
  const before = await entries(file);
  const parts = await partsOf(file);
  const r = tongHop(['aggregate', file]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { file, before, after: await entries(file), parts };
}

/** The workbook's own parts the summary may change; the summary's part is added by each test. */
const bookParts = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];

describe('aggregate in place replaces only the summary in the package', () => {
  test.each(['lo-merged.xlsx', 'lo-types.xlsx', 'lo-settings.xlsx'])(
    'a workbook saved by LibreOffice (%s): every other entry, each unit tab above all, byte-identical',
    async (fixture) => {
      const { file, before, after, parts } = await aggregated(join(FIXTURES, fixture), `in-place-${fixture}`);
      const summaryPart = parts.get(SUMMARY) as string;
      expect(summaryPart).toBeDefined();
      const units = [...parts].filter(([n]) => n !== SUMMARY).map(([, p]) => p);
      expect(units.length).toBeGreaterThanOrEqual(4);
      const diff = changed(before, after);
      expect(diff).toContain(summaryPart);
      expect(diff.filter((n) => n !== summaryPart && !bookParts.includes(n))).toEqual([]);
      for (const p of units) expect(after.get(p)?.equals(before.get(p) as Buffer)).toBe(true);
      // The tabs keep their place and parts; the summary stays where it was.
      expect(await partsOf(file)).toEqual(parts);
    },
  );

  test('the summary reads as the one written alone (`--out`): values, styles, print setup, panes', async () => {
    const base = join(dir, 'base-lo.xlsx');
    copyFileSync(join(FIXTURES, 'lo-merged.xlsx'), base);
    const alone = join(dir, 'alone.xlsx');
    expect(tongHop(['aggregate', base, '--out', alone]).code).toBe(0);
    const { file } = await aggregated(base, 'in-place-look.xlsx');
    const a = (await load(alone)).getWorksheet(SUMMARY) as ExcelJS.Worksheet;
    const b = (await load(file)).getWorksheet(SUMMARY) as ExcelJS.Worksheet;
    const values = (ws: ExcelJS.Worksheet) => sheetValues(ws).filter((_, i) => i !== 1); // row 2: the time
    expect(values(b)).toEqual(values(a));
    expect(values(b).some((r) => r.includes('Toàn tỉnh'))).toBe(true);
    // The look, less the default font's name and colour (the workbook's own, on purpose).
    const look = (ws: ExcelJS.Worksheet) =>
      ws.getSheetValues().flatMap((_, r) =>
        Array.from({ length: ws.columnCount }, (__, c) => ws.getCell(r, c + 1)).map((cell) => ({
          at: cell.address,
          numFmt: cell.numFmt,
          bold: cell.font?.bold,
          italic: cell.font?.italic,
          size: cell.font?.size,
          fill: cell.fill,
          border: cell.border,
          alignment: cell.alignment,
        })),
      );
    expect(look(b)).toEqual(look(a));
    expect(look(b).filter((c) => c.numFmt === '#,##0').length).toBeGreaterThan(10);
    expect(look(b).filter((c) => c.bold).length).toBeGreaterThan(10);
    expect(b.pageSetup).toEqual(a.pageSetup);
    expect(b.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '4:4' });
    expect(b.headerFooter).toEqual(a.headerFooter);
    expect(b.headerFooter.oddFooter).toBe(messages.printText.footer);
    expect(b.views).toEqual(a.views);
    expect(b.columns.map((c) => c.width)).toEqual(a.columns.map((c) => c.width));
    expect((b.model as { merges: string[] }).merges).toEqual((a.model as { merges: string[] }).merges);
  });

  test('run twice, the second run changes the summary alone: styles are reused, not added again', async () => {
    const base = join(dir, 'twice.xlsx');
    expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', base]).code).toBe(
      0,
    );
    await fill(base, 'Tràng Định', [road('Đường 1', 600), road('Đường 2', 700)]);
    const first = await aggregated(base, 'twice-1.xlsx');
    expect(changed(first.before, first.after)).toContain('xl/styles.xml');
    const second = await aggregated(first.file, 'twice-2.xlsx');
    // Only the summary's part may differ (its time line, when the minute has turned).
    expect(changed(second.before, second.after).filter((n) => n !== second.parts.get(SUMMARY))).toEqual([]);
  });

  test('a workbook without Tổng hợp gets it as its last tab, with its part, relationship and content type', async () => {
    const wb = await load(join(FIXTURES, 'lo-types.xlsx'));
    wb.removeWorksheet((wb.getWorksheet(SUMMARY) as ExcelJS.Worksheet).id);
    const base = join(dir, 'no-summary.xlsx');
    await wb.xlsx.writeFile(base);
    const { file, before, after, parts } = await aggregated(base, 'no-summary-in-place.xlsx');
    expect(parts.has(SUMMARY)).toBe(false);
    const now = await partsOf(file);
    const part = now.get(SUMMARY) as string;
    expect([...now.keys()]).toEqual([...parts.keys(), SUMMARY]);
    expect(before.has(part)).toBe(false);
    expect(changed(before, after).filter((n) => n !== part && !bookParts.includes(n))).toEqual([]);
    const types = after.get('[Content_Types].xml')?.toString() ?? '';
    expect(types).toContain(`PartName="/${part}"`);
    const read = await load(file);
    expect(read.worksheets.at(-1)?.name).toBe(SUMMARY);
    expect(read.getWorksheet(SUMMARY)?.pageSetup.printTitlesRow).toBe('4:4');
    expect(sheetValues(read.getWorksheet(SUMMARY) as ExcelJS.Worksheet).some((r) => r.includes('Toàn tỉnh'))).toBe(
      true,
    );
  });

  test('what only the old summary used goes with it: its comments, its drawing; and calcChain.xml', async () => {
    const wb = await load(join(FIXTURES, 'lo-types.xlsx'));
    (wb.getWorksheet(SUMMARY) as ExcelJS.Worksheet).getCell('B2').note = 'ghi chú cũ';
    const base = join(dir, 'old-parts.xlsx');
    await wb.xlsx.writeFile(base);
    // A calcChain.xml as Excel keeps one, naming a cell of the old summary.
    const zip = await JSZip.loadAsync(readFileSync(base));
    const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    zip.file(
      'xl/calcChain.xml',
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="5"/></calcChain>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdChain" Type="${ns}/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    writeFileSync(base, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { before, after, parts } = await aggregated(base, 'old-parts-in-place.xlsx');
    const part = parts.get(SUMMARY) as string;
    const relsOf = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const gone = changed(before, after).filter((n) => !after.has(n));
    expect(gone).toEqual(expect.arrayContaining([relsOf, 'xl/calcChain.xml']));
    expect(gone.some((n) => /comments/.test(n))).toBe(true);
    expect(gone.some((n) => /vmlDrawing/.test(n))).toBe(true);
    const afterTypes = after.get('[Content_Types].xml')?.toString() ?? '';
    const afterRels = after.get('xl/_rels/workbook.xml.rels')?.toString() ?? '';
    expect(afterTypes).not.toMatch(/comments|calcChain/);
    expect(afterRels).not.toContain('calcChain');
    for (const name of gone) expect(afterTypes).not.toContain(`"/${name}"`);
    expect((await readBook(join(dir, 'old-parts-in-place.xlsx'))).tabs.has(SUMMARY)).toBe(true);
  });

  test('a workbook from another program, without styles.xml: the summary brings its styles', async () => {
    const own = await readBook(join(FIXTURES, 'lo-types.xlsx'));
    const text = (v: unknown): string | number =>
      v instanceof Date
        ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}`
        : typeof v === 'number'
          ? v
          : String(v);
    const base = join(dir, 'foreign.xlsx');
    await foreignXlsx(
      base,
      [...own.tabs].map(([name, tab]) => ({ name, rows: tab.values.map((r) => r.map(text)) })),
    );
    const { file, before, after, parts } = await aggregated(base, 'foreign-in-place.xlsx');
    expect(before.has('xl/styles.xml')).toBe(false);
    expect(after.has('xl/styles.xml')).toBe(true);
    const part = parts.get(SUMMARY) as string;
    expect(changed(before, after).filter((n) => n !== part && !bookParts.includes(n))).toEqual([]);
    expect(after.get('[Content_Types].xml')?.toString()).toContain('PartName="/xl/styles.xml"');
    const ws = (await load(file)).getWorksheet(SUMMARY) as ExcelJS.Worksheet;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.pageSetup.paperSize).toBe(9);
  });
});
