import { QueryRunner } from 'typeorm';

// The audit log's closed list of actions is a CHECK. Migrations of one release add their own
// actions to it in any order, so each reads the list as it stands and writes it back with theirs.

/** The audit actions the CHECK allows now. */
export async function auditActions(queryRunner: QueryRunner): Promise<string[]> {
  const [row] = await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'audit_events_action_check' AND conrelid = 'audit_events'::regclass`,
  );
  return [...String(row.def).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
}

/** Replaces the CHECK so that it allows exactly `actions`. */
export async function allowAuditActions(queryRunner: QueryRunner, actions: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_action_check"`);
  await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_action_check" CHECK ("action" IN (${actions.map((a) => `'${a}'`).join(', ')}))`);
}
