// Starts a worker thread on one of the API's modules. The built API runs JavaScript, and the
// worker loads the module's .js beside it. The tests run the TypeScript sources (jest compiles
// them with SWC): there the worker compiles what it requires with SWC too, and resolves the
// workspace's libraries to their sources, as jest.preset.js does.
import { resolve } from 'path';
import { Worker } from 'worker_threads';

const WORKSPACE = resolve(__dirname, '../../../../..');

/** What a worker on a TypeScript module runs first. */
const TYPESCRIPT_WORKER = `
const { readFileSync } = require('fs');
const Module = require('module');
const { transformSync } = require('@swc/core');
const aliases = { '@life-relay/domain': ${JSON.stringify(resolve(WORKSPACE, 'libs/domain/src/index.ts'))} };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return resolveFilename.call(this, aliases[request] ?? request, ...rest); };
require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } }, module: { type: 'commonjs' } };
  module._compile(transformSync(readFileSync(filename, 'utf8'), options).code, filename);
};
require(process.argv[2]);
`;

/** A worker running `modulePath` (without extension: .js when built, .ts in the tests) with `workerData`. */
export function startWorker(modulePath: string, workerData: unknown): Worker {
  if (__filename.endsWith('.ts')) return new Worker(TYPESCRIPT_WORKER, { eval: true, argv: [`${modulePath}.ts`], workerData });
  return new Worker(`${modulePath}.js`, { workerData });
}
