// The reserve roster (issue 23): a volunteer's blood type is either self-reported (the form, the
// import of a sheet) or verified, by the desk (a typing card, a lab result) or from the blood
// service's records, and a verified one says who verified it and when. Extended phenotypes (C, c,
// E, e, K ...) are only ever stored as verified data, and availability notes are the organizer's.
//
// A verification belongs to the type it verified: a CHECK keeps it only while the type is there,
// so whatever forgets the type (a withdrawn health consent, erasure) has to forget it too.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['BLOOD_TYPE_VERIFIED', 'AVAILABILITY_NOTES_CHANGED'];

export class ReserveRoster1795452900000 implements MigrationInterface {
  name = 'ReserveRoster1795452900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "blood_type_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "blood_type_verified_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "blood_type_source" text`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "phenotypes" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "availability_notes" text`);
    await queryRunner.query(
      `ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_blood_type_verified_by_id_fkey" FOREIGN KEY ("blood_type_verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_blood_type_verification_check" CHECK (
         ("blood_type_verified_at" IS NULL AND "blood_type_source" IS NULL AND "blood_type_verified_by_id" IS NULL AND "phenotypes" = '{}')
         OR ("blood_type_verified_at" IS NOT NULL AND "blood_type" IS NOT NULL AND "blood_type_source" IN ('DESK', 'BLOOD_SERVICE')))`,
    );
    await allowAuditActions(queryRunner, [...(await auditActions(queryRunner)), ...ACTIONS]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_blood_type_verification_check"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_blood_type_verified_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "availability_notes"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "phenotypes"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "blood_type_source"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "blood_type_verified_by_id"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "blood_type_verified_at"`);
  }
}
