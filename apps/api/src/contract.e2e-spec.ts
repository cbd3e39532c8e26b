// The stable core of the API (contract/core.graphql, a copy of shared/contract/core.graphql)
// must be served exactly: every type, field, argument and enum value, with compatible types;
// only the v2 additions listed in PENDING_V2 may still be missing, until the issue that builds
// each one removes it from the list.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { BreakingChange, BreakingChangeType, buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'path';
import { createTestApp, TestApp } from './testing/test-app';

const WORKSPACE = join(__dirname, '../../..');
const CONTRACT = join(WORKSPACE, 'contract');
/** shared/ beside the repository (CI checks it out there too): the contract's source. */
const SHARED_CONTRACT = join(WORKSPACE, '../shared/contract');
/** The whole served schema, committed: the web app's generated types come from it. */
const SCHEMA = join(WORKSPACE, 'apps/api/schema.graphql');

/**
 * Contract v2 (2026-12-06) that the API does not serve yet, by name, and how the served schema
 * still differs: `missing` (not served at all) or `other type` (served, with the v1 type).
 * Nothing else may differ, and an entry that is served as the contract says fails the test, so
 * the issue that builds it removes its entry here.
 */
const PENDING_V2: Record<string, 'missing' | 'other type'> = {
  // Personal referral links and the recruiters' board.
  'SignUpInput.referrer': 'missing',
  'SignUpReceipt.referralCode': 'missing',
  'Drive.recruiters': 'missing',
  RecruiterRow: 'missing',
};

/** What a breaking change is about (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`) and how it differs. */
function pendingEntryOf(change: BreakingChange): string {
  const d = change.description;
  const subject =
    /^([\w.]+) arg (\w+) /.exec(d)?.slice(1).join('(').concat(')') ??
    /^(\w+) was removed from enum type (\w+)/.exec(d)?.slice(1).reverse().join('.') ??
    /^A required (?:field|arg) (\w+) on (?:input type )?([\w.]+) was added/.exec(d)?.slice(1).reverse().join('.') ??
    /^([\w.]+) /.exec(d)?.[1] ??
    d;
  const removed = [BreakingChangeType.TYPE_REMOVED, BreakingChangeType.FIELD_REMOVED, BreakingChangeType.ARG_REMOVED, BreakingChangeType.VALUE_REMOVED_FROM_ENUM];
  const how = removed.includes(change.type) ? 'missing' : change.type === BreakingChangeType.FIELD_CHANGED_KIND ? 'other type' : d;
  return `${subject}: ${how}`;
}

function readShared(file: string): string {
  const path = join(SHARED_CONTRACT, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: check out shared/ beside the repository (CI does); the contract is checked against it`);
  return readFileSync(path, 'utf8');
}

describe('the API contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is served without a breaking change, except the listed v2 additions not built yet', () => {
    const contract = buildSchema(readFileSync(join(CONTRACT, 'core.graphql'), 'utf8'));
    const served = app.server.app.get(GraphQLSchemaHost).schema;
    const found = findBreakingChanges(contract, served).map(pendingEntryOf);
    const pending = Object.entries(PENDING_V2).map(([subject, how]) => `${subject}: ${how}`);
    // A difference from the contract that is not a pending v2 change: the API broke the contract.
    expect(found.filter((entry) => !pending.includes(entry))).toEqual([]);
    // A pending change the API now serves as the contract says: remove it from PENDING_V2.
    expect(pending.filter((entry) => !found.includes(entry))).toEqual([]);
  });

  it('copy in the repository is the shared contract', () => {
    for (const file of ['core.graphql', 'runtime.md']) {
      expect({ file, text: readFileSync(join(CONTRACT, file), 'utf8') }).toEqual({ file, text: readShared(file) });
    }
  });

  it('is printed in apps/api/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', () => {
    const printed = `${printSchema(lexicographicSortSchema(app.server.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA, printed);
    if (!existsSync(SCHEMA)) throw new Error(`${SCHEMA} is missing: UPDATE_SCHEMA=1 npx nx run api:test writes it`);
    expect(readFileSync(SCHEMA, 'utf8')).toBe(printed);
  });

  it('answers GraphQL with Cache-Control: no-store, answers and errors alike', async () => {
    for (const query of ['{ __typename }', '{ nope }']) {
      const res = await app.http.post('/graphql').send({ query });
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});
