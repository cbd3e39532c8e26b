// Organizers' messages to a drive's sign-ups (issue 21) are audited: the audit log's action CHECK
// allows DRIVE_MESSAGE_SENT. What was said is kept on each outbox row (in its person's language).
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['DRIVE_MESSAGE_SENT'];

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
