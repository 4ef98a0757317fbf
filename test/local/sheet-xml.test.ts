/**
 * The door reads workbook files straight from their XML (src/local/sheet-xml.ts). Here it is held side by
 * side with the exceljs reader it replaced (readTab over exceljs's in-memory workbook, still used for
 * workbooks built in memory): on every file LibreOffice saved for the fixtures, on workbooks written by
 * exceljs with every kind of cell, and on parts written by hand as other programs write them, both must
 * give the same values as shown, the same notes (merged numbers, hidden rows) and the same yearless dates.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readBook, readTab, type TabRead } from '../../src/local/xlsx';
import { tempDir } from './helpers';

const FIXTURES = resolve(__dirname, '../fixtures');
const dir = tempDir();

/** Each tab of the file as exceljs's reader gives it, in the workbook's order. */
async function byExcelJS(file: string): Promise<[string, TabRead][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => [ws.name, readTab(ws)]);
}

async function byXml(file: string): Promise<[string, TabRead][]> {
  return [...(await readBook(file)).tabs];
}

async function expectSame(file: string) {
  const reference = await byExcelJS(file);
  expect(reference.length).toBeGreaterThan(0);
  expect(await byXml(file)).toEqual(reference);
}

describe('the XML reader says what the exceljs reader says', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));

  test('the fixtures are there', () => expect(fixtures.length).toBeGreaterThanOrEqual(7));

  test.each(fixtures)('LibreOffice fixture %s', async (name) => {
    await expectSame(join(FIXTURES, name));
  });

  test('a workbook written by exceljs with every kind of cell, merges, hidden rows and styled empty cells', async () => {
    const wb = new ExcelJS.Workbook();
    const kinds = wb.addWorksheet('Loại');
    kinds.getRow(1).values = [
      'chữ',
      1234.5,
      true,
      false,
      new Date(Date.UTC(2020, 8, 20)),
      new Date(Date.UTC(2027, 5, 10)),
      0.855,
      { error: '#REF!' },
      { richText: [{ text: 'Xã ' }, { font: { bold: true }, text: 'Đông' }] },
      { formula: '1+1', result: 2 },
      { formula: 'B1-B1', result: 0 },
      { formula: 'C1=D1', result: false },
      { formula: 'A1&""', result: '' },
      { formula: 'A1', result: 'chữ' },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { formula: 'B1*3' },
      { text: 'trang', hyperlink: 'https://example.org/' },
      '  hai đầu có cách  ',
      'a & b < c > "d" \'e\'',
      'dòng 1\ndòng 2\ttab',
      new Date(Date.UTC(2020, 8, 20, 13, 45)),
      -0,
      1e21,
      0.1 + 0.2,
    ] as ExcelJS.CellValue[];
    kinds.getCell('E1').numFmt = 'dd/mm/yyyy';
    kinds.getCell('F1').numFmt = 'dd/mm';
    kinds.getCell('G1').numFmt = '0.0%';
    kinds.getCell('U1').numFmt = 'dd/mm/yyyy hh:mm';
    kinds.getCell('W1').numFmt = '"%"0';
    kinds.getCell('X1').numFmt = '0%';
    kinds.getCell('A2').value = { formula: 'B1*2', result: 2469, shareType: 'shared', ref: 'A2:A3' } as never;
    kinds.getCell('A3').value = { sharedFormula: 'A2', result: 0 } as never;
    kinds.getCell('B2').value = 85;
    kinds.getCell('B2').numFmt = '0.0"%"';
    kinds.getCell('C2').value = 0.5;
    kinds.getCell('C2').numFmt = '[Red]0%;0%';
    kinds.getCell('D2').value = 43000;
    kinds.getCell('D2').numFmt = 'mmm-yy';
    // Styled empty cells: beyond the data of a row that has data (the grid widens), alone in a row (it does not).
    kinds.getCell('AB1').style = { font: { bold: true } };
    kinds.getCell('AD5').style = { font: { bold: true } };

    const merged = wb.addWorksheet('Gộp');
    merged.getRow(6).values = ['Đường 1', 'Thôn 1', 600, 20_000_000];
    merged.getRow(7).values = ['', '', 700, ''];
    merged.getRow(8).values = ['Đường 3', 'Thôn 2', 499, 3_000_000];
    merged.mergeCells('B6:B7');
    merged.mergeCells('D6:D7');
    merged.mergeCells('E6:F6');
    merged.getCell('E6').value = 5;
    merged.mergeCells('G8:H9');
    merged.getCell('G8').value = 0.25;
    merged.getCell('G8').numFmt = '0%';
    merged.mergeCells('A12:C12');
    merged.getRow(8).hidden = true;
    merged.getRow(10).hidden = true;
    merged.getCell('K3').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } };
    merged.getRow(20).height = 30;

    wb.addWorksheet('Trống');
    const file = join(dir, 'exceljs.xlsx');
    await wb.xlsx.writeFile(file);
    await expectSame(file);
  });

  test('dates of a workbook on the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Cấu hình');
    ws.getCell('A1').value = new Date(Date.UTC(2020, 8, 20));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = new Date(Date.UTC(2027, 5, 10));
    ws.getCell('A2').numFmt = 'd/m';
    const file = join(dir, 'date1904.xlsx');
    await wb.xlsx.writeFile(file);
    await expectSame(file);
    const [[, tab]] = await byXml(file);
    expect(tab.values[0][0]).toEqual(new Date(Date.UTC(2020, 8, 20)));
    expect([...tab.shown]).toEqual([['1,0', '10/06']]);
  });

  test('parts written as other programs write them: inline strings, t="str" results, cells without r', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    );
    zip.file(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    zip.file(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rels}"><workbookPr date1904="false"/><sheets><sheet name="Tay" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rels}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    zip.file(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><numFmts count="2"><numFmt numFmtId="164" formatCode="DD/MM/YYYY"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="9"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    );
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="4" uniqueCount="4"><si><t>một</t></si><si><r><t>hai </t></r><r><rPr><b/></rPr><t xml:space="preserve">ba</t></r></si><si><t>bốn</t><rPh sb="0" eb="1"><t>phiên âm</t></rPh><phoneticPr fontId="0"/></si><si><t>Sáu_x000D_bảy</t></si></sst>`,
    );
    const rows = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>trong ô</t></is></c><c r="B2" t="inlineStr"><is><r><t>chạy </t></r><r><t>chữ</t></r></is></c><c t="n"><v>7</v></c><c><v>8</v></c></row>',
      '<row r="3" spans="1:6"><c r="A3" t="str"><f>A1&amp;"x"</f><v>mộtx</v></c><c r="B3" t="b"><f>TRUE()</f><v>1</v></c><c r="C3" t="b"><f>FALSE()</f><v>0</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3"><f>2*3</f><v>6</v></c><c r="F3"><f t="shared" ref="F3:F4" si="0">E3</f><v>6</v></c></row>',
      '<row r="4" hidden="true"><c r="A4" s="1"><v>44094</v></c><c r="B4" s="2"><v>0.8555</v></c><c r="C4"><v>1</v></c><c r="D4" s="4"><v>44094.5</v></c><c r="E4" s="3"/><c r="F4"><f t="shared" si="0"/><v>0</v></c></row>',
      '<row r="5" hidden="false"><c r="A5" t="b"><v>0</v></c><c r="B5" t="e"><v>#N/A</v></c><c r="C5" s="0"/><c r="D5"/></row>',
      '<row r="6" customHeight="1" ht="30"/>',
    ];
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet ${ns}><dimension ref="A1:F6"/><sheetData>${rows.join('\r\n')}</sheetData><mergeCells count="1"><mergeCell ref="C4:C5"/></mergeCells></worksheet>`,
    );
    const file = join(dir, 'tay.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    await expectSame(file);
    const [[, tab]] = await byXml(file);
    expect(tab.values[0]).toEqual(['một', 'hai ba', 'bốn', 'Sáu\rbảy', '', '']);
    expect(tab.values[1]).toEqual(['trong ô', 'chạy chữ', 7, 8, '', '']);
    expect(tab.values[2]).toEqual(['mộtx', true, false, '#DIV/0!', 6, 6]);
    // The merged number counts once, in its own cell: C4 keeps it, C5 is empty, and it is noted.
    expect(tab.values[3].slice(1, 3)).toEqual(['85,55%', 1]);
    expect(tab.values[4].slice(0, 3)).toEqual([false, '#N/A', '']);
    expect(tab.notes.map((n) => n.message)).toEqual([
      expect.stringContaining('dòng 4 đang bị ẩn'),
      expect.stringContaining('ô C4:C5'),
    ]);
  });

  test('a cell of text typed with escapes is read once: `&amp;lt;` shows as `&lt;` (exceljs decoded it twice)', async () => {
    const zip = await JSZip.loadAsync(
      (await (() => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('A').getCell('A1').value = 'x';
        return wb.xlsx.writeBuffer();
      })()) as ArrayBuffer,
    );
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace(/<c r="A1"[^>]*>.*?<\/c>/, '<c r="A1" t="str"><v>&amp;lt;b&amp;gt;</v></c>'),
    );
    const file = join(dir, 'escaped.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const [[, tab]] = await byXml(file);
    expect(tab.values).toEqual([['&lt;b&gt;']]);
  });
});
