/** `tong-hop report` rendered through LibreOffice Writer: the NĐ 30/2020 layout where a clerk expects it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { messages, roads } from '../../src/core';
import { sampleRoads } from '../../src/local/demo';
import { tongHop } from '../local/helpers';
import { communes, filledWorkbook, isA4, pdfPages, pdfWords, toPdf } from './render';

const MM = 72 / 25.4;

describe('the official report of 99 communes', () => {
  let pages: ReturnType<typeof pdfPages>;
  let pdf: string;
  let docx: string;
  let run: ReturnType<typeof tongHop>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    let seed = 3;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const wb: ExcelJS.Workbook = filledWorkbook(roads, communes('Tỉnh Bắc Ninh'), (u) => sampleRoads(u, 9, rnd));
    // The clerk fills some rows of the BÁO CÁO block of Cấu hình; the others keep their defaults.
    const cfg = wb.getWorksheet(messages.settingsLabels.sheet);
    cfg?.eachRow((row) => {
      const label = String(row.getCell(1).value);
      if (label === 'Cơ quan chủ quản') row.getCell(2).value = 'Hội LHPN tỉnh Bắc Ninh';
      if (label === 'Địa danh') row.getCell(2).value = 'Bắc Ninh';
      if (label === 'Ngày báo cáo') row.getCell(2).value = '5/2/2027';
      if (label === 'Người ký') row.getCell(2).value = 'Nguyễn Thị Hoa';
    });
    const book = join(dir, 'bao-cao.xlsx');
    await wb.xlsx.writeFile(book);
    const out = join(dir, 'bao-cao.docx');
    docx = out;
    run = tongHop(['report', book, '--out', out]);
    pdf = toPdf(out);
    pages = pdfPages(pdf);
  }, 180_000);

  test('report writes the .docx and says so', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('bao-cao.docx');
  });

  test('the report is on A4 portrait, its annex on A4 landscape', () => {
    expect(pages.every(isA4)).toBe(true);
    expect(pages[0].width).toBeLessThan(pages[0].height);
    const annex = pages.findIndex((p) => p.text.includes('SỐ LIỆU TỔNG HỢP'));
    expect(annex).toBeGreaterThan(0);
    expect(pages[annex].width).toBeGreaterThan(pages[annex].height);
  });

  test('the header block: issuing body and number on the left, national title, motto and date on the right', () => {
    const lines = pages[0].text.split('\n');
    const at = (s: string) => {
      const i = lines.findIndex((l) => l.includes(s));
      return { line: i, col: i < 0 ? -1 : lines[i].indexOf(s) };
    };
    const parent = at('HỘI LHPN TỈNH BẮC NINH');
    const issuer = at('BAN THƯỜNG VỤ');
    const nation = at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const motto = at('Độc lập - Tự do - Hạnh phúc');
    const number = at('/BC-BTV');
    const date = at('Bắc Ninh, ngày 05 tháng 02 năm 2027');
    for (const p of [parent, issuer, nation, motto, number, date]) expect(p.line).toBeGreaterThanOrEqual(0);
    expect(nation.line).toBe(parent.line);
    expect(nation.col).toBeGreaterThan(parent.col);
    expect(motto.col).toBeGreaterThan(issuer.col);
    expect(number.line).toBe(date.line);
    expect(date.col).toBeGreaterThan(number.col);
    const title = at('BÁO CÁO');
    expect(title.line).toBeGreaterThan(date.line);
  });

  test('the body speaks of the figures, and the signature block carries the name from Cấu hình', () => {
    const text = pages
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(text).toMatch(/\d+\/99 đơn vị đã nộp báo cáo/);
    expect(text).toContain('Dẫn đầu về');
    expect(text).toContain('TM. BAN THƯỜNG VỤ');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).toContain('Nơi nhận:');
    expect(text).not.toMatch(/\dE[+-]?\d/i);
  });

  test('margins: left at least 30 mm, right at least 15 mm', () => {
    const words = pdfWords(pdf, 1);
    expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 1);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(pages[0].width - 15 * MM + 1);
  });

  test('every run of text is in Times New Roman (LibreOffice prints its metric twin, Liberation Serif)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')?.async('string');
    const fonts = new Set([...(xml ?? '').matchAll(/w:ascii="([^"]*)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const used = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(used).toMatch(/Times|LiberationSerif/);
  });

  test('page numbers from page 2, centred at the top; none on page 1', () => {
    const firstLine = (p: (typeof pages)[number]) => p.text.split('\n').find((l) => l.trim() !== '') ?? '';
    expect(firstLine(pages[0]).trim()).not.toMatch(/^\d+$/);
    pages.slice(1).forEach((p, i) => {
      expect(firstLine(p).trim()).toBe(String(i + 2));
    });
  });

  test('the annex lists every commune with the header repeated on each of its pages', () => {
    const annex = pages.filter((p) => p.width > p.height);
    for (const p of annex) expect(p.text).toContain('Đơn vị');
    const all = annex.map((p) => p.text).join('\n');
    for (const u of communes('Tỉnh Bắc Ninh')) expect(all).toContain(u.name);
  });
});
