// The offline desk (issue 21): the desk's taps carry an id the desk made, so that a queue replayed
// twice, or a request retried after a lost answer, is applied once (desk-operations.repository.ts).
import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeskOperations1795452200000 implements MigrationInterface {
  name = 'DeskOperations1795452200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "desk_operations" (
        "operation_id" uuid NOT NULL,
        "mutation" text NOT NULL,
        "sign_up_id" uuid NOT NULL,
        "actor_id" uuid,
        "tapped_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "desk_operations_pkey" PRIMARY KEY ("operation_id"),
        CONSTRAINT "desk_operations_sign_up_id_fkey" FOREIGN KEY ("sign_up_id") REFERENCES "sign_ups"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE INDEX "desk_operations_sign_up_id_idx" ON "desk_operations" ("sign_up_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "desk_operations"`);
  }
}
