// Jest's own runner, loading only the test files a Stryker mutant run needs (stryker.config.mjs).
//
// Stryker's jest runner runs each mutant as one jest run with a testNamePattern naming the tests that cover
// it, over every test file under the roots. Jest then loads each of the 23 files of test/core (and the whole
// core each one imports) only to find no test of that name in most of them: about 7 s of CPU a mutant on
// this machine, several times the tests themselves. This runner reads the pattern from jest's global config
// and keeps the files whose source holds the title of at least one named test. A name it cannot place in
// any file keeps every file, so a mutant is never run against fewer tests than Stryker asked for.
const { readFileSync } = require('node:fs');
const TestRunner = require('jest-runner').default;

// Titles of test(…), it(…) and describe(…) written as plain string literals.
const TITLE = /\b(?:test|it|describe)(?:\.(?:only|skip|concurrent))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
const unescapeJs = (s) => s.replace(/\\(.)/g, '$1');
const unescapeRegExp = (s) => s.replace(/\\([\\^$.*+?()[\]{}|/-])/g, '$1');

const titlesOf = new Map();
function titles(path) {
  let t = titlesOf.get(path);
  if (!t) {
    const source = readFileSync(path, 'utf8');
    t = [...source.matchAll(TITLE)].map((m) => unescapeJs(m[2])).filter((x) => !x.includes('${'));
    titlesOf.set(path, t);
  }
  return t;
}

/** The full test names of a pattern Stryker built as `(name)|(name)|…` from escaped names; null if other. */
function namesOf(pattern) {
  if (!pattern?.startsWith('(') || !pattern.endsWith(')')) return null;
  return pattern.slice(1, -1).split(')|(').map(unescapeRegExp);
}

class OnlyFilesWithTheNamedTests extends TestRunner {
  async runTests(tests, watcher, options) {
    const names = namesOf(this._globalConfig.testNamePattern);
    if (!names) return super.runTests(tests, watcher, options);
    const keep = new Set();
    for (const name of names) {
      // A full name is the describe titles and the test's title joined by spaces: the test's own title ends it.
      const homes = tests.filter((t) => titles(t.path).some((title) => name === title || name.endsWith(` ${title}`)));
      if (homes.length === 0) return super.runTests(tests, watcher, options);
      for (const t of homes) keep.add(t);
    }
    return super.runTests(
      tests.filter((t) => keep.has(t)),
      watcher,
      options,
    );
  }
}

module.exports = OnlyFilesWithTheNamedTests;
