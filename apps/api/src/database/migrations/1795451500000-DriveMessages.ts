// Organizers' messages to a drive's sign-ups (issue 21) are audited: the audit log's action CHECK
// allows DRIVE_MESSAGE_SENT. What was said is kept on each outbox row (in its person's language).
import { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS = ['DRIVE_MESSAGE_SENT'];

/** The audit actions the CHECK allows now (other migrations of this release add theirs too, in any order). */
async function auditActions(queryRunner: QueryRunner): Promise<string[]> {
  const [row] = await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'audit_events_action_check' AND conrelid = 'audit_events'::regclass`,
  );
  return [...String(row.def).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
}

async function allowAuditActions(queryRunner: QueryRunner, actions: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_action_check"`);
  await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_action_check" CHECK ("action" IN (${actions.map((a) => `'${a}'`).join(', ')}))`);
}

export class DriveMessages1795451500000 implements MigrationInterface {
  name = 'DriveMessages1795451500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ACTIONS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
  }
}
