// The desk registers walk-ins (issue 21): people who came to the drive without signing up. Such a
// registration writes personal data, so it is audited: the audit log's action CHECK allows
// WALK_IN_REGISTERED. The sign-ups themselves need nothing new (the channel WALK_IN was allowed
// from the start).
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['WALK_IN_REGISTERED'];

export class WalkIns1795452100000 implements MigrationInterface {
  name = 'WalkIns1795452100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ACTIONS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
  }
}
