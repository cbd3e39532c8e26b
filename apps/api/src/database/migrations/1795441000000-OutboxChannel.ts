// Messages go by e-mail or by SMS (contract v2): each outbox row says which; every row so far was
// an e-mail.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxChannel1795441000000 implements MigrationInterface {
  name = 'OutboxChannel1795441000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "channel" text NOT NULL DEFAULT 'EMAIL'`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD CONSTRAINT "outbox_channel_check" CHECK ("channel" IN ('EMAIL', 'SMS'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_channel_check"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "channel"`);
  }
}
