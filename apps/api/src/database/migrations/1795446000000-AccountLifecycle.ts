// Account lifecycle (issue 19): an account can be deactivated (it keeps its history, cannot sign
// in, and its sessions end), and every signed-in session of an account can be ended at once. A
// token carries the account's session generation from when it was issued; deactivation, a role
// change and every password change or reset add one, so older tokens stop working on their next
// request. A counter rather than a "valid after" time: no clock is compared, so a token issued in
// the same second (or on a replica whose clock is a little off) is neither wrongly kept nor lost.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountLifecycle1795446000000 implements MigrationInterface {
  name = 'AccountLifecycle1795446000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "session_generation" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_generation"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
  }
}
