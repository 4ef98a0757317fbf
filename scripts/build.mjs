// Builds every door from one engine: the Node command line (dist-local/) and the Apps Script project (dist/).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { communeLines } from './communes-lines.mjs';

const target = process.argv[2] ?? 'all';

async function buildLocal() {
  await build({
    entryPoints: {
      cli: 'src/local/cli.ts',
      bench: 'src/local/bench.ts',
      'bench-gas': 'scripts/bench-gas.ts',
      'bench-xlsx': 'scripts/bench-xlsx.ts',
    },
    outdir: 'dist-local',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

const GAS = {
  entryPoints: ['src/gas/index.ts'],
  bundle: true,
  platform: 'browser',
  target: 'es2019',
  write: false,
  logLevel: 'warning',
  // Vietnamese stays as UTF-8 (Apps Script files are UTF-8): escaped, every letter with a diacritic costs 6 bytes.
  charset: 'utf8',
};

/**
 * Apps Script sees only top-level function declarations and rejects module syntax. The bundle is an IIFE
 * kept inside one private function (a trailing underscore hides it from google.script.run and the Run
 * menu), and each export of src/gas/index.ts gets a one-line stub: those are the only globals.
 */
async function buildGas() {
  const probe = await build({ ...GAS, format: 'esm', outfile: 'probe.js', metafile: true });
  const entryPoints = Object.values(probe.metafile.outputs)[0].exports.sort();
  const bundle = await build({
    ...GAS,
    format: 'iife',
    globalName: 'lhpnModule',
    // Every execution loads the whole bundle, so all of it is minified, identifiers too (230 → 190 KB), but
    // each function and class keeps its name (keepNames: 12 KB of `__name(f, "readTab")`), so that the stack
    // of an error in the Apps Script executions log still names its functions (test/gas/build.test.ts).
    minify: true,
    keepNames: true,
    legalComments: 'none',
  });
  const body = bundle.outputFiles[0].text;
  const stubs = entryPoints.map(
    (name) => `function ${name}() {\n  return lhpn_().${name}.apply(null, arguments);\n}\n`,
  );
  const code = [
    '// Built by scripts/build.mjs from src/gas — do not edit. Báo cáo Hội LHPN.',
    'function lhpn_() {',
    '  if (!lhpn_.module) {',
    body,
    '    lhpn_.module = lhpnModule;',
    '  }',
    '  return lhpn_.module;',
    '}',
    '',
    ...stubs,
  ].join('\n');
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/Code.js', code);
  writeFileSync('dist/entry-points.json', `${JSON.stringify(entryPoints, null, 2)}\n`);
  copyFileSync('appsscript.json', 'dist/appsscript.json');
}

/** The sidebar: its script bundled and inlined into one HTML file, nothing fetched from the network. */
async function buildSidebar() {
  const js = await build({
    entryPoints: ['sidebar/main.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2019',
    write: false,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const css = readFileSync('sidebar/style.css', 'utf8');
  const html = readFileSync('sidebar/index.html', 'utf8');
  // A script's text must not close its own tag; Apps Script templates are not used, so `<?` is harmless.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const out = html.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => script);
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/Sidebar.html', out);
}

/** The Báo cáo dialog: builds the official report's .docx in the browser (report-page/). */
async function buildReportPage() {
  const js = await build({
    entryPoints: ['report-page/main.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2019',
    write: false,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = readFileSync('report-page/index.html', 'utf8').replace('/*SCRIPT*/', () => script);
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/Report.html', html);
}

/**
 * The 2025 communes for Apps Script: not in Code.js (every execution loads that, and set-up alone needs
 * them) but a project file that set-up reads with HtmlService.createHtmlOutputFromFile('Communes')
 * .getContent() — Google's own pattern for a file's text. Text only, one province a line, never shown.
 */
function buildCommunes() {
  const { lines } = communeLines();
  const head =
    '<!-- Built by scripts/build.mjs from data/don-vi-hanh-chinh-2025.csv — do not edit. Read by set-up, never shown. -->';
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/Communes.html', `${[head, ...lines].join('\n')}\n`);
}

const builders = {
  local: [buildLocal],
  gas: [buildGas, buildSidebar, buildReportPage, buildCommunes],
  all: [buildLocal, buildGas, buildSidebar, buildReportPage, buildCommunes],
};
for (const b of builders[target] ?? []) await b();
