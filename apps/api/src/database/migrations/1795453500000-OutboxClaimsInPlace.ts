// Delivery writes each message twice: its claim (the lease and the attempt), then its outcome.
// The claim changes no indexed column, so PostgreSQL can write the new version beside the old
// one, in the same page, without an entry in any index (a HOT update), if the page has room. In
// pages filled to the brim (the default fillfactor of 100) every claim moved the row to another
// page and added an entry to each of the outbox's eight indexes: most of what a claim cost.
// Pages of new messages are now filled to half, which leaves room for each of their rows to be
// claimed in place. Pages written before keep their rows as they are.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxClaimsInPlace1795453500000 implements MigrationInterface {
  name = 'OutboxClaimsInPlace1795453500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" SET (fillfactor = 50)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" RESET (fillfactor)`);
  }
}
