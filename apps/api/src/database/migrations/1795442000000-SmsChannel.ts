// Text messages (issue 18): the SMS gateway's id of each part a text was sent in, and the latest
// delivery receipt, found by those ids when the gateway reports (deliver_sm); and the short links
// that stand for long addresses in a text (only hashed codes and encrypted addresses).
import { MigrationInterface, QueryRunner } from 'typeorm';

export class SmsChannel1795442000000 implements MigrationInterface {
  name = 'SmsChannel1795442000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "smsc_message_ids" text array`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "receipt_state" text`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "receipt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "outbox_smsc_message_ids_idx" ON "outbox" USING gin ("smsc_message_ids") WHERE "smsc_message_ids" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "short_links" ("code_hash" text NOT NULL, "target" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_short_links" PRIMARY KEY ("code_hash"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "short_links"`);
    await queryRunner.query(`DROP INDEX "outbox_smsc_message_ids_idx"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "receipt_at"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "receipt_state"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "smsc_message_ids"`);
  }
}
