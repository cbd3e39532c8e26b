// Rate-limit counters live a minute and need no durability: an UNLOGGED table skips the WAL, so
// counting a request does not wait for a disk flush on every public call.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class UnloggedRateLimits1795387090327 implements MigrationInterface {
  name = 'UnloggedRateLimits1795387090327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET LOGGED`);
  }
}
