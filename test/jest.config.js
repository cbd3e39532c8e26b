// Cross-app journeys against the built platform: the real `node dist/...` process on its own
// embedded PostgreSQL, and the web app in Debian's Chromium.
module.exports = require('../jest.preset.js')({
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120000,
  // A migrated database directory made once, copied for each file's platform (support/global-setup.ts).
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  // Two files at a time: a file mostly waits (for its platform to start, a page to refresh, the
  // next mail round), so two side by side take far less than one after the other. Each has its
  // own ports, database directory, browser and screenshot names, so they cannot meet.
  maxWorkers: 2,
  testSequencer: '<rootDir>/support/long-first-sequencer.js',
});
