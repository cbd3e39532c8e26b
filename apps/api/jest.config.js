// API tests: GraphQL over HTTP against a real PostgreSQL. One server for the whole run (embedded
// unless DATABASE_URL is set); each test file gets its own database cloned from a migrated template.
module.exports = require('../../jest.preset.js')({
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
});
