import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const BIN = resolve(__dirname, '../../bin/tong-hop.js');

const FAULT = resolve(__dirname, 'fault-fs.js');

/** Runs the command line; `fault` (e.g. `ENOSPC:4000`) makes its .xlsx writes fail (see fault-fs.js). */
export function tongHop(args: string[], cwd?: string, fault?: string) {
  const pre = fault ? ['--require', FAULT] : [];
  const r = spawnSync(process.execPath, [...pre, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...(fault ? { TONG_HOP_FAULT: fault } : {}) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'tong-hop-'));

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Writes rows into a tab from its first data row (6), as a unit would type them. */
export async function fill(file: string, sheet: string, rows: unknown[][], status?: string): Promise<void> {
  const wb = await load(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no tab ${sheet}`);
  rows.forEach((r, i) => {
    ws.getRow(6 + i).values = r as ExcelJS.CellValue[];
  });
  if (status) ws.getCell('A3').value = status;
  await wb.xlsx.writeFile(file);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (i: number) => String.fromCharCode(65 + i);

/**
 * A minimal .xlsx as other programs write it: inline strings, no styles, no shared strings, so
 * dates and numbers typed as text stay text. Built from the OOXML parts by hand on purpose.
 */
export async function foreignXlsx(
  file: string,
  sheets: { name: string; rows: (string | number)[][] }[],
): Promise<void> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  sheets.forEach((s, i) => {
    const rows = s.rows
      .map((r, ri) => {
        const cells = r
          .map((v, ci) => {
            const ref = `${colName(ci)}${ri + 1}`;
            if (v === '') return '';
            return typeof v === 'number'
              ? `<c r="${ref}"><v>${v}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
          })
          .join('');
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join('');
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}
