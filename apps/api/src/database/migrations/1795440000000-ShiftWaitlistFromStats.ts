// A shift's waitlist was counted twice: shifts.waitlist_count, kept by the sign-up transactions,
// and shift_stats.waitlisted, kept by the triggers on sign_ups. The triggers' count stays; the
// shift keeps only the count its capacity CHECK needs (registered_count).
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ShiftWaitlistFromStats1795440000000 implements MigrationInterface {
  name = 'ShiftWaitlistFromStats1795440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "shifts_waitlist_count_check"`);
    await queryRunner.query(`ALTER TABLE "shifts" DROP COLUMN "waitlist_count"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shifts" ADD "waitlist_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`UPDATE shifts sh SET waitlist_count = ss.waitlisted FROM shift_stats ss WHERE ss.shift_id = sh.id`);
    await queryRunner.query(`ALTER TABLE "shifts" ADD CONSTRAINT "shifts_waitlist_count_check" CHECK ("waitlist_count" >= 0)`);
  }
}
