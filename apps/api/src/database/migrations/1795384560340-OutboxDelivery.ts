import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxDelivery1795384560340 implements MigrationInterface {
  name = 'OutboxDelivery1795384560340';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "claimed_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "subject" text`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "rendered" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "rendered"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "claimed_until"`);
  }
}
