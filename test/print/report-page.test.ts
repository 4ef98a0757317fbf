/**
 * The Báo cáo dialog of Sheets (dist/Report.html) in headless Chromium: its google.script.run is a stand-in
 * calling the real server functions of dist/Code.js over the fakes. The page builds the .docx in the browser;
 * the downloaded file goes through LibreOffice like the command line's.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIST } from '../fakes';
import { ADMIN, province, road } from '../gas/province';
import { launch } from '../sidebar/harness';
import { isA4, pdfPages, toPdf } from './render';

const STAND_IN = `(() => {
  const runner = (ok, fail) => new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => runner(f, fail);
    if (name === 'withFailureHandler') return (f) => runner(ok, f);
    return (...args) => { window.__server(String(name), args).then((r) => {
      if ('error' in r) { if (fail) fail(new Error(r.error)); } else if (ok) ok(r.value);
    }); };
  }});
  window.google = { script: { run: runner(null, null) } };
})();`;

async function openReportPage(browser: Browser, user: string, g: ReturnType<typeof province>['g']): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 460, height: 230 } });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.exposeFunction('__server', (name: string, args: unknown[]) => {
    try {
      return { value: JSON.parse(JSON.stringify(g.call(name, args, { user })) ?? 'null') };
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  });
  const html = readFileSync(join(DIST, 'Report.html'), 'utf8').replace(
    '<head>',
    () => `<head><script>${STAND_IN}</script>`,
  );
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

describe('Báo cáo in Google Sheets: the dialog builds the .docx in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the admin downloads the same official report as the command line writes', async () => {
    const { g, units } = province({ units: 3 });
    g.type(units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường hoa', 650), road('Đường sáng', 720)]);
    const page = await openReportPage(browser, ADMIN, g);
    const link = page.locator('#download');
    await link.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await link.textContent()).toBe('Tải Báo cáo (.docx)');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('bao-cao.docx');
    const file = join(mkdtempSync(join(tmpdir(), 'report-page-')), 'bao-cao.docx');
    await download.saveAs(file);
    const pages = pdfPages(toPdf(file));
    expect(pages.every(isA4)).toBe(true);
    const first = pages[0].text;
    for (const s of ['HỘI LHPN TỈNH LẠNG SƠN', 'BAN THƯỜNG VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO'])
      expect(first).toContain(s);
    expect(pages.map((p) => p.text).join('\n')).toContain('Phụ lục');
  }, 120_000);

  test('a unit’s user sees why there is no report, in Vietnamese', async () => {
    const { g, units } = province({ units: 3 });
    const page = await openReportPage(browser, units[1].emails[0], g);
    await page.locator('#status.error').waitFor({ timeout: 10_000 });
    expect(await page.locator('#status').textContent()).toMatch(/^Không viết được Báo cáo: .*quản trị/);
    expect(await page.locator('#download').count()).toBe(0);
  });
});
