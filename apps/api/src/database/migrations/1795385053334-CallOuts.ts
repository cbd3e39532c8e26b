import { MigrationInterface, QueryRunner } from 'typeorm';

export class CallOuts1795385053334 implements MigrationInterface {
  name = 'CallOuts1795385053334';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "call_outs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "blood_types" text array NOT NULL DEFAULT '{}', "drive_id" uuid, "message" text NOT NULL, "audience_count" integer NOT NULL, "sent_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e21a05ac49588f2caaebc529118" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "unsubscribe_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "volunteer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3942d40c979a1522f6e0167e48d" UNIQUE ("token_hash"), CONSTRAINT "PK_9622754f6a1b81e3f361abb6287" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "call_out_opt_in" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "unsubscribed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "unsubscribed_at"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "call_out_opt_in"`);
    await queryRunner.query(`DROP TABLE "unsubscribe_tokens"`);
    await queryRunner.query(`DROP TABLE "call_outs"`);
  }
}
