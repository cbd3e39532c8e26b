// Cross-app journeys against the built platform: the real `node dist/...` process on its own
// embedded PostgreSQL, and the web app in Debian's Chromium.
module.exports = require('../jest.preset.js')({
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
});
