// How far unsolicited messages reach (issue 23 §2): a drive's "new drive" announcement and an
// organization's "you can donate again" messages may be limited to the people of one city (a code
// of the region list; null: everyone), chosen by the organizers.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageReach1795453300000 implements MigrationInterface {
  name = 'MessageReach1795453300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "drives" ADD "announce_region_code" text`);
    await queryRunner.query(`ALTER TABLE "drives" ADD CONSTRAINT "drives_announce_region_code_check" CHECK ("announce_region_code" ~ '^CN-[0-9]{6}$')`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "eligible_again_region_code" text`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "organizations_eligible_again_region_code_check" CHECK ("eligible_again_region_code" ~ '^CN-[0-9]{6}$')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "eligible_again_region_code"`);
    await queryRunner.query(`ALTER TABLE "drives" DROP COLUMN "announce_region_code"`);
  }
}
