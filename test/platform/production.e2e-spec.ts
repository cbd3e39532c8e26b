// What NODE_ENV=production changes in the built platform: the schema is not told (no
// introspection, no field suggestions in errors) and there is no GraphQL sandbox, while the app
// and the API serve as in development, where all of it is on for those building clients.
import { rmSync } from 'fs';
import { join } from 'path';
import { PlatformProcess, PRODUCTION, tempDir } from '../support/platform-process';

const INTROSPECTION = JSON.stringify({ query: '{ __schema { queryType { name } } }' });

async function introspect(platform: PlatformProcess) {
  const res = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: INTROSPECTION });
  return (await res.json()) as { data?: unknown; errors?: { extensions: Record<string, unknown> }[] };
}

/** The error for a field that is not there, with a suggestion in development. */
async function misspelt(platform: PlatformProcess): Promise<string> {
  const answer = await platform.gql(`{ drivs { id } }`);
  return (answer.errors as { message: string }[])[0].message;
}

/** What a browser opening /graphql gets. */
async function sandbox(platform: PlatformProcess) {
  const res = await fetch(`${platform.url}/graphql`, { headers: { accept: 'text/html' } });
  return { status: res.status, text: await res.text() };
}

describe('the platform in production and in development', () => {
  const dir = tempDir('relay-modes-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in production, hides the schema and the sandbox and serves the app and the API', async () => {
    const platform = await PlatformProcess.start({ ...PRODUCTION, EMBEDDED_PG_DIR: join(dir, 'production'), DEMO_DATA: '0' });
    try {
      await platform.ready();
      const refused = await introspect(platform);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' });
      const page = await sandbox(platform);
      expect(page.status).not.toBe(200);
      expect(page.text).not.toMatch(/sandbox/i);
      expect(await misspelt(platform)).not.toMatch(/did you mean/i);
      expect(await platform.gql(`{ __typename }`)).toEqual({ data: { __typename: 'Query' } });
      const app = await fetch(`${platform.url}/`);
      expect(app.status).toBe(200);
      expect(await app.text()).toContain('<div id="root">');
    } finally {
      expect(await platform.stop()).toBe(0);
    }
  });

  it('in development, tells the schema and offers the sandbox', async () => {
    const platform = await PlatformProcess.start({ EMBEDDED_PG_DIR: join(dir, 'development'), DEMO_DATA: '0' });
    try {
      await platform.ready();
      expect(await introspect(platform)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect(await misspelt(platform)).toMatch(/Did you mean "drive"/);
      const page = await sandbox(platform);
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/sandbox/i);
    } finally {
      expect(await platform.stop()).toBe(0);
    }
  });
});
