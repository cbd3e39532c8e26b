// The reminder scans, run every minute by each process with background jobs, read a window of
// days of deferred and donated sign-ups and of self-reported donations. Without these they read
// every sign-up to find them: at a million sign-ups, a parallel scan of the whole table on both
// cores, some 0.2 s each, several times a minute.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScanIndexes1795453400000 implements MigrationInterface {
  name = 'ScanIndexes1795453400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "sign_ups_deferred_retry_on_idx" ON "sign_ups" ("retry_on") WHERE "status" = 'DEFERRED'`);
    await queryRunner.query(`CREATE INDEX "sign_ups_donated_outcome_on_idx" ON "sign_ups" ("outcome_on") WHERE "status" = 'DONATED'`);
    await queryRunner.query(
      `CREATE INDEX "volunteers_reported_last_donation_on_idx" ON "volunteers" ("reported_last_donation_on") WHERE "reported_last_donation_on" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "volunteers_reported_last_donation_on_idx"`);
    await queryRunner.query(`DROP INDEX "sign_ups_donated_outcome_on_idx"`);
    await queryRunner.query(`DROP INDEX "sign_ups_deferred_retry_on_idx"`);
  }
}
