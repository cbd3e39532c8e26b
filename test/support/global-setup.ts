// Once per run, before any file: a migrated PostgreSQL data directory (migrated-template.js) that
// every journey's platform starts on a copy of (useJourney), as the API's tests clone a template
// database. A copy takes a fraction of a second; initdb and the migrations took seconds per file.
// The files that test a first start (test/platform) still start on empty directories.
import { execFileSync } from 'child_process';
import { join } from 'path';
import { API_DIST, tempDir } from './platform-process';

export default function globalSetup(): void {
  const dir = tempDir('relay-e2e-template-');
  execFileSync(process.execPath, [join(__dirname, 'migrated-template.js'), API_DIST, join(dir, 'postgres')], { stdio: 'inherit' });
  // Read by useJourney in the workers, which inherit this process's environment.
  process.env.E2E_PG_TEMPLATE = join(dir, 'postgres');
}
