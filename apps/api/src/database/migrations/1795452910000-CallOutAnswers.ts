// Emergency call-outs end to end (issue 23): a call-out states its need (how many people, where,
// by when, in which city (a region code), verified types only), goes out in waves, and remembers everyone it
// asked (once per call-out, whatever the waves) with their answer, by link or SMS reply. The
// answer link's token is kept only as a hash.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CallOutAnswers1795452910000 implements MigrationInterface {
  name = 'CallOutAnswers1795452910000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_outs" ADD "people_needed" integer`);
    await queryRunner.query(`ALTER TABLE "call_outs" ADD "place" text`);
    await queryRunner.query(`ALTER TABLE "call_outs" ADD "needed_by" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "call_outs" ADD "region_code" text`);
    await queryRunner.query(`ALTER TABLE "call_outs" ADD "verified_only" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "call_outs" ADD "waves" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "call_outs" ADD CONSTRAINT "call_outs_people_needed_check" CHECK ("people_needed" IS NULL OR "people_needed" > 0)`);
    await queryRunner.query(
      `CREATE TABLE "call_out_recipients" (
         "call_out_id" uuid NOT NULL,
         "volunteer_id" uuid NOT NULL,
         "wave" integer NOT NULL,
         "channel" text NOT NULL,
         "answer" text,
         "answered_at" TIMESTAMP WITH TIME ZONE,
         "answered_by" text,
         "token_hash" text,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "call_out_recipients_answer_check" CHECK (("answer" IS NULL AND "answered_at" IS NULL AND "answered_by" IS NULL)
           OR ("answer" IN ('YES', 'NO') AND "answered_at" IS NOT NULL AND "answered_by" IN ('LINK', 'SMS'))),
         CONSTRAINT "call_out_recipients_channel_check" CHECK ("channel" IN ('EMAIL', 'SMS')),
         CONSTRAINT "call_out_recipients_pkey" PRIMARY KEY ("call_out_id", "volunteer_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "call_out_recipients_token_hash_key" ON "call_out_recipients" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "call_out_recipients_volunteer_id_idx" ON "call_out_recipients" ("volunteer_id")`);
    await queryRunner.query(
      `ALTER TABLE "call_out_recipients" ADD CONSTRAINT "call_out_recipients_call_out_id_fkey" FOREIGN KEY ("call_out_id") REFERENCES "call_outs"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_out_recipients" ADD CONSTRAINT "call_out_recipients_volunteer_id_fkey" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "call_out_recipients"`);
    await queryRunner.query(`ALTER TABLE "call_outs" DROP CONSTRAINT "call_outs_people_needed_check"`);
    for (const column of ['waves', 'verified_only', 'region_code', 'needed_by', 'place', 'people_needed']) {
      await queryRunner.query(`ALTER TABLE "call_outs" DROP COLUMN "${column}"`);
    }
  }
}
