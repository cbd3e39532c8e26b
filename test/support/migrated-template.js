// `node test/support/migrated-template.js <built api dir> <data dir>`: initdb's an embedded
// PostgreSQL in <data dir> and applies every migration of that build to its `relay` database,
// with the build's own code (as the platform does when it starts), then stops it. The journeys'
// platforms start on copies of it (see global-setup.ts) instead of each running initdb and the
// migrations again. Plain JavaScript run by node: it loads the build, not the sources.
require('reflect-metadata');
const { join } = require('path');

async function main() {
  const [apiDist, dataDir] = process.argv.slice(2);
  const database = join(apiDist, 'apps/api/src/database');
  const { startEmbeddedPostgres } = require(join(database, 'embedded-postgres.js'));
  const { dataSourceOptions } = require(join(database, 'data-source-options.js'));
  const { DataSource } = require(require.resolve('typeorm', { paths: [apiDist] }));
  const pg = await startEmbeddedPostgres({ dataDir });
  try {
    const dataSource = new DataSource(dataSourceOptions(pg.url));
    await dataSource.initialize(); // runs the migrations (migrationsRun)
    await dataSource.destroy();
  } finally {
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
