// The day of an outcome (issue 21): donation intervals ("eligible again", the next eligible day,
// call-out audiences) count from the drive's day, the sign-up's shift's start in the drive's time
// zone, not from the moment someone typed the outcome in (which may be days later, on an
// organizer's override). Kept next to outcome_at (the moment, for the audit trail) and backfilled
// from the shifts.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeDay1795451000000 implements MigrationInterface {
  name = 'OutcomeDay1795451000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD "outcome_on" date`);
    await queryRunner.query(
      `UPDATE "sign_ups" s SET "outcome_on" = (sh."starts_at" AT TIME ZONE d."time_zone")::date
         FROM "shifts" sh JOIN "drives" d ON d."id" = sh."drive_id"
        WHERE sh."id" = s."shift_id" AND s."outcome_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP COLUMN "outcome_on"`);
  }
}
