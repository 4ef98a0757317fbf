// Mutation testing of the core with Stryker (`npm run mutate`; the doors: scripts/mutate-doors.mjs).
// Only the core's own tests run against its mutants: they load src/core in-process, where Stryker's
// instrumented code and per-test coverage can see them. See docs/mutation.md.
// MUTATE_CHUNK=name.ts mutates one file of the core with its own report and cache, so a long run can be
// done file by file and survive being stopped (scripts/mutate-core.mjs runs every file and merges them).
const chunk = process.env.MUTATE_CHUNK;
const suffix = chunk ? `-${chunk.replace(/\.ts$/, '')}` : '';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: chunk
    ? [`src/core/${chunk}`]
    : ['src/core/**/*.ts', '!src/core/messages/**', '!src/core/templates/**', '!src/core/index.ts'],
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // The core's tests need no built bundle: no global set-up, only test/core.
    // The scale and property tests run small under Stryker (test/core/scale.ts).
    // The runner loads only the test files that hold the tests covering a mutant (scripts/stryker-jest-runner.cjs).
    config: {
      roots: ['<rootDir>/test/core'],
      globalSetup: null,
      runner: '<rootDir>/scripts/stryker-jest-runner.cjs',
    },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // TypeScript 7 has no JavaScript API: Stryker must not rewrite tsconfig.json (swc strips types anyway).
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  // Static mutants (module-level constants) re-run every test file for each mutant: ~80% of the time for
  // ~40% of the mutants. They are left out of the score; docs/mutation.md says what that skips.
  ignoreStatic: true,
  // A loaded machine makes a cold jest start slow: a short timeout restarts the runner, whose next cold
  // start times out again. Real endless loops among the mutants are few.
  timeoutMS: 30000,
  // Two cores shared with the rest of the machine.
  concurrency: 2,
  // A cache of results keyed on each file's text and each test: re-runs test only what changed. It is
  // derived data (like coverage/), so it is not committed: merges of parallel branches would conflict in it.
  incremental: true,
  incrementalFile: `reports/stryker-incremental${suffix}.json`,
  ignorePatterns: ['dist', 'dist-local', 'test-output', 'demo-output', 'docs', 'reports', '.stryker-tmp*'],
  // 'live' (scripts/stryker-live-reporter.mjs) lists each survivor as soon as it is known.
  appendPlugins: ['./scripts/stryker-live-reporter.mjs'],
  reporters: ['clear-text', 'progress-append-only', 'json', 'live'],
  jsonReporter: { fileName: `reports/mutation/core${suffix}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: `.stryker-tmp${suffix}`,
  cleanTempDir: true,
};
