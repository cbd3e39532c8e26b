import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserLocale1795385374332 implements MigrationInterface {
  name = 'UserLocale1795385374332';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "locale" text NOT NULL DEFAULT 'en'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
  }
}
