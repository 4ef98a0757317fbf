import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { messages, provinces } from '../../src/core';
import { COMMUNES_2025 } from '../../src/core/communes-data';
import { DIST, Google, World } from '../fakes';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const entryPoints: string[] = JSON.parse(readFileSync(join(DIST, 'entry-points.json'), 'utf8'));

describe('dist/ is what clasp push accepts', () => {
  test('Code.js has no module syntax', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  test('its only globals are one function per entry point and the private lhpn_', () => {
    const g = new Google(new World({ now: '2020-09-10T01:00:00Z', user: 'a@x.vn' }));
    const defined = Object.keys(g.context)
      .filter((k) => !g.globalNames.includes(k))
      .sort();
    expect(defined).toEqual([...entryPoints, 'lhpn_'].sort());
    for (const name of entryPoints) expect(typeof g.app[name]).toBe('function');
    expect(entryPoints).toEqual(
      expect.arrayContaining([
        'onOpen',
        'onInstall',
        'menuSetup',
        'menuCheck',
        'menuSubmit',
        'menuSummarize',
        'remindersDaily',
        'apiState',
      ]),
    );
  });

  test('minified, an error a trigger does not catch still names its functions in the executions log', () => {
    const g = new Google(new World({ now: '2020-09-10T01:00:00Z', user: 'a@x.vn' }));
    g.world.injectFault(1, 'before');
    let stack = '';
    try {
      g.call('remindersDaily');
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    // V8 (Apps Script's runtime too) names a frame by its function's name, which keepNames restores.
    const frames = stack.split('\n').filter((line) => line.includes('Code.js'));
    expect(frames.map((line) => /^\s*at (\S+) \(/.exec(line)?.[1])).toEqual([
      'withLock',
      'runDaily',
      'remindersDaily',
      'remindersDaily',
    ]);
  });

  test('appsscript.json: Asia/Ho_Chi_Minh, V8, narrow explicit scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  test('Code.js, loaded by every execution, stays small: 187 KB reached, the goal is 150 KB', () => {
    // Measured: 305 KB before issue 11's work (61 KB of it the communes, now dist/Communes.html); 187 KB with
    // only the Apps Script strings, identifiers minified and names kept. Reaching 150 KB would take the
    // template check off zod (28 KB) and the built-in forms (14 KB) out of Code.js: see the README.
    expect(Buffer.byteLength(code, 'utf8')).toBeLessThanOrEqual(190_000);
  });

  test('Code.js carries none of the words only the command line, the demo or the sidebar shows', () => {
    for (const words of [
      messages.cliText.needUnits,
      messages.xlsxText.unreadable,
      messages.mauDemoText.title,
      messages.sidebarText.refreshingAll,
    ]) {
      expect(code).not.toContain(words);
    }
  });

  test('the communes are in Communes.html (read at set-up), the same as the command line has, and not in Code.js', () => {
    const text = readFileSync(join(DIST, 'Communes.html'), 'utf8');
    expect(provinces(text.split('\n'))).toEqual(provinces(COMMUNES_2025));
    expect(provinces(text.split('\n'))).toHaveLength(34);
    for (const line of COMMUNES_2025) expect(code).not.toContain(line.slice(0, 40));
  });

  test('Sidebar.html is one file that fetches nothing from the network', () => {
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
  });
});
