// The stable core of the API (contract/core.graphql, a copy of shared/contract/core.graphql)
// must be served exactly: every type, field, argument and enum value, with compatible types.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'path';
import { createTestApp, TestApp } from './testing/test-app';

const WORKSPACE = join(__dirname, '../../..');
const CONTRACT = join(WORKSPACE, 'contract/core.graphql');
const SHARED_CONTRACT = join(WORKSPACE, '../shared/contract/core.graphql');
/** The whole served schema, committed: the web app's generated types come from it. */
const SCHEMA = join(WORKSPACE, 'apps/api/schema.graphql');

describe('the API contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is served without a breaking change', () => {
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));
    const served = app.server.app.get(GraphQLSchemaHost).schema;
    expect(findBreakingChanges(contract, served).map((c) => c.description)).toEqual([]);
  });

  it('copy in the repository is the shared contract', () => {
    if (!existsSync(SHARED_CONTRACT)) return; // a clone without shared/ beside it checks the copy only
    expect(readFileSync(CONTRACT, 'utf8')).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });

  it('is printed in apps/api/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', () => {
    const printed = printSchema(lexicographicSortSchema(app.server.app.get(GraphQLSchemaHost).schema));
    if (process.env.UPDATE_SCHEMA === '1' || !existsSync(SCHEMA)) writeFileSync(SCHEMA, `${printed}\n`);
    expect(readFileSync(SCHEMA, 'utf8')).toBe(`${printed}\n`);
  });

  it('answers GraphQL with Cache-Control: no-store, answers and errors alike', async () => {
    for (const query of ['{ __typename }', '{ nope }']) {
      const res = await app.http.post('/graphql').send({ query });
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});
