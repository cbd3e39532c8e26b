// The blood service's file of verified blood types (issue 23): a row may say when the person last
// gave blood there, which the reserve roster counts as their last donation (the blood service's
// records are the surest there are). It is health data, so it goes with the verified type (when
// the health consent is withdrawn or the record is erased). Imports are audited.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['BLOOD_TYPES_IMPORTED'];

export class BloodServiceImport1795453200000 implements MigrationInterface {
  name = 'BloodServiceImport1795453200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "blood_service_donated_on" date`);
    await allowAuditActions(queryRunner, [...(await auditActions(queryRunner)), ...ACTIONS]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "blood_service_donated_on"`);
  }
}
