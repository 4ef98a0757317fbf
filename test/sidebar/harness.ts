/**
 * dist/Sidebar.html in a real headless Chromium. Its google.script.run is a stand-in that calls the real
 * server functions of dist/Code.js, over the fakes, in this test process: page and server together.
 * Results cross as JSON, as they do between Apps Script and the page.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DIST, type Google } from '../fakes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = resolve(__dirname, '../../test-output');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium (apt-get install -y chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

const STAND_IN = `(() => {
  const runner = (ok, fail) => new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => runner(f, fail);
    if (name === 'withFailureHandler') return (f) => runner(ok, f);
    return (...args) => { window.__server(String(name), JSON.parse(JSON.stringify(args))).then((r) => {
      setTimeout(() => { if ('error' in r) { if (fail) fail(new Error(r.error)); } else if (ok) ok(r.value); }, window.__latency || 0);
    }); };
  }});
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

export interface Sidebar {
  page: Page;
  /** Server calls made by the page, by name. */
  calls: string[];
  /** Makes the next server call of this name fail with this message. */
  failNext: Map<string, string>;
}

export async function openSidebar(browser: Browser, g: Google, user: string): Promise<Sidebar> {
  const page = await browser.newPage({ viewport: { width: 300, height: 760 }, deviceScaleFactor: 1 });
  const calls: string[] = [];
  const failNext = new Map<string, string>();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.exposeFunction('__server', (name: string, args: unknown[]) => {
    calls.push(name);
    const planned = failNext.get(name);
    if (planned !== undefined) {
      failNext.delete(name);
      return { error: planned };
    }
    try {
      return { value: JSON.parse(JSON.stringify(g.call(name, args, { user })) ?? 'null') };
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  });
  // Apps Script serves the page with google.script.run already defined: the stand-in goes first in <head>.
  const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8').replace(
    '<head>',
    () => `<head><script>${STAND_IN}</script>`,
  );
  await page.setContent(html, { waitUntil: 'load' });
  return { page, calls, failNext };
}

export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? true });
  return file;
}

/** Waits until `read()` returns `want` (the server side changes after the page's call returns). */
export async function until<T>(read: () => T, want: T, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const got = read();
    if (got === want) return;
    if (Date.now() > end)
      throw new Error(`waited ${ms} ms for ${JSON.stringify(want)}, last saw ${JSON.stringify(got)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
