// A statement sent with its COMMIT in one round trip (common/sql.ts inPipelinedTransaction) must
// fail, not merely return no rows, when it did not do its work: a statement that fails ends its
// transaction, and the COMMIT behind it then rolls back. SQL has no expression that raises an
// error of our choosing, so this function is one: `CASE WHEN <done> THEN true ELSE
// fail_statement('LR001', 'why') END`. Volatile (the default), so it is never evaluated ahead.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class FailStatement1795453600000 implements MigrationInterface {
  name = 'FailStatement1795453600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION fail_statement(sqlstate text, message text) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = sqlstate, MESSAGE = message;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION fail_statement(text, text)`);
  }
}
