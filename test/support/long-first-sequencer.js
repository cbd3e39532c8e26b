// The order the files start in, two at a time. Jest starts the longest first when it has timed
// them (its cache) and the biggest first when not, as on CI's fresh clone. These take far longer
// than their size says (axe on every organizer page in two languages; a board of 101 teams):
// started late, one of them was the run's tail, alone for minutes while the other worker idled.
// Without timings they go first; with timings jest's order stands.
const Sequencer = require('@jest/test-sequencer').default;

const LONGER_THAN_THEIR_SIZE = ['organizer-clarity', 'public-leaderboard'];

class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (test) => (test.duration == null ? LONGER_THAN_THEIR_SIZE.findIndex((name) => test.path.endsWith(`/${name}.e2e-spec.ts`)) : -1);
    const long = sorted.filter((test) => rank(test) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...long, ...sorted.filter((test) => rank(test) < 0)];
  }
}

module.exports = LongFirstSequencer;
