// Eligibility as blood services state it (issue 22, item 6): what a person says about donations
// they gave elsewhere (how many before, and the day and kind of the last one) is kept on their
// record, apart from the donations recorded at drives, so everything that shows it can say it is
// self-reported. Intervals, the platelet cap and milestones count it; erasure clears it.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class SelfReportedDonations1795453000000 implements MigrationInterface {
  name = 'SelfReportedDonations1795453000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "reported_donation_count" integer`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "reported_last_donation_on" date`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "reported_last_donation_kind" text`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "donations_reported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_reported_donation_count_check" CHECK ("reported_donation_count" BETWEEN 0 AND 500)`,
    );
    // A day without its kind could not be held to an interval; a report always says when it was made.
    await queryRunner.query(
      `ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_reported_last_donation_check" CHECK (("reported_last_donation_on" IS NULL) = ("reported_last_donation_kind" IS NULL)
         AND ("reported_last_donation_kind" IS NULL OR "reported_last_donation_kind" IN ('WHOLE_BLOOD', 'PLATELETS'))
         AND (("reported_donation_count" IS NULL AND "reported_last_donation_on" IS NULL) = ("donations_reported_at" IS NULL)))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_reported_last_donation_check"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_reported_donation_count_check"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "donations_reported_at"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "reported_last_donation_kind"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "reported_last_donation_on"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "reported_donation_count"`);
  }
}
