const preset = require('../../jest.preset.js');

module.exports = preset({
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.tsx'],
  moduleNameMapper: {
    ...preset({}).moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.js',
  },
});
