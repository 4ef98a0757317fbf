// Stryker counts a mutant whose tests overran `timeoutMS` as detected ("Timeout"). On a loaded machine a
// slow jest start can overrun as well, so a "Timeout" may hide a survivor. This puts each Timeout mutant of
// reports/mutation/core-*.json into the source alone, runs the test files that cover it (as Stryker does:
// test/core only, no global set-up, small scale tests) with a long limit, restores the source, and says:
//   killed   a test failed: the tests catch it;
//   hangs    still running at the limit: a real endless loop (a user would see the action never end, and
//            the suite, which never ends either, does not pass);
//   survived every covering test passed: a survivor, to be listed or killed.
// It edits src/core: run it in a separate worktree (it refuses to start over uncommitted changes there).
//   node scripts/recheck-timeouts.mjs [--only mau,dates] [--limit 300]
// Writes reports/mutation/timeouts-recheck.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const only = opt('only', null)?.split(',');
const LIMIT_S = Number(opt('limit', 300));
const OUT = 'reports/mutation/timeouts-recheck.json';

const reports = readdirSync('reports/mutation')
  .filter((f) => /^core-.+\.json$/.test(f))
  .filter((f) => !only || only.includes(f.slice(5, -5)));

const config = JSON.stringify({
  rootDir: process.cwd(),
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
});

// A run killed while a mutant is in place leaves it there (spawnSync holds the signal until jest ends):
// never start over a changed src/core, which may be such a leftover.
if (spawnSync('git', ['diff', '--quiet', '--', 'src/core']).status !== 0) {
  console.log('src/core has uncommitted changes (a mutant left by a stopped run?): `git checkout src/core` first');
  process.exit(1);
}

const results = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
for (const name of reports) {
  const report = JSON.parse(readFileSync(`reports/mutation/${name}`, 'utf8'));
  const fileOfTest = new Map();
  for (const [path, f] of Object.entries(report.testFiles ?? {})) for (const t of f.tests) fileOfTest.set(t.id, path);
  for (const [path, file] of Object.entries(report.files ?? {})) {
    for (const m of file.mutants.filter((x) => x.status === 'Timeout')) {
      const { start, end } = m.location;
      const key = `${path}:${start.line}:${start.column} ${m.mutatorName} ${m.replacement}`;
      if (results[key]) continue;
      const source = readFileSync(path, 'utf8');
      const lines = source.split('\n');
      // A file changed since its report: the mutant's lines are found again by their text, when they are
      // there exactly once (the tests may differ from Stryker's run too: the verdict is today's).
      const was = file.source.split('\n').slice(start.line - 1, end.line);
      const at =
        source === file.source
          ? [start.line - 1]
          : lines.flatMap((_, i) => (was.every((l, j) => lines[i + j] === l) ? [i] : []));
      if (at.length !== 1) {
        console.log(`moved    ${key.slice(0, 150)}`);
        continue;
      }
      const shift = at[0] - (start.line - 1);
      // Locations are 1-based lines and columns, the end exclusive.
      const offset = (p) => lines.slice(0, p.line - 1 + shift).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
      const mutated = source.slice(0, offset(start)) + m.replacement + source.slice(offset(end));
      const tests = [...new Set((m.coveredBy ?? []).map((id) => fileOfTest.get(id)).filter(Boolean))];
      writeFileSync(path, mutated);
      let verdict;
      try {
        const r = spawnSync(
          process.execPath,
          [
            'node_modules/jest/bin/jest.js',
            '--config',
            config,
            '--bail',
            '--silent',
            '--ci',
            '--maxWorkers=1',
            ...tests,
          ],
          {
            encoding: 'utf8',
            timeout: LIMIT_S * 1000,
            killSignal: 'SIGKILL',
            env: { ...process.env, FORCE_COLOR: '0', STRYKER_MUTATOR_WORKER: 'recheck' },
          },
        );
        verdict = r.error?.code === 'ETIMEDOUT' ? 'hangs' : r.status === 0 ? 'survived' : 'killed';
      } finally {
        writeFileSync(path, source);
      }
      results[key] = { verdict, tests: tests.length };
      writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
      console.log(`${verdict.padEnd(9)} ${key.slice(0, 150)}`);
    }
  }
}
const count = (v) => Object.values(results).filter((r) => r.verdict === v).length;
console.log(
  `\n${Object.keys(results).length} rechecked: ${count('killed')} killed, ${count('hangs')} hang, ${count('survived')} survived`,
);
