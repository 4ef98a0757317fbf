// Sampled mutation testing of the doors, src/gas and src/local, whose tests run the BUILT bundles
// (dist/Code.js in gas-local's vm, dist-local/cli.js in a child process), where Stryker's instrumented code
// and per-test coverage cannot follow. One mutant at a time: edit the source, rebuild with esbuild, run
// every test of the door (for Apps Script: test/gas, the fault harness, the sidebar and print tests that
// load the bundle) with --bail, quickest files first, restore. See docs/mutation.md.
// Stop it with Ctrl-C or kill: the source is put back once the running jest has ended (a jest killed from
// outside gives no verdict); then go on with --resume.
//
//   node scripts/mutate-doors.mjs [--door core|gas|local|both|all] [--n 30] [--seed 13] [--baseline main]
//                                 [--list mutants.json] [--added-only] [--timeout 600] [--resume]
//
// --baseline REF: test files that exist at REF are run first; a mutant they miss is then run against the
// files added since, so one run gives the score before and after (reports/mutation/<door>.json).
// --list: explicit mutants [{ file, line, from, to, name }] instead of a sample (the holes of issue 13).
// --resume: mutants of reports/mutation/<door>.json (same sample) with a verdict other than "survived" keep
// it; the others run again (a stopped run goes on; survivors meet tests added since).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const doorArg = opt('door', 'both');
const N = Number(opt('n', doorArg === 'local' ? 12 : 30));
const SEED = Number(opt('seed', 13));
const BASELINE = opt('baseline', null);
const LIST = opt('list', null);
const TIMEOUT_S = Number(opt('timeout', 600));
// Only the tests added since the baseline: does each of them catch the bug it was written for (fast)?
const ADDED_ONLY = args.includes('--added-only');
const RESUME = args.includes('--resume');

const DOORS = {
  // The core's own tests load src/core directly: no build (Stryker covers it fully; this is for --list).
  core: {
    sources: () => listTs('src/core').filter((f) => !f.includes('/messages/') && !f.includes('/templates/')),
    build: null,
    bundle: null,
    tests: () => listTests('test/core'),
  },
  gas: {
    sources: () => listTs('src/gas'),
    build: 'gas',
    bundle: 'dist/Code.js',
    // Every test that loads the bundle: test/gas, the fault harness (every action cut at every service
    // call), the sidebar in Chromium and the printed pages over the fakes.
    tests: () =>
      testsOf(
        'test/gas',
        ['test/fault', 'test/sidebar', 'test/print'],
        /from '\.\.\/(fakes|gas\/province)'|from '\.\/harness'/,
      ),
  },
  local: {
    // bench.ts measures; it has no behaviour a user meets.
    sources: () => listTs('src/local').filter((f) => !f.endsWith('bench.ts')),
    build: 'local',
    bundle: 'dist-local/cli.js',
    // test/local, and the LibreOffice and print tests that use src/local (the workbook writer and reader).
    tests: () => testsOf('test/local', ['test/libreoffice', 'test/print'], /src\/local\/|from '\.\/(render|checks)'/),
  },
};

const listTs = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
    .sort();
/** A door's own test folder, and the test files of other folders whose source matches `uses`. */
const testsOf = (own, others, uses) => [
  ...listTests(own),
  ...others.flatMap(listTests).filter((f) => uses.test(readFileSync(f, 'utf8'))),
];
const listTests = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f))
    .sort();

/** Simple, realistic slips: a flipped comparison or condition, an off-by-one, a dropped call or default. */
const OPERATORS = [
  { name: 'equality flipped', re: / === /g, to: ' !== ' },
  { name: 'equality flipped', re: / !== /g, to: ' === ' },
  { name: 'boundary', re: / < /g, to: ' <= ' },
  { name: 'boundary', re: / <= /g, to: ' < ' },
  { name: 'boundary', re: / > /g, to: ' >= ' },
  { name: 'boundary', re: / >= /g, to: ' > ' },
  { name: 'condition', re: / && /g, to: ' || ' },
  { name: 'condition', re: / \|\| /g, to: ' && ' },
  { name: 'negation dropped', re: /if \(!/g, to: 'if (' },
  { name: 'negation dropped', re: /\(!(?=[a-zA-Z])/g, to: '(' },
  { name: 'off by one', re: / \+ 1\b/g, to: ' - 1' },
  { name: 'off by one', re: / - 1\b/g, to: ' + 1' },
  { name: 'boolean', re: /\btrue\b/g, to: 'false' },
  { name: 'boolean', re: /\bfalse\b/g, to: 'true' },
  { name: 'case folding dropped', re: /\.toLowerCase\(\)/g, to: '' },
  { name: 'default dropped', re: / \?\? [^;,)]+/g, to: '' },
  { name: 'early return', re: /^(\s*)if \(([^)]*)\) return;$/g, to: '$1if (false) return;' },
];
/** A whole statement that is one call (`sheet.setFrozenRows(5);`) removed. */
const CALL_STATEMENT = /^(\s*)(?:[a-zA-Z_$][\w$]*\.)*[a-zA-Z_$][\w$]*\(.*\);$/;

function candidates(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  let inComment = false;
  lines.forEach((text, i) => {
    const t = text.trim();
    if (t.startsWith('/*')) inComment = true;
    const skip =
      inComment || t.startsWith('//') || t.startsWith('*') || /^(import|export \{|export \*|type |interface )/.test(t);
    if (t.endsWith('*/')) inComment = false;
    if (skip || t === '') return;
    for (const op of OPERATORS) {
      for (const m of text.matchAll(op.re)) {
        const to =
          text.slice(0, m.index) + m[0].replace(new RegExp(op.re.source), op.to) + text.slice(m.index + m[0].length);
        if (to !== text) out.push({ file, line: i + 1, from: text, to, name: op.name });
      }
    }
    if (CALL_STATEMENT.test(text) && !/^\s*(return|throw|const|let|if|for|while)\b/.test(text)) {
      out.push({ file, line: i + 1, from: text, to: text.replace(/^(\s*).*$/, '$1void 0;'), name: 'call removed' });
    }
  });
  return out;
}

/** mulberry32: a small seeded generator, so a sample is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(all, n, seed) {
  const rnd = random(seed);
  const pool = [...all];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

const hash = (file) => (existsSync(file) ? createHash('sha1').update(readFileSync(file)).digest('hex') : '');

function build(target) {
  if (!target) return true;
  return spawnSync(process.execPath, ['scripts/build.mjs', target], { encoding: 'utf8' }).status === 0;
}

function jest(files) {
  if (files.length === 0) return { failed: false, timedOut: false };
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/jest/bin/jest.js',
      '--bail',
      '--silent',
      '--ci',
      '--maxWorkers=1',
      '--testSequencer=./scripts/fast-first-sequencer.cjs',
      ...files,
    ],
    { encoding: 'utf8', timeout: TIMEOUT_S * 1000, env: { ...process.env, FORCE_COLOR: '0' } },
  );
  const timedOut = r.error?.code === 'ETIMEDOUT';
  // Jest killed from outside (the run being stopped) is no verdict: leave without recording one.
  if (r.signal && !timedOut) throw new Error(`jest stopped by ${r.signal}: run again with --resume`);
  const failing = [...(r.stderr ?? '').matchAll(/^FAIL (\S+)/gm)].map((m) => m[1]);
  return { failed: timedOut || r.status !== 0, timedOut, failing };
}

function filesAt(ref, dir) {
  const r = spawnSync('git', ['ls-tree', '--name-only', `${ref}:${dir}`], { encoding: 'utf8' });
  return new Set(
    r.stdout
      .split('\n')
      .filter(Boolean)
      .map((f) => join(dir, f)),
  );
}

/**
 * Hand-written mutants: `{ door, file, find, replace, name }`, `find` a snippet on exactly one line of
 * `file`. The tests of `door` (default: the file's folder) are run against it.
 */
function fromList(door) {
  const doorOf = (m) => m.door ?? m.file.split('/')[1];
  return JSON.parse(readFileSync(LIST, 'utf8'))
    .filter((m) => doorOf(m) === door)
    .map((m) => {
      const lines = readFileSync(m.file, 'utf8').split('\n');
      const at = lines.flatMap((l, i) => (l.includes(m.find) ? [i] : []));
      if (at.length !== 1) throw new Error(`${m.file}: "${m.find}" is on ${at.length} lines, not one`);
      const from = lines[at[0]];
      return { file: m.file, line: at[0] + 1, from, to: from.replace(m.find, m.replace), name: m.name };
    });
}

const reportFile = (door) => `reports/mutation/${door}${LIST ? '-list' : ''}.json`;

/** The score so far, written after every mutant: a run stopped halfway still leaves its report. */
function report(door, chosen, results, final) {
  const valid = results.filter((r) => r.status.startsWith('killed') || r.status === 'survived');
  const killedBefore = valid.filter((r) => r.status.startsWith('killed before')).length;
  const killedAfter = valid.filter((r) => r.status.startsWith('killed')).length;
  const pct = (n) => (valid.length ? Math.round((1000 * n) / valid.length) / 10 : 0);
  const summary = {
    door,
    seed: SEED,
    sampled: chosen.length,
    done: results.length,
    valid: valid.length,
    scoreBefore: BASELINE && !ADDED_ONLY ? pct(killedBefore) : null,
    scoreAfter: pct(killedAfter),
    killedBefore,
    killedAfter,
    results,
  };
  mkdirSync('reports/mutation', { recursive: true });
  writeFileSync(reportFile(door), `${JSON.stringify(summary, null, 2)}\n`);
  if (final)
    console.log(
      `${door}: ${killedAfter}/${valid.length} killed = ${summary.scoreAfter}%` +
        (BASELINE && !ADDED_ONLY
          ? ` (tests of ${BASELINE}: ${killedBefore}/${valid.length} = ${summary.scoreBefore}%)`
          : ''),
    );
  return summary;
}

function runDoor(door) {
  const d = DOORS[door];
  const tests = d.tests();
  const dirs = [...new Set(tests.map((f) => f.slice(0, f.lastIndexOf('/'))))];
  const old = BASELINE ? new Set(dirs.flatMap((dir) => [...filesAt(BASELINE, dir)])) : new Set(tests);
  const before = tests.filter((f) => old.has(f));
  const added = tests.filter((f) => !old.has(f));
  const all = d.sources().flatMap(candidates);
  const chosen = LIST ? fromList(door) : sample(all, N, SEED);
  if (chosen.length === 0) return null;
  console.log(
    `${door}: ${all.length} candidate mutants, running ${chosen.length}; tests before ${before.length}, added ${added.length}`,
  );

  if (!build(d.build)) throw new Error(`the unmutated ${door} build fails`);
  const pristine = d.bundle ? hash(d.bundle) : null;
  const results = [];
  // --resume: a verdict other than "survived" stands (more tests can only kill more); survivors run again.
  const mutantKey = (m) => `${m.file}:${m.line}:${m.to}`;
  const kept = new Map();
  if (RESUME && existsSync(reportFile(door))) {
    for (const r of JSON.parse(readFileSync(reportFile(door), 'utf8')).results)
      if (r.status !== 'survived' && r.status !== 'stale') kept.set(mutantKey(r), r);
  }
  for (const [k, m] of chosen.entries()) {
    const known = kept.get(mutantKey(m));
    if (known) {
      results.push(known);
      console.log(`  [${k + 1}/${chosen.length}] ${known.status.padEnd(24)} (kept) ${m.file}:${m.line} ${m.name}`);
      continue;
    }
    const original = readFileSync(m.file, 'utf8');
    const lines = original.split('\n');
    if (lines[m.line - 1] !== m.from) {
      results.push({ ...m, status: 'stale' });
      continue;
    }
    lines[m.line - 1] = m.to;
    const restore = () => writeFileSync(m.file, original);
    // Stopped halfway (Ctrl-C, kill): the source is put back before leaving.
    const abort = () => {
      restore();
      process.exit(130);
    };
    process.once('SIGINT', abort);
    process.once('SIGTERM', abort);
    try {
      writeFileSync(m.file, lines.join('\n'));
      let status;
      let killedBy = [];
      if (!build(d.build)) status = 'compile error';
      else if (pristine && hash(d.bundle) === pristine) status = 'equivalent (same bundle)';
      else {
        const a = ADDED_ONLY ? { failed: false } : jest(before);
        if (a.failed) {
          status = a.timedOut ? 'killed before (timeout)' : 'killed before';
          killedBy = a.failing;
        } else {
          const b = jest(added);
          status = b.failed ? 'killed after' : 'survived';
          killedBy = b.failing ?? [];
        }
      }
      results.push({ ...m, status, killedBy });
      report(door, chosen, results, false);
      console.log(`  [${k + 1}/${chosen.length}] ${status.padEnd(24)} ${m.file}:${m.line} ${m.name}: ${m.to.trim()}`);
    } finally {
      restore();
      process.removeListener('SIGINT', abort);
      process.removeListener('SIGTERM', abort);
    }
  }
  build('all');
  return report(door, chosen, results, true);
}

const doors = doorArg === 'both' ? ['gas', 'local'] : doorArg === 'all' ? ['core', 'gas', 'local'] : [doorArg];
for (const door of doors) runDoor(door);
