import { rmSync } from 'fs';
import { dirname } from 'path';

export default function globalTeardown(): void {
  const template = process.env.E2E_PG_TEMPLATE;
  if (template) rmSync(dirname(template), { recursive: true, force: true });
}
