// Jest's test order for one mutant of a door (scripts/mutate-doors.mjs runs jest with --bail): the files
// that failed last time first (they killed the previous mutant), then the quickest first, so that a
// mutant the tests catch is caught after seconds rather than after the slowest sweep. Jest's own order
// runs the slowest first, which only pays when several workers share the files.
const Sequencer = require('@jest/test-sequencer').default;

class FastFirst extends Sequencer {
  sort(tests) {
    for (const t of tests) t.duration = this.time(t);
    const rank = (t) => [this.hasFailed(t) ? 0 : 1, t.duration ?? Number.POSITIVE_INFINITY];
    return [...tests].sort((a, b) => {
      const [fa, da] = rank(a);
      const [fb, db] = rank(b);
      return fa - fb || da - db || a.path.localeCompare(b.path);
    });
  }
}

module.exports = FastFirst;
