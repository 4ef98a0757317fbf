/** The Tổng hợp sheet printed through LibreOffice: A4, one page wide, unit names on every page, no E+. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { periodicReport, roads } from '../../src/core';
import { sampleRoads } from '../../src/local/demo';
import { tongHop } from '../local/helpers';
import { communes, filledWorkbook, isA4, pdfPages, summaryFile, toPdf } from './render';

const dir = () => mkdtempSync(join(tmpdir(), 'print-'));

/** A deterministic generator, so every run prints the same province. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

const BAC_NINH = communes('Tỉnh Bắc Ninh');

describe('the summary of 99 communes of Bắc Ninh, printed', () => {
  const rnd = random(99);
  let pages: ReturnType<typeof pdfPages>;
  let names: string[];
  beforeAll(async () => {
    const wb = filledWorkbook(roads, BAC_NINH, (u) => sampleRoads(u, 8 + Math.floor(rnd() * 6), rnd));
    const file = join(dir(), 'tong-hop.xlsx');
    const { summary } = await summaryFile(roads, wb, file);
    names = summary.units.map((u) => u.unit);
    pages = pdfPages(toPdf(file));
  }, 180_000);

  test('the list of communes has the 99 units of Bắc Ninh', () => {
    expect(BAC_NINH).toHaveLength(99);
  });

  test('every page is A4 landscape', () => {
    for (const p of pages) {
      expect(isA4(p)).toBe(true);
      expect(p.width).toBeGreaterThan(p.height);
    }
  });

  test('prints on 2 pages with the page number in the footer', () => {
    expect(pages.map((p) => /Trang (\d+)\/(\d+)/.exec(p.text)?.slice(1).join('/'))).toEqual(['1/2', '2/2']);
  });

  test('each page is one page wide: the first and the last column are on every page, with unit names', () => {
    for (const p of pages) {
      expect(p.text).toContain('Đơn vị');
      expect(p.text).toMatch(/Xếp\s/);
      expect(names.filter((n) => p.text.includes(n)).length).toBeGreaterThan(10);
    }
    expect(names.filter((n) => !pages.some((p) => p.text.includes(n)))).toEqual([]);
  });

  test('money shows grouped by thousands the Vietnamese way, never in scientific notation', () => {
    const all = pages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/\dE[+-]?\d/i);
    expect(all).not.toContain('###');
    const total = all.split('\n').find((l) => l.includes('Toàn tỉnh')) ?? '';
    expect(total).toMatch(/\b\d{1,3}\.\d{3}\.\d{3}\.\d{3}\b/);
    expect(all).toMatch(/\d+,\d%/);
  });

  test('the title block is above the table on the first page', () => {
    const lines = pages[0].text.split('\n');
    const title = lines.findIndex((l) => l.includes('TỔNG HỢP —'));
    const header = lines.findIndex((l) => l.includes('Đơn vị'));
    expect(title).toBeGreaterThanOrEqual(0);
    expect(title).toBeLessThan(header);
    expect(lines.some((l) => l.includes('Cập nhật lúc 08:00 12/06/2027'))).toBe(true);
  });
});

describe('the widest summary (the periodic report, 25 columns), printed', () => {
  let pages: ReturnType<typeof pdfPages>;
  beforeAll(async () => {
    const rnd = random(7);
    const units = communes('Tỉnh Lạng Sơn').slice(0, 20);
    const wb = filledWorkbook(periodicReport, units, () =>
      Array.from({ length: 3 }, (_, k) => {
        const members = 150 + Math.floor(rnd() * 400);
        const households = 300 + Math.floor(rnd() * 700);
        return [
          `Chi hội ${k + 1}`,
          members,
          Math.floor(members * 0.8),
          households,
          Math.floor(households * 0.7),
          Math.floor(households * 0.5),
          rnd() < 0.8 ? 'Có' : 'Không',
          1,
          0,
          2,
          3,
          '',
        ];
      }),
    );
    const file = join(dir(), 'dinh-ky.xlsx');
    await summaryFile(periodicReport, wb, file);
    pages = pdfPages(toPdf(file));
  }, 180_000);

  test('fits one A4 landscape page wide, the last column beside the unit names', () => {
    expect(pages).toHaveLength(1);
    expect(isA4(pages[0])).toBe(true);
    const header = pages[0].text;
    expect(header).toContain('Đơn vị');
    expect(header).toMatch(/Xếp\s/);
    expect(header).toContain('Toàn tỉnh');
  });

  test('percentages carry % and decimals use a comma', () => {
    expect(pages[0].text).toMatch(/\d,\d%/);
    expect(pages[0].text).not.toMatch(/\d\.\d%/);
  });
});

describe('the summary written into the workbook by aggregate (in place), printed with it', () => {
  let pages: ReturnType<typeof pdfPages>;
  beforeAll(async () => {
    const rnd = random(11);
    const units = communes('Tỉnh Lạng Sơn').slice(0, 12);
    const wb = filledWorkbook(periodicReport, units, () => [
      ['Chi hội 1', 150 + Math.floor(rnd() * 400), 120, 300, 210, 150, 'Có', 1, 0, 2, 3, ''],
    ]);
    const file = join(dir(), 'bao-cao.xlsx');
    await wb.xlsx.writeFile(file);
    expect(tongHop(['aggregate', file]).code).toBe(0);
    pages = pdfPages(toPdf(file)).filter((p) => p.text.includes('Toàn tỉnh'));
  }, 180_000);

  test('its page is A4 landscape, one page wide, numbered, with formats as written alone', () => {
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(isA4(page)).toBe(true);
    expect(page.width).toBeGreaterThan(page.height);
    expect(page.text).toContain('TỔNG HỢP —');
    expect(page.text).toContain('Đơn vị');
    expect(page.text).toMatch(/Xếp\s/);
    expect(page.text).toMatch(/Trang \d+\/\d+/);
    expect(page.text).toMatch(/\d,\d%/);
    expect(page.text).not.toMatch(/\dE[+-]?\d/i);
  });
});
