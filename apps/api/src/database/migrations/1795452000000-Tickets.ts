// Tickets (issue 21): every manage link comes with a ticket, the code in the QR code the desk
// scans. Only its SHA-256 is kept, beside its link's, so it lives and ends with the link
// (cancellation, the days after the drive, an erasure). Links issued before have none until
// their manage page is opened (ManageTokens.ticketFor) or a new message mints a link.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795452000000 implements MigrationInterface {
  name = 'Tickets1795452000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "manage_tokens" ADD "ticket_hash" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "manage_tokens_ticket_hash_key" ON "manage_tokens" ("ticket_hash")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "manage_tokens_ticket_hash_key"`);
    await queryRunner.query(`ALTER TABLE "manage_tokens" DROP COLUMN "ticket_hash"`);
  }
}
