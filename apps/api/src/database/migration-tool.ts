// `npm run migration:generate -- --name=AddSomething`: compares the entities with the schema that
// the existing migrations build (on a throwaway embedded PostgreSQL) and writes the difference
// as a new migration in apps/api/src/database/migrations, registered in its index.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { DataSource, QueryRunner } from 'typeorm';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

const MIGRATIONS_DIR = resolve(process.cwd(), 'apps/api/src/database/migrations');

/** The SQL that would bring the migrated schema to what the entities declare. */
export async function pendingSchemaChanges(dataSource: DataSource) {
  const builder = dataSource.driver.createSchemaBuilder();
  // TypeORM 0.3 reads the schema with concurrent queries on one connection (Promise.all over the
  // tables' columns), which pg queues but deprecates and will refuse in pg 9: the schema builder
  // gets a connection that runs its queries one after another.
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  const sequential = (): QueryRunner => {
    const runner = createQueryRunner();
    const query = runner.query.bind(runner);
    let previous: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      const next = previous.then(() => query(...args));
      previous = next.catch(() => undefined);
      return next;
    }) as QueryRunner['query'];
    return runner;
  };
  dataSource.createQueryRunner = sequential;
  try {
    const sql = await builder.log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    dataSource.createQueryRunner = createQueryRunner;
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(\`${q.replace(/`/g, '\\`')}\`);`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/** migrations/index.ts lists every migration file in timestamp order. */
async function writeMigrationIndex() {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d+-\w+\.ts$/.test(f)).sort();
  const names = files.map((f) => {
    const [timestamp, name] = f.replace(/\.ts$/, '').split('-');
    return { file: f.replace(/\.ts$/, ''), className: `${name}${timestamp}` };
  });
  await writeFile(
    join(MIGRATIONS_DIR, 'index.ts'),
    `// Every migration, in order. Written by the migration tool; do not edit by hand.\n` +
      names.map((n) => `import { ${n.className} } from './${n.file}';\n`).join('') +
      `\nexport const MIGRATIONS: (new () => object)[] = [\n${names.map((n) => `  ${n.className},\n`).join('')}];\n`,
  );
}

async function generate(name: string) {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Name the migration in PascalCase, e.g. --name=AddCampaigns');
  const dir = await mkdtemp(join(tmpdir(), 'relay-migrations-'));
  await chmod(dir, 0o755); // the server may run as the `postgres` user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), ephemeral: true });
  try {
    const config = { ...loadConfig({ ...process.env, DATABASE_URL: pg.url, LOG_LEVEL: 'warn' }), demoData: false };
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, pg.url), { logger: ['error'] });
    const { up, down } = await pendingSchemaChanges(app.get(DataSource));
    await app.close();
    if (up.length === 0) {
      process.stdout.write('The entities match the migrations: nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    await writeFile(join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`), migrationSource(className, up, down));
    await writeMigrationIndex();
    process.stdout.write(`Wrote migrations/${timestamp}-${name}.ts (${up.length} statements). Review it before committing.\n`);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const nameArg = process.argv.slice(2).find((a) => a.startsWith('--name='))?.slice('--name='.length) ?? process.argv[3];
  const command = process.argv[2];
  (command === 'generate' && nameArg ? generate(nameArg) : Promise.reject(new Error('usage: migration-tool generate --name=PascalCaseName')))
    .then(() => process.exit(0))
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
