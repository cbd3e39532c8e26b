// Shared jest set-up: SWC transpiles TypeScript (with decorator metadata, which Nest's
// dependency injection and code-first GraphQL need) and the tsconfig path aliases resolve to source.
const path = require('path');

module.exports = (overrides) => ({
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          keepClassNames: true,
        },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  moduleNameMapper: {
    '^@life-relay/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
  },
  ...overrides,
});
