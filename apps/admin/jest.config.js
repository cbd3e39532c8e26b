const preset = require('../../jest.preset.js');

const base = preset({});
const [pattern, [swc, swcOptions]] = Object.entries(base.transform)[0];

module.exports = preset({
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  // Rendering a whole page of Mantine tables in jsdom (the dashboard's 150-row board) takes seconds
  // on a busy 2-core machine: a generous limit, as the API's suites have. It times nothing.
  testTimeout: 30_000,
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  // Lazy pages and lazily loaded rules are dynamic imports: let SWC turn them into requires here.
  transform: { [pattern]: [swc, { ...swcOptions, module: { ...swcOptions.module, ignoreDynamic: false } }] },
  // wouter, and nanoid's browser build (used by ics), ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(wouter|regexparam|nanoid)/)'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.js',
  },
});
